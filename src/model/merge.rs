//! What happens when two tabs edit the same project.
//!
//! The rule: nothing is dropped silently. Each tab remembers the version it
//! started from (`base`). When another tab's save (`theirs`) arrives while
//! this tab has unsaved changes (`ours`), every field is merged on its own:
//! a field only one side changed takes that side's value; a field both
//! sides changed to different values keeps this tab's value (the person
//! here is still typing) and is reported as a conflict, with the other
//! tab's value, so the person can see it and take it instead.

use super::Project;

/// A field both tabs changed, and what the other tab had written.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub field: &'static str,
    pub theirs: String,
}

/// The merged project (at `theirs`' revision, so the next save goes past
/// it) and the fields that conflicted.
pub fn merge(base: &Project, ours: &Project, theirs: &Project) -> (Project, Vec<Conflict>) {
    let mut merged = theirs.clone();
    let mut conflicts = Vec::new();

    macro_rules! field {
        ($name:ident, $label:expr, $show:expr) => {
            if ours.$name != base.$name {
                if theirs.$name != base.$name && theirs.$name != ours.$name {
                    conflicts.push(Conflict {
                        field: $label,
                        theirs: $show(&theirs.$name),
                    });
                }
                merged.$name = ours.$name.clone();
            }
        };
    }
    let text = |s: &String| s.clone();
    field!(title, "Project title", text);
    field!(aim, "Aim", text);
    field!(about, "What the project is about", text);
    field!(lead, "Project lead", text);
    field!(service, "Service or location", text);
    field!(involvement_notes, "Involvement notes", text);
    field!(start_date, "Start date", |d: &Option<_>| show_date(*d));
    field!(end_date, "End date", |d: &Option<_>| show_date(*d));
    field!(status, "Status", |s: &super::Status| s.label().to_string());
    field!(progress, "Progress score", |s: &Option<
        super::ProgressScore,
    >| {
        s.map(|s| s.text()).unwrap_or_else(|| "none".into())
    });
    field!(progress_changed, "Progress score date", |d: &Option<_>| {
        show_date(*d)
    });
    field!(
        involvement,
        "Service user involvement",
        |l: &super::InvolvementLevel| l.label().to_string()
    );
    field!(experts, "Experts by Experience", |list: &Vec<
        super::expert::Expert,
    >| list
        .iter()
        .map(|e| e.name.as_str())
        .collect::<Vec<_>>()
        .join(", "));
    field!(activities, "Involvement activities", |list: &Vec<
        super::activity::Activity,
    >| format!(
        "{} activities",
        list.len()
    ));
    field!(archived, "Archived", |a: &bool| if *a {
        "archived"
    } else {
        "not archived"
    }
    .to_string());
    field!(team, "Team members", |t: &Vec<super::TeamMember>| t
        .iter()
        .map(|m| m.name.as_str())
        .collect::<Vec<_>>()
        .join(", "));
    merged.updated_ms = ours.updated_ms.max(theirs.updated_ms);
    (merged, conflicts)
}

fn show_date(date: Option<super::Date>) -> String {
    date.map(|d| d.long()).unwrap_or_else(|| "none".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InvolvementLevel, Status};

    fn base() -> Project {
        Project {
            id: "p".into(),
            revision: 3,
            title: "Falls".into(),
            aim: "Fewer falls".into(),
            ..Project::default()
        }
    }

    #[test]
    fn different_fields_both_survive() {
        let mut ours = base();
        ours.aim = "Halve falls by June".into();
        let mut theirs = base();
        theirs.revision = 4;
        theirs.involvement = InvolvementLevel::BigI;
        let (merged, conflicts) = merge(&base(), &ours, &theirs);
        assert!(conflicts.is_empty());
        assert_eq!(merged.aim, "Halve falls by June");
        assert_eq!(merged.involvement, InvolvementLevel::BigI);
        assert_eq!(merged.revision, 4);
    }

    #[test]
    fn same_field_keeps_ours_and_reports_theirs() {
        let mut ours = base();
        ours.aim = "Ours".into();
        ours.status = Status::OnHold;
        let mut theirs = base();
        theirs.aim = "Theirs".into();
        theirs.status = Status::OnHold;
        let (merged, conflicts) = merge(&base(), &ours, &theirs);
        assert_eq!(merged.aim, "Ours");
        assert_eq!(
            conflicts,
            vec![Conflict {
                field: "Aim",
                theirs: "Theirs".into()
            }],
            "an identical change on both sides is no conflict"
        );
    }

    #[test]
    fn nothing_changed_here_takes_theirs_whole() {
        let mut theirs = base();
        theirs.title = "New".into();
        theirs.archived = true;
        let (merged, conflicts) = merge(&base(), &base(), &theirs);
        assert_eq!(merged, theirs);
        assert!(conflicts.is_empty());
    }
}
