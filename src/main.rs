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
    // The screen this address opens, or the kiosk or reader lock (index.html's
    // stored-data check marks it), is loaded before the app mounts: its code
    // is a separate download (src/lazy_routes.rs).
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let path = path
        .strip_prefix(qi_involve::routes::base())
        .unwrap_or(&path)
        .to_string();
    let locked = marked(&document, "qi-locked");
    // Read while that code downloads: a task of its own, not part of the
    // mount's.
    qi_involve::state::projects::early::read_early();
    wasm_bindgen_futures::spawn_local(async move {
        qi_involve::lazy_routes::preload(&path, locked).await;
        start(document);
    });
}

/// Mounts the app, after the copied first render has painted if the page
/// has one.
fn start(document: web_sys::Document) {
    if !matches!(document.query_selector(PRERENDERED), Ok(Some(_))) {
        mount(document);
        return;
    }
    // The page already shows the app's first render, copied in at build
    // time. On a fast connection the wasm can arrive before the browser
    // has painted that copy; waiting two frames lets it paint (and count
    // as the page's largest paint) before the app's work begins.
    request_animation_frame(move || request_animation_frame(move || mount(document)));
}

/// Mounts the app. Where index.html's check found nothing stored and no
/// lock, the page shows the build's copy of this screen whole: it stays on
/// show while the app draws its own a part per frame behind it, and the
/// two swap once that is whole (`state::last_screen`). Elsewhere the copy
/// is the header alone, or hidden: it goes in the task that mounts the
/// app, so no frame is without a header and a screen reader never finds
/// two of them.
fn mount(document: web_sys::Document) {
    if marked(&document, "qi-fresh") {
        qi_involve::state::last_screen::hold(&document, PRERENDERED);
    } else {
        while let Ok(Some(node)) = document.query_selector(PRERENDERED) {
            node.remove();
        }
    }
    leptos::mount::mount_to_body(qi_involve::App);
    // The screen's lower parts follow a frame at a time; screens opened
    // from here on are drawn whole.
    qi_involve::components::later::started();
}

/// Whether index.html's stored-data check put `class` on the page's root.
fn marked(document: &web_sys::Document, class: &str) -> bool {
    document
        .document_element()
        .is_some_and(|root| root.class_list().contains(class))
}
