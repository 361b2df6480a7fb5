//! The forms behind the involvement record: what a person typed for an
//! Expert by Experience or an activity, checked all at once so every
//! problem can be listed together.

use super::activity::{Activity, ActivityKind};
use super::expert::{Expert, ExpertRole};
use super::validation::{check_length, parse_date};
use super::{limits, Date, Field, FieldError};

/// The most people one activity can record, and the most hours.
pub const MAX_PEOPLE: u32 = 10_000;
pub const MAX_HOURS_TENTHS: u32 = 100_000;

/// An Expert by Experience as typed into the form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExpertDraft {
    pub name: String,
    pub role: String,
    pub joined: String,
    pub induction_given: bool,
    pub induction_date: String,
    pub guidance_given: bool,
    pub notes: String,
}

impl ExpertDraft {
    /// The form filled in from a stored record, for editing.
    pub fn from_expert(e: &Expert) -> ExpertDraft {
        ExpertDraft {
            name: e.name.clone(),
            role: e.role.code().into(),
            joined: e.joined.map(|d| d.iso()).unwrap_or_default(),
            induction_given: e.induction_given.is_some(),
            induction_date: e.induction_given.map(|d| d.iso()).unwrap_or_default(),
            guidance_given: e.guidance_given,
            notes: e.notes.clone(),
        }
    }

    /// The record, or every problem with the form.
    pub fn into_expert(self, id: String) -> Result<Expert, Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(FieldError::new(
                Field::ExpertName,
                "Enter their name or initials",
            ));
        }
        collect(
            &mut errors,
            check_length(
                Field::ExpertName,
                "Name or initials",
                &self.name,
                limits::SHORT_TEXT,
            ),
        );
        let joined = keep(
            &mut errors,
            parse_date(Field::ExpertJoined, "Date joined", &self.joined),
        );
        let induction = keep(
            &mut errors,
            parse_date(
                Field::ExpertInduction,
                "Induction date",
                &self.induction_date,
            ),
        );
        if self.induction_given
            && induction.flatten().is_none()
            && errors.iter().all(|e| e.field != Field::ExpertInduction)
        {
            errors.push(FieldError::new(
                Field::ExpertInduction,
                "Enter the date their induction was given",
            ));
        }
        collect(
            &mut errors,
            check_length(Field::ExpertNotes, "Notes", &self.notes, limits::NOTES),
        );
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Expert {
            id,
            name: self.name.trim().to_string(),
            role: ExpertRole::from_code(&self.role).unwrap_or_default(),
            joined: joined.flatten(),
            induction_given: if self.induction_given {
                induction.flatten()
            } else {
                None
            },
            guidance_given: self.guidance_given,
            notes: self.notes,
        })
    }
}

/// An activity as typed into the form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActivityDraft {
    pub date: String,
    pub kind: String,
    pub people: String,
    pub hours: String,
    pub said: String,
    pub changed: String,
}

impl ActivityDraft {
    /// The record, or every problem with the form. Activities are things
    /// that happened, so a date after `today` is refused.
    pub fn into_activity(self, id: String, today: Date) -> Result<Activity, Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = match keep(
            &mut errors,
            parse_date(Field::ActivityDate, "Date", &self.date),
        ) {
            Some(Some(date)) if date > today => {
                errors.push(FieldError::new(
                    Field::ActivityDate,
                    "Date must be today or in the past",
                ));
                None
            }
            Some(Some(date)) => Some(date),
            Some(None) => {
                errors.push(FieldError::new(
                    Field::ActivityDate,
                    "Enter the date of the activity",
                ));
                None
            }
            None => None,
        };
        let kind = ActivityKind::from_code(&self.kind);
        if kind.is_none() {
            errors.push(FieldError::new(
                Field::ActivityKind,
                "Select the kind of activity",
            ));
        }
        let people = keep(&mut errors, parse_people(&self.people));
        let hours = keep(&mut errors, parse_hours(&self.hours));
        collect(
            &mut errors,
            check_length(
                Field::ActivitySaid,
                "What people said",
                &self.said,
                limits::ACTIVITY_TEXT,
            ),
        );
        collect(
            &mut errors,
            check_length(
                Field::ActivityChanged,
                "What changed",
                &self.changed,
                limits::ACTIVITY_TEXT,
            ),
        );
        match (date, kind, people, hours) {
            (Some(date), Some(kind), Some(people), Some(hours_tenths)) if errors.is_empty() => {
                Ok(Activity {
                    id,
                    date,
                    kind,
                    people,
                    hours_tenths,
                    said: self.said,
                    changed: self.changed,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A whole number of people, 0 if left empty.
pub fn parse_people(text: &str) -> Result<u32, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    match text.parse::<u32>() {
        Ok(n) if n <= MAX_PEOPLE => Ok(n),
        _ => Err(FieldError::new(
            Field::ActivityPeople,
            format!("Number of people must be a whole number from 0 to {MAX_PEOPLE}"),
        )),
    }
}

/// Hours such as `2` or `1.5`, in tenths; 0 if left empty.
pub fn parse_hours(text: &str) -> Result<u32, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    let error = || {
        FieldError::new(
            Field::ActivityHours,
            "Hours must be a number like 2 or 1.5, and no more than 10000",
        )
    };
    let (whole, tenth) = text.split_once('.').unwrap_or((text, "0"));
    let whole: u32 = whole.parse().map_err(|_| error())?;
    let tenth: u32 = match tenth {
        t if t.len() == 1 => t.parse().map_err(|_| error())?,
        _ => return Err(error()),
    };
    let tenths = whole
        .checked_mul(10)
        .and_then(|w| w.checked_add(tenth))
        .ok_or_else(error)?;
    if tenths > MAX_HOURS_TENTHS {
        return Err(error());
    }
    Ok(tenths)
}

/// `1.5` from 15 tenths; `2` from 20.
pub fn hours_text(tenths: u32) -> String {
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

fn collect(errors: &mut Vec<FieldError>, result: Result<(), FieldError>) {
    if let Err(e) = result {
        errors.push(e);
    }
}

fn keep<T>(errors: &mut Vec<FieldError>, result: Result<T, FieldError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

#[cfg(test)]
#[path = "involvement_record_tests.rs"]
mod tests;
