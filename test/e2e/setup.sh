#!/usr/bin/env bash
# Prepares the real-workbench suite: Debian packages (when missing, as root), and code-server
# (= the VS Code server + web workbench) in test/e2e/.vscode-e2e/ with its native addons built against
# the local Node. Idempotent: a second run only checks a stamp file and returns in well under a second.
#
#   bash test/e2e/setup.sh          # env: E2E_FORCE_SETUP=1 reinstalls code-server
#
# Why code-server and not @vscode/test-electron: desktop VS Code cannot be downloaded here, code-server
# ships on npm. 4.100.3 (= VS Code 1.100.3) is the newest release whose engines.node is "20"; change the
# pin, the Node version and package.json engines.vscode together.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEST="$HERE/.vscode-e2e"
STAMP="$DEST/.ready"
WANT_STAMP="code-server $CODE_SERVER_VERSION node $(node -v) $(uname -m)"
NATIVE_ADDONS=(node-pty @vscode/spdlog native-watchdog kerberos @parcel/watcher @vscode/deviceid)
took() { local s=$SECONDS; "$@"; echo "setup: [$((SECONDS - s)) s] $*" >&2; }

# One setup at a time (two test commands started together must not install into the same folder).
exec 9<"${BASH_SOURCE[0]}"
flock 9

# ---- system packages -------------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM:-}" ] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -f /usr/include/krb5.h ] || [ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
# node-gyp needs a compiler, make and python3 to build code-server's native addons.
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian packages: ${missing[*]}" >&2
    took apt-get update -qq
    took env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing system packages: ${missing[*]}" >&2
    echo "setup: install them first, e.g. sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# ---- code-server -----------------------------------------------------------------------------------
if [ -z "${E2E_FORCE_SETUP:-}" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT_STAMP" ]; then
  echo "setup: ready ($WANT_STAMP)" >&2
  exit 0
fi
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"

# node-gyp cannot download Node headers on an offline or firewalled machine; the local Node prefix has them.
NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$NODE_PREFIX/include/node/node.h" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
fi
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

echo '{ "name": "corpus-review-e2e-host", "private": true }' > package.json
# --ignore-scripts: code-server's postinstall would try to fetch prebuilt binaries; we build below.
took npm install --no-save --ignore-scripts --loglevel=error "code-server@$CODE_SERVER_VERSION"

VSCODE_DIR="$DEST/node_modules/code-server/lib/vscode"
cd "$VSCODE_DIR"
took npm install --omit=dev --ignore-scripts --loglevel=error
took npm rebuild --loglevel=error "${NATIVE_ADDONS[@]}" >/dev/null
# VS Code's search runs ripgrep from this path; the Debian binary does the job.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# The server resolves some modules through node_modules.asar, as the packaged desktop app does.
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && took npm install --omit=dev --ignore-scripts --loglevel=error)
cd "$DEST"
took npm rebuild --loglevel=error argon2 >/dev/null

# Every native addon must load in this Node, or the workbench fails in ways that are hard to read later.
(cd "$VSCODE_DIR" && node -e "
for (const m of ['node-pty', '@vscode/spdlog', 'native-watchdog', 'kerberos', '@parcel/watcher']) require(m);
")
echo "$WANT_STAMP" > "$STAMP"
echo "setup: installed code-server $CODE_SERVER_VERSION = VS Code $(node -p "require('$VSCODE_DIR/package.json').version")" >&2
