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
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse_iso("2026-11-26").unwrap()
    }

    fn project() -> Project {
        Project::create("p1".into(), "Falls".into(), 1).unwrap()
    }

    #[test]
    fn create_needs_a_title() {
        assert_eq!(
            Project::create("p".into(), " ".into(), 1)
                .unwrap_err()
                .field,
            Field::Title
        );
        let p = project();
        assert_eq!((p.created_ms, p.updated_ms), (1, 1));
        assert_eq!(p.involvement, InvolvementLevel::NotRecorded);
    }

    #[test]
    fn invalid_edits_change_nothing() {
        let mut p = project();
        let before = p.clone();
        assert!(p.apply(Edit::Title(String::new()), 5, today()).is_err());
        p.apply(Edit::StartDate("2026-06-01".into()), 5, today())
            .unwrap();
        let before_end = p.clone();
        let err = p
            .apply(Edit::EndDate("2026-05-01".into()), 6, today())
            .unwrap_err();
        assert_eq!(err.field, Field::EndDate);
        assert_eq!(p, before_end);
        assert_ne!(p, before);
        assert!(p
            .apply(Edit::Aim("a".repeat(limits::LONG_TEXT + 1)), 7, today())
            .is_err());
        assert_eq!(p, before_end);
    }

    #[test]
    fn progress_change_is_dated_only_when_it_changes() {
        let mut p = project();
        let score = ProgressScore::parse("2.5");
        p.apply(Edit::Progress(score), 2, today()).unwrap();
        assert_eq!(p.progress_changed, Some(today()));
        let later = Date::parse_iso("2026-12-25").unwrap();
        p.apply(Edit::Progress(score), 3, later).unwrap();
        assert_eq!(
            p.progress_changed,
            Some(today()),
            "same score keeps its date"
        );
        p.apply(Edit::Progress(None), 4, later).unwrap();
        assert_eq!(p.progress_changed, None);
    }

    #[test]
    fn a_change_of_level_is_added_to_the_history() {
        use crate::model::level_history::LevelChange;
        let mut p = project();
        let later = Date::parse_iso("2026-12-31").unwrap();
        p.apply(Edit::Involvement(InvolvementLevel::LittleI), 2, today())
            .unwrap();
        // Choosing the level it already has is no change.
        p.apply(Edit::Involvement(InvolvementLevel::LittleI), 3, later)
            .unwrap();
        p.apply(Edit::Involvement(InvolvementLevel::Both), 4, later)
            .unwrap();
        assert_eq!(
            p.level_history,
            [
                LevelChange {
                    date: today(),
                    level: InvolvementLevel::LittleI
                },
                LevelChange {
                    date: later,
                    level: InvolvementLevel::Both
                }
            ]
        );
    }

    #[test]
    fn team_members() {
        let mut p = project();
        let member = |id: &str, name: &str| TeamMember {
            id: id.into(),
            name: name.into(),
            ..TeamMember::default()
        };
        assert!(p
            .apply(Edit::AddMember(member("m0", " ")), 2, today())
            .is_err());
        p.apply(Edit::AddMember(member("m1", "J. S.")), 2, today())
            .unwrap();
        p.apply(
            Edit::MemberExpert {
                id: "m1".into(),
                expert: Some(ExpertDetails::default()),
            },
            2,
            today(),
        )
        .unwrap();
        assert_eq!(p.experts_on_team(), 1);
        // A role that names a kind sets it; one that names none leaves it.
        let role = |p: &mut Project, role: &str| {
            p.apply(
                Edit::MemberRole {
                    id: "m1".into(),
                    role: role.into(),
                },
                2,
                today(),
            )
            .unwrap();
            p.team[0].expert.as_ref().map(|e| e.kind)
        };
        assert_eq!(role(&mut p, "Carer"), Some(ExpertRole::Carer));
        assert_eq!(role(&mut p, "Co-lead"), Some(ExpertRole::Carer));
        p.apply(
            Edit::MemberExpert {
                id: "m1".into(),
                expert: None,
            },
            2,
            today(),
        )
        .unwrap();
        assert_eq!(p.experts_on_team(), 0);
        assert_eq!(role(&mut p, "Carer"), None, "staff stay staff");
        assert!(p
            .apply(
                Edit::MemberName {
                    id: "m1".into(),
                    name: "".into()
                },
                2,
                today()
            )
            .is_err());
        assert!(p
            .apply(
                Edit::MemberRole {
                    id: "nobody".into(),
                    role: "x".into()
                },
                2,
                today()
            )
            .is_err());
        p.apply(Edit::RemoveMember { id: "m1".into() }, 2, today())
            .unwrap();
        assert!(p.team.is_empty());
        for i in 0..limits::TEAM_SIZE {
            p.apply(Edit::AddMember(member(&i.to_string(), "A")), 2, today())
                .unwrap();
        }
        let err = p
            .apply(Edit::AddMember(member("x", "B")), 2, today())
            .unwrap_err();
        assert_eq!(err.field, Field::Team);
    }

    fn person() -> TeamMember {
        TeamMember {
            id: "e1".into(),
            name: "R. K.".into(),
            role: "Service user".into(),
            expert: Some(ExpertDetails::default()),
        }
    }

    fn guidance(m: &TeamMember) -> bool {
        m.expert.as_ref().is_some_and(|e| e.guidance_given)
    }

    fn given(m: TeamMember) -> TeamMember {
        TeamMember {
            expert: Some(ExpertDetails {
                guidance_given: true,
                ..ExpertDetails::default()
            }),
            ..m
        }
    }

    #[test]
    fn a_person_added_on_the_involvement_record_is_on_the_team() {
        let mut p = project();
        p.apply(Edit::AddExpert(person()), 2, today()).unwrap();
        assert_eq!(p.team, [person()]);
        assert_eq!(p.experts_on_team(), 1);
        let err = p.apply(Edit::AddExpert(person()), 3, today()).unwrap_err();
        assert_eq!(
            (err.field, err.message.as_str()),
            (Field::Experts, ALREADY_ADDED)
        );
        p.apply(Edit::RemoveExpert { id: "e1".into() }, 4, today())
            .unwrap();
        assert!(p.team.is_empty());
    }

    #[test]
    fn a_form_changes_only_what_it_changed_on_the_person_as_they_are_now() {
        let mut p = project();
        p.apply(Edit::AddExpert(person()), 2, today()).unwrap();
        // The form opens on the person as they are.
        let before = person();
        // Meanwhile the row's button records the guidance document.
        p.apply(
            Edit::ChangeExpert {
                before: before.clone(),
                after: given(before.clone()),
            },
            3,
            today(),
        )
        .unwrap();
        // The form is saved with a new name and the old (unticked) box.
        let mut renamed = before.clone();
        renamed.name = "Rita K.".into();
        p.apply(
            Edit::ChangeExpert {
                before,
                after: renamed,
            },
            4,
            today(),
        )
        .unwrap();
        assert_eq!(p.team.len(), 1);
        assert_eq!(p.team[0].name, "Rita K.");
        assert!(guidance(&p.team[0]));
    }

    #[test]
    fn changes_to_someone_removed_are_refused_and_do_not_bring_them_back() {
        let mut p = project();
        p.apply(Edit::AddExpert(person()), 2, today()).unwrap();
        p.apply(Edit::RemoveExpert { id: "e1".into() }, 3, today())
            .unwrap();
        let before = p.clone();
        let mut renamed = person();
        renamed.name = "Rita K.".into();
        let err = p
            .apply(
                Edit::ChangeExpert {
                    before: person(),
                    after: renamed,
                },
                4,
                today(),
            )
            .unwrap_err();
        assert_eq!(err.message, PERSON_REMOVED);
        assert_eq!(err.field, Field::Experts);
        assert_eq!(p, before, "nothing changed, not even the update time");
    }

    #[test]
    fn activities_are_changed_field_by_field_and_not_brought_back() {
        use super::super::activity::ActivityKind;
        let logged = Activity {
            id: "a1".into(),
            date: Date::parse_iso("2026-11-20").unwrap(),
            kind: ActivityKind::Survey,
            people: 3,
            hours_tenths: 10,
            said: String::new(),
            changed: String::new(),
        };
        let mut p = project();
        p.apply(Edit::AddActivity(logged.clone()), 2, today())
            .unwrap();
        // Another tab adds what changed; this tab's form corrects the count.
        p.activities[0].changed = "New leaflet".into();
        let mut corrected = logged.clone();
        corrected.people = 4;
        p.apply(
            Edit::ChangeActivity {
                before: logged.clone(),
                after: corrected.clone(),
            },
            3,
            today(),
        )
        .unwrap();
        assert_eq!(p.activities[0].people, 4);
        assert_eq!(p.activities[0].changed, "New leaflet");

        p.apply(Edit::RemoveActivity { id: "a1".into() }, 4, today())
            .unwrap();
        let err = p
            .apply(
                Edit::ChangeActivity {
                    before: logged,
                    after: corrected,
                },
                5,
                today(),
            )
            .unwrap_err();
        assert_eq!(err.message, ACTIVITY_REMOVED);
        assert!(p.activities.is_empty());
    }

    #[test]
    fn adding_the_same_item_twice_does_not_write_over_it() {
        let mut p = project();
        p.apply(Edit::AddExpert(person()), 2, today()).unwrap();
        p.apply(
            Edit::ChangeExpert {
                before: person(),
                after: given(person()),
            },
            3,
            today(),
        )
        .unwrap();
        assert!(p.apply(Edit::AddExpert(person()), 4, today()).is_err());
        assert!(guidance(&p.team[0]));
        assert_eq!(p.team.len(), 1);
    }
}
