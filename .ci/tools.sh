#!/usr/bin/env bash
# Installs what building and testing need, only from the package registries
# (crates.io, npm, Debian), and only what is missing or at the wrong version.
# Idempotent: a second run takes seconds.
#
#   .ci/tools.sh build   wasm target, trunk, wasm-bindgen-cli, wasm-opt
#   .ci/tools.sh test    the above, plus Chromium, nginx, playwright-core and axe-core
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-test}
TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

# The wasm-bindgen version the app is built against, read from Cargo.lock so
# the CLI always matches the library (a mismatch fails at build time).
bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# make test lints with rustfmt and clippy.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if [ ! -f Cargo.lock ]; then
  cargo generate-lockfile
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

bindgen=$(bindgen_version)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]; then
  say "installing wasm-bindgen-cli $bindgen (about 6 minutes)"
  # Without --locked: its own lock file pins a crate the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$bindgen" --force
fi

# wasm-opt from npm's binaryen 132. Never Debian's binaryen (108): the build
# "succeeds" and the app then dies at load.
if ! .ci/npm/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  say "installing wasm-opt (binaryen 132) from npm"
  (cd .ci/npm && npm ci --no-audit --no-fund)
fi

[ "$want" = build ] && exit 0

if [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's chromium"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends chromium
fi

# nginx with the Brotli static module: tests/browser/nginx.test.js runs the
# shipped deploy/nginx.conf in its own nginx process on 127.0.0.1. Debian
# starts the system service after installing it unless a policy-rc.d says
# no: one is put in place for the install (and removed if it was ours), so
# nothing ever listens on port 80.
if [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  say "installing Debian's nginx-light and libnginx-mod-http-brotli-static (for the deployment test)"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
  ours=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee /usr/sbin/policy-rc.d >/dev/null
    $sudo_cmd chmod +x /usr/sbin/policy-rc.d
    ours=1
  fi
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends \
    nginx-light libnginx-mod-http-brotli-static
  [ -z "$ours" ] || $sudo_cmd rm -f /usr/sbin/policy-rc.d
fi

# Python's icalendar parses our .ics files back, independently of our code.
if ! python3 -c 'import icalendar' 2>/dev/null; then
  say "installing Python's icalendar (independent .ics parser for the tests)"
  python3 -m pip install --quiet 'icalendar==7.3.2'
fi

if [ ! -f tests/browser/node_modules/playwright-core/package.json ] ||
   [ ! -f tests/browser/node_modules/axe-core/package.json ]; then
  say "installing playwright-core (the driver only; it uses /usr/bin/chromium) and axe-core"
  (cd tests/browser && npm ci --no-audit --no-fund)
fi
