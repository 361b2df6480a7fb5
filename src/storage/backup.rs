//! The backup file: every project (archived ones too) and the trust's
//! settings in one plain JSON document a person can read, and the checks
//! a chosen file must pass, all of them, before anything is written.
//!
//! ```json
//! {
//!   "app": "QI Involve",
//!   "format": 5,
//!   "exported_ms": 1795667643000,
//!   "exported": "2026-11-26",
//!   "settings": { "team_name": "...", ... },
//!   "projects": [ { "id": "...", "title": "...", ... } ],
//!   "kiosk": { "<project id>": { "wording": {...}, "responses": [...] } }
//! }
//! ```
//!
//! `kiosk` (the clinic kiosk's wording and responses, kept apart from the
//! projects; see `super::kiosk`) is left out when there is none, so a
//! backup with no kiosk data reads exactly as before.
//!
//! `format` is the project's JSON shape ([`PROJECT_SHAPE`]; the stored
//! record packs that same JSON since format 6): each project is written
//! as plain JSON in that shape, so a backup from an older
//! build is migrated as a stored record would be. `exported` is only for
//! people reading the file; the import reads `exported_ms`.

#![warn(missing_docs)]

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use thiserror::Error;

use super::codec::{from_older, OldPeople, PROJECT_SHAPE};
use crate::model::kiosk::KioskData;
use crate::model::project_check::{problems, MAX_MS};
use crate::model::trust_settings::TrustSettings;
use crate::model::{Date, Project};

#[path = "backup_kiosk.rs"]
mod kiosk_section;
pub use kiosk_section::read_kiosk;

#[path = "backup_plan.rs"]
mod plan;
pub use plan::{Class, ImportMode, ImportPlan, ImportWrites, KeptBoth, PlanItem};

/// The name the file gives for the app that wrote it.
pub const APP_NAME: &str = "QI Involve";

/// The largest file the import reads: far more than 1,000 projects with
/// 20,000 activities need.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

#[derive(Serialize)]
struct BackupOut<'a> {
    app: &'static str,
    format: u64,
    exported_ms: i64,
    exported: String,
    settings: &'a TrustSettings,
    projects: &'a [Project],
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    kiosk: std::collections::BTreeMap<&'a str, &'a KioskData>,
}

/// The backup file's text, indented so a person can read it.
pub fn export(settings: &TrustSettings, projects: &[Project], exported_ms: i64) -> String {
    export_with_kiosk(settings, projects, &[], exported_ms)
}

/// The backup file's text with the clinic kiosk's data, by project id
/// (as `super::kiosk::all` lists it).
pub fn export_with_kiosk(
    settings: &TrustSettings,
    projects: &[Project],
    kiosk: &[(String, KioskData)],
    exported_ms: i64,
) -> String {
    let out = BackupOut {
        app: APP_NAME,
        format: PROJECT_SHAPE,
        exported_ms,
        exported: Date::from_unix_ms(exported_ms).iso(),
        settings,
        projects,
        kiosk: kiosk.iter().map(|(id, data)| (id.as_str(), data)).collect(),
    };
    // Strings, numbers and enums only: nothing here can fail to serialise.
    serde_json::to_string_pretty(&out).unwrap_or_else(|_| "{}".to_string())
}

/// The name to save a backup made at `exported_ms` under.
pub fn file_name(exported_ms: i64) -> String {
    format!(
        "qi-involve-backup-{}.json",
        Date::from_unix_ms(exported_ms).iso()
    )
}

/// Why a file cannot be imported. Each says what is wrong in words a
/// person can act on; nothing has been changed when one is returned.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    /// Over [`MAX_BYTES`] (the size in bytes).
    #[error("The file is {} MB; a QI Involve backup can be up to 20 MB", megabytes(*.0))]
    TooLarge(usize),
    /// Nothing in it but blank space.
    #[error("The file is empty")]
    Empty,
    /// Another kind of file, named.
    #[error("This file is not a QI Involve backup: it looks like {0}")]
    LooksLike(&'static str),
    /// Not JSON; where it stops being JSON.
    #[error(
        "This file is not a QI Involve backup: it is not in the JSON form a backup uses ({0})"
    )]
    NotJson(String),
    /// JSON cut off before its end.
    #[error("The file ends too early: it may have been cut short")]
    Truncated,
    /// JSON, but not a backup's sections; which part is missing.
    #[error("This file is not a QI Involve backup: {0}")]
    NotBackup(String),
    /// From a build with a newer stored format (the file's format).
    #[error("This backup was made by a newer version of QI Involve (format {0}); update the app, then import it")]
    NewerFormat(u64),
    /// The settings fail a check; the check's message.
    #[error("The settings in the file: {0}")]
    Settings(String),
    /// A project fails a check.
    #[error("Project {index} ({title}): {problem}")]
    Project {
        /// From 1, in the file's order.
        index: usize,
        /// The project's title in quotes, or "no title".
        title: String,
        /// What is wrong, in words.
        problem: String,
    },
    /// The kiosk section, or one project's kiosk data in it, fails a check.
    #[error("The clinic kiosk data in the file: {0}")]
    Kiosk(String),
    /// Two projects in the file have one id.
    #[error("Projects {first} and {second} in the file share the id \u{201c}{id}\u{201d}")]
    DuplicateId {
        /// The first one's place in the file, from 1.
        first: usize,
        /// The second one's place.
        second: usize,
        /// The id they share.
        id: String,
    },
}

fn megabytes(bytes: usize) -> String {
    // Tenths of a megabyte, rounded.
    let tenths = (bytes as u64 * 10 + 512 * 1024) / (1024 * 1024);
    crate::model::tenths::one_decimal(tenths)
}

/// Refuses a file over [`MAX_BYTES`]; the screen calls this with the
/// file's size before reading it at all.
pub fn check_size(bytes: usize) -> Result<(), ImportError> {
    if bytes > MAX_BYTES {
        Err(ImportError::TooLarge(bytes))
    } else {
        Ok(())
    }
}

/// What a backup file holds, every part of it checked.
struct Backup {
    exported_ms: i64,
    settings: TrustSettings,
    projects: Vec<Project>,
}

/// Reads and checks a whole backup file, then works out what importing it
/// would do to `current` (every project on the device). Nothing is
/// written: the plan says what to write.
pub fn validate(text: &str, current: &[Project]) -> Result<ImportPlan, ImportError> {
    let backup = read(text)?;
    Ok(ImportPlan::new(
        backup.exported_ms,
        backup.settings,
        backup.projects,
        current,
    ))
}

fn read(text: &str) -> Result<Backup, ImportError> {
    check_size(text.len())?;
    let root = parse(text)?;
    if field::<String>(&root, "app").as_deref() != Some(APP_NAME) {
        return Err(ImportError::NotBackup(
            "it does not say it was made by QI Involve".into(),
        ));
    }
    let format = match field::<u64>(&root, "format") {
        Some(f) if f > PROJECT_SHAPE => return Err(ImportError::NewerFormat(f)),
        Some(f) if f >= 1 => f,
        _ => {
            return Err(ImportError::NotBackup(
                "it has no format number this app knows".into(),
            ))
        }
    };
    let exported_ms = exported_ms(&root)?;
    let settings = read_settings(root.get("settings").copied())?;
    let Some(items) = field::<Vec<&RawValue>>(&root, "projects") else {
        return Err(ImportError::NotBackup("it has no list of projects".into()));
    };
    // An activity may be dated up to the day the backup was made; a day
    // more allows for a device ahead of UTC.
    let latest_day = Date::from_unix_ms(exported_ms).add_days(1);
    let mut projects = Vec::with_capacity(items.len());
    let mut seen = std::collections::HashMap::new();
    for (n, item) in items.iter().enumerate() {
        let project =
            read_project(item, format, latest_day).map_err(|problem| ImportError::Project {
                index: n + 1,
                title: title_of(item),
                problem,
            })?;
        if let Some(first) = seen.insert(project.id.clone(), n + 1) {
            return Err(ImportError::DuplicateId {
                first,
                second: n + 1,
                id: project.id,
            });
        }
        projects.push(project);
    }
    kiosk_section::check(root.get("kiosk").copied(), latest_day)?;
    Ok(Backup {
        exported_ms,
        settings,
        projects,
    })
}

/// An object's fields, each kept as its own JSON text.
///
/// The file is read in two steps, the sections as text and then each
/// section as its type, with the same `serde_json::from_str` the stored
/// records use: a `serde_json::Value` tree would check the same things but
/// compile every type's reader a second time, which cost the first load
/// several kilobytes.
type Fields<'a> = BTreeMap<String, &'a RawValue>;

/// The field `key` read as `T`, if it is there and of that type.
fn field<'a, T: Deserialize<'a>>(fields: &Fields<'a>, key: &str) -> Option<T> {
    let raw: &'a RawValue = fields.get(key)?;
    serde_json::from_str(raw.get()).ok()
}

/// The fields of a JSON object, or `None` when the text is another kind of
/// value.
fn object(raw: &RawValue) -> Option<Fields<'_>> {
    if raw.get().starts_with('{') {
        serde_json::from_str(raw.get()).ok()
    } else {
        None
    }
}

fn exported_ms(root: &Fields) -> Result<i64, ImportError> {
    field::<i64>(root, "exported_ms")
        .filter(|ms| (0..=MAX_MS).contains(ms))
        .ok_or_else(|| {
            ImportError::NotBackup("it does not say when it was made, as a real time".into())
        })
}

/// The file's top-level sections, or what it seems to be instead.
fn parse(text: &str) -> Result<Fields<'_>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start();
    let Some(first) = start.chars().next() else {
        return Err(ImportError::Empty);
    };
    let first_line = start.lines().next().unwrap_or_default();
    match first {
        '{' | '[' => {}
        '<' => return Err(ImportError::LooksLike("a web page (HTML)")),
        _ if first_line.contains([',', ';', '\t']) => {
            return Err(ImportError::LooksLike("a CSV file"))
        }
        _ => {
            return Err(ImportError::NotJson(
                "it does not start with \u{201c}{\u{201d}".into(),
            ))
        }
    }
    let root: &RawValue = serde_json::from_str(start).map_err(|e| match e.classify() {
        serde_json::error::Category::Eof => ImportError::Truncated,
        _ => ImportError::NotJson(format!("line {}, column {}", e.line(), e.column())),
    })?;
    // It started with `[`: a list.
    object(root)
        .ok_or_else(|| ImportError::NotBackup("it holds a list, not a backup's sections".into()))
}

fn read_settings(value: Option<&RawValue>) -> Result<TrustSettings, ImportError> {
    let Some(value) = value.filter(|v| v.get().starts_with('{')) else {
        return Err(ImportError::NotBackup("it has no settings section".into()));
    };
    let settings: TrustSettings = serde_json::from_str(value.get())
        .map_err(|_| ImportError::Settings(bad_field::<TrustSettings>(value)))?;
    match settings.validate().into_iter().next() {
        Some(e) => Err(ImportError::Settings(e.message)),
        None => Ok(settings),
    }
}

fn read_project(item: &RawValue, format: u64, latest_day: Date) -> Result<Project, String> {
    if !item.get().starts_with('{') {
        return Err("it is not a project's details".into());
    }
    let project: Project =
        serde_json::from_str(item.get()).map_err(|_| bad_field::<Project>(item))?;
    let project = if format < PROJECT_SHAPE {
        let people: OldPeople =
            serde_json::from_str(item.get()).map_err(|_| bad_field::<OldPeople>(item))?;
        from_older(project, format, people)
    } else {
        project
    };
    match problems(&project, latest_day).into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(project),
    }
}

/// Which field of an object failed to read as `T`, in words. `T` has a
/// default for every field, so each field can be tried on its own.
fn bad_field<T: DeserializeOwned>(item: &RawValue) -> String {
    for (key, value) in object(item).unwrap_or_default() {
        let name = serde_json::to_string(&key).unwrap_or_default();
        let alone = format!("{{{name}:{}}}", value.get());
        if let Err(e) = serde_json::from_str::<T>(&alone) {
            let e = without_position(&e);
            return format!("\u{201c}{key}\u{201d} is not in the expected form ({e})");
        }
    }
    "its details are not in the expected form".into()
}

/// What a reading error says, without its line and column: those count
/// within the section read on its own, not within the file.
fn without_position(e: &serde_json::Error) -> String {
    let e = e.to_string();
    e.rsplit_once(" at line ")
        .map_or(e.clone(), |(m, _)| m.to_string())
}

/// The title an item in the file gives, quoted and cut short, to name it
/// in a message.
fn title_of(item: &RawValue) -> String {
    #[derive(Deserialize)]
    struct Titled {
        title: Option<String>,
    }
    let title = serde_json::from_str::<Titled>(item.get())
        .ok()
        .and_then(|t| t.title);
    match title.as_deref().map(str::trim) {
        Some(title) if !title.is_empty() => {
            let mut short: String = title.chars().take(60).collect();
            if short.len() < title.len() {
                short.push('\u{2026}');
            }
            format!("\u{2018}{short}\u{2019}")
        }
        _ => "no title".into(),
    }
}

#[cfg(test)]
#[path = "backup_tests.rs"]
mod tests;
