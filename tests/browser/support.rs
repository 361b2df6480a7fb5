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

/// Removes every key this app writes, so each test starts clean.
pub fn clear_app_keys() {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage");
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with("qi-involve:"))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}

/// Runs `f` while reading `window.localStorage` throws a SecurityError, as
/// it does when a browser blocks site data, then puts storage back.
pub fn with_blocked_storage<T>(f: impl FnOnce() -> T) -> T {
    js_sys::eval(
        "window.__realStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');\
         Object.defineProperty(window, 'localStorage', { configurable: true,\
           get() { throw new DOMException('blocked', 'SecurityError'); } });",
    )
    .expect("block storage");
    let result = f();
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.__realStorage);")
        .expect("unblock storage");
    result
}

/// The whole app mounted at `/`, torn down completely when dropped: the
/// router's window listeners go with it, so the next test's app is the
/// only one answering clicks.
pub struct MountedApp {
    pub root: HtmlElement,
    owner: leptos::prelude::Owner,
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

pub fn mount_app() -> MountedApp {
    let _ = web_sys::window()
        .expect("window")
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"));
    let root = mount_point();
    let owner = leptos::prelude::Owner::new();
    let handle = owner.with(|| {
        use leptos::prelude::IntoAny;
        leptos::mount::mount_to(root.clone(), || qi_involve::App().into_any())
    });
    MountedApp {
        root,
        owner,
        handle: Some(handle),
    }
}

impl Drop for MountedApp {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.owner.cleanup();
        self.root.remove();
    }
}
