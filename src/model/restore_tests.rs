//! Undo after a removal: the item comes back exactly, in its place,
//! through the same checks as adding it.

use super::*;
use crate::model::activity::ActivityKind;
use crate::model::expert::ExpertDetails;

fn today() -> Date {
    Date::parse_iso("2026-11-26").unwrap()
}

fn project() -> Project {
    Project::create("p1".into(), "Falls".into(), 1).unwrap()
}

fn member(id: &str) -> TeamMember {
    TeamMember {
        id: id.into(),
        name: format!("Member {id}"),
        role: "Nurse".into(),
        expert: (id == "m2").then(ExpertDetails::default),
    }
}

fn expert(id: &str) -> TeamMember {
    TeamMember {
        id: id.into(),
        name: format!("Person {id}"),
        role: "Carer".into(),
        expert: Some(ExpertDetails {
            guidance_given: true,
            ..ExpertDetails::default()
        }),
    }
}

fn activity(id: &str) -> Activity {
    Activity {
        id: id.into(),
        date: today(),
        kind: ActivityKind::Survey,
        people: 2,
        hours_tenths: 0,
        said: format!("Said {id}"),
        changed: String::new(),
    }
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<&str> {
    items.iter().map(id).collect()
}

#[test]
fn each_kind_of_item_comes_back_in_its_place() {
    let mut p = project();
    for id in ["m1", "m2", "m3"] {
        p.apply(Edit::AddMember(member(id)), 2, today()).unwrap();
    }
    for id in ["e1", "e2", "e3"] {
        p.apply(Edit::AddExpert(expert(id)), 2, today()).unwrap();
    }
    for id in ["a1", "a2", "a3"] {
        p.apply(Edit::AddActivity(activity(id)), 2, today())
            .unwrap();
    }
    let before = p.clone();
    p.apply(Edit::RemoveMember { id: "m2".into() }, 3, today())
        .unwrap();
    p.apply(Edit::RemoveExpert { id: "e1".into() }, 3, today())
        .unwrap();
    p.apply(Edit::RemoveActivity { id: "a2".into() }, 3, today())
        .unwrap();
    p.apply(
        Edit::RestoreMember {
            member: member("m2"),
            at: 1,
        },
        4,
        today(),
    )
    .unwrap();
    p.apply(
        // One list: the people added on the involvement record follow
        // the three added on the General tab.
        Edit::RestoreExpert {
            expert: expert("e1"),
            at: 3,
        },
        4,
        today(),
    )
    .unwrap();
    p.apply(
        Edit::RestoreActivity {
            activity: activity("a2"),
            at: 1,
        },
        4,
        today(),
    )
    .unwrap();
    assert_eq!(p.team, before.team);
    assert_eq!(p.activities, before.activities);
    assert_eq!(p.updated_ms, 4);
}

#[test]
fn a_place_past_the_end_puts_it_last() {
    let mut p = project();
    p.apply(Edit::AddExpert(expert("e1")), 2, today()).unwrap();
    p.apply(
        Edit::RestoreExpert {
            expert: expert("e9"),
            at: 7,
        },
        3,
        today(),
    )
    .unwrap();
    assert_eq!(ids(&p.team, |e| &e.id), ["e1", "e9"]);
}

#[test]
fn an_item_already_back_is_not_added_twice_and_says_so() {
    let mut p = project();
    p.apply(Edit::AddMember(member("m1")), 2, today()).unwrap();
    p.apply(Edit::AddActivity(activity("a1")), 2, today())
        .unwrap();
    let before = p.clone();
    let err = p
        .apply(
            Edit::RestoreMember {
                member: member("m1"),
                at: 0,
            },
            3,
            today(),
        )
        .unwrap_err();
    assert_eq!(
        (err.field, err.message.as_str()),
        (Field::Team, ALREADY_BACK)
    );
    let err = p
        .apply(
            Edit::RestoreActivity {
                activity: activity("a1"),
                at: 0,
            },
            3,
            today(),
        )
        .unwrap_err();
    assert_eq!(err.message, ALREADY_BACK);
    assert_eq!(p, before, "nothing changed, not even the update time");
}

#[test]
fn putting_back_is_checked_like_adding() {
    let mut p = project();
    let nameless = TeamMember {
        name: " ".into(),
        ..member("m1")
    };
    assert!(p
        .apply(
            Edit::RestoreMember {
                member: nameless,
                at: 0
            },
            2,
            today()
        )
        .is_err());
    for i in 0..limits::TEAM_SIZE {
        p.apply(Edit::AddMember(member(&format!("x{i}"))), 2, today())
            .unwrap();
    }
    let err = p
        .apply(
            Edit::RestoreMember {
                member: member("m1"),
                at: 0,
            },
            3,
            today(),
        )
        .unwrap_err();
    assert!(err.message.starts_with("A team can have up to"));
    assert_eq!(p.team.len(), limits::TEAM_SIZE);
}
