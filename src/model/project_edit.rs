//! Changes a person makes on the General tab, checked before they are
//! applied, so a stored project is always a valid one.

use super::activity::Activity;
use super::expert::{ExpertDetails, ExpertRole};
use super::level_history;
use super::patch::Patch;
use super::validation::{check_dates, check_length, check_member_name, check_title, parse_date};
use super::{
    limits, Date, Field, FieldError, InvolvementLevel, ProgressScore, Project, Status, TeamMember,
};

/// Why a person's changes could not be saved: they are no longer there.
pub const PERSON_REMOVED: &str =
    "This person has been removed from the project, so your changes were not saved";
/// Why an Undo did nothing: the item is already back (another tab, or an
/// Undo pressed twice).
pub const ALREADY_BACK: &str = "It is already back on the project, so it was not added again";
/// Why an add did nothing: the item is already there (a form sent twice).
pub const ALREADY_ADDED: &str = "This has already been added, so it was not added again";
/// Why an activity's changes could not be saved.
pub const ACTIVITY_REMOVED: &str =
    "This activity has been removed from the log, so your changes were not saved";

/// One change to one field. Text arrives as typed; dates as a date input's
/// `YYYY-MM-DD` value (empty for none).
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Title(String),
    Aim(String),
    About(String),
    Lead(String),
    Service(String),
    StartDate(String),
    EndDate(String),
    Status(Status),
    Progress(Option<ProgressScore>),
    Involvement(InvolvementLevel),
    InvolvementNotes(String),
    AddMember(TeamMember),
    MemberName {
        id: String,
        name: String,
    },
    MemberRole {
        id: String,
        role: String,
    },
    /// Marks a team member as a service user or carer (with these
    /// details), or as staff (`None`).
    MemberExpert {
        id: String,
        expert: Option<ExpertDetails>,
    },
    RemoveMember {
        id: String,
    },
    /// Adds a new Expert by Experience to the team, from the involvement
    /// record (its problems are reported there).
    AddExpert(TeamMember),
    /// Changes a person: `before` is how the form showed them, `after` how
    /// it was saved. Only the fields that differ are set, on the person as
    /// they are now, so changes made meanwhile are kept.
    ChangeExpert {
        before: TeamMember,
        after: TeamMember,
    },
    /// Removes a person from the team, from the involvement record.
    RemoveExpert {
        id: String,
    },
    /// Adds a new activity to the log.
    AddActivity(Activity),
    /// Changes a logged activity, field by field like `ChangeExpert`.
    ChangeActivity {
        before: Activity,
        after: Activity,
    },
    RemoveActivity {
        id: String,
    },
    /// Puts back a removed team member at position `at` (or last, if the
    /// list is shorter now), with the same checks as adding them.
    RestoreMember {
        member: TeamMember,
        at: usize,
    },
    /// Puts back a person removed on the involvement record, as
    /// `RestoreMember`.
    RestoreExpert {
        expert: TeamMember,
        at: usize,
    },
    /// Puts back a removed activity, as `RestoreMember`.
    RestoreActivity {
        activity: Activity,
        at: usize,
    },
    Archived(bool),
}

impl Edit {
    /// The field this edit changes, whose error it clears when it succeeds.
    pub fn field(&self) -> Field {
        match self {
            Edit::Title(_) => Field::Title,
            Edit::Aim(_) => Field::Aim,
            Edit::About(_) => Field::About,
            Edit::Lead(_) => Field::Lead,
            Edit::Service(_) => Field::Service,
            Edit::StartDate(_) => Field::StartDate,
            Edit::EndDate(_) => Field::EndDate,
            Edit::InvolvementNotes(_) => Field::InvolvementNotes,
            Edit::MemberName { id, .. } => Field::MemberName(id.clone()),
            Edit::MemberRole { id, .. } => Field::MemberRole(id.clone()),
            Edit::Status(_)
            | Edit::Progress(_)
            | Edit::Involvement(_)
            | Edit::AddMember(_)
            | Edit::MemberExpert { .. }
            | Edit::RemoveMember { .. }
            | Edit::RestoreMember { .. }
            | Edit::Archived(_) => Field::Team,
            Edit::AddExpert(_)
            | Edit::ChangeExpert { .. }
            | Edit::RemoveExpert { .. }
            | Edit::RestoreExpert { .. } => Field::Experts,
            Edit::AddActivity(_)
            | Edit::ChangeActivity { .. }
            | Edit::RemoveActivity { .. }
            | Edit::RestoreActivity { .. } => Field::Activities,
        }
    }
}

impl Project {
    /// Applies `edit` if it is valid, stamping the update time; otherwise
    /// leaves the project as it was and says what is wrong.
    ///
    /// `today` dates a change of progress score or of involvement level
    /// (which is added to the level history).
    pub fn apply(&mut self, edit: Edit, now_ms: i64, today: Date) -> Result<(), FieldError> {
        match edit {
            Edit::Title(text) => {
                check_title(&text)?;
                self.title = text;
            }
            Edit::Aim(text) => self.aim = checked(Field::Aim, "Aim", text, limits::LONG_TEXT)?,
            Edit::About(text) => {
                self.about = checked(
                    Field::About,
                    "What the project is about",
                    text,
                    limits::LONG_TEXT,
                )?
            }
            Edit::Lead(text) => {
                self.lead = checked(Field::Lead, "Project lead", text, limits::SHORT_TEXT)?
            }
            Edit::Service(text) => {
                self.service = checked(
                    Field::Service,
                    "Service or location",
                    text,
                    limits::SHORT_TEXT,
                )?
            }
            Edit::StartDate(text) => {
                let start = parse_date(Field::StartDate, "Start date", &text)?;
                check_dates(start, self.end_date, Field::StartDate)?;
                self.start_date = start;
            }
            Edit::EndDate(text) => {
                let end = parse_date(Field::EndDate, "End date", &text)?;
                check_dates(self.start_date, end, Field::EndDate)?;
                self.end_date = end;
            }
            Edit::Status(status) => self.status = status,
            Edit::Progress(score) => {
                if score != self.progress {
                    self.progress = score;
                    self.progress_changed = score.map(|_| today);
                }
            }
            Edit::Involvement(level) => {
                if level != self.involvement {
                    self.involvement = level;
                    level_history::record(&mut self.level_history, today, level);
                }
            }
            Edit::InvolvementNotes(text) => {
                self.involvement_notes = checked(
                    Field::InvolvementNotes,
                    "Involvement notes",
                    text,
                    limits::LONG_TEXT,
                )?
            }
            Edit::AddMember(member) => self.add_member(member, None, Field::Team)?,
            Edit::RestoreMember { member, at } => self.add_member(member, Some(at), Field::Team)?,
            Edit::MemberName { id, name } => {
                check_member_name(&id, &name)?;
                self.member(&id)?.name = name;
            }
            Edit::MemberRole { id, role } => {
                check_length(
                    Field::MemberRole(id.clone()),
                    "Role",
                    &role,
                    limits::SHORT_TEXT,
                )?;
                let member = self.member(&id)?;
                // A role that names a kind ("Carer") is the best word on it.
                if let (Some(details), Some(kind)) =
                    (member.expert.as_mut(), ExpertRole::named_in(&role))
                {
                    details.kind = kind;
                }
                member.role = role;
            }
            Edit::MemberExpert { id, expert } => self.member(&id)?.expert = expert,
            Edit::RemoveMember { id } | Edit::RemoveExpert { id } => {
                self.team.retain(|m| m.id != id)
            }
            Edit::AddExpert(member) => self.add_member(member, None, Field::Experts)?,
            Edit::RestoreExpert { expert, at } => {
                self.add_member(expert, Some(at), Field::Experts)?
            }
            Edit::ChangeExpert { before, after } => self
                .team
                .iter_mut()
                .find(|m| m.id == before.id)
                .ok_or_else(|| FieldError::new(Field::Experts, PERSON_REMOVED))?
                .patch(&before, after),
            Edit::AddActivity(activity) => add(&mut self.activities, activity, None)?,
            Edit::RestoreActivity { activity, at } => {
                add(&mut self.activities, activity, Some(at))?
            }
            Edit::ChangeActivity { before, after } => self
                .activities
                .iter_mut()
                .find(|a| a.id == before.id)
                .ok_or_else(|| FieldError::new(Field::Activities, ACTIVITY_REMOVED))?
                .patch(&before, after),
            Edit::RemoveActivity { id } => self.activities.retain(|a| a.id != id),
            Edit::Archived(archived) => self.archived = archived,
        }
        self.updated_ms = now_ms;
        Ok(())
    }

    /// Adds a checked team member, last or at `at` (an Undo). Problems
    /// with the list are reported on `list` (the General tab's team, or
    /// the involvement record's people).
    fn add_member(
        &mut self,
        member: TeamMember,
        at: Option<usize>,
        list: Field,
    ) -> Result<(), FieldError> {
        check_member_name(&member.id, &member.name)?;
        check_length(
            Field::MemberRole(member.id.clone()),
            "Role",
            &member.role,
            limits::SHORT_TEXT,
        )?;
        if let Some(details) = &member.expert {
            check_length(Field::ExpertNotes, "Notes", &details.notes, limits::NOTES)?;
        }
        if self.team.iter().any(|m| m.id == member.id) {
            // An old one: a form sent twice, or a person already put back.
            let message = match at {
                Some(_) => ALREADY_BACK,
                None => ALREADY_ADDED,
            };
            return Err(FieldError::new(list, message));
        }
        if self.team.len() >= limits::TEAM_SIZE {
            return Err(FieldError::new(
                list,
                format!("A team can have up to {} members", limits::TEAM_SIZE),
            ));
        }
        insert(&mut self.team, member, at);
        Ok(())
    }

    fn member(&mut self, id: &str) -> Result<&mut TeamMember, FieldError> {
        self.team
            .iter_mut()
            .find(|m| m.id == id)
            .ok_or_else(|| FieldError::new(Field::Team, "That team member has been removed"))
    }

    /// A new project with a valid title, ready to fill in.
    pub fn create(id: String, title: String, now_ms: i64) -> Result<Project, FieldError> {
        check_title(&title)?;
        Ok(Project {
            id,
            title,
            created_ms: now_ms,
            updated_ms: now_ms,
            ..Project::default()
        })
    }
}

/// A list item that [`add`] can place: its id, and the list's limits.
trait Listed {
    const FIELD: Field;
    /// The list's name in "A project can record up to N …".
    const WHAT: &'static str;
    const MAX: usize;
    fn id(&self) -> &str;
}

impl Listed for Activity {
    const FIELD: Field = Field::Activities;
    const WHAT: &'static str = "activities";
    const MAX: usize = limits::ACTIVITIES;
    fn id(&self) -> &str {
        &self.id
    }
}

/// Adds the item if there is room: last, or at `at` when an Undo puts it
/// back. An item with the same id is an old one (a form sent twice, or an
/// item already put back): it is left as it is rather than written over.
fn add<T: Listed>(items: &mut Vec<T>, item: T, at: Option<usize>) -> Result<(), FieldError> {
    if items.iter().any(|existing| existing.id() == item.id()) {
        let message = match at {
            Some(_) => ALREADY_BACK.to_string(),
            None => ALREADY_ADDED.to_string(),
        };
        return Err(FieldError::new(T::FIELD, message));
    }
    if items.len() >= T::MAX {
        return Err(FieldError::new(
            T::FIELD,
            format!("A project can record up to {} {}", T::MAX, T::WHAT),
        ));
    }
    insert(items, item, at);
    Ok(())
}

/// Puts `item` at `at`, or last when `at` is past the end or not given.
fn insert<T>(items: &mut Vec<T>, item: T, at: Option<usize>) {
    match at {
        Some(at) if at < items.len() => items.insert(at, item),
        _ => items.push(item),
    }
}

fn checked(field: Field, name: &str, text: String, max: usize) -> Result<String, FieldError> {
    check_length(field, name, &text, max).map(|_| text)
}

#[cfg(test)]
#[path = "restore_tests.rs"]
mod restore_tests;

#[cfg(test)]
#[path = "project_edit_tests.rs"]
mod tests;
