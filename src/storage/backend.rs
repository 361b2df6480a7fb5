//! The key-value store under the repository.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use thiserror::Error;

/// Why the store could not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("this browser is not letting QI Involve keep data on this device")]
    Unavailable,
    #[error("this device's storage for QI Involve is full")]
    QuotaExceeded,
    #[error("the browser could not store the data ({0})")]
    Failed(String),
}

/// A string key-value store with the shape of localStorage, where every
/// call can fail.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
    /// The length of the value under `key` in UTF-16 units, as quotas
    /// count it (see `usage.rs`). A store that can tell without copying
    /// the text out says so by overriding this.
    fn units(&self, key: &str) -> Result<Option<usize>, StorageError> {
        Ok(self.get(key)?.map(|v| v.encode_utf16().count()))
    }
}

/// An in-memory store: for host tests, and the fallback when the browser
/// gives no localStorage (data then lasts only as long as the tab).
///
/// Clones share the same data, like two tabs sharing one localStorage.
#[derive(Clone, Debug, Default)]
pub struct MemoryBackend {
    /// Key and value pairs in key order. A sorted list rather than a map:
    /// this store is in the app's first download (as the fallback), and a
    /// map of its own type would add a copy of the map's code.
    data: Rc<RefCell<Vec<(String, String)>>>,
    /// Total characters (keys plus values) allowed, to test a full store.
    /// Shared by clones, as one origin's tabs share one quota.
    quota: Rc<Cell<Option<usize>>>,
}

impl MemoryBackend {
    /// A store that refuses writes that would take it past `chars`.
    pub fn with_quota(chars: usize) -> MemoryBackend {
        let store = MemoryBackend::default();
        store.set_quota(Some(chars));
        store
    }

    /// Changes the quota (for every clone).
    pub fn set_quota(&self, chars: Option<usize>) {
        self.quota.set(chars);
    }

    /// Where `key` is, or where it would go.
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.data
            .borrow()
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    fn used_without(&self, key: &str) -> usize {
        self.data
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.find(key).ok().map(|i| self.data.borrow()[i].1.clone()))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota.get() {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        let at = self.find(key);
        let mut data = self.data.borrow_mut();
        match at {
            Ok(i) => value.clone_into(&mut data[i].1),
            Err(i) => data.insert(i, (key.to_string(), value.to_string())),
        }
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if let Ok(i) = self.find(key) {
            self.data.borrow_mut().remove(i);
        }
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.data.borrow().iter().map(|(k, _)| k.clone()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_refuses_and_keeps_old_value() {
        let store = MemoryBackend::with_quota(10);
        store.set("k", "12345").unwrap();
        assert_eq!(
            store.set("k", "1234567890"),
            Err(StorageError::QuotaExceeded)
        );
        assert_eq!(store.get("k").unwrap().as_deref(), Some("12345"));
        let other_tab = store.clone();
        assert_eq!(other_tab.keys().unwrap(), vec!["k".to_string()]);
    }

    #[test]
    fn keys_come_in_order_and_each_key_holds_one_value() {
        let store = MemoryBackend::default();
        for (key, value) in [("b", "1"), ("a", "2"), ("c", "3"), ("b", "4")] {
            store.set(key, value).unwrap();
        }
        assert_eq!(store.keys().unwrap(), ["a", "b", "c"]);
        assert_eq!(store.get("b").unwrap().as_deref(), Some("4"));
        store.remove("a").unwrap();
        store.remove("missing").unwrap();
        assert_eq!(store.keys().unwrap(), ["b", "c"]);
        assert_eq!(store.get("a").unwrap(), None);
    }
}
