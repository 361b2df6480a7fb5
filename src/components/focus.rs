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

/// Moves focus to the field with `id` and brings the whole form around it
/// into view, so an Edit that opens a form far up the page shows its
/// heading, not just one box.
pub fn focus_in_form(id: String) {
    request_animation_frame(move || {
        let Some(field) = document().get_element_by_id(&id) else {
            return;
        };
        if let Ok(Some(form)) = field.closest("form") {
            form.scroll_into_view_with_bool(true);
        }
        if let Ok(field) = field.dyn_into::<web_sys::HtmlElement>() {
            let _ = field.focus();
        }
    });
}

/// Moves focus to the error summary inside the element with id `within`,
/// once drawn, so a person who submitted a form with mistakes hears them
/// listed and can follow the links. The summary is made focusable here
/// (`tabindex="-1"`: reachable by script, not by Tab).
pub fn focus_error_summary(within: &'static str) {
    request_animation_frame(move || {
        let summary = document()
            .query_selector(&format!("#{within} .error-summary"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(summary) = summary {
            let _ = summary.set_attribute("tabindex", "-1");
            let _ = summary.focus();
        }
    });
}
