//! Every stored shape any build has written, as that build wrote it:
//! each must still load. A child of `codec_tests.rs`, whose samples and
//! `format_5` it uses.

use super::*;

/// A record exactly as the first release (format 1) stored it.
const V1_RECORD: &str = r#"{"version":1,"project":{"id":"mh2x1k9a","revision":4,"title":"Reducing falls on Ward 7","aim":"Halve inpatient falls by March 2027","about":"","lead":"Priya Shah","team":[{"id":"t1","name":"J. M.","role":"Carer","expert_by_experience":true}],"service":"Ward 7","start_date":"2026-01-05","end_date":null,"status":"on_hold","progress":"2.5","progress_changed":"2026-11-26","involvement":"both","involvement_notes":"Two carers sit on the team.","archived":false,"created_ms":1795660000000,"updated_ms":1795667643000}}"#;

#[test]
fn loads_version_1_records_and_writes_them_as_version_6() {
    let p = decode("mh2x1k9a", V1_RECORD).expect("a version 1 record loads");
    assert_eq!(p.title, "Reducing falls on Ward 7");
    assert_eq!(p.revision, 4);
    assert_eq!(p.status, Status::OnHold);
    assert_eq!(p.involvement, InvolvementLevel::Both);
    assert_eq!(p.progress.map(|s| s.text()).as_deref(), Some("2.5"));
    assert_eq!(p.team[0].name, "J. M.");
    assert_eq!(
        p.team[0].expert,
        Some(ExpertDetails {
            kind: ExpertRole::Carer,
            ..ExpertDetails::default()
        }),
        "ticked, with a role that says carer"
    );
    assert!(p.activities.is_empty());
    assert_eq!(
        p.level_history,
        [LevelChange {
            date: Date::new(2026, 11, 26).expect("a real date"),
            level: InvolvementLevel::Both
        }],
        "seeded with its level on the day it was last updated"
    );
    let rewritten = encode(&p);
    assert!(
        rewritten.starts_with(r#"{"version":6,"packed":""#),
        "{rewritten}"
    );
    assert_eq!(decode("mh2x1k9a", &rewritten), Ok(p));
}

/// A rich record exactly as format 2 was written (commits 9186f02 to
/// 60c4141): experts and activities, no `stamp`. The text has a quote, a
/// line break and non-ASCII in it, as a person's notes do.
pub(super) const V2_RECORD: &str = r#"{"version":2,"project":{"id":"mh9q2b7c","revision":12,"title":"Reducing falls on Ward 7","aim":"Halve inpatient falls by March 2027","about":"Night-time falls among older patients","lead":"Priya Shah","team":[{"id":"t1","name":"J. M.","role":"Carer","expert_by_experience":true},{"id":"t2","name":"Priya Shah","role":"Ward manager","expert_by_experience":false}],"service":"Ward 7","start_date":"2026-01-05","end_date":"2027-03-31","status":"active","progress":"2.5","progress_changed":"2026-11-26","involvement":"both","involvement_notes":"Two carers sit on the team.","experts":[{"id":"e1","name":"J. M.","role":"carer","joined":"2026-01-12","induction_given":"2026-01-19","guidance_given":true,"notes":"Prefers meetings after 10am"},{"id":"e2","name":"R. K.","role":"service_user","joined":null,"induction_given":null,"guidance_given":false,"notes":""}],"activities":[{"id":"a1","date":"2026-02-03","kind":"focus_group","people":6,"hours_tenths":15,"said":"“Call bells” are out of reach at night,\nso people get up alone.","changed":"Bells are clipped to the bed rail."},{"id":"a2","date":"2026-03-10","kind":"co_design_workshop","people":2,"hours_tenths":30,"said":"","changed":""}],"archived":false,"created_ms":1795660000000,"updated_ms":1795667643000}}"#;

/// The team and the roster in [`V2_RECORD`] (also in [`V3_RECORD`] and
/// `PROJECT_V4`)...
const V2_PEOPLE: (&str, &str) = (
    r#""team":[{"id":"t1","name":"J. M.","role":"Carer","expert_by_experience":true},{"id":"t2","name":"Priya Shah","role":"Ward manager","expert_by_experience":false}]"#,
    r#""experts":[{"id":"e1","name":"J. M.","role":"carer","joined":"2026-01-12","induction_given":"2026-01-19","guidance_given":true,"notes":"Prefers meetings after 10am"},{"id":"e2","name":"R. K.","role":"service_user","joined":null,"induction_given":null,"guidance_given":false,"notes":""}],"#,
);
/// ...and as format 5 writes them: J. M.'s roster details on her team
/// entry; R. K., only on the roster, joins the team.
const V5_PEOPLE: &str = r#""team":[{"id":"t1","name":"J. M.","role":"Carer","expert":{"kind":"carer","joined":"2026-01-12","induction_given":"2026-01-19","guidance_given":true,"notes":"Prefers meetings after 10am"}},{"id":"t2","name":"Priya Shah","role":"Ward manager","expert":null},{"id":"e2","name":"R. K.","role":"Service user","expert":{"kind":"service_user","joined":null,"induction_given":null,"guidance_given":false,"notes":""}}]"#;

#[test]
fn loads_version_2_records_as_the_last_release_wrote_them() {
    let p = decode("mh9q2b7c", V2_RECORD).expect("a version 2 record loads");
    assert_eq!(p.stamp, "", "format 2 had no stamp");
    assert_eq!(p.revision, 12);
    // J. M. was on both lists; R. K. only on the roster, so joins the team.
    assert_eq!(p.team.len(), 3);
    let jm = p.team[0]
        .expert
        .clone()
        .expect("J. M. is an Expert by Experience");
    assert_eq!(jm.induction_given, Date::new(2026, 1, 19));
    assert!(jm.guidance_given);
    assert_eq!(p.team[1].expert, None, "Priya Shah stays staff");
    assert_eq!(
        (p.team[2].id.as_str(), p.team[2].name.as_str()),
        ("e2", "R. K.")
    );
    assert_eq!(p.team[2].role, "Service user");
    assert_eq!(p.team[2].expert.as_ref().and_then(|e| e.joined), None);
    assert_eq!(p.activities[0].hours_tenths, 15);
    assert!(p.activities[0].said.starts_with("“Call bells” are"));
    assert!(p.activities[0].said.contains('\n'));
    assert_eq!(p.activities[1].said, "");
    // Nothing was dropped or altered: written again, it differs only by
    // the version, the (empty) stamp, the seeded level history and the
    // people, now one list with each roster entry's details in it.
    let expected = V2_RECORD
        .replacen(r#""version":2"#, r#""version":5"#, 1)
        .replacen(r#""revision":12,"#, r#""revision":12,"stamp":"","#, 1)
        .replacen(
            r#""Two carers sit on the team.","#,
            r#""Two carers sit on the team.","level_history":[{"date":"2026-11-26","level":"both"}],"#,
            1,
        )
        .replacen(V2_PEOPLE.0, V5_PEOPLE, 1)
        .replacen(V2_PEOPLE.1, "", 1);
    assert_eq!(format_5(&p), expected);
}

/// A rich record exactly as format 3 was written (commits 81e3287 to
/// e324900): what `encode` gave for the pinned sample before format 4.
const V3_RECORD: &str = r#"{"version":3,"project":{"id":"mh9q2b7c","revision":12,"stamp":"k3x9-7","title":"Reducing falls on Ward 7","aim":"Halve inpatient falls by March 2027","about":"Night-time falls among older patients","lead":"Priya Shah","team":[{"id":"t1","name":"J. M.","role":"Carer","expert_by_experience":true},{"id":"t2","name":"Priya Shah","role":"Ward manager","expert_by_experience":false}],"service":"Ward 7","start_date":"2026-01-05","end_date":"2027-03-31","status":"active","progress":"2.5","progress_changed":"2026-11-26","involvement":"both","involvement_notes":"Two carers sit on the team.","experts":[{"id":"e1","name":"J. M.","role":"carer","joined":"2026-01-12","induction_given":"2026-01-19","guidance_given":true,"notes":"Prefers meetings after 10am"},{"id":"e2","name":"R. K.","role":"service_user","joined":null,"induction_given":null,"guidance_given":false,"notes":""}],"activities":[{"id":"a1","date":"2026-02-03","kind":"focus_group","people":6,"hours_tenths":15,"said":"“Call bells” are out of reach at night,\nso people get up alone.","changed":"Bells are clipped to the bed rail."},{"id":"a2","date":"2026-03-10","kind":"co_design_workshop","people":2,"hours_tenths":30,"said":"","changed":""}],"archived":false,"created_ms":1795660000000,"updated_ms":1795667643000}}"#;

#[test]
fn loads_version_3_records_and_seeds_their_level_history() {
    let p = decode("mh9q2b7c", V3_RECORD).expect("a version 3 record loads");
    assert_eq!(p.stamp, "k3x9-7");
    assert_eq!(p.involvement, InvolvementLevel::Both);
    assert_eq!(
        p.level_history,
        [LevelChange {
            date: Date::new(2026, 11, 26).expect("a real date"),
            level: InvolvementLevel::Both
        }]
    );
    assert_eq!(p.activities.len(), 2);
    assert_eq!(
        p.team[0].expert.as_ref().and_then(|e| e.induction_given),
        Date::new(2026, 1, 19)
    );
    // A project with no level recorded starts with no history.
    let unset = V3_RECORD.replacen(
        r#""involvement":"both""#,
        r#""involvement":"not_recorded""#,
        1,
    );
    let p = decode("mh9q2b7c", &unset).expect("loads");
    assert!(p.level_history.is_empty());
    // A version 4 record is taken as it is: no seeding on top.
    let empty_v4 = r#"{"version":4,"project":{"id":"a","involvement":"big_i","updated_ms":0}}"#;
    assert!(decode("a", empty_v4)
        .expect("loads")
        .level_history
        .is_empty());
}

/// Settings as the first build with settings wrote them (1f95dd3).
const SETTINGS_V1_FIRST: &str = r#"{"version":1,"settings":{"team_name":"Patient Involvement Team","email":"pit@nhs.net","phone":"01632 960123","notes":"Mon–Fri, 9am to 5pm"}}"#;
/// Settings once the welcome note was added (821a07f to e8801f2).
const SETTINGS_V1_WELCOME: &str = r#"{"version":1,"settings":{"team_name":"Patient Involvement Team","email":"pit@nhs.net","phone":"01632 960123","notes":"Mon–Fri, 9am to 5pm","welcome_note":"Welcome to the team."}}"#;
/// Settings under `value`, still at version 1 (60c4141 to 17956ca).
const SETTINGS_V1_VALUE: &str = r#"{"version":1,"value":{"team_name":"Patient Involvement Team","email":"pit@nhs.net","phone":"01632 960123","notes":"Mon–Fri, 9am to 5pm","welcome_note":"Welcome to the team."}}"#;

#[test]
fn loads_every_settings_shape_ever_written() {
    let first = decode_settings(SETTINGS_V1_FIRST).expect("the first shape loads");
    assert_eq!(
        first,
        TrustSettings {
            welcome_note: String::new(),
            ..sample_settings()
        }
    );
    assert_eq!(decode_settings(SETTINGS_V1_WELCOME), Ok(sample_settings()));
    assert_eq!(decode_settings(SETTINGS_V1_VALUE), Ok(sample_settings()));
    assert!(decode_settings(r#"{"version":1,"reader":{}}"#).is_err());
}

/// Reader preferences as first written (821a07f to e8801f2).
const READER_V1_NAMED: &str = r#"{"version":1,"reader":{"text_size":2,"high_contrast":true,"read_standard":["what-is-qi","support"],"read_easy":["what-is-qi"]}}"#;
/// Reader preferences under `value`, still at version 1 (60c4141 to 17956ca).
const READER_V1_VALUE: &str = r#"{"version":1,"value":{"text_size":2,"high_contrast":true,"read_standard":["what-is-qi","support"],"read_easy":["what-is-qi"]}}"#;

#[test]
fn loads_every_reader_shape_ever_written() {
    assert_eq!(decode_reader(READER_V1_NAMED), Ok(sample_reader()));
    assert_eq!(decode_reader(READER_V1_VALUE), Ok(sample_reader()));
    assert!(decode_reader(r#"{"version":1,"settings":{}}"#).is_err());
    assert_eq!(
        decode_reader(r#"{"version":3,"value":{}}"#),
        Err(DecodeError::NewerVersion(3))
    );
}

/// The pinned sample exactly as format 4 wrote it (commits 267edbb to
/// 2c02946): what `encode` gave before the people became one list.
const V4_RECORD: &str = r#"{"version":4,"project":{"id":"mh9q2b7c","revision":12,"stamp":"k3x9-7","title":"Reducing falls on Ward 7","aim":"Halve inpatient falls by March 2027","about":"Night-time falls among older patients","lead":"Priya Shah","team":[{"id":"t1","name":"J. M.","role":"Carer","expert_by_experience":true},{"id":"t2","name":"Priya Shah","role":"Ward manager","expert_by_experience":false}],"service":"Ward 7","start_date":"2026-01-05","end_date":"2027-03-31","status":"active","progress":"2.5","progress_changed":"2026-11-26","involvement":"both","involvement_notes":"Two carers sit on the team.","level_history":[{"date":"2026-02-03","level":"little_i"},{"date":"2026-11-26","level":"both"}],"experts":[{"id":"e1","name":"J. M.","role":"carer","joined":"2026-01-12","induction_given":"2026-01-19","guidance_given":true,"notes":"Prefers meetings after 10am"},{"id":"e2","name":"R. K.","role":"service_user","joined":null,"induction_given":null,"guidance_given":false,"notes":""}],"activities":[{"id":"a1","date":"2026-02-03","kind":"focus_group","people":6,"hours_tenths":15,"said":"“Call bells” are out of reach at night,\nso people get up alone.","changed":"Bells are clipped to the bed rail."},{"id":"a2","date":"2026-03-10","kind":"co_design_workshop","people":2,"hours_tenths":30,"said":"","changed":""}],"archived":false,"created_ms":1795660000000,"updated_ms":1795667643000}}"#;

#[test]
fn loads_version_4_records_and_makes_their_people_one_list() {
    let p = decode("mh9q2b7c", V4_RECORD).expect("a version 4 record loads");
    // Nothing else changed: the same as the sample format 5 writes today.
    assert_eq!(p, sample_project());
    // Written again, it differs only by the version and the people.
    let expected = V4_RECORD
        .replacen(r#""version":4"#, r#""version":5"#, 1)
        .replacen(V2_PEOPLE.0, V5_PEOPLE, 1)
        .replacen(V2_PEOPLE.1, "", 1);
    assert_eq!(format_5(&p), expected);
}

/// The pinned sample exactly as format 5 wrote it (commits 2c02946 to
/// b7c7c62): what `encode` gave before records were packed.
const V5_RECORD: &str = r#"{"version":5,"project":{"id":"mh9q2b7c","revision":12,"stamp":"k3x9-7","title":"Reducing falls on Ward 7","aim":"Halve inpatient falls by March 2027","about":"Night-time falls among older patients","lead":"Priya Shah","team":[{"id":"t1","name":"J. M.","role":"Carer","expert":{"kind":"carer","joined":"2026-01-12","induction_given":"2026-01-19","guidance_given":true,"notes":"Prefers meetings after 10am"}},{"id":"t2","name":"Priya Shah","role":"Ward manager","expert":null},{"id":"e2","name":"R. K.","role":"Service user","expert":{"kind":"service_user","joined":null,"induction_given":null,"guidance_given":false,"notes":""}}],"service":"Ward 7","start_date":"2026-01-05","end_date":"2027-03-31","status":"active","progress":"2.5","progress_changed":"2026-11-26","involvement":"both","involvement_notes":"Two carers sit on the team.","level_history":[{"date":"2026-02-03","level":"little_i"},{"date":"2026-11-26","level":"both"}],"activities":[{"id":"a1","date":"2026-02-03","kind":"focus_group","people":6,"hours_tenths":15,"said":"“Call bells” are out of reach at night,\nso people get up alone.","changed":"Bells are clipped to the bed rail."},{"id":"a2","date":"2026-03-10","kind":"co_design_workshop","people":2,"hours_tenths":30,"said":"","changed":""}],"archived":false,"created_ms":1795660000000,"updated_ms":1795667643000}}"#;

#[test]
fn loads_version_5_records_and_packs_them_when_written() {
    let p = decode("mh9q2b7c", V5_RECORD).expect("a version 5 record loads");
    assert_eq!(p, sample_project());
    assert_eq!(format_5(&p), V5_RECORD, "nothing was lost or altered");
    let packed = encode(&p);
    assert!(packed.len() < V5_RECORD.len());
    // A build that reads up to format 5 first reads the version alone and
    // refuses anything newer (so keeps the record aside, untouched).
    let probe: VersionOnly = serde_json::from_str(&packed).expect("still a JSON envelope");
    assert_eq!(probe.version, Some(6));
}
