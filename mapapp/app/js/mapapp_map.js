/*
 * mapapp's incident layers for Leaflet (written for mapapp; not third-party code).
 *
 * Python (mapapp/app/map_view.py) sends compact, column-wise incident data per event
 * type; this file draws it:
 *   - markers: one L.circleMarker per incident (made when first needed), all types in ONE shared
 *     marker cluster, so a cluster mixes types and toggling a type adds/removes its markers;
 *   - many incidents (more than ``directLimit`` shown): below ``detailZoom`` the map draws its own
 *     grid clusters (computed once per zoom from the coordinates, no marker objects), and from
 *     ``detailZoom`` on only the incidents around the view go to the marker cluster, so drawing
 *     follows what is on screen rather than the incident count;
 *   - a cluster click zooms in, and spreads (spiderfies) its markers when they share a point
 *     or the map cannot zoom further; more than LIST_LIMIT incidents at one point are listed;
 *   - popups are built from DOM nodes with textContent (data never reaches innerHTML: no XSS)
 *     and pan clear of the layer control;
 *   - a play control that steps through the dates, drawing each window's incidents on a canvas;
 *   - a canvas heat layer (hand-written: no heat plugin is packaged for PyPI/xstatic);
 *   - overlay on/off states survive Streamlit reruns (streamlit-folium re-adds every group).
 * Needs Leaflet and Leaflet.markercluster (served from the xstatic packages).
 */
(function () {
  "use strict";
  var mapapp = (window.mapapp = window.mapapp || {});
  var LIST_LIMIT = 40;
  var LIST_SHOWN = 200;
  var GRID_PX = 60;
  var settings = { directLimit: 20000, detailZoom: 11 };
  var toggles = (window.mapappOverlayState = window.mapappOverlayState || {});

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /* --------------------------------------------------------------- per-map state */

  function stateOf(map) {
    if (map._mapapp) return map._mapapp;
    var state = { layers: [], queue: [], pending: 0, heat: [], mode: "direct", version: 0 };
    state.popup = L.popup({ maxWidth: 380, minWidth: 220, className: "mapapp-popup", autoPanPadding: [12, 12] });
    state.cluster = L.markerClusterGroup({
      maxClusterRadius: 40,
      showCoverageOnHover: false,
      zoomToBoundsOnClick: false,
      spiderfyOnMaxZoom: false,
      chunkedLoading: true,
      chunkInterval: 200,
      chunkDelay: 1,
      chunkProgress: function (processed, total) {
        if (total > 0 && processed >= total) drawn(map);
      },
    });
    state.cluster.on("clusterclick", function (event) {
      openCluster(map, event.layer);
    });
    // Marker events, handled once on the cluster (no listener per marker). Registered before
    // streamlit-folium's own click listener, so it reports the marker's real point.
    state.cluster.on("click", onMarkerClick);
    state.cluster.on("mouseover", onMarkerOver);
    // Grid clusters and single markers drawn without markercluster (many incidents, low zoom).
    state.grid = L.featureGroup();
    state.grid.on("click", onMarkerClick);
    state.grid.on("mouseover", onMarkerOver);
    map._mapapp = state;
    map.addLayer(state.cluster);
    map.addLayer(state.grid);
    map.on("moveend", function () {
      if (state.mode === "many") scheduleSync(map);
    });
    // The legend sits above Leaflet's panes (the filled base map would hide it otherwise), so it would
    // cover a popup near the bottom-left: it folds away while a popup is open and comes back after.
    map.on("popupopen", function () {
      var legend = document.querySelector(".mapapp-legend");
      if (legend && legend.open) {
        legend.open = false;
        state.legendFolded = true;
      }
    });
    map.on("popupclose", function () {
      var legend = document.querySelector(".mapapp-legend");
      if (legend && state.legendFolded) legend.open = true;
      state.legendFolded = false;
    });
    // Remember only what the user ticks: streamlit-folium's removal of the old groups on a rerun
    // also makes the layer control fire overlayremove.
    map.getContainer().addEventListener("click", function (event) {
      if (event.target && event.target.closest && event.target.closest(".leaflet-control-layers")) {
        state.userToggle = true;
        setTimeout(function () { state.userToggle = false; }, 0);
      }
    }, true);
    map.on("overlayadd overlayremove", function (event) {
      var key = event.layer && event.layer.mapappKey;
      if (key && state.userToggle) toggles[key] = event.type === "overlayadd";
    });
    map._mapapp = state;
    return state;
  }

  function drawn(map) {
    var state = map._mapapp;
    window.mapappDrawnAt = performance.now();
    window.mapappMarkersOnMap = state.onMap || 0;
    map.fire("mapapp:drawn");
    redrawHeat(map);
  }

  function scheduleSync(map) {
    var state = map._mapapp;
    if (state.syncScheduled) return;
    state.syncScheduled = true;
    setTimeout(function () { sync(map); }, 0);
  }

  /** Bring the map in line with the layers shown: every marker in the cluster, or (many) the view's. */
  function sync(map) {
    var state = map._mapapp;
    state.syncScheduled = false;
    if ((state.onMap || 0) > settings.directLimit) {
      if (state.mode !== "many") {
        state.mode = "many";
        state.queue = [];
        state.loaded = null;
        state.cluster.clearLayers();
        state.layers.forEach(function (layer) { layer.queued = false; });
      }
      drawMany(map);
      return;
    }
    if (state.mode === "many") {
      state.mode = "direct";
      state.grid.clearLayers();
      state.cluster.clearLayers();
      state.queue = [];
    }
    // Markers are made here, once it is known that they all go to the cluster.
    state.layers.forEach(function (layer) {
      if (layer.onMap && !layer.queued) {
        layer.queued = true;
        Array.prototype.push.apply(state.queue, allMarkers(layer));
      }
    });
    flush(map);
  }

  function flush(map) {
    var state = map._mapapp;
    var markers = state.queue;
    state.queue = [];
    if (markers.length) {
      state.cluster.addLayers(markers, true);
    } else {
      drawn(map);
    }
  }

  /* --------------------------------------------------------------- markers and popups */

  function popupContent(layer, index) {
    var d = layer.data, s = d.strings;
    var box = el("div", "mapapp-popup-body");
    box.appendChild(el("div", "mapapp-popup-title", d.type.label + " — " + s[d.place[index]]));
    var table = el("table");
    function row(label, value) {
      if (value === undefined || value === null || value === "") return;
      var tr = el("tr");
      tr.appendChild(el("th", null, label));
      tr.appendChild(el("td", null, value));
      table.appendChild(tr);
    }
    row("Date", s[d.date[index]]);
    row("Killed", s[d.killedText[index]]);
    row("Location", s[d.precision[index]]);
    var details = d.details;
    if (details) {
      row("Actor", s[details.actor[index]]);
      row("Injured", s[details.injured[index]]);
      row("Source", s[details.source[index]]);
    }
    box.appendChild(table);
    if (details && details.evidence[index]) {
      box.appendChild(el("blockquote", "mapapp-evidence", details.evidence[index]));
    } else if (!details) {
      box.appendChild(el("div", "mapapp-popup-note", "The full record (actor, source, evidence) is in the table below the map."));
    }
    return box;
  }

  function controlPadding(map) {
    // Keep the popup clear of the (top-right) layer control: pad by its width on the right.
    var control = map.getContainer().querySelector(".leaflet-control-layers");
    var right = control ? control.offsetWidth + 20 : 12;
    var top = control ? 12 : 12;
    return { topLeft: L.point(12, top), bottomRight: L.point(right, 30) };
  }

  function openPopup(map, layer, index, latlng) {
    var state = stateOf(map);
    var padding = controlPadding(map);
    state.popup.options.autoPanPaddingTopLeft = padding.topLeft;
    state.popup.options.autoPanPaddingBottomRight = padding.bottomRight;
    state.popup.setLatLng(latlng).setContent(popupContent(layer, index)).openOn(map);
    state.popupLayer = layer;
  }

  function markerStyle(layer, index) {
    var d = layer.data, killed = d.killed[index];
    var radius = Math.min(5 + 2.2 * Math.sqrt(Math.max(killed, 0)), 22);
    var style = {
      radius: Math.round(radius * 10) / 10,
      color: d.type.colour,
      weight: 2,
      opacity: 0.95,
      fill: true,
      fillColor: d.type.colour,
      fillOpacity: 0.7,
      className: "mapapp-incident mapapp-" + d.type.code,
    };
    if (d.approx[index]) {
      style.fillOpacity = 0;
      style.dashArray = "4 3";
      style.weight = 2.5;
    }
    return style;
  }

  function onMarkerClick(event) {
    var marker = event.layer || event.propagatedFrom;
    if (!marker || marker._mapappLayer === undefined) return;
    // A spiderfied marker is drawn away from its point: report (and open at) the real point.
    var latlng = marker._preSpiderfyLatlng || marker.getLatLng();
    event.latlng = latlng;
    openPopup(marker._mapappMap, marker._mapappLayer, marker._mapappIndex, marker.getLatLng());
  }

  function onMarkerOver(event) {
    var marker = event.layer || event.propagatedFrom;
    if (marker && marker._mapappLayer !== undefined && !marker.getTooltip()) {
      var d = marker._mapappLayer.data, i = marker._mapappIndex;
      // An element, not a string: Leaflet puts string content into innerHTML.
      marker.bindTooltip(el("span", null, d.type.label + " – " + d.strings[d.place[i]] + " – killed " + d.strings[d.killedText[i]]));
      marker.openTooltip();
    }
  }

  function markerAt(layer, i) {
    var marker = layer.markers[i];
    if (marker) return marker;
    var d = layer.data;
    marker = layer.markers[i] = L.circleMarker([d.lat[i], d.lon[i]], markerStyle(layer, i));
    marker._mapappMap = layer.map;
    marker._mapappLayer = layer;
    marker._mapappIndex = i;
    return marker;
  }

  function allMarkers(layer) {
    var markers = new Array(layer.data.n);
    for (var i = 0; i < layer.data.n; i++) markers[i] = markerAt(layer, i);
    return markers;
  }

  /* --------------------------------------------------------------- many incidents */

  /** Web Mercator coordinates in [0, 1] (zoom 0 pixels / 256), computed once per layer. */
  function project(layer) {
    var d = layer.data, n = d.n, x = new Float64Array(n), y = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      x[i] = (d.lon[i] + 180) / 360;
      var s = Math.sin((d.lat[i] * Math.PI) / 180);
      y[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    }
    layer.x = x;
    layer.y = y;
  }

  function unproject(x, y) {
    var n = Math.PI - 2 * Math.PI * y;
    return L.latLng((180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n))), x * 360 - 180);
  }

  /** Grid clusters of the incidents shown at ``zoom``: cells of GRID_PX pixels (cached per zoom). */
  function gridAt(state, zoom) {
    var key = zoom + ":" + state.version;
    if (state.gridCache && state.gridCache.key === key) return state.gridCache.cells;
    var scale = (256 * Math.pow(2, zoom)) / GRID_PX, cells = new Map();
    state.layers.forEach(function (layer) {
      if (!layer.onMap) return;
      if (!layer.x) project(layer);
      var d = layer.data, x = layer.x, y = layer.y;
      for (var i = 0; i < d.n; i++) {
        var k = Math.floor(x[i] * scale) * 4194304 + Math.floor(y[i] * scale);
        var cell = cells.get(k);
        if (!cell) {
          cells.set(k, { count: 1, x: x[i], y: y[i], south: d.lat[i], north: d.lat[i], west: d.lon[i], east: d.lon[i], layer: layer, index: i });
        } else {
          cell.count += 1;
          cell.x += x[i];
          cell.y += y[i];
          if (d.lat[i] < cell.south) cell.south = d.lat[i];
          if (d.lat[i] > cell.north) cell.north = d.lat[i];
          if (d.lon[i] < cell.west) cell.west = d.lon[i];
          if (d.lon[i] > cell.east) cell.east = d.lon[i];
        }
      }
    });
    state.gridCache = { key: key, cells: cells };
    return cells;
  }

  function gridIcon(count) {
    var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
    var inner = el("div");
    inner.appendChild(el("span", null, count));
    return L.divIcon({ html: inner, className: "marker-cluster marker-cluster-" + size + " mapapp-grid-cluster", iconSize: L.point(40, 40) });
  }

  function openGridCell(map, cell) {
    var bounds = L.latLngBounds([cell.south, cell.west], [cell.north, cell.east]);
    var centre = bounds.getCenter(), zoom = map.getZoom();
    if (bounds.getNorthEast().equals(bounds.getSouthWest(), 1e-7)) {
      // One point: from detailZoom on the marker cluster spreads or lists it.
      map.setView(centre, Math.max(zoom + 1, settings.detailZoom));
    } else if (map.getBoundsZoom(bounds, false, L.point(60, 60)) > zoom) {
      map.fitBounds(bounds, { padding: [30, 30] });
    } else {
      map.setView(centre, zoom + 2);
    }
  }

  function drawMany(map) {
    var state = map._mapapp, zoom = map.getZoom();
    if (zoom >= settings.detailZoom) {
      // Only the incidents around the view go to the marker cluster; reload when the view leaves them.
      var view = map.getBounds();
      if (state.loaded && state.loaded.version === state.version && state.loaded.bounds.contains(view)) return;
      state.grid.clearLayers();
      var around = view.pad(0.5), south = around.getSouth(), north = around.getNorth(), west = around.getWest(), east = around.getEast();
      var markers = [];
      state.layers.forEach(function (layer) {
        if (!layer.onMap) return;
        var d = layer.data;
        for (var i = 0; i < d.n; i++) {
          var lat = d.lat[i], lon = d.lon[i];
          if (lat >= south && lat <= north && lon >= west && lon <= east) markers.push(markerAt(layer, i));
        }
      });
      state.loaded = { version: state.version, bounds: around };
      state.cluster.clearLayers();
      if (markers.length) state.cluster.addLayers(markers, true);
      else drawn(map);
      return;
    }
    state.loaded = null;
    if (state.cluster.getLayers().length) state.cluster.clearLayers();
    var cells = gridAt(state, zoom);
    var pixels = map.getPixelBounds(), world = 256 * Math.pow(2, zoom), pad = GRID_PX;
    var left = (pixels.min.x - pad) / world, right = (pixels.max.x + pad) / world;
    var top = (pixels.min.y - pad) / world, bottom = (pixels.max.y + pad) / world;
    state.grid.clearLayers();
    cells.forEach(function (cell) {
      var x = cell.x / cell.count, y = cell.y / cell.count;
      if (x < left || x > right || y < top || y > bottom) return;
      if (cell.count === 1) {
        state.grid.addLayer(markerAt(cell.layer, cell.index));
        return;
      }
      var icon = L.marker(unproject(x, y), { icon: gridIcon(cell.count), keyboard: false });
      icon.on("click", function () {
        openGridCell(map, cell);
      });
      state.grid.addLayer(icon);
    });
    drawn(map);
  }

  /* --------------------------------------------------------------- clusters */

  function openCluster(map, cluster) {
    var bounds = cluster.getBounds();
    var onePoint = bounds.getNorthEast().equals(bounds.getSouthWest(), 1e-7);
    var zoom = map.getZoom();
    var canZoom = !onePoint && zoom < map.getMaxZoom() && map.getBoundsZoom(bounds) > zoom;
    if (canZoom) {
      cluster.zoomToBounds({ padding: [30, 30] });
    } else if (cluster.getChildCount() > LIST_LIMIT) {
      listCluster(map, cluster);
    } else {
      cluster.spiderfy();
    }
  }

  function listCluster(map, cluster) {
    var markers = cluster.getAllChildMarkers();
    markers.sort(function (a, b) {
      var x = a._mapappLayer.data, y = b._mapappLayer.data;
      var left = x.strings[x.date[a._mapappIndex]], right = y.strings[y.date[b._mapappIndex]];
      return left < right ? -1 : left > right ? 1 : 0;
    });
    var box = el("div", "mapapp-popup-body");
    box.appendChild(el("div", "mapapp-popup-title", markers.length + " incidents at this point"));
    var list = el("ol", "mapapp-cluster-list");
    markers.slice(0, LIST_SHOWN).forEach(function (marker) {
      var d = marker._mapappLayer.data, i = marker._mapappIndex;
      var item = el("li");
      var link = el("a", null, d.strings[d.date[i]] + " — " + d.type.label + " — killed " + d.strings[d.killedText[i]]);
      link.href = "#";
      link.addEventListener("click", function (event) {
        // Stop it here and swap the content afterwards: a click whose target has left the page
        // would reach the map, which closes the popup.
        L.DomEvent.stop(event);
        setTimeout(function () {
          openPopup(map, marker._mapappLayer, marker._mapappIndex, cluster.getLatLng());
        }, 0);
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    box.appendChild(list);
    if (markers.length > LIST_SHOWN) {
      box.appendChild(el("div", "mapapp-popup-note", "… and " + (markers.length - LIST_SHOWN) + " more: narrow the filters."));
    }
    var state = stateOf(map);
    var padding = controlPadding(map);
    state.popup.options.autoPanPaddingTopLeft = padding.topLeft;
    state.popup.options.autoPanPaddingBottomRight = padding.bottomRight;
    state.popup.setLatLng(cluster.getLatLng()).setContent(box).openOn(map);
    state.popupLayer = null;
  }

  /* --------------------------------------------------------------- overlays */

  /** Override the thresholds (``directLimit`` incidents, ``detailZoom``) before the layers draw. */
  mapapp.clusterSettings = function (map, parent, values) {
    for (var name in values) if (Object.prototype.hasOwnProperty.call(settings, name)) settings[name] = values[name];
  };

  /** Give an overlay a stable key; re-apply the user's on/off choice after a rerun re-adds it. */
  mapapp.rememberOverlay = function (map, group, key, shownByDefault) {
    group.mapappKey = key;
    if (!(key in toggles)) toggles[key] = shownByDefault;
    group.on("add", function () {
      if (!toggles[key]) {
        setTimeout(function () {
          if (map.hasLayer(group) && !toggles[key]) map.removeLayer(group);
        }, 0);
      }
    });
  };

  /** Draw one event type's incidents; they join the shared cluster while ``group`` is on the map. */
  mapapp.incidentLayer = function (map, group, data) {
    var state = stateOf(map);
    var layer = { data: data, markers: new Array(data.n), onMap: false, queued: false, map: map };
    window.mapappMarkersBuiltAt = performance.now();
    // A rerun replaces a type's layer: forget the old one's data.
    state.layers = state.layers.filter(function (other) { return other.onMap || other.data.type.code !== data.type.code; });
    state.layers.push(layer);
    mapapp.rememberOverlay(map, group, "type:" + data.type.code, true);
    group.on("add", function () {
      if (layer.onMap) return;
      layer.onMap = true;
      state.onMap = (state.onMap || 0) + data.n;
      state.version += 1;
      scheduleSync(map);
      redrawHeat(map);
    });
    group.on("remove", function () {
      if (!layer.onMap) return;
      layer.onMap = false;
      // A popup of an incident no longer shown (filtered out, type switched off) must not stay open.
      if (state.popupLayer === layer) map.closePopup(state.popup);
      state.onMap -= data.n;
      state.version += 1;
      if (layer.queued) {
        layer.queued = false;
        var queued = state.queue.length;
        state.queue = state.queue.filter(function (m) { return m._mapappLayer !== layer; });
        if (queued === state.queue.length) {
          if (state.onMap === 0) state.cluster.clearLayers();
          else state.cluster.removeLayers(allMarkers(layer));
        }
      }
      scheduleSync(map);
      redrawHeat(map);
    });
    return layer;
  };

  /* --------------------------------------------------------------- heat layer */

  var HEAT_RADIUS = 18, HEAT_BLUR = 14;
  var heatStamp = null, heatPalette = null;

  function heatResources() {
    if (heatStamp) return;
    var r = HEAT_RADIUS + HEAT_BLUR;
    heatStamp = document.createElement("canvas");
    heatStamp.width = heatStamp.height = 2 * r;
    var ctx = heatStamp.getContext("2d");
    ctx.shadowOffsetX = ctx.shadowOffsetY = 2 * r;
    ctx.shadowBlur = HEAT_BLUR;
    ctx.shadowColor = "black";
    ctx.beginPath();
    ctx.arc(-r, -r, HEAT_RADIUS, 0, Math.PI * 2, true);
    ctx.closePath();
    ctx.fill();
    var ramp = document.createElement("canvas");
    ramp.width = 1;
    ramp.height = 256;
    var rctx = ramp.getContext("2d");
    var gradient = rctx.createLinearGradient(0, 0, 0, 256);
    gradient.addColorStop(0.25, "#2c7bb6");
    gradient.addColorStop(0.5, "#abd9e9");
    gradient.addColorStop(0.7, "#ffffbf");
    gradient.addColorStop(0.85, "#fdae61");
    gradient.addColorStop(1.0, "#d7191c");
    rctx.fillStyle = gradient;
    rctx.fillRect(0, 0, 1, 256);
    heatPalette = rctx.getImageData(0, 0, 1, 256).data;
  }

  var HeatLayer = L.Layer.extend({
    onAdd: function (map) {
      this._map = map;
      this._canvas = L.DomUtil.create("canvas", "mapapp-heat leaflet-zoom-hide");
      this._canvas.style.pointerEvents = "none";
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on("moveend zoomend resize", this.redraw, this);
      stateOf(map).heat.push(this);
      this.redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend resize", this.redraw, this);
      var heat = stateOf(map).heat;
      heat.splice(heat.indexOf(this), 1);
    },
    redraw: function () {
      var map = this._map;
      if (!map) return;
      heatResources();
      var size = map.getSize(), canvas = this._canvas;
      var topLeft = map.containerPointToLayerPoint([0, 0]);
      L.DomUtil.setPosition(canvas, topLeft);
      canvas.width = size.x;
      canvas.height = size.y;
      var ctx = canvas.getContext("2d");
      ctx.clearRect(0, 0, size.x, size.y);
      // Bin points into 4-pixel cells first: drawing cost follows the screen, not the incident count.
      var cell = 4, cols = Math.ceil(size.x / cell) + 1, bins = new Map(), max = 1;
      var r = HEAT_RADIUS + HEAT_BLUR;
      var bounds = map.getBounds().pad(0.1);
      stateOf(map).layers.forEach(function (layer) {
        if (!layer.onMap) return;
        var d = layer.data;
        for (var i = 0; i < d.n; i++) {
          if (!bounds.contains([d.lat[i], d.lon[i]])) continue;
          var p = map.latLngToContainerPoint([d.lat[i], d.lon[i]]);
          var key = Math.floor(p.y / cell) * cols + Math.floor(p.x / cell);
          var count = (bins.get(key) || 0) + 1;
          bins.set(key, count);
          if (count > max) max = count;
        }
      });
      var scale = Math.max(3, Math.sqrt(max));
      bins.forEach(function (count, key) {
        var x = (key % cols) * cell, y = Math.floor(key / cols) * cell;
        ctx.globalAlpha = Math.min(1, 0.15 + count / scale);
        ctx.drawImage(heatStamp, x - r, y - r);
      });
      if (bins.size) {
        var image = ctx.getImageData(0, 0, size.x, size.y), px = image.data;
        for (var j = 0; j < px.length; j += 4) {
          var alpha = px[j + 3];
          if (alpha) {
            px[j] = heatPalette[alpha * 4];
            px[j + 1] = heatPalette[alpha * 4 + 1];
            px[j + 2] = heatPalette[alpha * 4 + 2];
            px[j + 3] = Math.min(255, alpha * 1.6);
          }
        }
        ctx.putImageData(image, 0, 0);
      }
    },
  });

  function redrawHeat(map) {
    if (!map._mapapp) return;
    map._mapapp.heat.forEach(function (layer) { layer.redraw(); });
  }

  /** A heat map of the incidents of every event type shown; off until the user turns it on. */
  mapapp.heatLayer = function (map, group) {
    mapapp.rememberOverlay(map, group, "heat", false);
    group.addLayer(new HeatLayer());
  };

  /** The per-governorate shading (drawn by folium's GeoJson in the same group); off by default. */
  mapapp.rememberChoropleth = function (map, group) {
    mapapp.rememberOverlay(map, group, "choropleth", false);
  };

  /* --------------------------------------------------------------- animation by date */

  var DAY_MS = 86400000, FRAMES = 60, FRAME_MS = 400;

  function dayText(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  /** The incidents of one date window, as dots on a canvas (cost follows the screen and the window). */
  var TimeLayer = L.Layer.extend({
    onAdd: function (map) {
      this._map = map;
      this._canvas = L.DomUtil.create("canvas", "mapapp-time-canvas leaflet-zoom-hide");
      this._canvas.style.pointerEvents = "none";
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on("moveend zoomend resize", this.redraw, this);
      this.redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend resize", this.redraw, this);
    },
    setWindow: function (from, to) {
      this._from = from;
      this._to = to;
      return this.redraw();
    },
    redraw: function () {
      var map = this._map, count = 0, from = this._from, to = this._to;
      if (!map || from === undefined) return 0;
      var size = map.getSize(), canvas = this._canvas;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      canvas.width = size.x;
      canvas.height = size.y;
      var ctx = canvas.getContext("2d");
      ctx.lineWidth = 2;
      stateOf(map).layers.forEach(function (layer) {
        if (!layer.onMap) return;
        var d = layer.data;
        ctx.fillStyle = ctx.strokeStyle = d.type.colour;
        for (var i = 0; i < d.n; i++) {
          var day = d.day[i];
          if (day === null || day < from || day > to) continue;
          count += 1;
          var p = map.latLngToContainerPoint([d.lat[i], d.lon[i]]);
          if (p.x < -10 || p.y < -10 || p.x > size.x + 10 || p.y > size.y + 10) continue;
          ctx.beginPath();
          ctx.arc(p.x, p.y, 5, 0, 2 * Math.PI);
          if (d.reported[i]) ctx.stroke();  // only the report's date: a ring
          else ctx.fill();
        }
      });
      this.count = count;
      return count;
    },
  });

  /** A play button (bottom right) that steps through the dates, showing each window's incidents. */
  mapapp.timeControl = function (map) {
    var state = stateOf(map);
    var timeLayer = new TimeLayer(), timer = null;
    var box = el("div", "mapapp-time");
    var button = el("button", "mapapp-time-play", "▶ Play by date");
    button.type = "button";
    var label = el("span", "mapapp-time-label", "");
    box.appendChild(button);
    box.appendChild(label);
    L.DomEvent.disableClickPropagation(box);

    function stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      state.playing = false;
      button.textContent = "▶ Play by date";
      label.textContent = "";
      if (map.hasLayer(timeLayer)) map.removeLayer(timeLayer);
      map.addLayer(state.cluster);
      map.addLayer(state.grid);
      scheduleSync(map);
    }

    function play() {
      var first = Infinity, last = -Infinity;
      state.layers.forEach(function (layer) {
        if (!layer.onMap) return;
        layer.data.day.forEach(function (day) {
          if (day === null) return;
          if (day < first) first = day;
          if (day > last) last = day;
        });
      });
      if (first === Infinity) {
        label.textContent = "No incident shown has a calendar date.";
        return;
      }
      var step = Math.max(1, Math.ceil((last - first + 1) / FRAMES)), from = first, seen = 0;
      state.playing = true;
      button.textContent = "■ Stop";
      map.closePopup();
      map.removeLayer(state.cluster);
      map.removeLayer(state.grid);
      map.addLayer(timeLayer);
      function frame() {
        if (from > last) {
          stop();
          return;
        }
        var to = from + step - 1, count = timeLayer.setWindow(from, to);
        label.textContent = (step === 1 ? dayText(from) : dayText(from) + " – " + dayText(to)) + ": " + count +
          " incident(s); rings: date of the report";
        seen += count;
        window.mapappTimeWindow = { from: dayText(from), to: dayText(to), count: count, seen: seen };
        from += step;
      }
      frame();
      timer = setInterval(frame, FRAME_MS);
    }

    button.addEventListener("click", function () {
      if (state.playing) stop();
      else play();
    });
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () { return box; };
    control.addTo(map);
  };

  /* --------------------------------------------------------------- base map */

  /** Town labels (name, lat, lon) drawn as non-interactive text markers. */
  mapapp.townLabels = function (map, group, towns) {
    towns.forEach(function (town) {
      var icon = L.divIcon({ className: "mapapp-town", html: "", iconSize: null });
      var marker = L.marker([town[1], town[2]], { icon: icon, interactive: false, keyboard: false });
      marker.on("add", function () {
        var node = marker.getElement();
        if (node && !node.firstChild) {
          node.appendChild(el("span", "mapapp-town-dot"));
          node.appendChild(el("span", "mapapp-town-name", town[0]));
        }
      });
      group.addLayer(marker);
    });
  };

  mapapp.attribution = function (map, text) {
    if (map.attributionControl) map.attributionControl.addAttribution(text);
  };
})();
