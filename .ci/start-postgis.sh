# Sourced by .ci/run (and usable by hand): starts a throwaway PostgreSQL cluster
# with PostGIS on 127.0.0.1 and exports MAPAPP_TEST_POSTGIS_URL for the tests.
# If a server already answers on the port (sourced twice on one machine), it is
# reused; the test database is created if missing. Stop it with:
#   su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $MAPAPP_PG_DATA stop"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_PORT=${MAPAPP_PG_PORT:-54329}
if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    echo "start-postgis: reusing the server already on 127.0.0.1:$PG_PORT" >&2
else
    PG_DATA=$(mktemp -d /tmp/mapapp-pg.XXXXXX)
    chown postgres "$PG_DATA"
    su postgres -s /bin/sh -c "$PG_BIN/initdb -D $PG_DATA -A trust -U postgres >/dev/null"
    if ! su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $PG_DATA -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1' -l $PG_DATA/log -w start >/dev/null"; then
        echo "start-postgis: PostgreSQL did not start; its log:" >&2
        tail -n 20 "$PG_DATA/log" >&2
        false
    fi
    export MAPAPP_PG_DATA="$PG_DATA"
fi
if ! su postgres -s /bin/sh -c "$PG_BIN/psql -qtA -h 127.0.0.1 -p $PG_PORT -d postgres -c \"SELECT 1 FROM pg_database WHERE datname = 'mapapp_test'\"" | grep -q 1; then
    su postgres -s /bin/sh -c "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT mapapp_test"
fi
su postgres -s /bin/sh -c "PGOPTIONS=--client-min-messages=warning $PG_BIN/psql -q -h 127.0.0.1 -p $PG_PORT -d mapapp_test -c 'CREATE EXTENSION IF NOT EXISTS postgis'"
export MAPAPP_TEST_POSTGIS_URL="postgresql://postgres@127.0.0.1:$PG_PORT/mapapp_test"
