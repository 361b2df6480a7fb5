//! Deleted projects, kept for a while so that a deletion can be undone
//! even after a reload, from `Recently deleted` on Settings.
//!
//! Each is stored under `qi-involve:deleted:<id>` as
//! `{"version":1,"deleted_ms":N,"record":"<the project's stored text>"}`:
//! the project's own envelope is kept as it was, so its format version and
//! migrations stay the project codec's business.

use serde::{Deserialize, Serialize};

use super::codec::{self, DecodeError};
use super::{Repo, StorageError};
use crate::model::Project;

/// Prefix of the key a deleted project is kept under; the id follows.
pub const DELETED_PREFIX: &str = "qi-involve:deleted:";

/// Version of the deleted-record envelope this build writes.
pub const DELETED_VERSION: u64 = 1;

/// How long a deleted project can be restored: 30 days.
pub const KEEP_FOR_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// A deleted project that can still be restored.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub project: Project,
    pub deleted_ms: i64,
}

#[derive(Serialize)]
struct Out<'a> {
    version: u64,
    deleted_ms: i64,
    record: &'a str,
}

#[derive(Deserialize)]
struct In {
    version: Option<u64>,
    deleted_ms: Option<i64>,
    record: Option<String>,
}

/// The storage key for a deleted project.
pub fn deleted_key(id: &str) -> String {
    format!("{DELETED_PREFIX}{id}")
}

/// The project id a deleted-record key belongs to.
pub fn id_from_deleted_key(key: &str) -> Option<&str> {
    key.strip_prefix(DELETED_PREFIX).filter(|id| !id.is_empty())
}

/// The stored text for a project deleted at `deleted_ms`.
pub fn encode_deleted(project: &Project, deleted_ms: i64) -> String {
    let record = codec::encode(project);
    serde_json::to_string(&Out {
        version: DELETED_VERSION,
        deleted_ms,
        record: &record,
    })
    .unwrap_or_else(|_| "{}".to_string())
}

/// Reads a deleted record kept under the key for `id`.
pub fn decode_deleted(id: &str, text: &str) -> Result<Deleted, DecodeError> {
    let found: In = serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    match found.version {
        Some(DELETED_VERSION) => {}
        Some(v) if v > DELETED_VERSION => return Err(DecodeError::NewerVersion(v)),
        _ => return Err(DecodeError::NoVersion),
    }
    let record = found
        .record
        .ok_or_else(|| DecodeError::BadProject("there is no project in it".into()))?;
    Ok(Deleted {
        project: codec::decode(id, &record)?,
        deleted_ms: found.deleted_ms.unwrap_or(0),
    })
}

/// What restoring found.
#[derive(Clone, Debug, PartialEq)]
pub enum Restored {
    /// The project is back in the list and stored.
    Restored,
    /// A project with this id is already there (restored before, perhaps
    /// in another tab): nothing was added, and the kept copy is gone.
    AlreadyThere,
}

impl Repo {
    /// Deletes a project from the device, keeping a copy under the deleted
    /// prefix first so it can be restored after a reload. Returns whether
    /// that copy could be kept (a full device may refuse it; the deletion
    /// still goes ahead, since it frees space). On failure nothing changes.
    pub fn delete(&mut self, project: &Project, now_ms: i64) -> Result<bool, StorageError> {
        let key = deleted_key(&project.id);
        let kept = self
            .backend()
            .set(&key, &encode_deleted(project, now_ms))
            .is_ok();
        if let Err(error) = self.backend().remove(&codec::project_key(&project.id)) {
            if kept {
                let _ = self.backend().remove(&key);
            }
            return Err(error);
        }
        self.forget(&project.id);
        Ok(kept)
    }

    /// The deleted projects that can still be restored, newest first.
    /// Those kept longer than [`KEEP_FOR_MS`] are removed now; records that
    /// cannot be read are left alone and not listed.
    pub fn recently_deleted(&self, now_ms: i64) -> Vec<Deleted> {
        let keys = self.backend().keys().unwrap_or_default();
        let mut found = Vec::new();
        for key in keys {
            let Some(id) = id_from_deleted_key(&key) else {
                continue;
            };
            let Ok(Some(raw)) = self.backend().get(&key) else {
                continue;
            };
            match decode_deleted(id, &raw) {
                Ok(d) if now_ms - d.deleted_ms > KEEP_FOR_MS => {
                    let _ = self.backend().remove(&key);
                }
                Ok(d) => found.push(d),
                Err(_) => {}
            }
        }
        crate::model::order::sort_by_key(&mut found, |d| std::cmp::Reverse(d.deleted_ms));
        found
    }

    /// Puts a deleted project back: from its kept copy, or from `fallback`
    /// (this tab's memory) when no copy could be kept. Never adds a second
    /// project with an id that is already there.
    pub fn restore(
        &mut self,
        id: &str,
        fallback: Option<Project>,
        projects: &mut Vec<Project>,
    ) -> Result<Restored, StorageError> {
        let key = deleted_key(id);
        let stored = self.backend().get(&codec::project_key(id))?;
        if projects.iter().any(|p| p.id == id) || stored.is_some() {
            let _ = self.backend().remove(&key);
            return Ok(Restored::AlreadyThere);
        }
        let kept = self
            .backend()
            .get(&key)?
            .and_then(|raw| decode_deleted(id, &raw).ok())
            .map(|d| d.project);
        let Some(mut project) = kept.or(fallback) else {
            return Err(StorageError::Failed(
                "it is no longer kept on this device".into(),
            ));
        };
        self.write_now(&mut project)?;
        let _ = self.backend().remove(&key);
        projects.push(project);
        Ok(Restored::Restored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let p = Project::create("a1".into(), "Falls".into(), 5).unwrap();
        let text = encode_deleted(&p, 99);
        assert_eq!(
            decode_deleted("a1", &text),
            Ok(Deleted {
                project: p,
                deleted_ms: 99
            })
        );
        assert_eq!(decode_deleted("b2", &text), Err(DecodeError::WrongId));
        assert!(decode_deleted("a1", "{").is_err());
        assert_eq!(
            decode_deleted("a1", r#"{"version":2,"record":""}"#),
            Err(DecodeError::NewerVersion(2))
        );
        assert_eq!(id_from_deleted_key(&deleted_key("x")), Some("x"));
        assert_eq!(id_from_deleted_key("qi-involve:project:x"), None);
    }
}
