//! How a project is stored: one localStorage key per project, holding a
//! versioned envelope `{"version": N, "project": {...}}`.
//!
//! One key per project means a damaged record costs only that record, a
//! save writes one project rather than all of them, and another tab's
//! `storage` event says exactly which project changed.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::model::reader_prefs::ReaderPrefs;
use crate::model::trust_settings::TrustSettings;
use crate::model::Project;

/// The envelope version this build writes.
///
/// - 1: the first format.
/// - 2: projects gained `experts` and `activities` (the involvement record).
///   A build that reads only version 1 refuses version 2 rather than
///   loading it and later saving it back without those lists.
pub const CURRENT_VERSION: u64 = 2;

/// Prefix of the key each project is stored under; the id follows.
pub const PROJECT_PREFIX: &str = "qi-involve:project:";

/// Prefix under which a record that could not be read is copied, untouched.
pub const DAMAGED_PREFIX: &str = "qi-involve:damaged:";

/// The key the trust's settings are stored under.
pub const SETTINGS_KEY: &str = "qi-involve:settings";

/// Version of the settings envelope this build writes.
pub const SETTINGS_VERSION: u64 = 1;

/// The key the induction reader's preferences and progress live under.
pub const READER_KEY: &str = "qi-involve:reader";

/// Version of the reader envelope this build writes.
pub const READER_VERSION: u64 = 1;

/// The envelope for small single-key records (settings, reader
/// preferences): `{"version": N, "value": {...}}`.
#[derive(Serialize)]
struct SmallOut<'a, T> {
    version: u64,
    value: &'a T,
}

#[derive(Deserialize)]
struct SmallIn<T> {
    value: Option<T>,
}

fn encode_small<T: Serialize>(version: u64, value: &T) -> String {
    serde_json::to_string(&SmallOut { version, value }).unwrap_or_else(|_| "{}".to_string())
}

/// Reads a small record written at version `current` (the only one so far;
/// a newer version is refused, not guessed at).
fn decode_small<T: DeserializeOwned>(text: &str, current: u64) -> Result<T, DecodeError> {
    let probe: VersionOnly =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    match probe.version.ok_or(DecodeError::NoVersion)? {
        v if v == current => serde_json::from_str::<SmallIn<T>>(text)
            .map_err(|e| DecodeError::BadProject(e.to_string()))?
            .value
            .ok_or_else(|| DecodeError::BadProject("there is nothing in it".into())),
        v if v > current => Err(DecodeError::NewerVersion(v)),
        _ => Err(DecodeError::NoVersion),
    }
}

/// The stored text for the trust's settings.
pub fn encode_settings(settings: &TrustSettings) -> String {
    encode_small(SETTINGS_VERSION, settings)
}

/// Reads stored settings.
pub fn decode_settings(text: &str) -> Result<TrustSettings, DecodeError> {
    decode_small(text, SETTINGS_VERSION)
}

/// The stored text for the reader's preferences.
pub fn encode_reader(reader: &ReaderPrefs) -> String {
    encode_small(READER_VERSION, reader)
}

/// Reads stored reader preferences.
pub fn decode_reader(text: &str) -> Result<ReaderPrefs, DecodeError> {
    decode_small(text, READER_VERSION)
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
}

/// The storage key for a project id.
pub fn project_key(id: &str) -> String {
    format!("{PROJECT_PREFIX}{id}")
}

/// The project id a key belongs to, if it is a project key.
pub fn id_from_key(key: &str) -> Option<&str> {
    key.strip_prefix(PROJECT_PREFIX).filter(|id| !id.is_empty())
}

#[derive(Serialize)]
struct Envelope<'a> {
    version: u64,
    project: &'a Project,
}

/// Just the version, read first to choose how to read the rest.
#[derive(Deserialize)]
struct VersionOnly {
    version: Option<u64>,
}

/// Versions 1 and 2 of the envelope share one shape: a version 1 project is
/// a version 2 project without `experts` and `activities`, which default to
/// empty. A future change of shape gets its own struct and a conversion.
#[derive(Deserialize)]
struct EnvelopeV1OrV2 {
    project: Option<Project>,
}

/// The stored text for a project.
pub fn encode(project: &Project) -> String {
    let envelope = Envelope {
        version: CURRENT_VERSION,
        project,
    };
    // A Project is plain strings, numbers and enums: serialising it has no
    // way to fail, but fall back to an empty object rather than panic.
    serde_json::to_string(&envelope).unwrap_or_else(|_| "{}".to_string())
}

/// Reads a stored record, migrating it from any older version. `id` is the
/// id its key names; a record that claims another id is refused.
pub fn decode(id: &str, text: &str) -> Result<Project, DecodeError> {
    let probe: VersionOnly =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let project = match probe.version.ok_or(DecodeError::NoVersion)? {
        1 | 2 => from_v1_or_v2(text)?,
        // Each future format adds an arm here that reads its own envelope
        // and converts it, so every older version keeps loading.
        v if v > CURRENT_VERSION => return Err(DecodeError::NewerVersion(v)),
        _ => return Err(DecodeError::NoVersion),
    };
    if project.id != id {
        return Err(DecodeError::WrongId);
    }
    Ok(project)
}

fn from_v1_or_v2(text: &str) -> Result<Project, DecodeError> {
    let envelope: EnvelopeV1OrV2 =
        serde_json::from_str(text).map_err(|e| DecodeError::BadProject(e.to_string()))?;
    envelope
        .project
        .ok_or_else(|| DecodeError::BadProject("there is no project in it".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, InvolvementLevel, ProgressScore, Status, TeamMember};
    use proptest::prelude::*;

    #[test]
    fn keys() {
        assert_eq!(project_key("abc"), "qi-involve:project:abc");
        assert_eq!(id_from_key("qi-involve:project:abc"), Some("abc"));
        assert_eq!(id_from_key("qi-involve:project:"), None);
        assert_eq!(id_from_key("qi-involve:damaged:abc"), None);
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        assert!(matches!(decode("a", "{"), Err(DecodeError::NotJson(_))));
        assert_eq!(
            decode("a", r#"{"project":{}}"#),
            Err(DecodeError::NoVersion)
        );
        assert_eq!(
            decode("a", r#"{"version":0,"project":{"id":"a"}}"#),
            Err(DecodeError::NoVersion)
        );
        assert_eq!(
            decode("a", r#"{"version":3,"project":{"id":"a"}}"#),
            Err(DecodeError::NewerVersion(3))
        );
        assert!(decode("a", r#"{"version":1,"project":[]}"#).is_err());
        assert!(decode("a", r#"{"version":1}"#).is_err());
        assert!(decode("a", "[1]").is_err());
        assert!(matches!(
            decode(
                "a",
                r#"{"version":1,"project":{"id":"a","progress":"9.5"}}"#
            ),
            Err(DecodeError::BadProject(_))
        ));
        assert_eq!(
            decode("b", r#"{"version":1,"project":{"id":"a"}}"#),
            Err(DecodeError::WrongId)
        );
    }

    #[test]
    fn fills_in_fields_an_older_record_lacks() {
        let p = decode("a", r#"{"version":1,"project":{"id":"a","title":"Falls"}}"#).unwrap();
        assert_eq!(p.title, "Falls");
        assert_eq!(p.status, Status::Active);
        assert_eq!(p.involvement, InvolvementLevel::NotRecorded);
    }

    /// A record exactly as the first release (format 1) stored it.
    const V1_RECORD: &str = r#"{"version":1,"project":{"id":"mh2x1k9a","revision":4,"title":"Reducing falls on Ward 7","aim":"Halve inpatient falls by March 2027","about":"","lead":"Priya Shah","team":[{"id":"t1","name":"J. M.","role":"Carer","expert_by_experience":true}],"service":"Ward 7","start_date":"2026-01-05","end_date":null,"status":"on_hold","progress":"2.5","progress_changed":"2026-11-26","involvement":"both","involvement_notes":"Two carers sit on the team.","archived":false,"created_ms":1795660000000,"updated_ms":1795667643000}}"#;

    #[test]
    fn reader_prefs_round_trip() {
        let mut r = ReaderPrefs {
            text_size: 2,
            high_contrast: true,
            ..ReaderPrefs::default()
        };
        r.mark_read(true, "support");
        assert_eq!(decode_reader(&encode_reader(&r)), Ok(r));
        assert!(decode_reader("nonsense").is_err());
    }

    #[test]
    fn settings_round_trip_and_refuse_garbage() {
        let s = TrustSettings {
            team_name: "Patient Involvement Team".into(),
            email: "pit@nhs.net".into(),
            ..TrustSettings::default()
        };
        assert_eq!(decode_settings(&encode_settings(&s)), Ok(s));
        assert!(decode_settings("{").is_err());
        assert_eq!(
            decode_settings(r#"{"version":9,"value":{}}"#),
            Err(DecodeError::NewerVersion(9))
        );
    }

    #[test]
    fn loads_version_1_records_and_writes_them_as_version_2() {
        let p = decode("mh2x1k9a", V1_RECORD).expect("a version 1 record loads");
        assert_eq!(p.title, "Reducing falls on Ward 7");
        assert_eq!(p.revision, 4);
        assert_eq!(p.status, Status::OnHold);
        assert_eq!(p.involvement, InvolvementLevel::Both);
        assert_eq!(p.progress.map(|s| s.text()).as_deref(), Some("2.5"));
        assert_eq!(p.team[0].name, "J. M.");
        assert!(p.experts.is_empty() && p.activities.is_empty());
        let rewritten = encode(&p);
        assert!(rewritten.starts_with(r#"{"version":2,"#), "{rewritten}");
        assert_eq!(decode("mh2x1k9a", &rewritten), Ok(p));
    }

    prop_compose! {
        fn any_date()(days in 0i64..40_000) -> Date {
            Date::from_unix_ms(days * 86_400_000)
        }
    }

    prop_compose! {
        fn any_project()(
            id in "[a-z0-9]{1,12}",
            title in "\\PC{1,150}",
            aim in "\\PC{0,300}",
            lead in ".{0,40}",
            notes in "(\\PC|\n){0,300}",
            start in proptest::option::of(any_date()),
            progress in proptest::option::of(1u8..=10),
            level in 0usize..5,
            status in 0usize..4,
            team in proptest::collection::vec(("[a-z]{1,8}", "\\PC{1,30}", any::<bool>()), 0..6),
            revision in any::<u64>(),
            archived in any::<bool>(),
            updated in 0i64..4_000_000_000_000,
        ) -> Project {
            Project {
                id,
                revision,
                title,
                aim,
                lead,
                involvement_notes: notes,
                start_date: start,
                end_date: start,
                progress: progress.and_then(|p| ProgressScore::from_tenths(p * 5)),
                progress_changed: start,
                involvement: InvolvementLevel::ALL[level],
                status: Status::ALL[status],
                team: team.into_iter().map(|(id, name, expert_by_experience)| TeamMember {
                    id, name, role: "Carer".into(), expert_by_experience,
                }).collect(),
                archived,
                created_ms: updated,
                updated_ms: updated,
                ..Project::default()
            }
        }
    }

    proptest! {
        #[test]
        fn any_project_survives_a_round_trip(project in any_project()) {
            prop_assert_eq!(decode(&project.id, &encode(&project)), Ok(project.clone()));
        }

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC*") {
            let _ = decode("a", &text);
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = decode("a", &String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn json_shaped_noise_never_panics(
            version in any::<i64>(),
            body in "[\\[\\]{}\":,a-z0-9.]{0,80}",
        ) {
            let _ = decode("a", &format!(r#"{{"version":{version},"project":{body}}}"#));
        }
    }
}
