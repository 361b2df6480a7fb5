#!/usr/bin/env python3
"""Where the release .wasm's bytes are: by crate, and by our own module.

    python3 tests/bench/size_by_crate.py target/wasm32-unknown-unknown/release/qi-involve.wasm

Reads `twiggy top` of the module cargo writes, before wasm-bindgen and
wasm-opt, while function names are still in it. Sizes are that module's
bytes (wasm-opt then shrinks the code by about a quarter and brotli by
about three quarters again), so read them as shares, not as download
bytes. Generic code is named after the crate that defines it, so much of
"leptos family" and "core/alloc" is instantiated for our own views and
types: it shrinks when we write fewer distinct views, closures and types.
"""
import collections
import csv
import io
import re
import subprocess
import sys

LEPTOS = {"leptos", "tachys", "reactive_graph", "leptos_router", "leptos_dom", "leptos_macro",
          "either_of", "reactive_stores", "leptos_server", "server_fn", "any_spawner",
          "throw_error", "or_poisoned", "hydration_context", "next_tuple", "oco_ref",
          "leptos_config", "send_wrapper", "guardian", "slotmap", "futures_util", "futures"}
BINDGEN = {"wasm_bindgen", "js_sys", "web_sys", "wasm_bindgen_futures", "gloo_storage",
           "gloo_utils", "console_error_panic_hook"}
SERDE = {"serde", "serde_core", "serde_json", "itoa", "ryu", "memchr"}
STD = {"core", "alloc", "std", "dlmalloc", "compiler_builtins", "hashbrown", "indexmap",
       "str", "char", "bool", "u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize",
       "__rustc"}


def crate_of(name):
    # "<a::B as c::D>::f" is named after the type's crate, or after the
    # trait's when the type is a generic parameter ("<T as c::D>");
    # a bare path after its first segment.
    m = re.match(r"<&?(?:mut )?[A-Z]\w? as ([A-Za-z_]\w*)", name)
    if m:
        return m.group(1)
    m = re.match(r"<?&?(?:mut )?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)", name)
    return re.sub(r"\[[0-9a-f]+\]$", "", m.group(1)) if m else name


def group(name):
    if name.startswith('data segment'):
        return "data (text, panic locations, tables)"
    if "qi_involve::" in name:
        if re.search(r"serde_core::(de|ser)::", name):
            return "serde derives on our types"
        return "qi_involve (our code)"
    crate = crate_of(name)
    if crate in LEPTOS:
        return "leptos family (generic, mostly for our views)"
    if crate in SERDE:
        return "serde, serde_json"
    if crate in BINDGEN:
        return "wasm-bindgen, js-sys, web-sys, gloo"
    if crate in STD:
        return "core, alloc, std (incl. generics for our types)"
    return "other"


def main(path):
    out = subprocess.run(["twiggy", "top", "-n", "1000000", "--format", "csv", path],
                         check=True, capture_output=True, text=True).stdout
    by_group, by_module = collections.Counter(), collections.Counter()
    for row in csv.DictReader(io.StringIO(out)):
        name, size = row["Name"], int(row["ShallowSize"])
        # Names, exports and wasm-bindgen's descriptors are gone from the shipped module.
        if name.startswith(("export ", "import ", '"function names"', "custom section", "__wbindgen_describe")):
            continue
        if "section" in name and not name.startswith("data segment"):
            continue
        by_group[group(name)] += size
        m = re.search(r"qi_involve::(\w+)(?:::(\w+))?", name)
        if m:
            by_module[m.group(1) + ("::" + m.group(2) if m.group(2) else "")] += size
    total = sum(by_group.values())
    print(f"{'group':<52} {'bytes':>9} {'share':>6}")
    for g, size in by_group.most_common():
        print(f"{g:<52} {size:>9} {100 * size / total:>5.1f}%")
    print(f"{'total (before wasm-bindgen and wasm-opt)':<52} {total:>9}")
    print(f"\n{'our module (shallow, incl. inlined callees)':<52} {'bytes':>9}")
    for mod, size in by_module.most_common(20):
        print(f"{mod:<52} {size:>9}")


if __name__ == "__main__":
    main(sys.argv[1])
