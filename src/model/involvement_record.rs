//! The forms behind the involvement record: what a person typed for an
//! Expert by Experience (a team member with [`ExpertDetails`]) or an
//! activity, checked all at once so every problem can be listed together.

use serde::{Deserialize, Serialize};

use super::activity::{Activity, ActivityKind};
use super::expert::{ExpertDetails, ExpertRole};
use super::hours::{hours_text, parse_hours};
use super::validation::{check_length, parse_date};
use super::{limits, Date, Edit, Field, FieldError, TeamMember};

/// The most people one activity can record.
pub const MAX_PEOPLE: u32 = 10_000;

/// An Expert by Experience as typed into the form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// The form filled in from a team member, for editing. A member
    /// with no details shows as a new service user would.
    pub fn from_member(member: &TeamMember) -> ExpertDraft {
        let e = member.expert.clone().unwrap_or_default();
        ExpertDraft {
            name: member.name.clone(),
            role: e.kind.code().into(),
            joined: e.joined.map(|d| d.iso()).unwrap_or_default(),
            induction_given: e.induction_given.is_some(),
            induction_date: e.induction_given.map(|d| d.iso()).unwrap_or_default(),
            guidance_given: e.guidance_given,
            notes: e.notes.clone(),
        }
    }

    /// The team member, or every problem with the form. Their team role
    /// is the kind's label ("Carer").
    pub fn into_member(self, id: String) -> Result<TeamMember, Vec<FieldError>> {
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
        let kind = ExpertRole::from_code(&self.role).unwrap_or_default();
        Ok(TeamMember {
            id,
            name: self.name.trim().to_string(),
            role: kind.label().to_string(),
            expert: Some(ExpertDetails {
                kind,
                joined: joined.flatten(),
                induction_given: if self.induction_given {
                    induction.flatten()
                } else {
                    None
                },
                guidance_given: self.guidance_given,
                notes: self.notes,
            }),
        })
    }
}

/// An activity as typed into the form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActivityDraft {
    pub date: String,
    pub kind: String,
    pub people: String,
    pub hours: String,
    pub said: String,
    pub changed: String,
}

impl ActivityDraft {
    /// The form filled in from a logged activity, for editing.
    pub fn from_activity(a: &Activity) -> ActivityDraft {
        ActivityDraft {
            date: a.date.iso(),
            kind: a.kind.code().into(),
            people: a.people.to_string(),
            // 0 is what a blank box saved: show it blank again.
            hours: match a.hours_tenths {
                0 => String::new(),
                t => hours_text(t),
            },
            said: a.said.clone(),
            changed: a.changed.clone(),
        }
    }

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

/// A form on the involvement record: what is typed into it, and the
/// stored item it is editing (none while it adds a new one). Kept whole
/// as a draft, so a form restored after a reload still edits that item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordForm<Item, Fields> {
    pub editing: Option<Item>,
    pub fields: Fields,
}

pub type ExpertForm = RecordForm<TeamMember, ExpertDraft>;
pub type ActivityForm = RecordForm<Activity, ActivityDraft>;

impl ExpertForm {
    /// An empty form that adds a person.
    pub fn new() -> ExpertForm {
        RecordForm {
            editing: None,
            fields: ExpertDraft::default(),
        }
    }

    /// The form filled in to edit `member`.
    pub fn edit(member: &TeamMember) -> ExpertForm {
        RecordForm {
            editing: Some(member.clone()),
            fields: ExpertDraft::from_member(member),
        }
    }

    /// Whether the form holds nothing worth keeping: nothing typed into a
    /// new person, or no change to the person being edited.
    pub fn is_blank(&self) -> bool {
        match &self.editing {
            Some(member) => self.fields == ExpertDraft::from_member(member),
            None => {
                let f = &self.fields;
                [&f.name, &f.joined, &f.induction_date, &f.notes]
                    .iter()
                    .all(|t| t.is_empty())
                    && !f.induction_given
                    && !f.guidance_given
                    && (f.role.is_empty() || f.role == ExpertRole::default().code())
            }
        }
    }

    /// The change to make, or every problem with the form. A new person
    /// gets `new_id`; an edited one is changed field by field.
    pub fn submit(self, new_id: String) -> Result<Edit, Vec<FieldError>> {
        match self.editing {
            None => self.fields.into_member(new_id).map(Edit::AddExpert),
            Some(stored) => {
                let mut after = self.fields.into_member(stored.id.clone())?;
                // Compare with what the untouched form would have saved, so
                // a field the person did not touch is never counted as
                // changed just because the form tidies it (trimmed spaces).
                let mut before = ExpertDraft::from_member(&stored)
                    .into_member(stored.id.clone())
                    .unwrap_or_else(|_| stored.clone());
                // The form has no box for the team role: it stays as typed
                // on the General tab, unless it only named the old kind.
                before.role = stored.role.clone();
                after.role = role_after(&stored, &after);
                Ok(Edit::ChangeExpert { before, after })
            }
        }
    }
}

impl Default for ExpertForm {
    fn default() -> Self {
        ExpertForm::new()
    }
}

impl ActivityForm {
    /// An empty form that adds an activity, dated `today`.
    pub fn new(today: Date) -> ActivityForm {
        RecordForm {
            editing: None,
            fields: ActivityDraft {
                date: today.iso(),
                ..ActivityDraft::default()
            },
        }
    }

    /// The form filled in to edit `activity`.
    pub fn edit(activity: &Activity) -> ActivityForm {
        RecordForm {
            editing: Some(activity.clone()),
            fields: ActivityDraft::from_activity(activity),
        }
    }

    /// Whether the form holds nothing worth keeping. A new activity's date
    /// alone does not count: it is filled in for the person.
    pub fn is_blank(&self) -> bool {
        match &self.editing {
            Some(activity) => self.fields == ActivityDraft::from_activity(activity),
            None => {
                let f = &self.fields;
                [&f.kind, &f.people, &f.hours, &f.said, &f.changed]
                    .iter()
                    .all(|t| t.is_empty())
            }
        }
    }

    /// The change to make, or every problem with the form.
    pub fn submit(self, new_id: String, today: Date) -> Result<Edit, Vec<FieldError>> {
        match self.editing {
            None => self
                .fields
                .into_activity(new_id, today)
                .map(Edit::AddActivity),
            Some(stored) => {
                let after = self.fields.into_activity(stored.id.clone(), today)?;
                // As for people, the untouched form is the baseline.
                let before = ActivityDraft::from_activity(&stored)
                    .into_activity(stored.id.clone(), today)
                    .unwrap_or(stored);
                Ok(Edit::ChangeActivity { before, after })
            }
        }
    }
}

/// A person's team role once the form has saved their kind: when the kind
/// changed and the role was blank or only the old kind's label, the new
/// kind's label; otherwise the role as typed on the General tab.
fn role_after(stored: &TeamMember, after: &TeamMember) -> String {
    let old_kind = stored.expert.as_ref().map(|e| e.kind);
    let role = stored.role.trim();
    match &after.expert {
        Some(e)
            if old_kind != Some(e.kind)
                && (role.is_empty()
                    || old_kind.is_some_and(|k| role.eq_ignore_ascii_case(k.label()))) =>
        {
            e.kind.label().to_string()
        }
        _ => stored.role.clone(),
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

/// The log as the involvement record lists it: newest first, and in the
/// order they were logged within a day.
pub fn newest_first(activities: &[Activity]) -> Vec<&Activity> {
    let mut list: Vec<&Activity> = activities.iter().collect();
    crate::model::order::sort_by_key(&mut list, |a| std::cmp::Reverse(a.date));
    list
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
