//! What happens when two tabs edit the same project.
//!
//! The rule: nothing is dropped silently. Each tab remembers the version it
//! started from (`base`). When another tab's save (`theirs`) arrives while
//! this tab has unsaved changes (`ours`), every field is merged on its own:
//! a field only one side changed takes that side's value; a field both
//! sides changed to different values keeps this tab's value (the person
//! here is still typing) and is reported as a conflict, with the other
//! tab's value, so the person can see it and take it instead.
//!
//! The lists (team, with its Experts by Experience, and activities) are
//! merged item by
//! item, keyed by id (see `merge_items.rs`), so an item added in one tab
//! survives a save from the other.

#[path = "merge_items.rs"]
mod items;

use super::{Date, Project};
use items::merge_list;

/// Something both tabs changed, and what the person needs to know about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The field's label ("Aim"), or for a list item the kind of item
    /// ("Involvement activity").
    pub field: &'static str,
    /// What the other tab had, in words: a field's value, or a list item
    /// whole. Empty when the other tab removed the item.
    pub theirs: String,
    pub kind: ConflictKind,
}

/// How the conflict was settled.
#[derive(Clone, Debug, PartialEq)]
pub enum ConflictKind {
    /// Both tabs changed it to different values: this tab's was kept.
    BothChanged,
    /// The other tab removed the item while this tab changed it, so it was
    /// kept as it is here (`kept`, in words).
    RemovedThere { kept: String },
    /// This tab removed the item while the other tab changed it, so it is
    /// back, as the other tab has it (in `theirs`).
    RemovedHere,
}

impl Conflict {
    /// One line for the person, saying what was kept and what the other
    /// tab had.
    pub fn text(&self) -> String {
        let field = self.field;
        match &self.kind {
            ConflictKind::BothChanged => {
                format!("{field} (the other tab had: \u{201c}{}\u{201d})", self.theirs)
            }
            ConflictKind::RemovedThere { kept } => format!(
                "{field} removed in the other tab but changed here, so it has been kept: \u{201c}{kept}\u{201d}"
            ),
            ConflictKind::RemovedHere => format!(
                "{field} removed here but changed in the other tab, so it has been put back: \u{201c}{}\u{201d}",
                self.theirs
            ),
        }
    }
}

/// The merged project (at `theirs`' revision and stamp, so the next save
/// goes past it) and what conflicted.
///
/// Every field of [`Project`] is named here, with no `..`: a new field
/// does not compile until someone decides how it merges.
pub fn merge(base: &Project, ours: &Project, theirs: &Project) -> (Project, Vec<Conflict>) {
    let Project {
        id,
        revision,
        stamp,
        title,
        aim,
        about,
        lead,
        team,
        service,
        start_date,
        end_date,
        status,
        progress,
        progress_changed,
        involvement,
        involvement_notes,
        level_history,
        activities,
        archived,
        created_ms,
        updated_ms,
    } = theirs;
    let mut c = Vec::new();
    // Three-way merge of one field: (name, label, how to show a value).
    macro_rules! field {
        ($name:ident, $label:expr, $show:expr) => {
            scalar(&mut c, $label, &base.$name, &ours.$name, $name, $show)
        };
    }
    let text = |s: &String| s.clone();
    let merged = Project {
        // The same project on both sides; revision and stamp are set anew
        // by the repository on the next write.
        id: id.clone(),
        revision: *revision,
        stamp: stamp.clone(),
        title: field!(title, "Project title", text),
        aim: field!(aim, "Aim", text),
        about: field!(about, "What the project is about", text),
        lead: field!(lead, "Project lead", text),
        team: merge_list(&base.team, &ours.team, team, &mut c),
        service: field!(service, "Service or location", text),
        start_date: field!(start_date, "Start date", |d: &Option<Date>| show_date(*d)),
        end_date: field!(end_date, "End date", |d: &Option<Date>| show_date(*d)),
        status: field!(status, "Status", |s: &super::Status| s.label().to_string()),
        progress: field!(progress, "Progress score", |s: &Option<
            super::ProgressScore,
        >| {
            s.map(|s| s.text()).unwrap_or_else(|| "none".into())
        }),
        progress_changed: field!(progress_changed, "Progress score date", |d: &Option<
            Date,
        >| {
            show_date(*d)
        }),
        involvement: field!(
            involvement,
            "Service user involvement",
            |l: &super::InvolvementLevel| l.label().to_string()
        ),
        involvement_notes: field!(involvement_notes, "Involvement notes", text),
        // Filled in below, once the level itself is merged.
        level_history: Vec::new(),
        activities: merge_list(&base.activities, &ours.activities, activities, &mut c),
        archived: field!(archived, "Archived", |a: &bool| if *a {
            "archived"
        } else {
            "not archived"
        }
        .to_string()),
        // Bookkeeping, never edited: no conflict to report.
        created_ms: if ours.created_ms != base.created_ms {
            ours.created_ms
        } else {
            *created_ms
        },
        updated_ms: ours.updated_ms.max(*updated_ms),
    };
    // Every change either side noted, so no day of the trend is lost,
    // ending at whichever level the merge kept.
    let merged = Project {
        level_history: super::level_history::union(
            &ours.level_history,
            level_history,
            merged.involvement,
        ),
        ..merged
    };
    (merged, c)
}

/// One field: a side that changed it wins; if both changed it differently,
/// ours wins and theirs is reported.
fn scalar<T: Clone + PartialEq>(
    conflicts: &mut Vec<Conflict>,
    field: &'static str,
    base: &T,
    ours: &T,
    theirs: &T,
    show: impl Fn(&T) -> String,
) -> T {
    if ours == base {
        return theirs.clone();
    }
    if theirs != base && theirs != ours {
        conflicts.push(Conflict {
            field,
            theirs: show(theirs),
            kind: ConflictKind::BothChanged,
        });
    }
    ours.clone()
}

fn show_date(date: Option<Date>) -> String {
    date.map(|d| d.long()).unwrap_or_else(|| "none".into())
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
