#!/usr/bin/env bash
# Starts Continuity Academy on an embedded MariaDB (data in ./data) with the demo organisation.
# Set DB_URL (DB_USER, DB_PASSWORD) to use a MariaDB server instead. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
profiles="${SPRING_PROFILES_ACTIVE:-demo}"
mkdir -p data/tmp
# read the training content straight from the working tree, so "Reload content" picks up edits
export CONTENT_DIR="${CONTENT_DIR:-$PWD/content}"
exec ./mvn.sh spring-boot:run -Dspring-boot.run.profiles="$profiles" "$@"
