//! One project's kiosk wording and responses, for the involvement record.
//! Responses arrive from the kiosk (in this tab after it is unlocked, or
//! in another tab through the `storage` event), so the record reloads
//! when its key changes.

use leptos::ev;
use leptos::prelude::*;

use crate::model::kiosk::KioskWording;
use crate::storage::kiosk::{self, kiosk_key, Loaded};
use crate::storage::local_storage::LocalStorage;

/// A project's kiosk data, kept current.
#[derive(Clone, Copy)]
pub struct KioskRecord {
    /// What is stored, and any problem reading it.
    pub loaded: RwSignal<Loaded>,
    project_id: StoredValue<String>,
}

impl KioskRecord {
    /// Loads the data for `project_id` and follows changes to it.
    pub fn load(project_id: &str) -> KioskRecord {
        let read = {
            let id = project_id.to_string();
            move || match LocalStorage::open() {
                Ok(store) => kiosk::load(&store, &id),
                Err(e) => Loaded {
                    problem: Some(e.to_string()),
                    ..Loaded::default()
                },
            }
        };
        let loaded = RwSignal::new(read());
        let key = kiosk_key(project_id);
        let listener = window_event_listener(ev::storage, move |event: web_sys::StorageEvent| {
            if event.key().as_deref() == Some(key.as_str()) {
                loaded.set(read());
            }
        });
        on_cleanup(move || listener.remove());
        KioskRecord {
            loaded,
            project_id: StoredValue::new(project_id.to_string()),
        }
    }

    /// Saves new wording, keeping every response stored meanwhile.
    pub fn save_wording(self, wording: KioskWording) -> Result<(), String> {
        if let Some(problem) = self.loaded.with_untracked(|l| l.problem.clone()) {
            return Err(problem);
        }
        let store = LocalStorage::open().map_err(|e| e.to_string())?;
        let mut data = self.loaded.with_untracked(|l| l.data.clone());
        data.wording = wording;
        let written =
            kiosk::save(&store, &self.project_id.get_value(), &data).map_err(|e| e.to_string())?;
        self.loaded.update(|l| l.data = written);
        Ok(())
    }
}
