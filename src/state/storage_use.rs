//! How full this site's storage is, as app-wide state for the warning on
//! every screen and the line on Settings. Measured once the app has
//! started and again after each save (see `storage::usage`), never on a
//! keystroke: typing only marks a save as pending.

use leptos::prelude::*;

use super::{Projects, SaveState};
use crate::storage::local_storage::LocalStorage as BrowserStorage;
use crate::storage::usage::{measure, Usage};

/// The last measurement; `None` while there is none, or when the browser
/// gives no storage to measure.
#[derive(Clone, Copy)]
pub struct StorageUse(pub RwSignal<Option<Usage>>);

impl StorageUse {
    /// Starts measuring: after start-up, then whenever a save ends.
    pub fn start(projects: Projects) -> StorageUse {
        let this = StorageUse(RwSignal::new(None));
        Effect::new(move |_| {
            if !matches!(projects.save_state.get(), SaveState::Pending) {
                this.refresh();
            }
        });
        this
    }

    /// Measures again now (Settings does, as an import or the kiosk may
    /// have written since the last save).
    pub fn refresh(&self) {
        let measured = BrowserStorage::open().ok().and_then(|s| measure(&s).ok());
        self.0.set(measured);
    }
}
