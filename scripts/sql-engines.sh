#!/bin/sh
# Installs the SQL engines the tests load `-f sql` output into, where they are missing:
# the sqlite3 shell and PostgreSQL (Debian packages; pg_virtualenv runs each test against
# a throwaway cluster) and the DuckDB CLI (the duckdb-cli Python package).
set -eu
SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
missing=""
command -v sqlite3 >/dev/null 2>&1 || missing="$missing sqlite3"
command -v pg_virtualenv >/dev/null 2>&1 || missing="$missing postgresql-common"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
if [ -n "$missing" ]; then
    echo "installing$missing (the SQL engines the tests load regq's SQL into)"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $missing >/dev/null
fi
if ! command -v duckdb >/dev/null 2>&1 && ! python3 -c 'import duckdb_cli' >/dev/null 2>&1; then
    echo "installing the DuckDB CLI (duckdb-cli, from PyPI)"
    python3 -m pip install -q duckdb-cli
fi
