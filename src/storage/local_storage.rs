//! The browser's localStorage as a [`Backend`].
//!
//! Written on `web_sys` directly rather than `gloo_storage::LocalStorage`,
//! whose handle panics when storage is blocked (private modes, policies):
//! here every failure comes back as a [`StorageError`].

use wasm_bindgen::{JsCast, JsValue};

use super::{Backend, StorageError};

/// A handle on `window.localStorage`, obtained once it is known to work.
pub struct LocalStorage {
    storage: web_sys::Storage,
}

impl LocalStorage {
    /// The page's localStorage, or why it cannot be used. Reading
    /// `localStorage` itself throws when the browser blocks it.
    pub fn open() -> Result<LocalStorage, StorageError> {
        let storage = web_sys::window()
            .ok_or(StorageError::Unavailable)?
            .local_storage()
            .map_err(|_| StorageError::Unavailable)?
            .ok_or(StorageError::Unavailable)?;
        Ok(LocalStorage { storage })
    }
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(failure)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(failure)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(failure)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let count = self.storage.length().map_err(failure)?;
        let mut keys = Vec::with_capacity(count as usize);
        for i in 0..count {
            if let Some(key) = self.storage.key(i).map_err(failure)? {
                keys.push(key);
            }
        }
        Ok(keys)
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
