//! The trust's settings, read when a screen first needs them and saved
//! when the person saves the Settings form.
//!
//! They are not read at start-up: no part of the project list shows them,
//! so the code that decodes them (and every older format) belongs to the
//! screens that do, and a first visit does not download it.

use leptos::prelude::*;

use crate::model::trust_settings::TrustSettings;
use crate::storage::codec::{decode_settings, encode_settings, SETTINGS_KEY};
use crate::storage::local_storage::LocalStorage as BrowserStorage;
use crate::storage::{keep_aside, Backend, StorageError};

#[derive(Clone, Copy)]
pub struct Settings {
    value: RwSignal<TrustSettings>,
    /// Set when stored settings could not be read.
    problem: RwSignal<Option<String>>,
    /// False while unreadable stored settings could not be copied aside:
    /// saving would then overwrite the only copy, so it is refused.
    may_overwrite: RwSignal<bool>,
    /// Whether the stored settings have been read (see [`Settings::value`]).
    read: StoredValue<bool>,
    /// The stored text as it was at start-up, for [`Settings::write_back`]
    /// while the settings are still unread.
    at_start: StoredValue<Option<String>>,
}

impl Settings {
    /// Keeps the stored text, unread: it is decoded when a screen first
    /// asks for the settings.
    pub fn load() -> Settings {
        let at_start = BrowserStorage::open()
            .ok()
            .and_then(|store| store.get(SETTINGS_KEY).ok().flatten());
        Settings {
            value: RwSignal::new(TrustSettings::default()),
            problem: RwSignal::new(None),
            may_overwrite: RwSignal::new(true),
            read: StoredValue::new(false),
            at_start: StoredValue::new(at_start),
        }
    }

    /// The settings in force. The first call reads the stored settings;
    /// unreadable ones are copied aside first, so that saving new settings
    /// later loses nothing.
    pub fn value(&self) -> RwSignal<TrustSettings> {
        self.read_once();
        self.value
    }

    /// Why the stored settings could not be read, if they could not.
    pub fn problem(&self) -> RwSignal<Option<String>> {
        self.read_once();
        self.problem
    }

    fn read_once(&self) {
        if self.read.get_value() {
            return;
        }
        self.read.set_value(true);
        let (value, problem, may_overwrite) = match read() {
            Ok(value) => (value, None, true),
            Err((message, kept)) => (TrustSettings::default(), Some(message), kept),
        };
        // Nothing can be showing them yet: every reader comes through here.
        self.value.update_untracked(|v| *v = value);
        self.problem.update_untracked(|p| *p = problem);
        self.may_overwrite.update_untracked(|m| *m = may_overwrite);
    }

    /// Stores `settings` and makes them current.
    pub fn save(&self, settings: TrustSettings) -> Result<(), StorageError> {
        self.read_once();
        self.store(settings)
    }

    /// [`Settings::save`] once the stored settings have been read.
    fn store(&self, settings: TrustSettings) -> Result<(), StorageError> {
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

    /// Whether the stored settings have been read yet.
    pub(super) fn is_read(&self) -> bool {
        self.read.get_value()
    }
}

impl Settings {
    /// Writes the settings held here again, after another page cleared
    /// storage. Settings never entered are not written; settings not yet
    /// read go back as the text they were stored as.
    pub fn write_back(&self) {
        if !self.is_read() {
            if let Some(text) = self.at_start.get_value() {
                if let Ok(store) = BrowserStorage::open() {
                    let _ = store.set(SETTINGS_KEY, &text);
                }
            }
            return;
        }
        let value = self.value.get_untracked();
        if value != TrustSettings::default() {
            let _ = self.store(value);
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
