//! The trust's settings, loaded once and saved when the person saves the
//! Settings form.

use leptos::prelude::*;

use crate::model::trust_settings::TrustSettings;
use crate::storage::codec::{decode_settings, encode_settings, DAMAGED_PREFIX, SETTINGS_KEY};
use crate::storage::local_storage::LocalStorage as BrowserStorage;
use crate::storage::{Backend, StorageError};

#[derive(Clone, Copy)]
pub struct Settings {
    pub value: RwSignal<TrustSettings>,
    /// Set when stored settings could not be read (they are kept aside).
    pub problem: RwSignal<Option<String>>,
}

impl Settings {
    /// Reads the stored settings. Unreadable ones are copied aside first, so
    /// that saving new settings later loses nothing.
    pub fn load() -> Settings {
        let (value, problem) = match read() {
            Ok(value) => (value, None),
            Err(message) => (TrustSettings::default(), Some(message)),
        };
        Settings {
            value: RwSignal::new(value),
            problem: RwSignal::new(problem),
        }
    }

    /// Stores `settings` and makes them current.
    pub fn save(&self, settings: TrustSettings) -> Result<(), StorageError> {
        BrowserStorage::open()?.set(SETTINGS_KEY, &encode_settings(&settings))?;
        self.value.set(settings);
        self.problem.set(None);
        Ok(())
    }
}

fn read() -> Result<TrustSettings, String> {
    let Ok(store) = BrowserStorage::open() else {
        return Ok(TrustSettings::default());
    };
    let Ok(Some(raw)) = store.get(SETTINGS_KEY) else {
        return Ok(TrustSettings::default());
    };
    decode_settings(&raw).map_err(|error| {
        let aside = format!("{DAMAGED_PREFIX}settings");
        let kept = matches!(store.get(&aside), Ok(Some(ref old)) if *old == raw)
            || store.set(&aside, &raw).is_ok();
        if kept {
            format!("The saved settings could not be read ({error}). A copy has been kept on this device.")
        } else {
            format!("The saved settings could not be read ({error}).")
        }
    })
}
