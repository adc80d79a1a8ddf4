#!/usr/bin/env bash
# Runs every test on a real MariaDB: the embedded one (data under target/), or the server in DB_URL.
set -euo pipefail
cd "$(dirname "$0")"
exec ./mvn.sh verify "$@"
