//! The browser's localStorage as a [`Backend`], through `gloo-storage`.
//!
//! gloo's `LocalStorage` assumes storage is there: its handle panics when
//! the browser blocks it (private modes, policies). So [`LocalStorage::open`]
//! first probes with `web_sys`, which reports the same condition as an
//! error, and only a successful probe hands out a value through which
//! gloo is reached. Every failure after that comes back as a
//! [`StorageError`].
//!
//! Values go in and out as the exact text stored: gloo's typed `get` and
//! `set` would JSON-encode each value a second time (a change of stored
//! format) and could not carry an unreadable record byte for byte, so
//! reads and writes use gloo's handle on the storage object itself.

use gloo_storage::{LocalStorage as Gloo, Storage as _};
use wasm_bindgen::{JsCast, JsValue};

use super::{last_screen, Backend, StorageError};

/// Proof that the page's localStorage could be opened.
pub struct LocalStorage {
    _probed: (),
}

impl LocalStorage {
    /// The page's localStorage, or why it cannot be used. Reading
    /// `window.localStorage` throws when the browser blocks it.
    pub fn open() -> Result<LocalStorage, StorageError> {
        web_sys::window()
            .ok_or(StorageError::Unavailable)?
            .local_storage()
            .map_err(|_| StorageError::Unavailable)?
            .ok_or(StorageError::Unavailable)?;
        Ok(LocalStorage { _probed: () })
    }
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Gloo::raw().get_item(key).map_err(failure)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        forget_last_screen(key);
        Gloo::raw().set_item(key, value).map_err(failure)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        forget_last_screen(key);
        Gloo::delete(key);
        Ok(())
    }

    /// Asks the browser for the value's length, so measuring the whole
    /// store after each save copies no text into wasm.
    fn units(&self, key: &str) -> Result<Option<usize>, StorageError> {
        let storage = Gloo::raw();
        let get_item: js_sys::Function = js_sys::Reflect::get(&storage, &"getItem".into())
            .map_err(failure)?
            .dyn_into()
            .map_err(failure)?;
        let value = get_item.call1(&storage, &key.into()).map_err(failure)?;
        Ok(value
            .dyn_ref::<js_sys::JsString>()
            .map(|s| s.length() as usize))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = Gloo::raw();
        let count = Gloo::length();
        let mut keys = Vec::with_capacity(count as usize);
        for i in 0..count {
            if let Some(key) = storage.key(i).map_err(failure)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Any change to what is stored may change what a screen shows, so the
/// copy of the last screen shown goes first (`last_screen.rs`): it is
/// never shown over data it no longer matches, and never holds room a
/// save needs. The next time the page is hidden keeps a fresh one.
fn forget_last_screen(key: &str) {
    if key != last_screen::KEY {
        Gloo::delete(last_screen::KEY);
    }
}

/// Turns a thrown DOMException into a [`StorageError`]. Browsers name a
/// full store differently (`QuotaExceededError`, Firefox's older
/// `NS_ERROR_DOM_QUOTA_REACHED`), so both are recognised.
fn failure(error: JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.name() == "NS_ERROR_DOM_QUOTA_REACHED" => {
            StorageError::QuotaExceeded
        }
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Failed(e.message()),
        None => StorageError::Failed(format!("{error:?}")),
    }
}
