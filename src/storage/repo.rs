//! The project repository: loads every stored project, writes the ones
//! that changed, and reconciles this tab's changes with other tabs'.
//!
//! The data itself lives in the caller's `Vec<Project>` (a signal in the
//! app); the repository keeps only what it needs to save safely: which
//! projects changed here since they were last written, and the stored
//! version each change started from.

use std::collections::{BTreeMap, BTreeSet};

use super::codec::{self, DAMAGED_PREFIX};
use super::{Backend, StorageError};
use crate::model::merge::{merge, Conflict};
use crate::model::Project;

/// A stored record that could not be read. It is left where it was, never
/// written over, and copied under `kept_as` as well when there was room.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
    pub reason: String,
    pub kept_as: Option<String>,
}

/// What loading found.
#[derive(Debug, Default)]
pub struct LoadReport {
    pub projects: Vec<Project>,
    pub unreadable: Vec<Unreadable>,
}

/// Something another tab did to a project this tab was changing.
#[derive(Clone, Debug, PartialEq)]
pub struct ConflictNotice {
    pub project_id: String,
    pub title: String,
    /// Fields both tabs changed: this tab's value was kept.
    pub conflicts: Vec<Conflict>,
    /// The other tab deleted the project; this tab's changes keep it.
    pub deleted_elsewhere: bool,
}

/// The result of writing out changed projects.
#[derive(Debug, Default)]
pub struct FlushOutcome {
    pub saved: usize,
    /// The last failure; the projects it hit are still waiting to be saved.
    pub error: Option<StorageError>,
    pub notices: Vec<ConflictNotice>,
}

pub struct Repo {
    backend: Box<dyn Backend>,
    /// Projects changed here and not yet written, each with the stored
    /// version the change started from (`None`: never stored).
    dirty: BTreeMap<String, Option<Project>>,
    /// Ids whose stored record could not be read. Nothing here writes to
    /// or removes those keys, except when the person asks to discard them.
    unreadable: BTreeSet<String>,
}

impl Repo {
    /// Reads every stored project. A record that cannot be decoded is
    /// reported and left as it is; the others load normally.
    pub fn load(backend: Box<dyn Backend>) -> Result<(Repo, LoadReport), StorageError> {
        let mut report = LoadReport::default();
        let mut unreadable = BTreeSet::new();
        for key in backend.keys()? {
            let Some(id) = codec::id_from_key(&key) else {
                continue;
            };
            let Some(raw) = backend.get(&key)? else {
                continue;
            };
            match codec::decode(id, &raw) {
                Ok(project) => report.projects.push(project),
                Err(error) => {
                    let kept_as = keep_aside(backend.as_ref(), id, &raw);
                    unreadable.insert(id.to_string());
                    report.unreadable.push(Unreadable {
                        key: key.clone(),
                        raw,
                        reason: error.to_string(),
                        kept_as,
                    });
                }
            }
        }
        let mut repo = Repo::empty(backend);
        repo.unreadable = unreadable;
        Ok((repo, report))
    }

    /// A repository over a store known to be empty (the in-memory fallback).
    pub fn empty(backend: Box<dyn Backend>) -> Repo {
        Repo {
            backend,
            dirty: BTreeMap::new(),
            unreadable: BTreeSet::new(),
        }
    }

    /// Call before changing `project` in memory, so the save knows which
    /// stored version the change started from.
    pub fn will_change(&mut self, project: &Project) {
        self.dirty
            .entry(project.id.clone())
            .or_insert_with(|| Some(project.clone()));
    }

    /// Call after adding a project that has never been stored.
    pub fn created(&mut self, id: &str) {
        self.dirty.insert(id.to_string(), None);
    }

    /// Whether any change is waiting to be written.
    pub fn has_unsaved(&self) -> bool {
        !self.dirty.is_empty()
    }

    /// Writes every changed project, first folding in any newer version
    /// another tab stored. A project that fails to write stays waiting.
    pub fn flush(&mut self, projects: &mut [Project]) -> FlushOutcome {
        let mut outcome = FlushOutcome::default();
        let ids: Vec<String> = self.dirty.keys().cloned().collect();
        for id in ids {
            let Some(pos) = projects.iter().position(|p| p.id == id) else {
                // Deleted here since it changed: nothing left to write.
                self.dirty.remove(&id);
                continue;
            };
            match self.write_one(&id, &mut projects[pos], &mut outcome.notices) {
                Ok(()) => outcome.saved += 1,
                Err(error) => outcome.error = Some(error),
            }
        }
        outcome
    }

    fn write_one(
        &mut self,
        id: &str,
        ours: &mut Project,
        notices: &mut Vec<ConflictNotice>,
    ) -> Result<(), StorageError> {
        let key = codec::project_key(id);
        let stored = match self.backend.get(&key)? {
            None => None,
            Some(raw) => Some(codec::decode(id, &raw).map_err(|e| {
                StorageError::Failed(format!(
                    "the saved copy of \u{201c}{}\u{201d} could not be read ({e}), so it was not written over",
                    ours.display_title()
                ))
            })?),
        };
        let base = self.dirty.get(id).cloned().flatten();
        if let Some(notice) = reconcile(base.as_ref(), ours, stored.as_ref()) {
            notices.push(notice);
        }
        let stored_revision = stored.as_ref().map_or(0, |p| p.revision);
        let mut record = ours.clone();
        record.revision = stored_revision.max(ours.revision) + 1;
        match self.backend.set(&key, &codec::encode(&record)) {
            Ok(()) => {
                ours.revision = record.revision;
                self.dirty.remove(id);
                Ok(())
            }
            Err(error) => {
                // `ours` now includes the stored version: start from it next time.
                self.dirty.insert(id.to_string(), stored);
                Err(error)
            }
        }
    }

    /// Another tab wrote `new_value` (or removed it, `None`) under `key`.
    /// Updates `projects` to match, keeping this tab's unsaved changes.
    pub fn external_change(
        &mut self,
        key: &str,
        new_value: Option<&str>,
        projects: &mut Vec<Project>,
    ) -> Option<ConflictNotice> {
        let id = codec::id_from_key(key)?;
        let pos = projects.iter().position(|p| p.id == id);
        let theirs = match new_value {
            Some(raw) => Some(codec::decode(id, raw).ok()?),
            None => None,
        };
        self.unreadable.remove(id);
        match (self.dirty.get(id).cloned(), pos) {
            (Some(base), Some(pos)) => {
                let notice = reconcile(base.as_ref(), &mut projects[pos], theirs.as_ref());
                self.dirty.insert(id.to_string(), theirs);
                notice
            }
            (_, pos) => {
                match (theirs, pos) {
                    (Some(theirs), Some(pos)) => projects[pos] = theirs,
                    (Some(theirs), None) => projects.push(theirs),
                    (None, Some(pos)) => {
                        projects.remove(pos);
                    }
                    (None, None) => {}
                }
                None
            }
        }
    }

    /// Removes a project from storage. On failure nothing changes.
    pub fn delete(&mut self, id: &str) -> Result<(), StorageError> {
        self.backend.remove(&codec::project_key(id))?;
        self.dirty.remove(id);
        Ok(())
    }

    /// Removes an unreadable record and its kept copy, once the person has
    /// downloaded it and asked for it to go.
    pub fn discard_unreadable(&mut self, item: &Unreadable) -> Result<(), StorageError> {
        if let Some(kept) = &item.kept_as {
            self.backend.remove(kept)?;
        }
        self.backend.remove(&item.key)?;
        if let Some(id) = codec::id_from_key(&item.key) {
            self.unreadable.remove(id);
        }
        Ok(())
    }
}

/// Folds `theirs` (the latest stored version, `None` if deleted) into
/// `ours`, given the stored version `base` our changes started from.
fn reconcile(
    base: Option<&Project>,
    ours: &mut Project,
    theirs: Option<&Project>,
) -> Option<ConflictNotice> {
    if base.map(|p| p.revision) == theirs.map(|p| p.revision) {
        return None;
    }
    let (project_id, title) = (ours.id.clone(), ours.display_title().to_string());
    let notice = |conflicts, deleted_elsewhere| ConflictNotice {
        project_id,
        title,
        conflicts,
        deleted_elsewhere,
    };
    match (base, theirs) {
        (Some(base), Some(theirs)) => {
            let (merged, conflicts) = merge(base, ours, theirs);
            *ours = merged;
            (!conflicts.is_empty()).then(|| notice(conflicts, false))
        }
        (Some(_), None) => Some(notice(Vec::new(), true)),
        // Never stored here, yet stored there: ours is newer by definition.
        (None, _) => None,
    }
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

#[cfg(test)]
#[path = "repo_tests.rs"]
mod tests;
