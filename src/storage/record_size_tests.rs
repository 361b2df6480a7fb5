//! The largest record the app's own forms can build must fit well inside
//! a browser's localStorage quota (see `model/limits.rs`).

use super::*;
use crate::model::activity::ActivityKind;
use crate::model::expert::ExpertRole;
use crate::model::hours::MAX_HOURS_TENTHS;
use crate::model::involvement_record::{ActivityDraft, ExpertDraft, MAX_PEOPLE};
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

/// Every field and list at its limit, each text `text(its length)`, built
/// through the same checks the forms use, so it is a record a person
/// could make.
fn largest_record(text: impl Fn(usize) -> String) -> Project {
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

/// `n` characters that do not repeat in any pattern a packer could use,
/// drawn from `from` (a range of code points) by a fixed generator that
/// goes on from one call to the next, so no two texts are alike.
fn scrambled(from: std::ops::Range<u32>, n: usize) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static CALLS: AtomicU64 = AtomicU64::new(1);
    let call = CALLS.fetch_add(1, Ordering::Relaxed);
    let mut state = 0x2545_F491_4F6C_DD1D_u64.wrapping_mul(call);
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let span = u64::from(from.end - from.start);
            char::from_u32(from.start + (state % span) as u32).unwrap_or('x')
        })
        .collect()
}

#[test]
fn largest_valid_record_fits() {
    // The costliest characters to store as plain JSON: a quote and a
    // backslash are escaped to two; an emoji is two UTF-16 units. (Control
    // characters, six each, are refused by the forms.) And the costliest to
    // pack: characters with no pattern to them, one or two units each.
    type Text = Box<dyn Fn(usize) -> String>;
    let cases: [(&str, Text); 5] = [
        ("every character '\"'", Box::new(|n| "\"".repeat(n))),
        ("every character '\\'", Box::new(|n| "\\".repeat(n))),
        (
            "every character an emoji",
            Box::new(|n| "\u{1F600}".repeat(n)),
        ),
        (
            "random Chinese characters",
            Box::new(|n| scrambled(0x4E00..0x9FFF, n)),
        ),
        ("random emoji", Box::new(|n| scrambled(0x1F300..0x1FAFF, n))),
    ];
    let mut worst = 0;
    for (name, text) in cases {
        let project = largest_record(text);
        let stored = project_key(&project.id).encode_utf16().count()
            + encode(&project).encode_utf16().count();
        println!("largest valid record, {name}: {stored} UTF-16 characters");
        worst = worst.max(stored);
        // Unpacked, it is within what reading a packed record allows, so
        // the limit that stops a decompression bomb never refuses it.
        let json = serde_json::to_string(&project).expect("serialises");
        let units = json.encode_utf16().count();
        println!("  and {units} unpacked, of the {MAX_PROJECT_UNITS} allowed");
        assert!(units < MAX_PROJECT_UNITS);
        assert_eq!(decode(&project.id, &encode(&project)), Ok(project));
    }
    println!("worst case: {worst} of the {BOUND} allowed");
    assert!(worst < BOUND, "{worst} UTF-16 characters is over {BOUND}");
}

#[test]
fn every_list_is_full_in_the_largest_record() {
    let mut p = largest_record(|n| "x".repeat(n));
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
