//! Records that could not be read, and the copies of them kept aside.
//!
//! An unreadable record is never written over. It is copied under the
//! damaged-data prefix (`qi-involve:damaged:<name>`) so that it survives
//! even if the original key is later replaced, and the person can download
//! it or remove it: from the banner that reports it, or from Settings,
//! which lists every copy kept aside.

use super::codec::DAMAGED_PREFIX;
use super::{Backend, StorageError};

/// A stored record that could not be read. It is left where it was, never
/// written over, and copied under `kept_as` as well when there was room.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
    pub reason: String,
    pub kept_as: Option<String>,
    /// Written by a newer version of the app: nothing is wrong with it, so
    /// it is never offered for removal (updating the app reads it).
    pub newer_version: bool,
}

/// A copy kept aside, as listed on Settings.
#[derive(Clone, Debug, PartialEq)]
pub struct KeptCopy {
    pub key: String,
    /// Its length in characters, to show how much space it takes.
    pub chars: usize,
}

/// How many kept copies of one unreadable record there can be before
/// keeping another is refused.
const MAX_KEPT_COPIES: usize = 20;

/// Copies an unreadable record under the damaged-data prefix
/// (`qi-involve:damaged:<name>`, then `<name>-2`, `-3`… when an earlier,
/// different copy is already kept there). An identical copy is not made
/// twice. Returns where it is kept, or `None` if it could not be kept.
pub fn keep_aside(backend: &dyn Backend, name: &str, raw: &str) -> Option<String> {
    for n in 1..=MAX_KEPT_COPIES {
        let aside = if n == 1 {
            format!("{DAMAGED_PREFIX}{name}")
        } else {
            format!("{DAMAGED_PREFIX}{name}-{n}")
        };
        match backend.get(&aside) {
            Ok(Some(existing)) if existing == raw => return Some(aside),
            Ok(Some(_)) => continue,
            Ok(None) => return backend.set(&aside, raw).ok().map(|_| aside),
            Err(_) => return None,
        }
    }
    None
}

/// Every copy kept aside on this device, in key order.
pub fn kept_copies(backend: &dyn Backend) -> Result<Vec<KeptCopy>, StorageError> {
    let mut keys: Vec<String> = backend
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(DAMAGED_PREFIX))
        .collect();
    crate::model::order::sort(&mut keys);
    let mut copies = Vec::with_capacity(keys.len());
    for key in keys {
        if let Some(text) = backend.get(&key)? {
            copies.push(KeptCopy {
                chars: text.chars().count(),
                key,
            });
        }
    }
    Ok(copies)
}

/// Removes an unreadable record and the copy of it kept aside, once the
/// person has downloaded it and asked for it to go. A record from a newer
/// version is refused: it is not damaged, and it may be the only copy.
/// Other kept copies (earlier, different texts) stay, listed on Settings.
pub fn discard(backend: &dyn Backend, item: &Unreadable) -> Result<(), StorageError> {
    if item.newer_version {
        return Err(StorageError::Failed(
            "it was saved by a newer version of QI Involve, so it is kept".into(),
        ));
    }
    // The original goes first: if removing the copy then fails, a copy is
    // still there rather than nothing.
    backend.remove(&item.key)?;
    if let Some(kept) = &item.kept_as {
        if backend.get(kept)?.as_deref() == Some(item.raw.as_str()) {
            backend.remove(kept)?;
        }
    }
    Ok(())
}
