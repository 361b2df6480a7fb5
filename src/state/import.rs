//! Importing a backup into the app's state: the write happens in the
//! repository (see `storage/import.rs`), under the save lock shared by every
//! tab, and the projects and settings on screen are then read back from
//! storage, so what is shown is exactly what is stored.

use leptos::prelude::*;

use super::save_lock::with_save_lock;
use super::{clock, Projects, SaveState, Settings};
use crate::model::trust_settings::TrustSettings;
use crate::storage::backup::ImportWrites;
use crate::storage::codec::{decode_settings, SETTINGS_KEY};
use crate::storage::import::{ImportDone, ImportFailure};
use crate::storage::local_storage::LocalStorage as BrowserStorage;
use crate::storage::{Backend, StorageError};

impl Projects {
    /// Writes an import, after saving anything waiting, and then calls
    /// `done` with what happened. The projects shown match storage
    /// afterwards, whether the import succeeded or was put back.
    pub fn import(
        &self,
        writes: ImportWrites,
        done: impl FnOnce(Result<ImportDone, ImportFailure>) + 'static,
    ) {
        let this = *self;
        with_save_lock(move || {
            this.flush_now();
            let result = this
                .repo
                .try_update_value(|repo| repo.import(&writes, clock::now_ms()))
                .unwrap_or(Err(ImportFailure::Unreadable(StorageError::Unavailable)));
            // Nothing was written when the import was refused before it began.
            if !matches!(
                result,
                Err(ImportFailure::Unsaved | ImportFailure::NoRoomForCopy(_))
            ) {
                this.reload_from_storage();
            }
            done(result);
        });
    }

    /// `Undo import`: puts back the data from before the last import.
    pub fn undo_import(&self, done: impl FnOnce(Result<(), ImportFailure>) + 'static) {
        let this = *self;
        with_save_lock(move || {
            this.flush_now();
            let result = this
                .repo
                .try_update_value(|repo| repo.undo_import())
                .unwrap_or(Err(ImportFailure::NoCopy));
            this.reload_from_storage();
            done(result);
        });
    }

    /// When the copy kept before the last import was taken, if it is there.
    pub fn before_import_ms(&self) -> Option<i64> {
        self.repo
            .try_with_value(|repo| repo.before_import().map(|c| c.taken_ms))
            .flatten()
    }

    /// Removes the copy kept before the last import.
    pub fn discard_before_import(&self) -> Result<(), StorageError> {
        self.repo
            .try_update_value(|repo| repo.discard_before_import())
            .unwrap_or(Err(StorageError::Unavailable))
    }

    /// Reads every project from storage again, replacing what is held
    /// here (nothing is waiting to be written when this is called).
    fn reload_from_storage(&self) {
        let Some(Ok(report)) = self.repo.try_update_value(|repo| repo.reload()) else {
            return;
        };
        self.list.set(report.projects);
        self.unreadable.set(report.unreadable);
        self.save_state.set(SaveState::Saved);
        self.refresh_deleted();
    }
}

impl Settings {
    /// Reads the stored settings again, after an import or its undo wrote
    /// them. Settings that cannot be read leave what is shown as it is.
    pub fn reload_from_storage(&self) {
        if !self.is_read() {
            // Read for the first time, as they now are.
            self.value();
            return;
        }
        let Ok(store) = BrowserStorage::open() else {
            return;
        };
        let stored = match store.get(SETTINGS_KEY) {
            Ok(Some(raw)) => decode_settings(&raw),
            Ok(None) => Ok(TrustSettings::default()),
            Err(_) => return,
        };
        if let Ok(value) = stored {
            self.value().set(value);
            self.problem().set(None);
        }
    }
}
