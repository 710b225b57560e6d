# Sourced by .ci/run (and usable by hand): starts a throwaway PostgreSQL cluster
# with PostGIS on 127.0.0.1 and exports MAPAPP_TEST_POSTGIS_URL for the tests.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_DATA=$(mktemp -d /tmp/mapapp-pg.XXXXXX)
PG_PORT=${MAPAPP_PG_PORT:-54329}
chown postgres "$PG_DATA"
su postgres -s /bin/sh -c "$PG_BIN/initdb -D $PG_DATA -A trust -U postgres >/dev/null"
su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $PG_DATA -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1' -l $PG_DATA/log -w start >/dev/null"
su postgres -s /bin/sh -c "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT mapapp_test"
su postgres -s /bin/sh -c "$PG_BIN/psql -q -h 127.0.0.1 -p $PG_PORT -d mapapp_test -c 'CREATE EXTENSION IF NOT EXISTS postgis'"
export MAPAPP_TEST_POSTGIS_URL="postgresql://postgres@127.0.0.1:$PG_PORT/mapapp_test"
