//! Deleting and restoring projects, and storage cleared by another page:
//! the parts of the project state that bring back what was removed.

use leptos::prelude::*;

use super::{clock, Projects, SaveState};
use crate::storage::codec::DAMAGED_PREFIX;
use crate::storage::recently_deleted::{deleted_key, encode_deleted};
use crate::storage::{aside, KeptCopy, Restored, StorageError};

impl Projects {
    /// Deletes a project from the device. A copy is kept for
    /// `Recently deleted` (and for Undo after a reload) where there is room.
    pub fn delete(&self, id: &str) -> Result<(), StorageError> {
        let Some(project) = self
            .list
            .with_untracked(|list| list.iter().find(|p| p.id == id).cloned())
        else {
            return Ok(());
        };
        let outcome = self
            .repo
            .try_update_value(|repo| repo.delete(&project, clock::now_ms()))
            .unwrap_or(Err(StorageError::Unavailable));
        match outcome {
            Ok(kept) => {
                self.list.update(|list| list.retain(|p| p.id != id));
                self.deleted.set(Some((project, kept)));
                self.refresh_deleted();
                Ok(())
            }
            Err(error) => {
                self.save_state.set(SaveState::Failed(error.clone()));
                Err(error)
            }
        }
    }

    /// Puts back the last deleted project (the Undo after a deletion).
    pub fn undo_delete(&self) -> Result<Restored, StorageError> {
        let Some((project, _)) = self.deleted.get_untracked() else {
            return Ok(Restored::AlreadyThere);
        };
        let result = self.restore_with(&project.id.clone(), Some(project));
        if result.is_ok() {
            self.deleted.set(None);
        }
        result
    }

    /// Restores a project from `Recently deleted`.
    pub fn restore(&self, id: &str) -> Result<Restored, StorageError> {
        let result = self.restore_with(id, None);
        if result.is_ok()
            && self
                .deleted
                .with_untracked(|d| d.as_ref().is_some_and(|(p, _)| p.id == id))
        {
            self.deleted.set(None);
        }
        result
    }

    fn restore_with(
        &self,
        id: &str,
        fallback: Option<crate::model::Project>,
    ) -> Result<Restored, StorageError> {
        let mut result = Err(StorageError::Unavailable);
        self.list.maybe_update(|list| {
            result = self
                .repo
                .try_update_value(|repo| repo.restore(id, fallback, list))
                .unwrap_or(Err(StorageError::Unavailable));
            result == Ok(Restored::Restored)
        });
        self.refresh_deleted();
        result
    }

    /// Reads the list of deleted projects again (after a change here or in
    /// another tab).
    pub fn refresh_deleted(&self) {
        let now = clock::now_ms();
        if let Some(found) = self.repo.try_with_value(|repo| repo.recently_deleted(now)) {
            self.recently_deleted.set(found);
        }
    }

    /// The copies of unreadable data kept aside on this device.
    pub fn kept_copies(&self) -> Vec<KeptCopy> {
        self.repo
            .try_with_value(|repo| aside::kept_copies(repo.backend()).unwrap_or_default())
            .unwrap_or_default()
    }

    /// The text of one kept copy.
    pub fn read_kept(&self, key: &str) -> Option<String> {
        if !key.starts_with(DAMAGED_PREFIX) {
            return None;
        }
        self.repo
            .try_with_value(|repo| repo.backend().get(key).ok().flatten())
            .flatten()
    }

    /// Removes one kept copy (the person has downloaded it).
    pub fn remove_kept(&self, key: &str) -> Result<(), StorageError> {
        if !key.starts_with(DAMAGED_PREFIX) {
            return Err(StorageError::Failed("that is not a kept copy".into()));
        }
        self.repo
            .try_with_value(|repo| repo.backend().remove(key))
            .unwrap_or(Err(StorageError::Unavailable))
    }

    /// Another page cleared this site's storage: write back everything this
    /// tab still holds, and say so.
    pub fn storage_cleared(&self) {
        let projects = self.list.get_untracked();
        let unreadable = self.unreadable.get_untracked();
        let deleted = self.recently_deleted.get_untracked();
        let count = self
            .repo
            .try_update_value(|repo| {
                // Deleted projects this tab listed can still be restored.
                for d in &deleted {
                    let _ = repo.backend().set(
                        &deleted_key(&d.project.id),
                        &encode_deleted(&d.project, d.deleted_ms),
                    );
                }
                repo.storage_cleared(&projects, &unreadable)
            })
            .unwrap_or(0);
        self.cleared_elsewhere.set(Some(count));
        self.flush_now();
    }
}
