//! Keeps the screen on show when the page is hidden, and takes over from
//! the kept copy once the app has drawn the screen itself. What is kept,
//! and when it is shown or dropped: `src/storage/last_screen.rs`.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, NodeList};

use crate::storage::kiosk::LOCK_KEY;
use crate::storage::last_screen::{LastScreen, KEY, VERSION};
use crate::storage::local_storage::LocalStorage;
use crate::storage::Backend;

/// The mark index.html's last-screen script puts on each element it
/// shows. style/main.css hides the app's own elements while the page's
/// root has [`SHOWING`].
const MARK: &str = "data-last-screen";
const SHOWING: &str = "qi-last-screen";
const MARKED: &str = "[data-last-screen]";

/// Keeps what the page shows, if it shows a whole screen of the app's.
/// Called when the page is hidden, after pending saves are written.
pub fn remember() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // Until the app has drawn its first screen whole (and so taken over
    // from any copy: `reveal` runs first), there is nothing new to keep:
    // what is kept stays.
    let started = document
        .document_element()
        .is_some_and(|root| root.class_list().contains("qi-started"));
    if !started {
        return;
    }
    let Ok(store) = LocalStorage::open() else {
        return;
    };
    match capture(&document, &store) {
        // A full store refuses it, which is as it should be.
        Some(text) => drop(store.set(KEY, &text)),
        None => drop(store.remove(KEY)),
    }
}

/// The stored text for what the page shows now, or `None` where it should
/// not be kept: it shows a moment that a start would not draw again (a
/// dialog, an error message, or
/// any part marked `data-moment`: the kiosk past its question, with a
/// person's half-written answer, or its PIN form). The copy must look like
/// what the app draws when it starts, and never keep what the app drops.
/// Nor is the running kiosk kept: a page opened while it runs starts the
/// kiosk-only app (`crate::kiosk_app`), which shows no kept screen.
fn capture(document: &Document, store: &LocalStorage) -> Option<String> {
    let transient = "dialog[open], [aria-modal=\"true\"], [data-moment], .kiosk-shell";
    if document.query_selector(transient).ok()?.is_some() {
        return None;
    }
    let build = document
        .query_selector("link[rel=\"modulepreload\"]")
        .ok()??
        .get_attribute("href")?;
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()? + &location.search().ok()?;
    let mut html = String::new();
    let children = document.body()?.children();
    for i in 0..children.length() {
        let Some(live) = children.item(i) else {
            continue;
        };
        if matches!(live.tag_name().as_str(), "SCRIPT" | "NOSCRIPT" | "TEMPLATE") {
            continue;
        }
        html.push_str(&copy_of(&live)?);
    }
    LastScreen {
        v: VERSION,
        path: &path,
        build: &build,
        locked: matches!(store.get(LOCK_KEY), Ok(Some(_))),
        title: &document.title(),
        html: &html,
    }
    .encode()
}

/// `live`'s markup, inert and marked, with each field showing what it
/// holds now: a field's value is a property the app sets, which markup
/// leaves out, so it is written in as the attribute. A PIN never is.
fn copy_of(live: &Element) -> Option<String> {
    let copy: Element = live.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let fields = "input, textarea, option";
    let (from, to) = (
        live.query_selector_all(fields).ok()?,
        copy.query_selector_all(fields).ok()?,
    );
    // The copy has the same fields in the same order.
    for (field, out) in elements(&from).zip(elements(&to)) {
        let field = JsValue::from(field);
        let text = |name: &str| {
            Reflect::get(&field, &name.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let flag = |name: &str| Reflect::get(&field, &name.into()).is_ok_and(|v| v.is_truthy());
        let _ = match (out.tag_name().as_str(), text("type").as_deref()) {
            ("OPTION", _) => set_flag(&out, "selected", flag("selected")),
            ("TEXTAREA", _) => {
                out.set_text_content(text("value").as_deref());
                Ok(())
            }
            (_, Some("password")) => out.remove_attribute("value"),
            (_, Some("checkbox" | "radio")) => set_flag(&out, "checked", flag("checked")),
            _ => out.set_attribute("value", &text("value").unwrap_or_default()),
        };
    }
    // The policy blocks style attributes, and the app sets none; a tool
    // or extension may have (a test runner's screenshot leaves them).
    for element in elements(&copy.query_selector_all("[style]").ok()?) {
        let _ = element.remove_attribute("style");
    }
    let _ = copy.remove_attribute("style");
    copy.set_attribute(MARK, "").ok()?;
    copy.set_attribute("inert", "").ok()?;
    Some(copy.outer_html())
}

/// The elements of a `querySelectorAll` result.
fn elements(list: &NodeList) -> impl Iterator<Item = Element> + '_ {
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok())
}

fn set_flag(element: &Element, name: &str, on: bool) -> Result<(), JsValue> {
    if on {
        element.set_attribute(name, "")
    } else {
        element.remove_attribute(name)
    }
}

/// Keeps the page's own copy of this screen (the `selector` nodes the
/// build wrote in, a first visit's screen) on show while the app draws its
/// screen behind it a part per frame; [`reveal`] then swaps them as it does
/// a kept last screen. Drawn whole in one task instead, the mount was a
/// first visit's longest task (issue 11: about 90 ms on Settings here).
/// Inert meanwhile, as a kept screen is: nothing is typed into it.
pub fn hold(document: &Document, selector: &str) {
    let Ok(copied) = document.query_selector_all(selector) else {
        return;
    };
    for node in elements(&copied) {
        let _ = node.set_attribute(MARK, "");
        let _ = node.set_attribute("inert", "");
    }
    if let Some(root) = document.document_element() {
        let _ = root.class_list().add_1(SHOWING);
    }
}

/// Once the app's first screen is whole: removes the kept copy and shows
/// the app's own, in one task, so no frame shows both or neither.
pub fn reveal() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    while let Ok(Some(node)) = document.query_selector(MARKED) {
        node.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1(SHOWING);
    }
}
