//! One save at a time across every tab of the app, through the Web Locks
//! API where the browser has it.
//!
//! Two tabs that read, merge and write the same project at the same moment
//! could otherwise both claim the next revision, and one write would be
//! lost. Where the API is missing (older Safari) the save runs at once; the
//! per-write stamp in the repository still tells two such writes apart.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

const LOCK_NAME: &str = "qi-involve:save";

/// Runs `save` while holding the app's save lock, or at once if the
/// browser cannot lock. Either way `save` runs exactly once.
pub fn with_save_lock(save: impl FnOnce() + 'static) {
    let pending = Rc::new(RefCell::new(Some(save)));
    let in_lock = pending.clone();
    let callback = Closure::once_into_js(move |_lock: JsValue| {
        if let Some(save) = in_lock.borrow_mut().take() {
            save();
        }
        JsValue::UNDEFINED
    });
    if request(&callback).is_none() {
        if let Some(save) = pending.borrow_mut().take() {
            save();
        }
    }
}

/// `navigator.locks.request(LOCK_NAME, callback)`, or `None` if the browser
/// has no such API or refused the request.
fn request(callback: &JsValue) -> Option<()> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request: js_sys::Function = js_sys::Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise = request
        .call2(&locks, &LOCK_NAME.into(), callback)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    // A rejected request (the page is going away) must not surface as an
    // uncaught error; the change stays waiting and page hide saves it.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
    Some(())
}
