//! Keeping keyboard focus where the person continues after a change.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the element with `id` once the page has drawn the
/// change that made it (a form opening, a row redrawn after a save).
pub fn focus_when_drawn(id: String) {
    request_animation_frame(move || {
        let element = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}
