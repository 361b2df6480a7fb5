//! Where the clinic kiosk keeps its data, apart from the project records
//! so their stored format is unchanged:
//!
//! - `qi-involve:kiosk:<project id>`: the project's kiosk wording and
//!   responses, in a versioned envelope: `{"version":2,"packed":"…"}`
//!   (see [`KIOSK_VERSION`]), or `{"version":1,"value":{…}}` as first
//!   written, which is still read;
//! - `qi-involve:kiosk-session`: the running lock (kiosk or reader), with
//!   the PIN's salted hash, so it survives a reload or the tablet sleeping.
//!
//! As with projects, a record that cannot be read is copied aside
//! ([`keep_aside`]) and never written over: saving to it is refused.

#![warn(missing_docs)]

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::aside::keep_aside;
use super::codec::{packed_or_plain, unpack_probed, Probe};
use super::{Backend, StorageError};
use crate::model::kiosk::pin::Lock;
use crate::model::kiosk::{KioskData, Response};

/// The start of each project's kiosk key; the project id follows.
pub const KIOSK_PREFIX: &str = "qi-involve:kiosk:";
/// The key of the running lock.
pub const LOCK_KEY: &str = "qi-involve:kiosk-session";
/// The envelope version this build writes. Bump it (with a migration and a
/// test on the old text) whenever the stored shape changes.
///
/// - 1: `{"version":1,"value":{…}}`.
/// - 2: the same data, its JSON packed as a project's is (see
///   `packed.rs`): `{"version":2,"packed":"…"}`, about a fifth of the
///   characters. A build that reads only version 1 finds version 2 and
///   refuses it as newer ([`KioskError::Newer`]): it keeps it aside and
///   never writes over it.
pub const KIOSK_VERSION: u64 = 2;

/// The version of the running lock's envelope, which is not packed.
pub const LOCK_VERSION: u64 = 1;

/// The most UTF-16 units a packed kiosk record may unpack to: room for
/// about 200,000 responses, while a damaged or hostile record cannot fill
/// the memory.
pub const MAX_KIOSK_UNITS: usize = 16_000_000;

/// Why stored kiosk data could not be read or written.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum KioskError {
    /// The stored text is damaged.
    #[error("the kiosk data stored on this device could not be read ({0})")]
    Damaged(String),
    /// A newer version of the app wrote it.
    #[error("the kiosk data was saved by a newer version of QI Involve (format {0}); update the app to read it")]
    Newer(u64),
    /// The store refused.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The record is unreadable, so it is not written over.
    #[error("the kiosk data stored on this device could not be read, so it was not changed; a copy is kept aside on Settings")]
    Unreadable,
}

/// The key of one project's kiosk data.
pub fn kiosk_key(project_id: &str) -> String {
    format!("{KIOSK_PREFIX}{project_id}")
}

/// The project id a kiosk key belongs to.
pub fn project_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(KIOSK_PREFIX).filter(|id| !id.is_empty())
}

#[derive(Deserialize)]
struct EnvelopeIn {
    value: KioskData,
}

/// The stored text of a project's kiosk data.
pub fn encode(data: &KioskData) -> String {
    // Plain strings, numbers and lists always serialise.
    let json = serde_json::to_string(data).unwrap_or_default();
    packed_or_plain(KIOSK_VERSION, &json, (1, "value"))
}

/// Reads stored text, refusing a newer version rather than misreading it.
/// Responses with a repeated id are refused too: the union merge relies
/// on ids being unique.
pub fn decode(text: &str) -> Result<KioskData, KioskError> {
    let damaged = |e: serde_json::Error| KioskError::Damaged(e.to_string());
    let probe: Probe = serde_json::from_str(text).map_err(damaged)?;
    let version = probe.version.unwrap_or(0);
    if version > KIOSK_VERSION {
        return Err(KioskError::Newer(version));
    }
    if version == 0 {
        return Err(KioskError::Damaged("it has no valid version".into()));
    }
    let data = if version == 1 {
        serde_json::from_str::<EnvelopeIn>(text)
            .map_err(damaged)?
            .value
    } else {
        let json = unpack_probed(probe.packed, MAX_KIOSK_UNITS).map_err(KioskError::Damaged)?;
        serde_json::from_str::<KioskData>(&json).map_err(damaged)?
    };
    let mut ids: Vec<&str> = data.responses.iter().map(|r| r.id.as_str()).collect();
    crate::model::order::sort(&mut ids);
    if ids.windows(2).any(|w| w[0] == w[1]) {
        return Err(KioskError::Damaged("two responses share one id".into()));
    }
    Ok(data)
}

/// What loading one project's kiosk data found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The data (the defaults when none is stored or it is unreadable).
    pub data: KioskData,
    /// Why the stored record could not be read, if it could not. Saving is
    /// then refused.
    pub problem: Option<String>,
}

/// One project's kiosk data. An unreadable record is copied aside.
pub fn load(backend: &dyn Backend, project_id: &str) -> Loaded {
    let key = kiosk_key(project_id);
    match backend.get(&key) {
        Ok(None) => Loaded::default(),
        Ok(Some(raw)) => match decode(&raw) {
            Ok(data) => Loaded {
                data,
                problem: None,
            },
            Err(e) => {
                keep_aside(backend, &format!("kiosk-{project_id}"), &raw);
                Loaded {
                    data: KioskData::default(),
                    problem: Some(e.to_string()),
                }
            }
        },
        Err(e) => Loaded {
            data: KioskData::default(),
            problem: Some(e.to_string()),
        },
    }
}

/// Saves `data` joined with whatever is stored now (another tab may have
/// added responses), and returns what was written. Refuses to write over
/// a record it cannot read.
pub fn save(
    backend: &dyn Backend,
    project_id: &str,
    data: &KioskData,
) -> Result<KioskData, KioskError> {
    let key = kiosk_key(project_id);
    let merged = match backend.get(&key)? {
        None => data.clone(),
        Some(raw) => match decode(&raw) {
            Ok(stored) => data.merged_with(&stored),
            Err(_) => {
                keep_aside(backend, &format!("kiosk-{project_id}"), &raw);
                return Err(KioskError::Unreadable);
            }
        },
    };
    backend.set(&key, &encode(&merged))?;
    Ok(merged)
}

/// Adds one response to a project's kiosk data.
pub fn add_response(
    backend: &dyn Backend,
    project_id: &str,
    response: Response,
) -> Result<(), KioskError> {
    let loaded = load(backend, project_id);
    if loaded.problem.is_some() {
        return Err(KioskError::Unreadable);
    }
    let mut data = loaded.data;
    data.responses.push(response);
    save(backend, project_id, &data).map(|_| ())
}

/// Every project's kiosk data on this device that can be read, by project
/// id, for the backup.
pub fn all(backend: &dyn Backend) -> Result<Vec<(String, KioskData)>, StorageError> {
    let mut keys: Vec<String> = backend
        .keys()?
        .into_iter()
        .filter(|k| project_of_key(k).is_some())
        .collect();
    crate::model::order::sort(&mut keys);
    let mut out = Vec::new();
    for key in keys {
        if let (Some(id), Some(raw)) = (project_of_key(&key), backend.get(&key)?) {
            if let Ok(data) = decode(&raw) {
                out.push((id.to_string(), data));
            }
        }
    }
    Ok(out)
}

#[derive(Serialize)]
struct LockOut<'a> {
    version: u64,
    value: &'a Lock,
}

#[derive(Deserialize)]
struct LockIn {
    version: u64,
    value: Lock,
}

/// The running lock, if there is one that can be used. One that cannot be
/// read (or is too weak to trust) is copied aside and ignored, so the app
/// opens rather than staying locked for good with no way to unlock it.
pub fn load_lock(backend: &dyn Backend) -> Result<Option<Lock>, StorageError> {
    let Some(raw) = backend.get(LOCK_KEY)? else {
        return Ok(None);
    };
    Ok(read_lock(backend, &raw))
}

/// Reads the text stored under [`LOCK_KEY`]. An unreadable one is copied
/// aside and read as no lock.
pub fn read_lock(backend: &dyn Backend, raw: &str) -> Option<Lock> {
    match serde_json::from_str::<LockIn>(raw) {
        Ok(lock) if lock.version == LOCK_VERSION && lock.value.is_well_formed() => Some(lock.value),
        _ => {
            keep_aside(backend, "kiosk-session", raw);
            None
        }
    }
}

/// Stores the running lock.
pub fn save_lock(backend: &dyn Backend, lock: &Lock) -> Result<(), StorageError> {
    let text = serde_json::to_string(&LockOut {
        version: LOCK_VERSION,
        value: lock,
    })
    .map_err(|e| StorageError::Failed(e.to_string()))?;
    backend.set(LOCK_KEY, &text)
}

/// Ends the lock.
pub fn clear_lock(backend: &dyn Backend) -> Result<(), StorageError> {
    backend.remove(LOCK_KEY)
}

#[cfg(test)]
#[path = "kiosk_tests.rs"]
mod tests;
