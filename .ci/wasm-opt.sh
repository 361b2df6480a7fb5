# Sourced by .ci/split and .ci/kiosk-app: how every release module is
# shrunk, so the whole app's modules and the kiosk-only app's get the same.
#
# The features rustc's wasm32 target enables; binaryen's tools must keep
# them (.ci/merge-chunks.mjs reads them too).
export QI_WASM_FEATURES="--enable-bulk-memory --enable-sign-ext --enable-mutable-globals
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue"

# Shrinks the module at $1 in place. wasm-opt warns about a names
# subsection wasm-split writes and it skips: noise. The producers and
# target-features sections say which tools made the module and for which
# features; no browser reads them, and in 40-odd files they cost 2 to 5 KB
# of brotli a screen.
qi_wasm_opt() {
  # shellcheck disable=SC2086 # the features are separate words
  wasm-opt -Oz --converge --strip-producers --strip-target-features $QI_WASM_FEATURES "$1" -o "$1" \
    2> >(grep -v 'unknown name subsection' >&2)
}
