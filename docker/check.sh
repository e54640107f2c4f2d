#!/usr/bin/env bash
# Checks what deploys Custodian, without a container engine: lints docker/Dockerfile.jvm and
# docker/Dockerfile.native (dockerfile-utils), validates docker/compose.yaml against the Compose
# specification's JSON schema, checks docker/custodian.env.example against application.properties,
# and validates the Kubernetes manifests of deploy/kubernetes. Exits non-zero on any problem.
# Called by .ci/run. Needs Node.js and npm; the tools are pinned by docker/check/package-lock.json
# and installed under target/ (npm ci, again only when the lock file changes).
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=target/docker-check
if [ ! -d "$TOOLS/node_modules" ] || ! cmp -s docker/check/package-lock.json "$TOOLS/package-lock.json"; then
  rm -rf "$TOOLS"
  mkdir -p "$TOOLS"
  cp docker/check/package.json docker/check/package-lock.json "$TOOLS/"
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
fi
NODE_PATH="$PWD/$TOOLS/node_modules" node docker/check/check.js
