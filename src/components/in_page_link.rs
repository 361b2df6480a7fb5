//! Links to a place on the same screen.
//!
//! The page has a `<base href>` so the app works under a sub-path, and that
//! makes a bare `href="#id"` point at the base: the project list. The
//! router would follow it there from every other screen. These links keep
//! the `#id` (so the link still says where it goes) but, when clicked or
//! activated with Enter, move focus to the target instead and leave the
//! address as it is.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A link to the element with id `target` on the same screen.
#[component]
pub fn InPageLink(
    /// The id of the element to move to.
    #[prop(into)]
    target: String,
    /// Extra classes for the link.
    #[prop(optional)]
    class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let href = format!("#{target}");
    // Leptos attaches this to the link itself (event delegation is off),
    // so it runs before the router's click handler on the window, which
    // then leaves a prevented click alone.
    view! {
        <a class=class href=href on:click=move |ev| jump_to(ev, &target)>
            {children()}
        </a>
    }
}

/// Stops the navigation and moves focus to the element with id `id`,
/// making it focusable from script if it is not already (a heading or a
/// section); focusing it also scrolls it into view.
pub fn jump_to(ev: leptos::ev::MouseEvent, id: &str) {
    ev.prevent_default();
    let target = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        if target.tab_index() < 0 && !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        let _ = target.focus();
    }
}
