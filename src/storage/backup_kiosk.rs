//! The backup's `kiosk` section: each project's kiosk wording and
//! responses, checked as strictly as a stored record before anything is
//! written. Importing it adds the responses to what the device holds (a
//! union by id, see `KioskData::merged_with`), so nothing is lost either way.

use serde_json::value::RawValue;

use super::{exported_ms, object, parse, without_position, ImportError};
use crate::model::kiosk::{KioskData, MAX_FREE_TEXT_CHARS};
use crate::model::Date;

/// The kiosk data in a backup file's text (none when it has no `kiosk`
/// section), every part checked. Call after `validate` has accepted the
/// file; the import writes each with `storage::kiosk::save`.
pub fn read_kiosk(text: &str) -> Result<Vec<(String, KioskData)>, ImportError> {
    let root = parse(text)?;
    let exported = exported_ms(&root)?;
    check(
        root.get("kiosk").copied(),
        Date::from_unix_ms(exported).add_days(1),
    )
}

/// Checks the section: an object of project ids, each holding kiosk data
/// with unique response ids, no answer dated after the backup, free text
/// within the limit and wording that passes its own checks.
pub(super) fn check(
    section: Option<&RawValue>,
    latest_day: Date,
) -> Result<Vec<(String, KioskData)>, ImportError> {
    let Some(section) = section else {
        return Ok(Vec::new());
    };
    let Some(entries) = object(section) else {
        return Err(ImportError::Kiosk(
            "it is not a list of projects' kiosk data".into(),
        ));
    };
    let mut out = Vec::with_capacity(entries.len());
    for (id, value) in entries {
        let problem =
            |p: String| ImportError::Kiosk(format!("for project \u{201c}{id}\u{201d}, {p}"));
        if id.trim().is_empty() {
            return Err(ImportError::Kiosk("one entry has no project id".into()));
        }
        let data: KioskData = serde_json::from_str(value.get()).map_err(|e| {
            problem(format!(
                "it is not in the expected form ({})",
                without_position(&e)
            ))
        })?;
        let mut ids: Vec<&str> = data.responses.iter().map(|r| r.id.as_str()).collect();
        crate::model::order::sort(&mut ids);
        if ids.iter().any(|i| i.is_empty()) || ids.windows(2).any(|w| w[0] == w[1]) {
            return Err(problem(
                "two responses share one id, or one has none".into(),
            ));
        }
        if let Some(r) = data.responses.iter().find(|r| r.date > latest_day) {
            return Err(problem(format!(
                "a response is dated {}, after the backup was made",
                r.date.iso()
            )));
        }
        if data
            .responses
            .iter()
            .flat_map(|r| &r.texts)
            .any(|t| t.chars().count() > MAX_FREE_TEXT_CHARS)
        {
            return Err(problem(format!(
                "a comment is longer than {MAX_FREE_TEXT_CHARS} characters"
            )));
        }
        if let Some(w) = data.wording.problems().into_iter().next() {
            return Err(problem(format!("its wording: {}", w.message)));
        }
        out.push((id.clone(), data));
    }
    Ok(out)
}
