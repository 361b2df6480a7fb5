//! The people migration (formats 1 to 4 to format 5), on the exact text
//! the format 4 encoder wrote, and on every way two names can match.

use super::people_migration::OldPeople;
use super::*;
use crate::model::expert::{ExpertDetails, ExpertRole};
use crate::model::{Date, TeamMember};

/// A rich record exactly as the format 4 encoder wrote it (commit 2c02946,
/// `encode` before the people became one list). Its people cover each
/// case: J. M. in both lists and ticked; R. K. in both under different
/// case and spaces, unticked on the team; A. B. ticked with no roster
/// entry; two S. T.s on the team, the second ticked; L. P. only on the
/// roster; and a second J. M. on the roster.
const RICH_V4: &str = r###"{"version":4,"project":{"id":"mh9q2b7c","revision":12,"stamp":"k3x9-7","title":"Reducing falls on Ward 7","aim":"Halve inpatient falls by March 2027","about":"Night-time falls among older patients","lead":"Priya Shah","team":[{"id":"t1","name":"J. M.","role":"Carer","expert_by_experience":true},{"id":"t2","name":"Priya Shah","role":"Ward manager","expert_by_experience":false},{"id":"t3","name":"r. k.","role":"Patient partner","expert_by_experience":false},{"id":"t4","name":"A. B.","role":"Carer","expert_by_experience":true},{"id":"t5","name":"S. T.","role":"Porter","expert_by_experience":false},{"id":"t6","name":"S. T.","role":"Service user","expert_by_experience":true}],"service":"Ward 7","start_date":"2026-01-05","end_date":"2027-03-31","status":"active","progress":"2.5","progress_changed":"2026-11-26","involvement":"both","involvement_notes":"Two carers sit on the team.","level_history":[{"date":"2026-02-03","level":"little_i"},{"date":"2026-11-26","level":"both"}],"experts":[{"id":"e1","name":"J. M.","role":"carer","joined":"2026-01-12","induction_given":"2026-01-19","guidance_given":true,"notes":"Prefers meetings after 10am"},{"id":"e2","name":" R. K. ","role":"service_user","joined":null,"induction_given":null,"guidance_given":false,"notes":""},{"id":"e3","name":"S. T.","role":"service_user","joined":"2026-02-01","induction_given":null,"guidance_given":true,"notes":"“Quiet room” please"},{"id":"e4","name":"L. P.","role":"other","joined":null,"induction_given":"2026-03-02","guidance_given":false,"notes":"Family member"},{"id":"e5","name":"J. M.","role":"service_user","joined":null,"induction_given":null,"guidance_given":false,"notes":"A second J. M."}],"activities":[{"id":"a1","date":"2026-02-03","kind":"focus_group","people":6,"hours_tenths":15,"said":"“Call bells” are out of reach at night,\nso people get up alone.","changed":"Bells are clipped to the bed rail."},{"id":"a2","date":"2026-03-10","kind":"co_design_workshop","people":2,"hours_tenths":30,"said":"","changed":""}],"archived":false,"created_ms":1795660000000,"updated_ms":1795667643000}}"###;

fn day(y: u16, m: u8, d: u8) -> Option<Date> {
    Some(Date::new(y, m, d).expect("a real date"))
}

fn member(id: &str, name: &str, role: &str, expert: Option<ExpertDetails>) -> TeamMember {
    TeamMember {
        id: id.into(),
        name: name.into(),
        role: role.into(),
        expert,
    }
}

fn details(kind: ExpertRole) -> ExpertDetails {
    ExpertDetails {
        kind,
        ..ExpertDetails::default()
    }
}

#[test]
fn the_rich_format_4_record_becomes_one_list_with_nobody_dropped() {
    let p = decode("mh9q2b7c", RICH_V4).expect("the format 4 record loads");
    let expected = vec![
        member(
            "t1",
            "J. M.",
            "Carer",
            Some(ExpertDetails {
                kind: ExpertRole::Carer,
                joined: day(2026, 1, 12),
                induction_given: day(2026, 1, 19),
                guidance_given: true,
                notes: "Prefers meetings after 10am".into(),
            }),
        ),
        member("t2", "Priya Shah", "Ward manager", None),
        // Matched in spite of case and spaces, though not ticked.
        member(
            "t3",
            "r. k.",
            "Patient partner",
            Some(details(ExpertRole::ServiceUser)),
        ),
        // Ticked, not on the roster: fresh details, of the kind the role names.
        member("t4", "A. B.", "Carer", Some(details(ExpertRole::Carer))),
        // The unticked S. T. stays staff; the ticked one takes the details.
        member("t5", "S. T.", "Porter", None),
        member(
            "t6",
            "S. T.",
            "Service user",
            Some(ExpertDetails {
                kind: ExpertRole::ServiceUser,
                joined: day(2026, 2, 1),
                guidance_given: true,
                notes: "\u{201c}Quiet room\u{201d} please".into(),
                ..ExpertDetails::default()
            }),
        ),
        // Only on the roster: they join the team, their kind as their role.
        member(
            "e4",
            "L. P.",
            "Other",
            Some(ExpertDetails {
                kind: ExpertRole::Other,
                induction_given: day(2026, 3, 2),
                notes: "Family member".into(),
                ..ExpertDetails::default()
            }),
        ),
        // A second J. M.: the first took the only J. M. on the team.
        member(
            "e5",
            "J. M.",
            "Service user",
            Some(ExpertDetails {
                notes: "A second J. M.".into(),
                ..details(ExpertRole::ServiceUser)
            }),
        ),
    ];
    assert_eq!(p.team, expected);
    // Everything else is as it was: a format 4 record keeps its history.
    assert_eq!(p.level_history.len(), 2);
    assert_eq!(p.activities.len(), 2);
    assert_eq!(p.involvement_notes, "Two carers sit on the team.");
    assert_eq!((p.revision, p.stamp.as_str()), (12, "k3x9-7"));
    // Written again it is format 6 (format 5's JSON, packed), and reads
    // back the same.
    let rewritten = encode(&p);
    assert!(rewritten.starts_with(r#"{"version":6,"#), "{rewritten}");
    let json = super::unpack_envelope(&rewritten, super::MAX_PROJECT_UNITS).expect("unpacks");
    assert!(!json.contains("experts") && !json.contains("expert_by_experience"));
    assert_eq!(decode("mh9q2b7c", &rewritten), Ok(p));
}

fn people(json: &str) -> Vec<TeamMember> {
    serde_json::from_str::<OldPeople>(json)
        .expect("old people")
        .into_team()
}

fn expert_ids(team: &[TeamMember]) -> Vec<(&str, Option<&str>)> {
    team.iter()
        .map(|m| (m.id.as_str(), m.expert.as_ref().map(|e| e.notes.as_str())))
        .collect()
}

#[test]
fn a_ticked_member_is_preferred_then_the_first() {
    let team = people(
        r#"{"team":[{"id":"t1","name":"Sam"},{"id":"t2","name":"SAM","expert_by_experience":true},{"id":"t3","name":"sam","expert_by_experience":true}],
            "experts":[{"id":"e1","name":"sam","notes":"first"},{"id":"e2","name":"Sam ","notes":"second"},{"id":"e3","name":"Sam","notes":"third"},{"id":"e4","name":"Sam","notes":"fourth"}]}"#,
    );
    assert_eq!(
        expert_ids(&team),
        [
            ("t1", Some("third")),
            ("t2", Some("first")),
            ("t3", Some("second")),
            ("e4", Some("fourth")),
        ]
    );
}

#[test]
fn an_expert_whose_id_a_member_has_joins_under_a_free_id() {
    let team = people(
        r#"{"team":[{"id":"x","name":"Priya"},{"id":"x-2","name":"Tom"}],
            "experts":[{"id":"x","name":"R. K.","role":"carer","notes":"n"}]}"#,
    );
    assert_eq!(
        expert_ids(&team),
        [("x", None), ("x-2", None), ("x-3", Some("n"))]
    );
    assert_eq!(team[2].role, "Carer");
    assert_eq!(team[2].name, "R. K.");
}

#[test]
fn staff_stay_staff_and_ticks_without_a_roster_entry_get_details() {
    // Format 1 had no roster at all.
    let team = people(
        r#"{"team":[{"id":"t1","name":"J. M.","role":"Carer","expert_by_experience":true},
                    {"id":"t2","name":"Priya","role":"Nurse","expert_by_experience":false},
                    {"id":"t3","name":"A","role":"Co-lead","expert_by_experience":true}]}"#,
    );
    assert_eq!(
        team,
        [
            member("t1", "J. M.", "Carer", Some(details(ExpertRole::Carer))),
            member("t2", "Priya", "Nurse", None),
            member("t3", "A", "Co-lead", Some(details(ExpertRole::ServiceUser))),
        ]
    );
    assert_eq!(people("{}"), []);
}

#[test]
fn every_older_format_migrates_its_people() {
    for version in 1..=4 {
        let text = RICH_V4.replacen(r#""version":4"#, &format!(r#""version":{version}"#), 1);
        let p = decode("mh9q2b7c", &text).expect("loads");
        assert_eq!(p.team.len(), 8, "format {version}");
        assert_eq!(p.experts_on_team(), 6, "format {version}");
    }
    // Format 5 is read as it is: an `experts` list there is not ours.
    let v5 = RICH_V4.replacen(r#""version":4"#, r#""version":5"#, 1);
    let p = decode("mh9q2b7c", &v5).expect("loads");
    assert_eq!(p.team.len(), 6);
    assert_eq!(p.experts_on_team(), 0);
}
