//! The largest record the app's own forms can build must fit well inside
//! a browser's localStorage quota (see `model/limits.rs`).

use super::*;
use crate::model::activity::ActivityKind;
use crate::model::expert::ExpertRole;
use crate::model::involvement_record::{ActivityDraft, ExpertDraft, MAX_HOURS_TENTHS, MAX_PEOPLE};
use crate::model::level_history;
use crate::model::validation::validate;
use crate::model::{limits, Date, Edit, InvolvementLevel, ProgressScore, Status, TeamMember};

/// The bound: well under a typical 5 MB quota (about 5,000,000 UTF-16
/// characters), which every project on the device shares.
const BOUND: usize = 1_500_000;

/// As long as an id the app makes (`state::clock::new_id`: up to 9 base-36
/// digits of time and 8 random ones).
fn id(n: usize) -> String {
    format!("{n:0>17}")
}

fn longest<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> T {
    *all.iter()
        .max_by_key(|x| code(**x).len())
        .expect("a non-empty list")
}

/// Every field and list at its limit, every character `c`, built through
/// the same checks the forms use, so it is a record a person could make.
fn largest_record(c: char) -> Project {
    let text = |n: usize| c.to_string().repeat(n);
    let today = Date::new(2099, 12, 31).expect("a real date");
    let mut p = Project::create(id(0), text(limits::TITLE), i64::MIN).expect("title");
    p.revision = u64::MAX;
    // Longer than any stamp a write sets, to be safe.
    p.stamp = "s".repeat(40);
    let edits = [
        Edit::Aim(text(limits::LONG_TEXT)),
        Edit::About(text(limits::LONG_TEXT)),
        Edit::Lead(text(limits::SHORT_TEXT)),
        Edit::Service(text(limits::SHORT_TEXT)),
        Edit::InvolvementNotes(text(limits::LONG_TEXT)),
        Edit::StartDate("2026-01-01".into()),
        Edit::EndDate("2099-12-31".into()),
        Edit::Status(longest(&Status::ALL, Status::code)),
        Edit::Progress(ProgressScore::from_tenths(45)),
    ];
    // A full level history first: a change on each of the last days up to
    // today, each day ending at the level with the longest code.
    let longest_level = longest(&InvolvementLevel::ALL, InvolvementLevel::code);
    for n in 0..level_history::MAX_ENTRIES as i64 {
        let day = Date::from_unix_ms((today.days_since_epoch() - n) * 86_400_000);
        for level in [InvolvementLevel::NoneYet, longest_level] {
            p.apply(Edit::Involvement(level), i64::MIN, day)
                .expect("a valid edit");
        }
    }
    for edit in edits {
        p.apply(edit, i64::MIN, today).expect("a valid edit");
    }
    assert_eq!(p.level_history.len(), level_history::MAX_ENTRIES);
    // Everyone an Expert by Experience, with every detail at its longest,
    // and the longest role a person can type (the form sets the kind's).
    let kind = longest(&ExpertRole::ALL, ExpertRole::code);
    for n in 0..limits::TEAM_SIZE {
        let mut member = ExpertDraft {
            name: text(limits::SHORT_TEXT),
            role: kind.code().into(),
            joined: "2026-01-01".into(),
            induction_given: true,
            induction_date: "2026-01-02".into(),
            guidance_given: false,
            notes: text(limits::NOTES),
        }
        .into_member(id(n))
        .expect("a valid person");
        member.role = text(limits::SHORT_TEXT);
        p.apply(Edit::AddMember(member), i64::MIN, today)
            .expect("room on the team");
    }
    let kind = longest(&ActivityKind::ALL, ActivityKind::code);
    for n in 0..limits::ACTIVITIES {
        let activity = ActivityDraft {
            date: "2026-01-01".into(),
            kind: kind.code().into(),
            people: MAX_PEOPLE.to_string(),
            hours: (MAX_HOURS_TENTHS / 10).to_string(),
            said: text(limits::ACTIVITY_TEXT),
            changed: text(limits::ACTIVITY_TEXT),
        }
        .into_activity(id(n), today)
        .expect("a valid activity");
        p.apply(Edit::AddActivity(activity), i64::MIN, today)
            .expect("room for an activity");
    }
    assert_eq!(validate(&p), [], "the record is one the app accepts");
    p
}

#[test]
fn largest_valid_record_fits() {
    // The costliest characters to store: a quote and a backslash are
    // escaped to two in JSON; an emoji is two UTF-16 units. (Control
    // characters, six each, are refused by the forms.)
    let mut worst = 0;
    for c in ['"', '\\', '\u{1F600}'] {
        let project = largest_record(c);
        let stored = project_key(&project.id).encode_utf16().count()
            + encode(&project).encode_utf16().count();
        println!("largest valid record, every character {c:?}: {stored} UTF-16 characters");
        worst = worst.max(stored);
        assert_eq!(decode(&project.id, &encode(&project)), Ok(project));
    }
    println!("worst case: {worst} of the {BOUND} allowed");
    assert!(worst < BOUND, "{worst} UTF-16 characters is over {BOUND}");
}

#[test]
fn every_list_is_full_in_the_largest_record() {
    let mut p = largest_record('x');
    let today = Date::new(2099, 12, 31).expect("a real date");
    let one_more = |p: &Project, list: &str| match list {
        "team" => Edit::AddMember(TeamMember {
            id: "extra".into(),
            name: "x".into(),
            ..p.team[0].clone()
        }),
        "experts" => Edit::AddExpert(TeamMember {
            id: "extra".into(),
            ..p.team[0].clone()
        }),
        _ => Edit::AddActivity(crate::model::activity::Activity {
            id: "extra".into(),
            ..p.activities[0].clone()
        }),
    };
    for list in ["team", "experts", "activities"] {
        let edit = one_more(&p, list);
        assert!(p.apply(edit, 0, today).is_err(), "{list} is at its limit");
    }
}
