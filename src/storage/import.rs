//! Writing a checked backup into storage, safely.
//!
//! Before anything is written, the stored text of every project and of the
//! settings is copied, byte for byte, under [`BEFORE_IMPORT_KEY`]. If a
//! write then fails part-way (a full store), every project key and the
//! settings are put back from that copy, so the device holds exactly what
//! it held before. After a successful import the copy stays, so that
//! `Undo import` can put it back in one step.
//!
//! The copy is `{"version":1,"taken_ms":N,"settings":"<text>"|null,
//! "projects":{"<key>":"<text>",...}}`: stored texts, not decoded
//! projects, so an unreadable record comes back exactly as it was.

#![warn(missing_docs)]

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::backup::{ImportWrites, KeptBoth};
use super::codec::{self, encode_settings, PROJECT_PREFIX, SETTINGS_KEY};
use super::{Backend, Repo, StorageError};

/// Where the copy of the data from before the last import is kept.
pub const BEFORE_IMPORT_KEY: &str = "qi-involve:before-import";

/// The version of that copy's envelope this build writes.
pub const BEFORE_IMPORT_VERSION: u64 = 1;

/// The stored data as it was before an import.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BeforeImport {
    version: u64,
    /// When the copy was taken (Unix ms).
    pub taken_ms: i64,
    settings: Option<String>,
    projects: BTreeMap<String, String>,
}

/// What a finished import did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportDone {
    /// Projects written.
    pub written: usize,
    /// Projects removed (a replace).
    pub removed: usize,
    /// Whether the settings were written.
    pub settings: bool,
    /// Projects changed in both places, kept twice.
    pub kept_both: Vec<KeptBoth>,
    /// Titles of projects left alone because the device's copy could not
    /// be read: writing over it could lose the only copy of someone's work.
    pub skipped: Vec<String>,
}

/// Why an import or its undo did not happen; each says what state the
/// data is in.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportFailure {
    /// Changes made here are still waiting to be written.
    #[error("Your latest changes have not been saved yet, so nothing was imported. Save them first, then import again.")]
    Unsaved,
    /// The store could not be read to make the copy.
    #[error("Nothing was imported: {0}.")]
    Unreadable(StorageError),
    /// The copy could not be written, so nothing else was.
    #[error("Nothing was imported: there is no room on this device to keep a copy of your current data first ({0}).")]
    NoRoomForCopy(StorageError),
    /// A write failed and everything was put back.
    #[error("The import stopped part-way because {0}. Everything has been put back exactly as it was before the import.")]
    RolledBack(StorageError),
    /// A write failed and putting the data back failed too.
    #[error("The import stopped part-way because {0}, and putting your data back also failed ({1}). A copy of your data from before the import is still kept on this device: try Undo import.")]
    RollbackFailed(StorageError, StorageError),
    /// There is no copy to undo to.
    #[error("There is no copy of your data from before an import on this device.")]
    NoCopy,
    /// Undo could not put everything back.
    #[error("The import could not be fully undone: {0}. The copy of your data from before the import is still kept: try again.")]
    UndoFailed(StorageError),
}

impl Repo {
    /// Writes what an import plan says, keeping a copy of the data first
    /// and putting it all back if any write fails. Call with nothing
    /// waiting to be written (flush first), then [`Repo::reload`].
    pub fn import(
        &mut self,
        writes: &ImportWrites,
        now_ms: i64,
    ) -> Result<ImportDone, ImportFailure> {
        if self.has_unsaved() {
            return Err(ImportFailure::Unsaved);
        }
        let store = self.backend();
        let copy = take_copy(store, now_ms).map_err(ImportFailure::Unreadable)?;
        let text = serde_json::to_string(&copy).unwrap_or_default();
        store
            .set(BEFORE_IMPORT_KEY, &text)
            .map_err(ImportFailure::NoRoomForCopy)?;
        let mut done = ImportDone {
            kept_both: writes.kept_both.clone(),
            ..ImportDone::default()
        };
        match self.write_all(writes, &mut done) {
            Ok(()) => Ok(done),
            Err(error) => match put_back(self.backend(), &copy) {
                Ok(()) => {
                    // The store now matches the copy: it is not needed.
                    let _ = self.backend().remove(BEFORE_IMPORT_KEY);
                    Err(ImportFailure::RolledBack(error))
                }
                Err(again) => Err(ImportFailure::RollbackFailed(error, again)),
            },
        }
    }

    fn write_all(&self, writes: &ImportWrites, done: &mut ImportDone) -> Result<(), StorageError> {
        let store = self.backend();
        for project in &writes.write {
            if self.is_unreadable(&project.id) {
                done.skipped.push(project.display_title().to_string());
                continue;
            }
            store.set(&codec::project_key(&project.id), &codec::encode(project))?;
            done.written += 1;
        }
        for id in &writes.remove {
            store.remove(&codec::project_key(id))?;
            done.removed += 1;
        }
        if let Some(settings) = &writes.settings {
            store.set(SETTINGS_KEY, &encode_settings(settings))?;
            done.settings = true;
        }
        Ok(())
    }

    /// The copy kept by the last import, if there is one that can be read.
    pub fn before_import(&self) -> Option<BeforeImport> {
        let raw = self.backend().get(BEFORE_IMPORT_KEY).ok()??;
        let copy: BeforeImport = serde_json::from_str(&raw).ok()?;
        (copy.version == BEFORE_IMPORT_VERSION).then_some(copy)
    }

    /// `Undo import`: puts back the data kept before the last import, then
    /// removes the copy. Call [`Repo::reload`] afterwards.
    pub fn undo_import(&mut self) -> Result<(), ImportFailure> {
        let copy = self.before_import().ok_or(ImportFailure::NoCopy)?;
        put_back(self.backend(), &copy).map_err(ImportFailure::UndoFailed)?;
        let _ = self.backend().remove(BEFORE_IMPORT_KEY);
        Ok(())
    }

    /// Removes the copy kept before the last import (the person keeps the
    /// import), to free the space it takes.
    pub fn discard_before_import(&mut self) -> Result<(), StorageError> {
        self.backend().remove(BEFORE_IMPORT_KEY)
    }
}

fn take_copy(store: &dyn Backend, now_ms: i64) -> Result<BeforeImport, StorageError> {
    let mut projects = BTreeMap::new();
    for key in store.keys()? {
        if key.starts_with(PROJECT_PREFIX) {
            if let Some(raw) = store.get(&key)? {
                projects.insert(key, raw);
            }
        }
    }
    Ok(BeforeImport {
        version: BEFORE_IMPORT_VERSION,
        taken_ms: now_ms,
        settings: store.get(SETTINGS_KEY)?,
        projects,
    })
}

/// Makes every project key and the settings match `copy`. Everything that
/// differs is removed first, then the copy's texts are written, so the
/// store never holds more than it did before the import. Carries on past
/// a failure and returns the first one.
fn put_back(store: &dyn Backend, copy: &BeforeImport) -> Result<(), StorageError> {
    let mut first_error = None;
    let mut note = |result: Result<(), StorageError>| {
        if let Err(e) = result {
            first_error.get_or_insert(e);
        }
    };
    // Every project key there now or in the copy, and the settings, each
    // with the text the copy has for it (none: it should not be there).
    let mut wanted: BTreeMap<String, Option<&String>> = store
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(PROJECT_PREFIX))
        .map(|k| (k, None))
        .collect();
    wanted.extend(copy.projects.iter().map(|(k, v)| (k.clone(), Some(v))));
    wanted.insert(SETTINGS_KEY.to_string(), copy.settings.as_ref());
    let mut to_write = Vec::new();
    for (key, want) in wanted {
        let have = store.get(&key)?;
        if have.as_ref() == want {
            continue;
        }
        if have.is_some() {
            note(store.remove(&key));
        }
        if let Some(text) = want {
            to_write.push((key, text));
        }
    }
    for (key, text) in to_write {
        note(store.set(&key, text));
    }
    first_error.map_or(Ok(()), Err)
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
