use super::*;
use crate::model::activity::ActivityKind;
use crate::model::level_history::LevelChange;
use crate::model::{InvolvementLevel, ProgressScore, Status, TeamMember};
use proptest::prelude::*;

fn activity(id: &str, d: u8, kind: ActivityKind, hours_tenths: u32, said: &str) -> Activity {
    Activity {
        id: id.into(),
        date: Date::new(2026, 3, d).expect("a real date"),
        kind,
        people: 4,
        hours_tenths,
        said: said.into(),
        changed: "=HYPERLINK(\"http://example.com\")".into(),
    }
}

fn sample() -> Project {
    Project {
        id: "p1".into(),
        title: "Falls, \"night\" shift".into(),
        aim: "Fewer falls\non Ward 7 – £0 cost".into(),
        lead: "+44 Priya".into(),
        team: vec![
            TeamMember {
                id: "t1".into(),
                name: "J. M.".into(),
                role: "Carer".into(),
                expert: Some(Default::default()),
            },
            TeamMember {
                id: "t2".into(),
                name: "Sam".into(),
                expert: Some(Default::default()),
                ..TeamMember::default()
            },
        ],
        service: "@Ward 7".into(),
        start_date: Date::new(2026, 1, 5),
        status: Status::OnHold,
        progress: ProgressScore::parse("2.5"),
        progress_changed: Date::new(2026, 2, 1),
        involvement: InvolvementLevel::Both,
        involvement_notes: "-two carers".into(),
        level_history: vec![LevelChange {
            date: Date::new(2026, 2, 1).expect("a real date"),
            level: InvolvementLevel::Both,
        }],
        activities: vec![
            activity("a2", 20, ActivityKind::CoLeading, 25, "\tTabbed"),
            activity(
                "a1",
                10,
                ActivityKind::Survey,
                15,
                "\r\nStarts with a return",
            ),
            activity("a3", 11, ActivityKind::FocusGroup, 10, "plain"),
        ],
        archived: true,
        created_ms: 1_795_660_000_000,
        updated_ms: 1_795_667_643_000,
        ..Project::default()
    }
}

/// Reads a file back as a spreadsheet would: header, then rows of cells.
fn read(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a row").iter().map(String::from).collect())
        .collect();
    (header, rows)
}

#[test]
fn formulas_are_neutralised_and_nothing_else_is() {
    for risky in ["=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx"] {
        assert_eq!(neutralise(risky), format!("'{risky}"));
    }
    for safe in ["", "Falls", " =1", "2026-03-01", "'quoted", "£5"] {
        assert_eq!(neutralise(safe), safe);
    }
}

#[test]
fn one_row_per_project() {
    let text = projects_csv(&[sample()]);
    assert!(
        text.starts_with("\u{feff}Project ID,Project title,"),
        "{text}"
    );
    assert!(text.contains("\r\n"));
    let (header, rows) = read(&text);
    assert_eq!(header, PROJECT_COLUMNS);
    assert_eq!(rows.len(), 1);
    let cell = |name: &str| {
        let at = PROJECT_COLUMNS
            .iter()
            .position(|c| *c == name)
            .expect("a column");
        rows[0][at].clone()
    };
    assert_eq!(cell("Project title"), "Falls, \"night\" shift");
    assert_eq!(cell("Aim"), "Fewer falls\non Ward 7 – £0 cost");
    assert_eq!(cell("Project lead"), "'+44 Priya");
    assert_eq!(cell("Team"), "J. M. (Carer); Sam");
    assert_eq!(cell("Service or location"), "'@Ward 7");
    assert_eq!(cell("Start date"), "2026-01-05");
    assert_eq!(cell("End date"), "");
    assert_eq!(cell("Status"), "On hold");
    assert_eq!(cell("Progress score"), "2.5");
    assert_eq!(cell("Service user involvement"), "Little i and Big I");
    assert_eq!(cell("Involvement notes"), "'-two carers");
    assert_eq!(cell("Experts by Experience"), "2");
    assert_eq!(cell("Little i activities"), "2");
    assert_eq!(cell("Little i hours"), "2.5");
    assert_eq!(cell("Big I activities"), "1");
    assert_eq!(cell("Big I hours"), "2.5");
    assert_eq!(cell("Archived"), "Yes");
    assert_eq!(cell("Created"), "2026-11-26");
    assert_eq!(cell("Level history"), "2026-02-01: Little i and Big I");
}

#[test]
fn one_row_per_activity_in_date_order() {
    let mut other = sample();
    other.id = "p2".into();
    other.title = "Other".into();
    other.activities.truncate(1);
    let text = activities_csv(&[sample(), other]);
    assert!(text.starts_with('\u{feff}'));
    let (header, rows) = read(&text);
    assert_eq!(header, ACTIVITY_COLUMNS);
    let dates: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[2].as_str()))
        .collect();
    assert_eq!(
        dates,
        [
            ("p1", "2026-03-10"),
            ("p1", "2026-03-11"),
            ("p1", "2026-03-20"),
            ("p2", "2026-03-20")
        ]
    );
    assert_eq!(
        rows[0],
        [
            "p1",
            "Falls, \"night\" shift",
            "2026-03-10",
            "Survey",
            "Little i",
            "4",
            "1.5",
            "'\r\nStarts with a return",
            "'=HYPERLINK(\"http://example.com\")"
        ]
    );
    assert_eq!(rows[2][4], "Big I");
    assert_eq!(rows[2][7], "'\tTabbed");
    assert_eq!(activities_csv(&[]), "\u{feff}Project ID,Project title,Date,Kind of activity,Level,People,Hours,What people said,What changed\r\n");
}

proptest! {
    #[test]
    fn any_text_reads_back_as_written(
        title in "\\PC{1,60}",
        aim in "(.|\n|\r|\"|,|=|\t){0,80}",
        said in any::<String>(),
    ) {
        let mut p = sample();
        p.title = title;
        p.aim = aim;
        p.activities[0].said = said;
        let (_, rows) = read(&projects_csv(std::slice::from_ref(&p)));
        prop_assert_eq!(&rows[0][1], &neutralise(&p.title));
        prop_assert_eq!(&rows[0][2], &neutralise(&p.aim));
        let (_, rows) = read(&activities_csv(std::slice::from_ref(&p)));
        let said_row = rows.iter().find(|r| r[3] == "Co-leading the project").expect("the row");
        prop_assert_eq!(&said_row[7], &neutralise(&p.activities[0].said));
    }
}
