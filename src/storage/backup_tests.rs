use super::*;
use crate::model::activity::{Activity, ActivityKind};
use crate::model::csv_export::projects_csv;
use crate::model::expert::{ExpertDetails, ExpertRole};
use crate::model::level_history::LevelChange;
use crate::model::{InvolvementLevel, Status, TeamMember};
use proptest::prelude::*;
use serde_json::Value;

/// 26 November 2026, 04:34:03 UTC.
const NOW: i64 = 1_795_667_643_000;

fn day(y: u16, m: u8, d: u8) -> Date {
    Date::new(y, m, d).expect("a real date")
}

fn project(id: &str, title: &str) -> Project {
    Project {
        id: id.into(),
        revision: 3,
        stamp: "s3".into(),
        title: title.into(),
        aim: "Fewer falls, \"at night\"\nand by day – £0".into(),
        lead: "Priya Shah".into(),
        team: vec![TeamMember {
            id: "t1".into(),
            name: "J. M.".into(),
            role: "Carer".into(),
            expert: Some(ExpertDetails {
                kind: ExpertRole::Carer,
                induction_given: Some(day(2026, 1, 19)),
                ..ExpertDetails::default()
            }),
        }],
        involvement: InvolvementLevel::Both,
        level_history: vec![
            LevelChange {
                date: day(2026, 1, 5),
                level: InvolvementLevel::LittleI,
            },
            LevelChange {
                date: day(2026, 3, 1),
                level: InvolvementLevel::Both,
            },
        ],
        activities: vec![Activity {
            id: "a1".into(),
            date: day(2026, 11, 26),
            kind: ActivityKind::FocusGroup,
            people: 6,
            hours_tenths: 15,
            said: "Call bells are out of reach".into(),
            changed: String::new(),
        }],
        created_ms: NOW - 86_400_000 * 300,
        updated_ms: NOW - 86_400_000,
        ..Project::default()
    }
}

fn settings() -> TrustSettings {
    TrustSettings {
        team_name: "Patient Involvement Team".into(),
        email: "pit@nhs.net".into(),
        ..TrustSettings::default()
    }
}

fn sample() -> Vec<Project> {
    let mut archived = project("p2", "Old audit");
    archived.archived = true;
    archived.status = Status::Closed;
    vec![project("p1", "Falls"), archived]
}

fn refusal(text: &str) -> String {
    match validate(text, &[]) {
        Ok(_) => panic!("{text:.200} should be refused"),
        Err(e) => e.to_string(),
    }
}

/// The sample's backup with one change made to its JSON.
fn edited(change: impl FnOnce(&mut Value)) -> String {
    let mut json: Value = serde_json::from_str(&export(&settings(), &sample(), NOW)).expect("JSON");
    change(&mut json);
    json.to_string()
}

#[test]
fn export_is_readable_json_with_everything_in_it() {
    let text = export(&settings(), &sample(), NOW);
    assert!(text.starts_with("{\n  \"app\": \"QI Involve\",\n  \"format\": 5,\n  \"exported_ms\": 1795667643000,\n  \"exported\": \"2026-11-26\",\n  \"settings\": {"), "{text:.300}");
    assert!(text.contains("\"archived\": true"));
    assert!(text.contains("\"level_history\""));
    assert_eq!(file_name(NOW), "qi-involve-backup-2026-11-26.json");
}

#[test]
fn round_trip_gives_the_same_projects_and_settings() {
    let plan = validate(&export(&settings(), &sample(), NOW), &[]).expect("a valid backup");
    let projects: Vec<Project> = plan.items.iter().map(|i| i.project.clone()).collect();
    assert_eq!(projects, sample());
    assert_eq!(plan.settings, settings());
    assert_eq!(plan.exported_ms, NOW);
    assert_eq!(plan.count(Class::New), 2);
    let writes = plan.writes(ImportMode::Replace, &TrustSettings::default());
    assert_eq!(writes.write, sample());
    assert_eq!(writes.settings, Some(settings()));
    // With a byte-order mark in front, as some editors save it.
    assert!(validate(
        &format!("\u{feff}{}", export(&settings(), &sample(), NOW)),
        &[]
    )
    .is_ok());
}

#[test]
fn refuses_what_is_not_a_backup_with_a_message_naming_the_problem() {
    assert_eq!(refusal(""), "The file is empty");
    assert_eq!(refusal(" \n\t"), "The file is empty");
    let csv = projects_csv(&sample());
    assert_eq!(
        refusal(&csv),
        "This file is not a QI Involve backup: it looks like a CSV file"
    );
    assert_eq!(
        refusal("<!DOCTYPE html><html><body>Hi</body></html>"),
        "This file is not a QI Involve backup: it looks like a web page (HTML)"
    );
    assert!(refusal("hello there")
        .starts_with("This file is not a QI Involve backup: it is not in the JSON form"));
    assert_eq!(
        refusal("{\"app\": \"QI Involve\",, }"),
        "This file is not a QI Involve backup: it is not in the JSON form a backup uses (line 1, column 22)"
    );
    let whole = export(&settings(), &sample(), NOW);
    assert_eq!(
        refusal(&whole[..whole.len() / 2]),
        "The file ends too early: it may have been cut short"
    );
    assert_eq!(
        refusal("[1, 2]"),
        "This file is not a QI Involve backup: it holds a list, not a backup's sections"
    );
    assert_eq!(
        refusal(r#"{"app": "Other app", "format": 1}"#),
        "This file is not a QI Involve backup: it does not say it was made by QI Involve"
    );
    assert_eq!(
        refusal(&edited(|j| j["format"] = 6.into())),
        "This backup was made by a newer version of QI Involve (format 6); update the app, then import it"
    );
    assert!(refusal(&edited(|j| j["format"] = "four".into())).contains("no format number"));
    assert!(refusal(&edited(|j| j["exported_ms"] = (-1).into())).contains("when it was made"));
    assert!(refusal(&edited(|j| j["projects"] = Value::Null)).contains("no list of projects"));
    assert!(refusal(&edited(|j| j["settings"] = Value::Null)).contains("no settings"));
}

#[test]
fn a_file_over_20_mb_is_refused_by_its_length_before_it_is_read() {
    // 50 MB of valid-looking JSON: refused without parsing it.
    let big = format!(
        "{{\"app\":\"QI Involve\",\"pad\":\"{}\"}}",
        "x".repeat(50 * 1024 * 1024)
    );
    assert_eq!(
        refusal(&big),
        "The file is 50.0 MB; a QI Involve backup can be up to 20 MB"
    );
    assert_eq!(check_size(MAX_BYTES), Ok(()));
    assert_eq!(
        check_size(MAX_BYTES + 1),
        Err(ImportError::TooLarge(MAX_BYTES + 1))
    );
}

/// A change to a backup's JSON.
type Change = Box<dyn FnOnce(&mut Value)>;

#[test]
fn wrong_types_and_absurd_values_are_refused_naming_the_project_and_field() {
    let cases: Vec<(Change, &str)> = vec![
        (Box::new(|j| j["projects"][0]["title"] = 5.into()), "Project 1 (no title): \u{201c}title\u{201d} is not in the expected form (invalid type: integer `5`, expected a string)"),
        (Box::new(|j| j["projects"][1]["aim"] = "x".repeat(4001).into()), "Project 2 (\u{2018}Old audit\u{2019}): Aim must be 4000 characters or fewer (it has 4001)"),
        (Box::new(|j| j["projects"][0]["activities"][0]["people"] = "many".into()), "Project 1 (\u{2018}Falls\u{2019}): \u{201c}activities\u{201d} is not in the expected form"),
        (Box::new(|j| j["projects"][0]["activities"][0]["people"] = 1_000_000_000.into()), "Project 1 (\u{2018}Falls\u{2019}): Activity 1: Number of people must be a whole number from 0 to 10000"),
        (Box::new(|j| j["projects"][0]["activities"][0]["date"] = "2026-12-30".into()), "Project 1 (\u{2018}Falls\u{2019}): Activity 1: Date must be today or in the past"),
        (Box::new(|j| j["projects"][0]["start_date"] = "2026-02-30".into()), "Project 1 (\u{2018}Falls\u{2019}): \u{201c}start_date\u{201d} is not in the expected form (not a date: \"2026-02-30\")"),
        (Box::new(|j| j["projects"][0]["created_ms"] = (-5).into()), "Project 1 (\u{2018}Falls\u{2019}): its creation time is not a real time"),
        (Box::new(|j| j["projects"][0]["revision"] = 1e30.into()), "Project 1 (\u{2018}Falls\u{2019}): \u{201c}revision\u{201d} is not in the expected form"),
        (Box::new(|j| j["projects"][0]["progress"] = "9.5".into()), "Project 1 (\u{2018}Falls\u{2019}): \u{201c}progress\u{201d} is not in the expected form"),
        (Box::new(|j| j["projects"][0]["status"] = "done".into()), "Project 1 (\u{2018}Falls\u{2019}): \u{201c}status\u{201d} is not in the expected form"),
        (Box::new(|j| j["projects"][0]["id"] = "../../x".into()), "Project 1 (\u{2018}Falls\u{2019}): its id must be"),
        (Box::new(|j| j["projects"][0] = "Falls".into()), "Project 1 (no title): it is not a project's details"),
        (Box::new(|j| j["projects"][1]["id"] = "p1".into()), "Projects 1 and 2 in the file share the id \u{201c}p1\u{201d}"),
        (Box::new(|j| {
            let first = j["projects"][0]["team"][0].clone();
            j["projects"][0]["team"].as_array_mut().expect("a list").push(first);
        }), "Project 1 (\u{2018}Falls\u{2019}): two team members share one id"),
        (Box::new(|j| j["projects"][0]["level_history"][1]["level"] = "big_i".into()), "Project 1 (\u{2018}Falls\u{2019}): its level history does not end with its current level"),
        (Box::new(|j| j["settings"]["email"] = "not an email".into()), "The settings in the file: Enter an email address in the right form, like name@nhs.net"),
        (Box::new(|j| j["settings"]["phone"] = Value::Bool(true)), "The settings in the file: \u{201c}phone\u{201d} is not in the expected form"),
    ];
    for (change, expected) in cases {
        let message = refusal(&edited(change));
        assert!(
            message.starts_with(expected),
            "{message:?}\nshould start {expected:?}"
        );
    }
}

#[test]
fn html_and_script_in_text_are_kept_as_plain_text() {
    let hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & <b>bold</b>";
    let mut projects = sample();
    projects[0].title = hostile.chars().take(150).collect();
    projects[0].involvement_notes = hostile.into();
    projects[0].activities[0].said = hostile.into();
    let s = TrustSettings {
        welcome_note: hostile.into(),
        ..settings()
    };
    let plan = validate(&export(&s, &projects, NOW), &[]).expect("valid, if odd, text");
    assert_eq!(plan.items[0].project, projects[0]);
    assert_eq!(plan.settings.welcome_note, hostile);
}

#[test]
fn an_older_format_is_migrated_like_a_stored_record() {
    let text = edited(|j| {
        j["format"] = 3.into();
        j["projects"][0]
            .as_object_mut()
            .expect("an object")
            .remove("level_history");
    });
    let plan = validate(&text, &[]).expect("a format 3 backup");
    let p = &plan.items[0].project;
    assert_eq!(
        p.level_history,
        [LevelChange {
            date: Date::from_unix_ms(p.updated_ms),
            level: InvolvementLevel::Both
        }]
    );
}

#[test]
fn a_format_4_backup_has_its_people_made_one_list() {
    let text = edited(|j| {
        j["format"] = 4.into();
        let p = &mut j["projects"][0];
        p["team"] = serde_json::json!([
            {"id": "t1", "name": "J. M.", "role": "Carer", "expert_by_experience": true},
            {"id": "t2", "name": "Priya Shah", "role": "Lead", "expert_by_experience": false}
        ]);
        p["experts"] = serde_json::json!([
            {"id": "e1", "name": " j. m.", "role": "carer", "joined": null,
             "induction_given": "2026-01-19", "guidance_given": false, "notes": ""},
            {"id": "e2", "name": "R. K.", "role": "service_user", "joined": null,
             "induction_given": null, "guidance_given": true, "notes": "Mornings"}
        ]);
    });
    let plan = validate(&text, &[]).expect("a format 4 backup");
    let p = &plan.items[0].project;
    assert_eq!(
        p.team[0],
        project("p1", "Falls").team[0],
        "J. M. has her details"
    );
    assert_eq!(p.team[1].expert, None);
    assert_eq!(
        (p.team[2].id.as_str(), p.team[2].role.as_str()),
        ("e2", "Service user")
    );
    assert_eq!(
        p.team[2]
            .expert
            .as_ref()
            .map(|e| (e.guidance_given, e.notes.as_str())),
        Some((true, "Mornings"))
    );
    // A format 4 backup keeps its level history as it is.
    assert_eq!(p.level_history, project("p1", "Falls").level_history);
}

// ---- Nothing a file holds can panic the import or slip past its checks ----

fn assert_sound(result: Result<ImportPlan, ImportError>) -> Result<(), TestCaseError> {
    match result {
        Err(e) => prop_assert!(!e.to_string().trim().is_empty()),
        Ok(plan) => {
            let latest = Date::from_unix_ms(plan.exported_ms).add_days(1);
            prop_assert!(plan.settings.validate().is_empty());
            for mode in [ImportMode::Merge, ImportMode::Replace] {
                for p in plan.writes(mode, &TrustSettings::default()).write {
                    prop_assert_eq!(problems(&p, latest), Vec::<String>::new());
                }
            }
        }
    }
    Ok(())
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,20}".prop_map(Value::String),
        prop_oneof![
            Just("2026-01-05"),
            Just("big_i"),
            Just("focus_group"),
            Just("2.5"),
            Just("")
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

const PROJECT_KEYS: [&str; 12] = [
    "id",
    "title",
    "aim",
    "revision",
    "status",
    "progress",
    "involvement",
    "level_history",
    "experts",
    "activities",
    "team",
    "created_ms",
];

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        assert_sound(validate(&String::from_utf8_lossy(&bytes), &sample()))?;
    }

    #[test]
    fn arbitrary_json_never_panics(json in any_json()) {
        assert_sound(validate(&json.to_string(), &sample()))?;
        // And the same inside a backup's frame, in place of the projects.
        let framed = edited(|j| j["projects"] = Value::Array(vec![json.clone()]));
        assert_sound(validate(&framed, &sample()))?;
    }

    #[test]
    fn any_value_in_any_field_is_checked(key in 0..PROJECT_KEYS.len(), value in any_json(), deep in any::<bool>()) {
        let key = PROJECT_KEYS[key];
        let text = edited(|j| {
            if deep {
                j["projects"][0]["activities"][0][key] = value;
            } else {
                j["projects"][0][key] = value;
            }
        });
        assert_sound(validate(&text, &sample()))?;
    }

    #[test]
    fn any_text_in_a_valid_file_round_trips_or_is_refused(title in "\\PC{0,160}", said in any::<String>()) {
        let mut projects = sample();
        projects[0].title = title;
        projects[0].activities[0].said = said;
        let result = validate(&export(&settings(), &projects, NOW), &[]);
        if let Ok(plan) = &result {
            prop_assert_eq!(&plan.items[0].project, &projects[0]);
        }
        assert_sound(result)?;
    }
}

// The import plan, and the kiosk's part of a backup, in files of their own.
#[path = "backup_plan_tests.rs"]
mod plan;

#[path = "backup_kiosk_tests.rs"]
mod kiosk_section;
