//! Edits applied to a project: validation, lists, dates and the level history.

use super::*;

fn today() -> Date {
    Date::parse_iso("2026-11-26").unwrap()
}

fn project() -> Project {
    Project::create("p1".into(), "Falls".into(), 1).unwrap()
}

#[test]
fn create_needs_a_title() {
    assert_eq!(
        Project::create("p".into(), " ".into(), 1)
            .unwrap_err()
            .field,
        Field::Title
    );
    let p = project();
    assert_eq!((p.created_ms, p.updated_ms), (1, 1));
    assert_eq!(p.involvement, InvolvementLevel::NotRecorded);
}

#[test]
fn invalid_edits_change_nothing() {
    let mut p = project();
    let before = p.clone();
    assert!(p.apply(Edit::Title(String::new()), 5, today()).is_err());
    p.apply(Edit::StartDate("2026-06-01".into()), 5, today())
        .unwrap();
    let before_end = p.clone();
    let err = p
        .apply(Edit::EndDate("2026-05-01".into()), 6, today())
        .unwrap_err();
    assert_eq!(err.field, Field::EndDate);
    assert_eq!(p, before_end);
    assert_ne!(p, before);
    assert!(p
        .apply(Edit::Aim("a".repeat(limits::LONG_TEXT + 1)), 7, today())
        .is_err());
    assert_eq!(p, before_end);
}

#[test]
fn progress_change_is_dated_only_when_it_changes() {
    let mut p = project();
    let score = ProgressScore::parse("2.5");
    p.apply(Edit::Progress(score), 2, today()).unwrap();
    assert_eq!(p.progress_changed, Some(today()));
    let later = Date::parse_iso("2026-12-25").unwrap();
    p.apply(Edit::Progress(score), 3, later).unwrap();
    assert_eq!(
        p.progress_changed,
        Some(today()),
        "same score keeps its date"
    );
    p.apply(Edit::Progress(None), 4, later).unwrap();
    assert_eq!(p.progress_changed, None);
}

#[test]
fn a_change_of_level_is_added_to_the_history() {
    use crate::model::level_history::LevelChange;
    let mut p = project();
    let later = Date::parse_iso("2026-12-31").unwrap();
    p.apply(Edit::Involvement(InvolvementLevel::LittleI), 2, today())
        .unwrap();
    // Choosing the level it already has is no change.
    p.apply(Edit::Involvement(InvolvementLevel::LittleI), 3, later)
        .unwrap();
    p.apply(Edit::Involvement(InvolvementLevel::Both), 4, later)
        .unwrap();
    assert_eq!(
        p.level_history,
        [
            LevelChange {
                date: today(),
                level: InvolvementLevel::LittleI
            },
            LevelChange {
                date: later,
                level: InvolvementLevel::Both
            }
        ]
    );
}

#[test]
fn team_members() {
    let mut p = project();
    let member = |id: &str, name: &str| TeamMember {
        id: id.into(),
        name: name.into(),
        ..TeamMember::default()
    };
    assert!(p
        .apply(Edit::AddMember(member("m0", " ")), 2, today())
        .is_err());
    p.apply(Edit::AddMember(member("m1", "J. S.")), 2, today())
        .unwrap();
    p.apply(
        Edit::MemberExpert {
            id: "m1".into(),
            expert: Some(ExpertDetails::default()),
        },
        2,
        today(),
    )
    .unwrap();
    assert_eq!(p.experts_on_team(), 1);
    // A role that names a kind sets it; one that names none leaves it.
    let role = |p: &mut Project, role: &str| {
        p.apply(
            Edit::MemberRole {
                id: "m1".into(),
                role: role.into(),
            },
            2,
            today(),
        )
        .unwrap();
        p.team[0].expert.as_ref().map(|e| e.kind)
    };
    assert_eq!(role(&mut p, "Carer"), Some(ExpertRole::Carer));
    assert_eq!(role(&mut p, "Co-lead"), Some(ExpertRole::Carer));
    p.apply(
        Edit::MemberExpert {
            id: "m1".into(),
            expert: None,
        },
        2,
        today(),
    )
    .unwrap();
    assert_eq!(p.experts_on_team(), 0);
    assert_eq!(role(&mut p, "Carer"), None, "staff stay staff");
    assert!(p
        .apply(
            Edit::MemberName {
                id: "m1".into(),
                name: "".into()
            },
            2,
            today()
        )
        .is_err());
    assert!(p
        .apply(
            Edit::MemberRole {
                id: "nobody".into(),
                role: "x".into()
            },
            2,
            today()
        )
        .is_err());
    p.apply(Edit::RemoveMember { id: "m1".into() }, 2, today())
        .unwrap();
    assert!(p.team.is_empty());
    for i in 0..limits::TEAM_SIZE {
        p.apply(Edit::AddMember(member(&i.to_string(), "A")), 2, today())
            .unwrap();
    }
    let err = p
        .apply(Edit::AddMember(member("x", "B")), 2, today())
        .unwrap_err();
    assert_eq!(err.field, Field::Team);
}

fn person() -> TeamMember {
    TeamMember {
        id: "e1".into(),
        name: "R. K.".into(),
        role: "Service user".into(),
        expert: Some(ExpertDetails::default()),
    }
}

fn guidance(m: &TeamMember) -> bool {
    m.expert.as_ref().is_some_and(|e| e.guidance_given)
}

fn given(m: TeamMember) -> TeamMember {
    TeamMember {
        expert: Some(ExpertDetails {
            guidance_given: true,
            ..ExpertDetails::default()
        }),
        ..m
    }
}

#[test]
fn a_person_added_on_the_involvement_record_is_on_the_team() {
    let mut p = project();
    p.apply(Edit::AddExpert(person()), 2, today()).unwrap();
    assert_eq!(p.team, [person()]);
    assert_eq!(p.experts_on_team(), 1);
    let err = p.apply(Edit::AddExpert(person()), 3, today()).unwrap_err();
    assert_eq!(
        (err.field, err.message.as_str()),
        (Field::Experts, ALREADY_ADDED)
    );
    p.apply(Edit::RemoveExpert { id: "e1".into() }, 4, today())
        .unwrap();
    assert!(p.team.is_empty());
}

#[test]
fn a_form_changes_only_what_it_changed_on_the_person_as_they_are_now() {
    let mut p = project();
    p.apply(Edit::AddExpert(person()), 2, today()).unwrap();
    // The form opens on the person as they are.
    let before = person();
    // Meanwhile the row's button records the guidance document.
    p.apply(
        Edit::ChangeExpert {
            before: before.clone(),
            after: given(before.clone()),
        },
        3,
        today(),
    )
    .unwrap();
    // The form is saved with a new name and the old (unticked) box.
    let mut renamed = before.clone();
    renamed.name = "Rita K.".into();
    p.apply(
        Edit::ChangeExpert {
            before,
            after: renamed,
        },
        4,
        today(),
    )
    .unwrap();
    assert_eq!(p.team.len(), 1);
    assert_eq!(p.team[0].name, "Rita K.");
    assert!(guidance(&p.team[0]));
}

#[test]
fn changes_to_someone_removed_are_refused_and_do_not_bring_them_back() {
    let mut p = project();
    p.apply(Edit::AddExpert(person()), 2, today()).unwrap();
    p.apply(Edit::RemoveExpert { id: "e1".into() }, 3, today())
        .unwrap();
    let before = p.clone();
    let mut renamed = person();
    renamed.name = "Rita K.".into();
    let err = p
        .apply(
            Edit::ChangeExpert {
                before: person(),
                after: renamed,
            },
            4,
            today(),
        )
        .unwrap_err();
    assert_eq!(err.message, PERSON_REMOVED);
    assert_eq!(err.field, Field::Experts);
    assert_eq!(p, before, "nothing changed, not even the update time");
}

#[test]
fn activities_are_changed_field_by_field_and_not_brought_back() {
    use super::super::activity::ActivityKind;
    let logged = Activity {
        id: "a1".into(),
        date: Date::parse_iso("2026-11-20").unwrap(),
        kind: ActivityKind::Survey,
        people: 3,
        hours_tenths: 10,
        said: String::new(),
        changed: String::new(),
    };
    let mut p = project();
    p.apply(Edit::AddActivity(logged.clone()), 2, today())
        .unwrap();
    // Another tab adds what changed; this tab's form corrects the count.
    p.activities[0].changed = "New leaflet".into();
    let mut corrected = logged.clone();
    corrected.people = 4;
    p.apply(
        Edit::ChangeActivity {
            before: logged.clone(),
            after: corrected.clone(),
        },
        3,
        today(),
    )
    .unwrap();
    assert_eq!(p.activities[0].people, 4);
    assert_eq!(p.activities[0].changed, "New leaflet");

    p.apply(Edit::RemoveActivity { id: "a1".into() }, 4, today())
        .unwrap();
    let err = p
        .apply(
            Edit::ChangeActivity {
                before: logged,
                after: corrected,
            },
            5,
            today(),
        )
        .unwrap_err();
    assert_eq!(err.message, ACTIVITY_REMOVED);
    assert!(p.activities.is_empty());
}

#[test]
fn adding_the_same_item_twice_does_not_write_over_it() {
    let mut p = project();
    p.apply(Edit::AddExpert(person()), 2, today()).unwrap();
    p.apply(
        Edit::ChangeExpert {
            before: person(),
            after: given(person()),
        },
        3,
        today(),
    )
    .unwrap();
    assert!(p.apply(Edit::AddExpert(person()), 4, today()).is_err());
    assert!(guidance(&p.team[0]));
    assert_eq!(p.team.len(), 1);
}
