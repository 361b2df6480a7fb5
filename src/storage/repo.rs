//! The project repository: loads every stored project, writes the ones
//! that changed, and reconciles this tab's changes with other tabs'.
//!
//! The data itself lives in the caller's `Vec<Project>` (a signal in the
//! app); the repository keeps only what it needs to save safely: which
//! projects changed here since they were last written, and the stored
//! version each change started from.

use super::aside::{self, keep_aside, Unreadable};
use super::by_id::ById;
use super::codec::{self, DecodeError};
use super::{Backend, StorageError};
use crate::model::merge::{merge, Conflict};
use crate::model::Project;

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
    /// Another tab's change was folded into a project in memory, whether
    /// or not the write then succeeded: the screen must show it.
    pub merged: bool,
}

pub struct Repo {
    pub(super) backend: Box<dyn Backend>,
    /// Projects changed here and not yet written, each with the stored
    /// version the change started from (`None`: never stored).
    dirty: ById,
    /// For each project this tab wrote, the stored version that write
    /// started from: if another tab wrote the same revision at the same
    /// moment, the two writes are merged from there.
    written_from: ById,
    /// Ids whose stored record could not be read. Nothing here writes to
    /// or removes those keys, except when the person asks to discard them.
    /// Each id once; nearly always empty, so a list (a set would add its
    /// own copy of the tree's code to the first download).
    unreadable: Vec<String>,
    /// Unique to this tab: with a count of writes, the stamp on each save.
    session: String,
    writes: u64,
}

impl Repo {
    /// Reads every stored project. A record that cannot be decoded is
    /// reported and left as it is; the others load normally. `session`
    /// must differ between tabs (a random id).
    pub fn load(
        backend: Box<dyn Backend>,
        session: String,
    ) -> Result<(Repo, LoadReport), StorageError> {
        let (report, unreadable) = read_all(backend.as_ref())?;
        let mut repo = Repo::empty(backend, session);
        repo.unreadable = unreadable;
        Ok((repo, report))
    }

    /// Reads every stored project again, as [`Repo::load`] does, and
    /// forgets what was waiting to be written: for after an import, which
    /// writes the store directly (with nothing waiting, see `import.rs`).
    pub(crate) fn reload(&mut self) -> Result<LoadReport, StorageError> {
        let (report, unreadable) = read_all(self.backend.as_ref())?;
        self.dirty.clear();
        self.written_from.clear();
        self.unreadable = unreadable;
        Ok(report)
    }

    /// Whether the stored record of `id` could not be read.
    pub(super) fn is_unreadable(&self, id: &str) -> bool {
        self.unreadable.iter().any(|u| u == id)
    }

    /// A repository over a store known to be empty (the in-memory fallback).
    pub fn empty(backend: Box<dyn Backend>, session: String) -> Repo {
        Repo {
            backend,
            dirty: ById::default(),
            written_from: ById::default(),
            unreadable: Vec::new(),
            session,
            writes: 0,
        }
    }

    /// Call before changing `project` in memory, so the save knows which
    /// stored version the change started from.
    pub fn will_change(&mut self, project: &Project) {
        self.dirty.keep_first(&project.id, || Some(project.clone()));
    }

    /// Call after adding a project that has never been stored.
    pub fn created(&mut self, id: &str) {
        self.dirty.insert(id, None);
    }

    /// Whether any change is waiting to be written.
    pub fn has_unsaved(&self) -> bool {
        !self.dirty.is_empty()
    }

    /// Writes every changed project, first folding in any newer version
    /// another tab stored. A project that fails to write stays waiting.
    pub fn flush(&mut self, projects: &mut [Project]) -> FlushOutcome {
        let mut outcome = FlushOutcome::default();
        let ids = self.dirty.ids();
        for id in ids {
            let Some(pos) = projects.iter().position(|p| p.id == id) else {
                // Deleted here since it changed: nothing left to write.
                self.dirty.remove(&id);
                continue;
            };
            match self.write_one(&id, &mut projects[pos], &mut outcome) {
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
        outcome: &mut FlushOutcome,
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
        let before = ours.clone();
        if let Some(notice) = reconcile(base.as_ref(), ours, stored.as_ref()) {
            outcome.notices.push(notice);
        }
        outcome.merged |= *ours != before;
        let stored_revision = stored.as_ref().map_or(0, |p| p.revision);
        let mut record = ours.clone();
        record.revision = stored_revision.max(ours.revision).saturating_add(1);
        self.writes += 1;
        record.stamp = format!("{}.{}", self.session, self.writes);
        match self.backend.set(&key, &codec::encode(&record)) {
            Ok(()) => {
                ours.revision = record.revision;
                ours.stamp = record.stamp;
                self.dirty.remove(id);
                self.written_from.insert(id, stored);
                Ok(())
            }
            Err(error) => {
                // `ours` now includes the stored version: start from it next time.
                self.dirty.insert(id, stored);
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
        self.unreadable.retain(|u| u != id);
        let at_once = match (pos, &theirs) {
            (Some(pos), Some(theirs)) => {
                !self.dirty.contains(id) && wrote_at_once(&projects[pos], theirs)
            }
            _ => false,
        };
        let base = match (self.dirty.get(id), pos) {
            (Some(base), Some(_)) => Some(base.clone()),
            // Both tabs wrote this revision at the same moment: merge from
            // what our write started from, and save the result.
            (None, Some(_)) if at_once => Some(self.written_from.get(id).cloned().flatten()),
            _ => None,
        };
        match (base, pos) {
            (Some(base), Some(pos)) => {
                let notice = reconcile(base.as_ref(), &mut projects[pos], theirs.as_ref());
                // The next save starts from what is stored now: after a
                // simultaneous write that may be ours, not the event's.
                let next_base = if at_once {
                    self.read_stored(id)
                } else {
                    theirs
                };
                self.dirty.insert(id, next_base);
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

    /// Another page cleared this site's storage. Everything this tab still
    /// holds is written back: the projects (each as if new) and the
    /// unreadable records exactly as they were read. Returns how many
    /// projects will be written back by the next flush.
    pub fn storage_cleared(&mut self, projects: &[Project], unreadable: &[Unreadable]) -> usize {
        for project in projects {
            self.dirty.insert(&project.id, None);
        }
        self.written_from.clear();
        for item in unreadable {
            let _ = self.backend.set(&item.key, &item.raw);
            if let Some(kept) = &item.kept_as {
                let _ = self.backend.set(kept, &item.raw);
            }
        }
        projects.len()
    }

    /// Removes an unreadable record and its kept copy (see [`aside::discard`]).
    pub fn discard_unreadable(&mut self, item: &Unreadable) -> Result<(), StorageError> {
        aside::discard(self.backend.as_ref(), item)?;
        if let Some(id) = codec::id_from_key(&item.key) {
            self.unreadable.retain(|u| u != id);
        }
        Ok(())
    }

    fn read_stored(&self, id: &str) -> Option<Project> {
        let raw = self.backend.get(&codec::project_key(id)).ok()??;
        codec::decode(id, &raw).ok()
    }

    /// The store underneath, for the modules that keep other records.
    pub fn backend(&self) -> &dyn Backend {
        self.backend.as_ref()
    }

    /// Forgets any waiting change to `id` (it was deleted here).
    pub(super) fn forget(&mut self, id: &str) {
        self.dirty.remove(id);
        self.written_from.remove(id);
    }

    /// Writes one project now (a restored one), outside the debounce.
    pub(super) fn write_now(&mut self, project: &mut Project) -> Result<(), StorageError> {
        let mut outcome = FlushOutcome::default();
        self.dirty.keep_first(&project.id, || None);
        let id = project.id.clone();
        self.write_one(&id, project, &mut outcome)
    }
}

/// Every stored project that can be read, and the ids of those that
/// cannot (each reported and kept aside, its record left as it is).
/// Keys are unique, so each id comes once.
fn read_all(backend: &dyn Backend) -> Result<(LoadReport, Vec<String>), StorageError> {
    let mut report = LoadReport::default();
    let mut unreadable = Vec::new();
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
                let kept_as = keep_aside(backend, id, &raw);
                unreadable.push(id.to_string());
                report.unreadable.push(Unreadable {
                    key: key.clone(),
                    newer_version: matches!(error, DecodeError::NewerVersion(_)),
                    raw,
                    reason: error.to_string(),
                    kept_as,
                });
            }
        }
    }
    Ok((report, unreadable))
}

/// Whether `theirs` is another tab's write of the same revision as ours,
/// made at the same moment (so neither saw the other's).
fn wrote_at_once(ours: &Project, theirs: &Project) -> bool {
    theirs.revision == ours.revision && theirs.stamp != ours.stamp && !ours.stamp.is_empty()
}

/// Folds `theirs` (the latest stored version, `None` if deleted) into
/// `ours`, given the stored version `base` our changes started from.
fn reconcile(
    base: Option<&Project>,
    ours: &mut Project,
    theirs: Option<&Project>,
) -> Option<ConflictNotice> {
    let version = |p: &Project| (p.revision, p.stamp.clone());
    if base.map(version) == theirs.map(version) {
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

#[cfg(test)]
#[path = "repo_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "safety_tests.rs"]
mod safety_tests;
