use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the main content after each in-app navigation.
///
/// A single-page app does not reload, so without this a screen-reader user
/// hears nothing after following a link and a keyboard user stays in the
/// header. The first render is left alone so the page loads as normal.
#[component]
pub fn RouteFocus() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            focus_main();
        }
        path
    });
}

fn focus_main() {
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main-content"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}
