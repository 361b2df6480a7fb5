//! Helpers shared by the browser tests.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("tests run in a browser page")
}

/// A fresh element to mount a component into, appended to the body.
pub fn mount_point() -> HtmlElement {
    let doc = document();
    let el = doc
        .create_element("div")
        .expect("create div")
        .unchecked_into::<HtmlElement>();
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

/// The first element under `root` that matches `selector`.
pub fn find(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

/// The link or button under `root` whose text is exactly `text`.
pub fn by_text(root: &HtmlElement, selector: &str, text: &str) -> HtmlElement {
    let all = root.query_selector_all(selector).expect("valid selector");
    (0..all.length())
        .filter_map(|i| all.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|el| el.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no {selector} with text {text:?}"))
}

/// Lets the reactive system and the router finish their work: a route
/// change resolves over a few microtasks, so one `tick` is not always enough.
pub async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("window")
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
    }
}
