//! Entry point: install the panic hook so a panic is readable in the
//! console, then mount the app. Everything else lives in the library so that
//! browser tests can mount the same components.

use leptos::prelude::request_animation_frame;

/// The mark `.ci/prerender.mjs` puts on each node it copies into a page.
const PRERENDERED: &str = "[data-prerendered]";

fn main() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if !matches!(document.query_selector(PRERENDERED), Ok(Some(_))) {
        mount(document);
        return;
    }
    // The page already shows the app's first render, copied in at build
    // time. On a fast connection the wasm can arrive before the browser
    // has painted that copy; waiting two frames lets it paint (and count
    // as the page's largest paint) before the live app replaces it.
    request_animation_frame(move || request_animation_frame(move || mount(document)));
}

/// Removes the copied markup and mounts the app, in one task, so the
/// browser never paints a page without content or with both copies, and a
/// screen reader never finds two `<main>`s.
fn mount(document: web_sys::Document) {
    while let Ok(Some(node)) = document.query_selector(PRERENDERED) {
        node.remove();
    }
    leptos::mount::mount_to_body(qi_involve::App);
}
