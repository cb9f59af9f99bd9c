#!/usr/bin/env bash
# Entrypoint of a streaming replica on the official postgres image. On its first start (an empty volume) it copies
# the primary with pg_basebackup -R, which writes standby.signal and primary_conninfo, through a replication slot of
# its own so that the primary keeps the WAL it has not received yet; then it starts as the image always does.
set -euo pipefail

if [ ! -s "$PGDATA/PG_VERSION" ]; then
	mkdir -p "$PGDATA"
	chown -R postgres:postgres "$(dirname "$PGDATA")"
	chmod 0700 "$PGDATA"
	until gosu postgres pg_isready -q -h "$PRIMARY_HOST"; do
		echo "waiting for the primary $PRIMARY_HOST"
		sleep 1
	done
	export PGPASSWORD="$REPLICATION_PASSWORD"
	gosu postgres pg_receivewal -h "$PRIMARY_HOST" -U replicator --slot="$REPLICATION_SLOT" --create-slot --if-not-exists
	gosu postgres pg_basebackup -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" -R -X stream --slot="$REPLICATION_SLOT" --progress
	unset PGPASSWORD
fi

exec docker-entrypoint.sh "$@"
