//! The two CSV files a person can open in a spreadsheet: one row per
//! project, and one row per logged activity.
//!
//! Written by hand rather than with the `csv` crate, which cost about
//! 19 KB of the compressed first load for a few lines of quoting: a cell
//! holding a comma, a quote or a line break is quoted, its quotes doubled
//! (RFC 4180). The tests read every file back with the `csv` crate. Each file starts with a UTF-8 byte-order mark so
//! that Excel reads accents and `£` correctly, and ends rows with CRLF as
//! RFC 4180 asks. A cell a spreadsheet could run as a formula is
//! neutralised (see [`neutralise`]).

#![warn(missing_docs)]

use super::activity::{Activity, Level};
use super::hours::hours_text;
use super::{Date, Project};

/// The UTF-8 byte-order mark each file starts with.
pub const BOM: &str = "\u{feff}";

/// The column headings of the projects file, in order.
pub const PROJECT_COLUMNS: [&str; 23] = [
    "Project ID",
    "Project title",
    "Aim",
    "What the project is about",
    "Project lead",
    "Team",
    "Service or location",
    "Start date",
    "End date",
    "Status",
    "Progress score",
    "Progress score last changed",
    "Service user involvement",
    "Involvement notes",
    "Experts by Experience",
    "Little i activities",
    "Little i hours",
    "Big I activities",
    "Big I hours",
    "Archived",
    "Created",
    "Last updated",
    "Level history",
];

/// The column headings of the activities file, in order.
pub const ACTIVITY_COLUMNS: [&str; 9] = [
    "Project ID",
    "Project title",
    "Date",
    "Kind of activity",
    "Level",
    "People",
    "Hours",
    "What people said",
    "What changed",
];

/// A cell as it is written: text starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return gets a `'` in front, so that a spreadsheet shows
/// it as text rather than running it as a formula.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// One row per project (archived ones too, marked), in the order given.
pub fn projects_csv(projects: &[Project]) -> String {
    write(
        &PROJECT_COLUMNS,
        projects.iter().map(|p| project_row(p).to_vec()),
    )
}

/// One row per logged activity, project by project, each project's in
/// date order.
pub fn activities_csv(projects: &[Project]) -> String {
    let rows = projects.iter().flat_map(|p| {
        let mut log: Vec<&Activity> = p.activities.iter().collect();
        crate::model::order::sort_by_key(&mut log, |a| a.date);
        log.into_iter().map(move |a| activity_row(p, a).to_vec())
    });
    write(&ACTIVITY_COLUMNS, rows)
}

fn project_row(p: &Project) -> [String; 23] {
    let class = |level: Level| {
        let of_class = || p.activities.iter().filter(move |a| a.kind.level() == level);
        // At most 520 activities of 100,000 tenths each: well inside a u32.
        let tenths = of_class().fold(0u32, |sum, a| sum.saturating_add(a.hours_tenths));
        (of_class().count().to_string(), hours_text(tenths))
    };
    let (little_count, little_hours) = class(Level::LittleI);
    let (big_count, big_hours) = class(Level::BigI);
    let team = p.team_in_words();
    let history = p
        .level_history
        .iter()
        .map(|c| format!("{}: {}", c.date.iso(), c.level.label()))
        .collect::<Vec<_>>()
        .join("; ");
    [
        p.id.clone(),
        p.title.clone(),
        p.aim.clone(),
        p.about.clone(),
        p.lead.clone(),
        team,
        p.service.clone(),
        date(p.start_date),
        date(p.end_date),
        p.status.label().into(),
        p.progress.map(|s| s.text()).unwrap_or_default(),
        date(p.progress_changed),
        p.involvement.label().into(),
        p.involvement_notes.clone(),
        p.experts_on_team().to_string(),
        little_count,
        little_hours,
        big_count,
        big_hours,
        if p.archived { "Yes" } else { "No" }.into(),
        Date::from_unix_ms(p.created_ms).iso(),
        Date::from_unix_ms(p.updated_ms).iso(),
        history,
    ]
}

fn activity_row(p: &Project, a: &Activity) -> [String; 9] {
    [
        p.id.clone(),
        p.title.clone(),
        a.date.iso(),
        a.kind.label().into(),
        match a.kind.level() {
            Level::LittleI => "Little i",
            Level::BigI => "Big I",
        }
        .into(),
        a.people.to_string(),
        hours_text(a.hours_tenths),
        a.said.clone(),
        a.changed.clone(),
    ]
}

fn date(d: Option<Date>) -> String {
    d.map(Date::iso).unwrap_or_default()
}

pub(crate) fn write(columns: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = String::from(BOM);
    push_row(&mut out, columns.iter().copied());
    for row in rows {
        let cells: Vec<String> = row.iter().map(|cell| neutralise(cell)).collect();
        push_row(&mut out, cells.iter().map(String::as_str));
    }
    out
}

/// One CRLF-ended row; a cell is quoted only when it has to be.
fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
#[path = "csv_export_tests.rs"]
mod tests;
