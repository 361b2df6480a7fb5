//! How a project is stored: one localStorage key per project, holding a
//! versioned envelope: `{"version": 6, "packed": "..."}` today (the
//! project's JSON packed, see `packed.rs`), `{"version": N, "project":
//! {...}}` for formats 1 to 5, which are all still read.
//!
//! One key per project means a damaged record costs only that record, a
//! save writes one project rather than all of them, and another tab's
//! `storage` event says exactly which project changed.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::packed::UnpackError;
use crate::model::level_history;
use crate::model::reader_prefs::ReaderPrefs;
use crate::model::trust_settings::TrustSettings;
use crate::model::Project;

/// The envelope version this build writes.
///
/// - 1: the first format.
/// - 2: projects gained `experts` and `activities` (the involvement record).
///   A build that reads only version 1 refuses version 2 rather than
///   loading it and later saving it back without those lists.
/// - 3: projects gained `stamp` (set afresh on every write).
/// - 4: projects gained `level_history`. Records of versions 1 to 3 start
///   it with their current level on the day they were last updated (none
///   if no level was recorded); a build that reads only up to version 3
///   refuses version 4 rather than save it back without the history.
/// - 5: a project's people are one list. `experts` is gone: each team
///   member carries `expert` (the roster details of a service user or
///   carer, or null for staff) in place of `expert_by_experience`. Records
///   of versions 1 to 4 join their two lists by name (see
///   `people_migration.rs`); a build that reads only up to version 4
///   refuses version 5 rather than save it back with its people lost.
/// - 6: the same project as format 5 (its JSON shape is [`PROJECT_SHAPE`]),
///   packed into about a quarter of the characters:
///   `{"version":6,"packed":"<packed project JSON>"}`, so about 1,000
///   typical projects fit in one browser's storage rather than about 300.
///   A build that reads only up to version 5 parses the envelope, finds
///   version 6 and reports the record as saved by a newer version: it
///   keeps it aside and never writes over it (its `decode` has
///   `v if v > CURRENT_VERSION => NewerVersion(v)`).
///
/// Any change to what [`encode`] writes needs a new version here, a test
/// that loads the old text exactly, and a new expected text in the
/// `encoder_output_is_pinned` test (which fails until then).
pub const CURRENT_VERSION: u64 = 6;

/// The version of a project's own JSON shape: what format 6 packs, and
/// what a backup file (plain JSON, never packed) names as its `format`.
/// Change it, with [`CURRENT_VERSION`], when the project's fields change.
pub const PROJECT_SHAPE: u64 = 5;

/// The most UTF-16 units a packed project may unpack to: over the largest
/// record the forms can build (see `record_size_tests.rs`), so a
/// damaged or hostile record cannot fill the memory.
pub const MAX_PROJECT_UNITS: usize = 1_500_000;

/// Prefix of the key each project is stored under; the id follows.
pub const PROJECT_PREFIX: &str = "qi-involve:project:";

/// Prefix under which a record that could not be read is copied, untouched.
pub const DAMAGED_PREFIX: &str = "qi-involve:damaged:";

/// The key the trust's settings are stored under.
pub const SETTINGS_KEY: &str = "qi-involve:settings";

/// Version of the settings envelope this build writes.
///
/// - 1: `{"version":1,"settings":{...}}`; later builds wrote
///   `{"version":1,"value":{...}}` without changing the version. Both are
///   read.
/// - 2: `{"version":2,"value":{...}}`, so version 1 now means only those
///   two shapes.
pub const SETTINGS_VERSION: u64 = 2;

/// The key the induction reader's preferences and progress live under.
pub const READER_KEY: &str = "qi-involve:reader";

/// Version of the reader envelope this build writes: as for
/// [`SETTINGS_VERSION`], version 1 was `{"version":1,"reader":{...}}` and
/// then `{"version":1,"value":{...}}`; version 2 is the latter shape.
pub const READER_VERSION: u64 = 2;

#[derive(Deserialize)]
struct SmallIn<T> {
    value: Option<T>,
}

/// Version 1 of a small record, in either of the two shapes builds wrote:
/// the value under its own name (`settings`, `reader`) or under `value`.
trait SmallV1<T>: DeserializeOwned {
    fn into_value(self) -> Option<T>;
}

#[derive(Deserialize)]
struct SettingsV1 {
    settings: Option<TrustSettings>,
    value: Option<TrustSettings>,
}

impl SmallV1<TrustSettings> for SettingsV1 {
    fn into_value(self) -> Option<TrustSettings> {
        self.settings.or(self.value)
    }
}

#[derive(Deserialize)]
struct ReaderV1 {
    reader: Option<ReaderPrefs>,
    value: Option<ReaderPrefs>,
}

impl SmallV1<ReaderPrefs> for ReaderV1 {
    fn into_value(self) -> Option<ReaderPrefs> {
        self.reader.or(self.value)
    }
}

fn encode_small<T: Serialize>(version: u64, value: &T) -> String {
    super::envelope::encode(version, value)
}

/// Reads a small record: version 1 through `V1`, version 2 (`current`) as
/// written today; a newer version is refused, not guessed at.
fn decode_small<T: DeserializeOwned, V1: SmallV1<T>>(
    text: &str,
    current: u64,
) -> Result<T, DecodeError> {
    let probe: VersionOnly =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let bad = |e: serde_json::Error| DecodeError::BadProject(e.to_string());
    let value = match probe.version.ok_or(DecodeError::NoVersion)? {
        1 => serde_json::from_str::<V1>(text).map_err(bad)?.into_value(),
        v if v == current => serde_json::from_str::<SmallIn<T>>(text).map_err(bad)?.value,
        v if v > current => return Err(DecodeError::NewerVersion(v)),
        _ => return Err(DecodeError::NoVersion),
    };
    value.ok_or_else(|| DecodeError::BadProject("there is nothing in it".into()))
}

/// The stored text for the trust's settings.
pub fn encode_settings(settings: &TrustSettings) -> String {
    encode_small(SETTINGS_VERSION, settings)
}

/// Reads stored settings.
pub fn decode_settings(text: &str) -> Result<TrustSettings, DecodeError> {
    decode_small::<_, SettingsV1>(text, SETTINGS_VERSION)
}

/// The stored text for the reader's preferences.
pub fn encode_reader(reader: &ReaderPrefs) -> String {
    encode_small(READER_VERSION, reader)
}

/// Reads stored reader preferences.
pub fn decode_reader(text: &str) -> Result<ReaderPrefs, DecodeError> {
    decode_small::<_, ReaderV1>(text, READER_VERSION)
}

/// Why a stored record could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("it is not valid JSON: {0}")]
    NotJson(String),
    #[error("it has no version number")]
    NoVersion,
    #[error(
        "it was saved by a newer version of QI Involve (format {0}); update the app to read it"
    )]
    NewerVersion(u64),
    #[error("its project details are not in the expected form: {0}")]
    BadProject(String),
    #[error("it is stored under the key for another project")]
    WrongId,
    /// The screen lists items keyed by id, so it cannot show two with one.
    #[error("two {0} share one id")]
    RepeatedId(&'static str),
}

/// The storage key for a project id.
pub fn project_key(id: &str) -> String {
    format!("{PROJECT_PREFIX}{id}")
}

/// The project id a key belongs to, if it is a project key.
pub fn id_from_key(key: &str) -> Option<&str> {
    key.strip_prefix(PROJECT_PREFIX).filter(|id| !id.is_empty())
}

/// Just the version, read first to choose how to read the rest.
#[derive(Deserialize)]
struct VersionOnly {
    version: Option<u64>,
}

/// Every version of the envelope has this shape. An older project reads
/// as a newer one without the fields added since (`activities` in 2,
/// `stamp` in 3, `level_history` in 4), which serde fills with their empty
/// defaults, and with its team's old fields ignored; [`from_older`] then
/// seeds the history and rebuilds the team from [`OldPeople`], read from
/// the same text. A change that a default cannot bridge gets its own
/// struct and a conversion, as the people did.
#[derive(Deserialize)]
struct EnvelopeIn {
    project: Option<Project>,
}

/// The stored text for a project.
pub fn encode(project: &Project) -> String {
    // A Project is plain strings, numbers and enums: serialising it has no
    // way to fail, but fall back to an empty object rather than panic.
    let json = serde_json::to_string(project).unwrap_or_else(|_| "{}".to_string());
    packed_or_plain(CURRENT_VERSION, &json, (PROJECT_SHAPE, "project"))
}

/// The shorter of `json` packed under `version` and `json` plain in the
/// last unpacked format, `{"version":N,"<field>":<json>}`. Text that does
/// not pack (a record of random characters) would take more room packed,
/// so it is stored as that format wrote it, which every later build reads
/// too: packing never makes a record larger.
pub(super) fn packed_or_plain(version: u64, json: &str, (plain, field): (u64, &str)) -> String {
    let packed = pack_envelope(version, json);
    let plain = format!(r#"{{"version":{plain},"{field}":{json}}}"#);
    if packed.encode_utf16().count() < plain.encode_utf16().count() {
        packed
    } else {
        plain
    }
}

/// `{"version":N,"packed":"..."}` with `json` packed: the stored shape of
/// projects from format 6 and of kiosk data from its format 2. Written
/// through serde_json's own string code rather than a derived type.
pub(super) fn pack_envelope(version: u64, json: &str) -> String {
    let packed = serde_json::to_string(&super::packed::pack(json)).unwrap_or_default();
    format!(r#"{{"version":{version},"packed":{packed}}}"#)
}

/// The version of a stored record and, from the packed formats on, its
/// packed text: read in one pass, so a packed record is parsed once at
/// start-up rather than once for its version and again for its text.
#[derive(Deserialize)]
pub(super) struct Probe {
    pub(super) version: Option<u64>,
    pub(super) packed: Option<String>,
}

/// The JSON a packed envelope's text holds, if it unpacks to at most
/// `max_units`.
pub(super) fn unpack_probed(packed: Option<String>, max_units: usize) -> Result<String, String> {
    let packed = packed.ok_or("it has no packed text")?;
    super::packed::unpack(&packed, max_units).map_err(|e| match e {
        UnpackError::Damaged => "its packed text is damaged".to_string(),
        UnpackError::TooLong => {
            "its packed text unpacks to more than a record can hold".to_string()
        }
    })
}

/// The JSON inside a packed envelope, if it unpacks to at most `max_units`.
#[cfg(test)]
pub(super) fn unpack_envelope(text: &str, max_units: usize) -> Result<String, String> {
    let probe: Probe = serde_json::from_str(text).map_err(|e| e.to_string())?;
    unpack_probed(probe.packed, max_units)
}

/// Reads a stored record, migrating it from any older version. `id` is the
/// id its key names; a record that claims another id is refused.
pub fn decode(id: &str, text: &str) -> Result<Project, DecodeError> {
    let probe: Probe =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let project = match probe.version.ok_or(DecodeError::NoVersion)? {
        v @ 1..=4 => from_older(read_envelope(text)?, v, read_old_people(text)?),
        5 => read_envelope(text)?,
        6 => {
            let json =
                unpack_probed(probe.packed, MAX_PROJECT_UNITS).map_err(DecodeError::BadProject)?;
            serde_json::from_str(&json).map_err(|e| DecodeError::BadProject(e.to_string()))?
        }
        // Each future format adds an arm here that reads its own envelope
        // and converts it, so every older version keeps loading.
        v if v > CURRENT_VERSION => return Err(DecodeError::NewerVersion(v)),
        _ => return Err(DecodeError::NoVersion),
    };
    if project.id != id {
        return Err(DecodeError::WrongId);
    }
    if let Some(list) = project.list_with_repeated_id() {
        return Err(DecodeError::RepeatedId(list));
    }
    Ok(project)
}

fn read_envelope(text: &str) -> Result<Project, DecodeError> {
    let envelope: EnvelopeIn =
        serde_json::from_str(text).map_err(|e| DecodeError::BadProject(e.to_string()))?;
    envelope
        .project
        .ok_or_else(|| DecodeError::BadProject("there is no project in it".into()))
}

fn read_old_people(text: &str) -> Result<OldPeople, DecodeError> {
    let envelope: OldEnvelope =
        serde_json::from_str(text).map_err(|e| DecodeError::BadProject(e.to_string()))?;
    Ok(envelope.project.unwrap_or_default())
}

/// A project from a record of an older `format`, with its `people` as
/// that format stored them. Before format 4 there was no level history:
/// it starts with the current level on the day the project was last
/// updated, the earliest day it is known to have had that level. Before
/// format 5 the people were two lists: they become one.
pub fn from_older(project: Project, format: u64, people: OldPeople) -> Project {
    let level_history = if format < 4 {
        level_history::seed(project.involvement, project.updated_ms)
    } else {
        project.level_history
    };
    Project {
        level_history,
        team: people.into_team(),
        ..project
    }
}

#[path = "people_migration.rs"]
mod people_migration;
use people_migration::OldEnvelope;
pub use people_migration::OldPeople;

#[cfg(test)]
#[path = "codec_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "people_migration_tests.rs"]
mod people_migration_tests;

#[cfg(test)]
#[path = "record_size_tests.rs"]
mod record_size_tests;

#[cfg(test)]
#[path = "capacity_tests.rs"]
mod capacity_tests;
