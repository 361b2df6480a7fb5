//! The Fullscreen API where the browser allows it. iPhones have none, and
//! browsers refuse it without a tap or a click; then the page simply stays
//! as it is, with no error.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Asks for the whole page to fill the screen.
pub fn enter() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if is_fullscreen(&document) {
        return;
    }
    if let Some(root) = document.document_element() {
        call(&root, "requestFullscreen");
    }
}

/// Leaves full screen if the page is in it.
pub fn leave() {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if is_fullscreen(&document) {
            call(&document, "exitFullscreen");
        }
    }
}

fn is_fullscreen(document: &web_sys::Document) -> bool {
    Reflect::get(document, &"fullscreenElement".into())
        .map(|e| !e.is_null() && !e.is_undefined())
        .unwrap_or(false)
}

/// Calls a method that may be missing and may return a promise that
/// rejects; the rejection is caught so it is not reported as an error.
fn call(target: &JsValue, method: &str) {
    let Ok(f) = Reflect::get(target, &method.into()) else {
        return;
    };
    let Some(f) = f.dyn_ref::<Function>() else {
        return;
    };
    if let Ok(result) = f.call0(target) {
        if let Some(promise) = result.dyn_ref::<Promise>() {
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
            let _ = promise.catch(&ignore);
            // Called a handful of times a day: the tiny closure may stay.
            ignore.forget();
        }
    }
}
