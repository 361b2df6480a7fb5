//! The level of involvement the record shows, with the reasons in words.
//!
//! The app only ever suggests: the person applies the suggestion (or not)
//! themselves, and the General tab says when the two differ.

use super::activity::{Activity, Level};
use super::lowercase::lowercase;
use super::{Date, InvolvementLevel, Project};

/// Activities older than this no longer count as current involvement.
pub const RECENT_DAYS: i64 = 183;

/// A suggested level and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub level: InvolvementLevel,
    pub reasons: Vec<String>,
}

/// What the roster and the log show about `project` as of `today`.
///
/// Big I needs a service user or carer on the project team (the guide
/// counts joining the team as Big I) or Big I activity in the last six
/// months (co-design, co-leading…); Little i needs recent Little i
/// activity (surveys, focus groups, feedback); both together suggest both;
/// neither suggests none yet.
pub fn suggest(project: &Project, today: Date) -> Suggestion {
    let recent: Vec<&Activity> = project
        .activities
        .iter()
        .filter(|a| {
            (0..=RECENT_DAYS).contains(&(today.days_since_epoch() - a.date.days_since_epoch()))
        })
        .collect();
    let big: Vec<&&Activity> = recent
        .iter()
        .filter(|a| a.kind.level() == Level::BigI)
        .collect();
    let little: Vec<&&Activity> = recent
        .iter()
        .filter(|a| a.kind.level() == Level::LittleI)
        .collect();
    let on_team: Vec<String> = project
        .experts()
        .map(|(m, e)| format!("{}, {},", m.name.trim(), e.kind.in_words()))
        .collect();

    let mut reasons = Vec::new();
    if !on_team.is_empty() {
        reasons.push(format!(
            "{} on the project team, which is Big I: service users and carers working as partners in the project.",
            people_on_team(&on_team)
        ));
    }
    if let Some(latest) = big.iter().max_by_key(|a| a.date) {
        reasons.push(format!(
            "{} in the last six months where service users or carers worked on the project, most recently \u{201c}{}\u{201d} on {}.",
            count(big.len(), "Big I activity", "Big I activities"),
            latest.kind.label(),
            latest.date.long()
        ));
    }
    if let Some(latest) = little.iter().max_by_key(|a| a.date) {
        reasons.push(format!(
            "{} in the last six months asking people for their views, most recently \u{201c}{}\u{201d} on {}.",
            count(little.len(), "Little i activity", "Little i activities"),
            latest.kind.label(),
            latest.date.long()
        ));
    }
    if !on_team.is_empty() && big.is_empty() {
        reasons.push(
            "No Big I activity logged in the last six months: log the meetings, workshops and tests they take part in."
                .to_string(),
        );
    }
    if recent.is_empty() {
        reasons.push(if project.activities.is_empty() {
            "No involvement activity has been logged yet.".to_string()
        } else {
            "No involvement activity has been logged in the last six months.".to_string()
        });
    }
    let level = match (!big.is_empty() || !on_team.is_empty(), !little.is_empty()) {
        (true, true) => InvolvementLevel::Both,
        (true, false) => InvolvementLevel::BigI,
        (false, true) => InvolvementLevel::LittleI,
        (false, false) => InvolvementLevel::NoneYet,
    };
    Suggestion { level, reasons }
}

/// "R. K., a carer, is" or "R. K., a carer, and J. M., a service user,
/// are": the people with their kind (up to three by name), and the verb.
fn people_on_team(people: &[String]) -> String {
    match people {
        [one] => format!("{one} is"),
        [first @ .., last] if people.len() <= 3 => {
            format!("{} and {last} are", first.join(" "))
        }
        _ => format!("{} service users and carers are", people.len()),
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Whether the recorded level disagrees with the suggestion. A level not
/// yet recorded always disagrees, so the notice prompts the team to set it.
pub fn disagrees(project: &Project, suggestion: &Suggestion) -> bool {
    project.involvement != suggestion.level
}

/// A first draft of the involvement notes from the roster and the log, for
/// the person to edit before saving: who is involved and the latest
/// "you said, we did".
pub fn draft_notes(project: &Project) -> String {
    let mut lines = Vec::new();
    let experts = project.experts_on_team();
    if experts > 0 {
        lines.push(format!(
            "{} on the project team.",
            count(
                experts,
                "Expert by Experience (service user or carer) is",
                "Experts by Experience (service users or carers) are"
            )
        ));
    }
    let mut activities: Vec<&Activity> = project.activities.iter().collect();
    crate::model::order::sort_by_key(&mut activities, |a| std::cmp::Reverse(a.date));
    for level in [Level::BigI, Level::LittleI] {
        let of_level: Vec<&&Activity> = activities
            .iter()
            .filter(|a| a.kind.level() == level)
            .collect();
        if of_level.is_empty() {
            continue;
        }
        let mut kinds: Vec<&str> = Vec::new();
        for a in &of_level {
            if !kinds.contains(&a.kind.label()) {
                kinds.push(a.kind.label());
            }
        }
        let name = if level == Level::BigI {
            "Big I"
        } else {
            "Little i"
        };
        lines.push(format!("{name}: {}.", lowercase(&kinds.join(", "))));
    }
    if let Some(latest) = activities.iter().find(|a| !a.changed.trim().is_empty()) {
        let said = latest.said.trim();
        if said.is_empty() {
            lines.push(format!("We changed: {}", latest.changed.trim()));
        } else {
            lines.push(format!(
                "You said: {said} We did: {}",
                latest.changed.trim()
            ));
        }
    }
    lines.join("\n")
}

#[cfg(test)]
#[path = "suggestion_tests.rs"]
mod tests;
