#!/bin/sh
# Run by Patroni once, on the member that creates the cluster, with a connection string to it: the service's role and
# database, with the password the compose file passes (TIMELINE_PASSWORD).
set -eu
psql "$1" -v ON_ERROR_STOP=1 -v password="$TIMELINE_PASSWORD" <<'SQL'
create role timeline login password :'password';
create database timeline owner timeline;
SQL
