#!/usr/bin/env bash
# Run once by the official postgres image, when the primary's volume is new (docker-entrypoint-initdb.d): the role
# that replicas stream as, with the primary's password, allowed from the compose network.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --set password="$POSTGRES_PASSWORD" <<-'EOSQL'
	create role replicator with replication login password :'password';
EOSQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
