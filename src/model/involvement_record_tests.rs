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
fn people() {
    assert_eq!(parse_people(""), Ok(0));
    assert_eq!(parse_people(" 12 "), Ok(12));
    assert!(parse_people("1.5").is_err());
    assert!(parse_people("10001").is_err());
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
    let m = draft.clone().into_member("e1".into()).unwrap();
    assert_eq!(m.name, "J. M.");
    assert_eq!(m.role, "Carer", "a new person's team role is their kind");
    let e = m.expert.clone().expect("an Expert by Experience");
    assert_eq!(e.kind, ExpertRole::Carer);
    assert_eq!(e.induction_given, Date::parse_iso("2026-01-17"));
    assert_eq!(
        ExpertDraft::from_member(&m)
            .into_member("e1".into())
            .unwrap(),
        m
    );

    let missing = ExpertDraft {
        name: "".into(),
        induction_given: true,
        ..Default::default()
    };
    assert_eq!(
        fields(missing.into_member("e".into()).unwrap_err()),
        [Field::ExpertName, Field::ExpertInduction]
    );
    let unticked = ExpertDraft {
        name: "A".into(),
        induction_date: "2026-01-01".into(),
        ..Default::default()
    };
    let unticked = unticked.into_member("e".into()).unwrap();
    assert_eq!(unticked.expert.and_then(|e| e.induction_given), None);
}

fn stored_expert() -> TeamMember {
    TeamMember {
        id: "e1".into(),
        name: "R. K.".into(),
        role: "Patient partner".into(),
        expert: Some(ExpertDetails::default()),
    }
}

#[test]
fn the_team_role_follows_the_kind_only_where_it_named_the_kind() {
    let change_kind = |role: &str, to: &str| {
        let stored = TeamMember {
            role: role.into(),
            ..stored_expert()
        };
        let mut form = ExpertForm::edit(&stored);
        form.fields.role = to.into();
        let Ok(Edit::ChangeExpert { before, after }) = form.submit("x".into()) else {
            panic!("expected a change");
        };
        let mut current = stored.clone();
        crate::model::patch::Patch::patch(&mut current, &before, after);
        (current.role, current.expert.map(|e| e.kind))
    };
    assert_eq!(
        change_kind("Patient partner", "carer"),
        ("Patient partner".into(), Some(ExpertRole::Carer)),
        "a role in the team's own words stays"
    );
    assert_eq!(
        change_kind("Service user", "carer"),
        ("Carer".into(), Some(ExpertRole::Carer))
    );
    assert_eq!(
        change_kind("", "other"),
        ("Other".into(), Some(ExpertRole::Other))
    );
    assert_eq!(
        change_kind("", "service_user"),
        ("".into(), Some(ExpertRole::ServiceUser)),
        "no change of kind, no change of role"
    );
}

#[test]
fn the_person_form_adds_or_changes_field_by_field() {
    let mut adding = ExpertForm::new();
    assert!(adding.is_blank());
    adding.fields.role = "service_user".into();
    assert!(
        adding.is_blank(),
        "the role shown by default is not a change"
    );
    adding.fields.name = "A. B.".into();
    assert!(!adding.is_blank());
    match adding.submit("new".into()) {
        Ok(Edit::AddExpert(e)) => assert_eq!((e.id.as_str(), e.name.as_str()), ("new", "A. B.")),
        other => panic!("expected an add, got {other:?}"),
    }

    let mut editing = ExpertForm::edit(&stored_expert());
    assert!(
        editing.is_blank(),
        "an edit form with no changes holds nothing"
    );
    editing.fields.name = "Rita K.".into();
    assert!(!editing.is_blank());
    match editing.submit("unused".into()) {
        Ok(Edit::ChangeExpert { before, after }) => {
            assert_eq!(before, stored_expert());
            assert_eq!(after.id, "e1");
            assert_eq!(after.name, "Rita K.");
        }
        other => panic!("expected a change, got {other:?}"),
    }
}

#[test]
fn a_field_the_form_tidies_but_the_person_left_alone_is_not_a_change() {
    // Stored with spaces (say, from an imported backup); another tab then
    // renames them. The form here only ticks the guidance box.
    let stored = TeamMember {
        name: " R. K. ".into(),
        ..stored_expert()
    };
    let mut form = ExpertForm::edit(&stored);
    form.fields.guidance_given = true;
    let Ok(Edit::ChangeExpert { before, after }) = form.submit("x".into()) else {
        panic!("expected a change");
    };
    let mut current = TeamMember {
        name: "Rita K.".into(),
        ..stored
    };
    crate::model::patch::Patch::patch(&mut current, &before, after);
    assert_eq!(current.name, "Rita K.");
    assert_eq!(current.role, "Patient partner");
    assert!(current.expert.is_some_and(|e| e.guidance_given));
}

#[test]
fn the_activity_form_edits_a_logged_activity() {
    let logged = ActivityDraft {
        date: "2026-11-20".into(),
        kind: "survey".into(),
        people: "3".into(),
        hours: "1.5".into(),
        ..ActivityDraft::default()
    }
    .into_activity("a1".into(), today())
    .unwrap();
    let blank = ActivityForm::new(today());
    assert!(blank.is_blank());
    assert_eq!(blank.fields.date, "2026-11-26");

    let mut form = ActivityForm::edit(&logged);
    assert_eq!(form.fields.hours, "1.5");
    assert!(form.is_blank());
    form.fields.said = "Too many forms".into();
    assert!(!form.is_blank());
    let Ok(Edit::ChangeActivity { before, after }) = form.submit("x".into(), today()) else {
        panic!("expected a change");
    };
    assert_eq!(before, logged);
    assert_eq!(after.id, "a1");
    assert_eq!(after.said, "Too many forms");

    let mut bad = ActivityForm::edit(&logged);
    bad.fields.people = "lots".into();
    assert_eq!(
        fields(bad.submit("x".into(), today()).unwrap_err()),
        [Field::ActivityPeople]
    );
}

#[test]
fn forms_survive_as_json() {
    let mut form = ActivityForm::edit(
        &ActivityDraft {
            date: "2026-11-20".into(),
            kind: "survey".into(),
            ..ActivityDraft::default()
        }
        .into_activity("a1".into(), today())
        .unwrap(),
    );
    form.fields.people = "7".into();
    let text = serde_json::to_string(&form).unwrap();
    assert_eq!(serde_json::from_str::<ActivityForm>(&text).unwrap(), form);
}

#[test]
fn the_log_lists_newest_first_keeping_the_order_within_a_day() {
    let logged = |id: &str, date: &str| Activity {
        id: id.into(),
        date: Date::parse_iso(date).unwrap(),
        kind: ActivityKind::Survey,
        people: 1,
        hours_tenths: 0,
        said: String::new(),
        changed: String::new(),
    };
    let log = [
        logged("a", "2026-01-05"),
        logged("b", "2026-03-01"),
        logged("c", "2026-01-05"),
        logged("d", "2026-02-10"),
    ];
    let ids: Vec<&str> = newest_first(&log).iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["b", "d", "a", "c"]);
}
