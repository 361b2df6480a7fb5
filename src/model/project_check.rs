//! Whether a whole project, from outside the forms (a backup file), is one
//! the app could have made: every rule the forms apply, plus the ones the
//! forms keep by construction (ids, list sizes, times, the level history).

#![warn(missing_docs)]

use super::activity::Activity;
use super::hours::hours_text;
use super::involvement_record::{ActivityDraft, ExpertDraft};
use super::validation::{check_length, validate};
use super::{level_history, limits, Date, Field, Project, TeamMember};

/// The longest id a project or a list item may have (the app makes ids
/// of up to 17 characters).
pub const MAX_ID: usize = 40;
/// The longest write stamp (the app makes them far shorter).
pub const MAX_STAMP: usize = 64;
/// The last millisecond of the year 9999, the last day a [`Date`] holds.
pub const MAX_MS: i64 = 253_402_300_799_999;
/// The highest revision: beyond it a number loses precision in JavaScript.
pub const MAX_REVISION: u64 = 1 << 53;

/// Every problem with `project`, in words, or none. `today` is the latest
/// day an activity may be dated, as the activity form refuses later ones.
pub fn problems(project: &Project, today: Date) -> Vec<String> {
    let mut out = Vec::new();
    if let Err(e) = check_project_id(&project.id) {
        out.push(e);
    }
    if project.revision > MAX_REVISION {
        out.push(format!(
            "its revision number is over {MAX_REVISION}, more than any save could reach"
        ));
    }
    if let Err(e) = check_length(Field::Team, "Its save stamp", &project.stamp, MAX_STAMP) {
        out.push(e.message);
    }
    for (name, ms) in [
        ("creation time", project.created_ms),
        ("last-updated time", project.updated_ms),
    ] {
        if !(0..=MAX_MS).contains(&ms) {
            out.push(format!("its {name} is not a real time"));
        }
    }
    out.extend(validate(project).into_iter().map(|e| e.message));
    check_team(&project.team, &mut out);
    check_activities(&project.activities, today, &mut out);
    if let Some(list) = project.list_with_repeated_id() {
        out.push(format!("two {list} share one id"));
    }
    if let Err(e) = level_history::check(&project.level_history, project.involvement) {
        out.push(e);
    }
    out
}

/// A project id names its storage key and appears in links: letters,
/// digits, `-` and `_` only, up to [`MAX_ID`].
pub fn check_project_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("it has no id".into());
    }
    if id.len() > MAX_ID
        || !id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b))
    {
        return Err(format!(
            "its id must be up to {MAX_ID} letters, digits, dashes or underscores"
        ));
    }
    Ok(())
}

/// A list item's id: present, short and with no hidden characters.
fn check_item_id(what: &str, n: usize, id: &str) -> Result<(), String> {
    let name = format!("{what} {} has an id that", n + 1);
    if id.is_empty() {
        return Err(format!("{what} {} has no id", n + 1));
    }
    check_length(Field::Team, &name, id, MAX_ID).map_err(|e| e.message)
}

/// Each member's id, and for a service user or carer the involvement
/// record form's own checks on what it would show for them. (Names, roles
/// and the team's size are checked by `validate`.)
fn check_team(team: &[TeamMember], out: &mut Vec<String>) {
    for (n, member) in team.iter().enumerate() {
        out.extend(check_item_id("Team member", n, &member.id).err());
        if member.expert.is_none() {
            continue;
        }
        if let Err(errors) = ExpertDraft::from_member(member).into_member(member.id.clone()) {
            out.extend(
                errors
                    .into_iter()
                    .filter(|e| e.field != Field::ExpertName)
                    .map(|e| format!("Team member {}: {}", n + 1, e.message)),
            );
        }
    }
}

fn check_activities(activities: &[Activity], today: Date, out: &mut Vec<String>) {
    if activities.len() > limits::ACTIVITIES {
        out.push(format!(
            "it has {} activities; a project can record up to {}",
            activities.len(),
            limits::ACTIVITIES
        ));
    }
    for (n, a) in activities.iter().enumerate() {
        out.extend(check_item_id("Activity", n, &a.id).err());
        let draft = ActivityDraft {
            date: a.date.iso(),
            kind: a.kind.code().into(),
            people: a.people.to_string(),
            hours: hours_text(a.hours_tenths),
            said: a.said.clone(),
            changed: a.changed.clone(),
        };
        if let Err(errors) = draft.into_activity(a.id.clone(), today) {
            out.extend(
                errors
                    .into_iter()
                    .map(|e| format!("Activity {}: {}", n + 1, e.message)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::activity::ActivityKind;
    use crate::model::level_history::LevelChange;
    use crate::model::InvolvementLevel;

    fn today() -> Date {
        Date::new(2026, 6, 15).expect("a real date")
    }

    fn good() -> Project {
        Project {
            id: "mh9q2b7c".into(),
            title: "Falls".into(),
            activities: vec![Activity {
                id: "a1".into(),
                date: today(),
                kind: ActivityKind::Survey,
                people: 3,
                hours_tenths: 15,
                said: String::new(),
                changed: String::new(),
            }],
            team: vec![TeamMember {
                id: "e1".into(),
                name: "J. M.".into(),
                role: "Carer".into(),
                expert: Some(Default::default()),
            }],
            ..Project::default()
        }
    }

    /// A change to a project.
    type Change = Box<dyn FnOnce(&mut Project)>;

    fn first_problem(change: impl FnOnce(&mut Project)) -> String {
        let mut p = good();
        change(&mut p);
        problems(&p, today()).into_iter().next().unwrap_or_default()
    }

    #[test]
    fn a_project_the_forms_could_make_has_no_problems() {
        assert_eq!(problems(&good(), today()), Vec::<String>::new());
    }

    #[test]
    fn each_rule_is_checked_with_a_message() {
        let cases: Vec<(Change, &str)> = vec![
            (Box::new(|p| p.id.clear()), "it has no id"),
            (Box::new(|p| p.id = "a/b".into()), "its id must be"),
            (Box::new(|p| p.revision = u64::MAX), "its revision number"),
            (Box::new(|p| p.created_ms = -1), "its creation time"),
            (
                Box::new(|p| p.updated_ms = i64::MAX),
                "its last-updated time",
            ),
            (
                Box::new(|p| p.aim = "x".repeat(4001)),
                "Aim must be 4000 characters or fewer",
            ),
            (Box::new(|p| p.title = " ".into()), "Enter a project title"),
            (
                Box::new(|p| p.team[0].name.clear()),
                "Enter a name or initials for this team member",
            ),
            (
                Box::new(|p| p.team[0].id.clear()),
                "Team member 1 has no id",
            ),
            (
                Box::new(|p| {
                    if let Some(e) = p.team[0].expert.as_mut() {
                        e.notes = "x".repeat(1001);
                    }
                }),
                "Team member 1: Notes must be 1000 characters or fewer",
            ),
            (
                Box::new(|p| p.team = vec![p.team[0].clone(); 2]),
                "two team members share one id",
            ),
            (
                Box::new(|p| p.activities[0].people = 10_001),
                "Activity 1: Number of people",
            ),
            (
                Box::new(|p| p.activities[0].hours_tenths = 100_001),
                "Activity 1: Hours must be",
            ),
            (
                Box::new(|p| p.activities[0].date = today().add_days(1)),
                "Activity 1: Date must be today or in the past",
            ),
            (
                Box::new(|p| p.activities[0].said = "\u{0}".into()),
                "Activity 1: What people said has a hidden character",
            ),
            (
                Box::new(|p| p.activities.push(p.activities[0].clone())),
                "two activities share one id",
            ),
            (
                Box::new(|p| {
                    p.activities = vec![p.activities[0].clone(); 521]
                        .into_iter()
                        .enumerate()
                        .map(|(i, a)| Activity {
                            id: i.to_string(),
                            ..a
                        })
                        .collect()
                }),
                "it has 521 activities",
            ),
            (
                Box::new(|p| {
                    p.level_history = vec![LevelChange {
                        date: today(),
                        level: InvolvementLevel::BigI,
                    }]
                }),
                "its level history does not end with its current level",
            ),
        ];
        for (change, expected) in cases {
            let problem = first_problem(change);
            assert!(
                problem.starts_with(expected),
                "{problem:?} should start {expected:?}"
            );
        }
    }
}
