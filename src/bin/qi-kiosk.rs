//! Entry point of the kiosk-only app (`qi_involve::kiosk_app`), which
//! index.html starts in place of the whole app while a kiosk runs.

/// The mark `.ci/prerender.mjs` puts on each node it copies into a page.
const PRERENDERED: &str = "[data-prerendered]";

fn main() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The page's copied first render is the staff app's, hidden on a locked
    // tablet (style/main.css): out before the kiosk draws.
    while let Ok(Some(node)) = document.query_selector(PRERENDERED) {
        node.remove();
    }
    leptos::mount::mount_to_body(qi_involve::kiosk_app::KioskApp);
    // The kiosk is drawn whole in the mount: marked as the whole app marks
    // its first screen (components::later), for browser tests to wait on.
    if let Some(root) = document.document_element() {
        let _ = root.class_list().add_1("qi-started");
    }
}
