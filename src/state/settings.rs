//! The trust's settings, loaded once and saved when the person saves the
//! Settings form.

use leptos::prelude::*;

use crate::model::trust_settings::TrustSettings;
use crate::storage::codec::{decode_settings, encode_settings, SETTINGS_KEY};
use crate::storage::local_storage::LocalStorage as BrowserStorage;
use crate::storage::{keep_aside, Backend, StorageError};

#[derive(Clone, Copy)]
pub struct Settings {
    pub value: RwSignal<TrustSettings>,
    /// Set when stored settings could not be read.
    pub problem: RwSignal<Option<String>>,
    /// False while unreadable stored settings could not be copied aside:
    /// saving would then overwrite the only copy, so it is refused.
    may_overwrite: RwSignal<bool>,
}

impl Settings {
    /// Reads the stored settings. Unreadable ones are copied aside first, so
    /// that saving new settings later loses nothing.
    pub fn load() -> Settings {
        let (value, problem, may_overwrite) = match read() {
            Ok(value) => (value, None, true),
            Err((message, kept)) => (TrustSettings::default(), Some(message), kept),
        };
        Settings {
            value: RwSignal::new(value),
            problem: RwSignal::new(problem),
            may_overwrite: RwSignal::new(may_overwrite),
        }
    }

    /// Stores `settings` and makes them current.
    pub fn save(&self, settings: TrustSettings) -> Result<(), StorageError> {
        if !self.may_overwrite.get_untracked() {
            return Err(StorageError::Failed(
                "the unreadable saved settings could not be copied aside, so they were not replaced".into(),
            ));
        }
        BrowserStorage::open()?.set(SETTINGS_KEY, &encode_settings(&settings))?;
        self.value.set(settings);
        self.problem.set(None);
        Ok(())
    }
}

impl Settings {
    /// Writes the settings held here again, after another page cleared
    /// storage. Settings never entered are not written.
    pub fn write_back(&self) {
        let value = self.value.get_untracked();
        if value != TrustSettings::default() {
            let _ = self.save(value);
        }
    }
}

/// The stored settings, or what went wrong and whether the unreadable
/// text was kept aside.
fn read() -> Result<TrustSettings, (String, bool)> {
    let Ok(store) = BrowserStorage::open() else {
        return Ok(TrustSettings::default());
    };
    let Ok(Some(raw)) = store.get(SETTINGS_KEY) else {
        return Ok(TrustSettings::default());
    };
    decode_settings(&raw).map_err(|error| match keep_aside(&store, "settings", &raw) {
        Some(_) => (
            format!("The saved settings could not be read ({error}). A copy has been kept on this device."),
            true,
        ),
        None => (format!("The saved settings could not be read ({error})."), false),
    })
}
