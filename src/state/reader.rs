//! The induction reader's preferences and progress, remembered on the
//! device so a person can pick up where they left off.

use leptos::prelude::*;

use crate::model::reader_prefs::ReaderPrefs;
use crate::storage::codec::{decode_reader, encode_reader, READER_KEY};
use crate::storage::local_storage::LocalStorage as BrowserStorage;
use crate::storage::Backend;

#[derive(Clone, Copy)]
pub struct Reader {
    pub prefs: RwSignal<ReaderPrefs>,
}

impl Reader {
    /// Reads what is stored; anything unreadable just starts afresh (these
    /// are preferences, and the next change writes a good copy).
    pub fn load() -> Reader {
        let prefs = BrowserStorage::open()
            .ok()
            .and_then(|s| s.get(READER_KEY).ok().flatten())
            .and_then(|raw| decode_reader(&raw).ok())
            .unwrap_or_default();
        Reader {
            prefs: RwSignal::new(prefs),
        }
    }

    /// Changes the preferences and stores them. A failed write only means
    /// the choice is not remembered next time, so it is not reported.
    pub fn update(&self, change: impl FnOnce(&mut ReaderPrefs) -> bool) {
        let mut changed = false;
        self.prefs.maybe_update(|p| {
            changed = change(p);
            changed
        });
        if changed {
            if let Ok(store) = BrowserStorage::open() {
                let _ = store.set(READER_KEY, &encode_reader(&self.prefs.get_untracked()));
            }
        }
    }
}
