# Sourced by the other scripts: where the tools are, and how they must run
# on a machine whose network reaches only the package registries.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ROOT
# npm's binaryen provides wasm-opt 132; it must come before any older
# /usr/bin/wasm-opt (Debian's 108 builds a wasm that fails on load).
export PATH="$ROOT/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_PATH=/usr/bin/chromium
export TRUNK_OFFLINE=true
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
# A clean clone builds everything once, so incremental caches are only
# gigabytes of disk there.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

# Prints a step's name and how long the previous step took.
__step_start=$SECONDS
step() {
  printf '\n==> %s  (+%ss)\n' "$*" "$((SECONDS - __step_start))"
  __step_start=$SECONDS
}
