use super::*;

fn today() -> Date {
    Date::parse_iso("2026-11-26").unwrap()
}

fn fields(errors: Vec<FieldError>) -> Vec<Field> {
    errors.into_iter().map(|e| e.field).collect()
}

#[test]
fn a_good_activity() {
    let draft = ActivityDraft {
        date: "2026-11-20".into(),
        kind: "co_design_workshop".into(),
        people: "4".into(),
        hours: "2.5".into(),
        said: "Letters are confusing".into(),
        changed: "We rewrote the letter with them".into(),
    };
    let a = draft.into_activity("a1".into(), today()).unwrap();
    assert_eq!((a.people, a.hours_tenths), (4, 25));
    assert_eq!(a.kind, ActivityKind::CoDesignWorkshop);
}

#[test]
fn every_problem_is_listed() {
    let draft = ActivityDraft {
        date: "2026-12-01".into(),
        kind: "".into(),
        people: "-2".into(),
        hours: "1.25".into(),
        said: "x".repeat(limits::ACTIVITY_TEXT + 1),
        changed: String::new(),
    };
    let errors = draft.into_activity("a".into(), today()).unwrap_err();
    assert_eq!(
        fields(errors),
        [
            Field::ActivityDate,
            Field::ActivityKind,
            Field::ActivityPeople,
            Field::ActivityHours,
            Field::ActivitySaid
        ]
    );
    let empty = ActivityDraft::default()
        .into_activity("a".into(), today())
        .unwrap_err();
    assert_eq!(empty[0].message, "Enter the date of the activity");
}

#[test]
fn numbers() {
    assert_eq!(parse_people(""), Ok(0));
    assert_eq!(parse_people(" 12 "), Ok(12));
    assert!(parse_people("1.5").is_err());
    assert!(parse_people("10001").is_err());
    assert_eq!(parse_hours("2"), Ok(20));
    assert_eq!(parse_hours("0.5"), Ok(5));
    for bad in ["1.", ".5", "1.55", "x", "-1", "10000.1", "99999999999"] {
        assert!(parse_hours(bad).is_err(), "{bad}");
    }
    assert_eq!(hours_text(25), "2.5");
    assert_eq!(hours_text(30), "3");
}

#[test]
fn experts() {
    let draft = ExpertDraft {
        name: " J. M. ".into(),
        role: "carer".into(),
        joined: "2026-01-10".into(),
        induction_given: true,
        induction_date: "2026-01-17".into(),
        guidance_given: true,
        notes: String::new(),
    };
    let e = draft.clone().into_expert("e1".into()).unwrap();
    assert_eq!(e.name, "J. M.");
    assert_eq!(e.role, ExpertRole::Carer);
    assert_eq!(e.induction_given, Date::parse_iso("2026-01-17"));
    assert_eq!(
        ExpertDraft::from_expert(&e)
            .into_expert("e1".into())
            .unwrap(),
        e
    );

    let missing = ExpertDraft {
        name: "".into(),
        induction_given: true,
        ..Default::default()
    };
    assert_eq!(
        fields(missing.into_expert("e".into()).unwrap_err()),
        [Field::ExpertName, Field::ExpertInduction]
    );
    let unticked = ExpertDraft {
        name: "A".into(),
        induction_date: "2026-01-01".into(),
        ..Default::default()
    };
    assert_eq!(
        unticked.into_expert("e".into()).unwrap().induction_given,
        None
    );
}
