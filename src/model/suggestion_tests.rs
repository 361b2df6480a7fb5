use super::*;
use crate::model::activity::{Activity, ActivityKind};
use crate::model::expert::Expert;
use crate::model::TeamMember;

fn today() -> Date {
    Date::parse_iso("2026-11-26").unwrap()
}

fn days_ago(n: i64) -> Date {
    Date::from_unix_ms((today().days_since_epoch() - n) * 86_400_000)
}

fn activity(kind: ActivityKind, ago: i64) -> Activity {
    Activity {
        id: format!("{kind:?}{ago}"),
        date: days_ago(ago),
        kind,
        people: 3,
        hours_tenths: 20,
        said: String::new(),
        changed: String::new(),
    }
}

fn project(activities: Vec<Activity>) -> Project {
    Project {
        activities,
        ..Project::default()
    }
}

#[test]
fn each_kind_alone_suggests_its_level() {
    for kind in ActivityKind::ALL {
        let s = suggest(&project(vec![activity(kind, 10)]), today());
        let expected = match kind.level() {
            Level::BigI => InvolvementLevel::BigI,
            Level::LittleI => InvolvementLevel::LittleI,
        };
        assert_eq!(s.level, expected, "{kind:?}");
        assert!(s.reasons[0].contains(kind.label()), "{:?}", s.reasons);
    }
}

#[test]
fn table_of_cases() {
    use ActivityKind::*;
    let cases: Vec<(&str, Vec<Activity>, usize, InvolvementLevel)> = vec![
        ("nothing at all", vec![], 0, InvolvementLevel::NoneYet),
        (
            "only surveys and focus groups",
            vec![activity(Survey, 5), activity(FocusGroup, 40)],
            0,
            InvolvementLevel::LittleI,
        ),
        (
            "expert on team taking part recently",
            vec![activity(TeamMeeting, 14)],
            1,
            InvolvementLevel::BigI,
        ),
        (
            "both kinds",
            vec![activity(CoDesignWorkshop, 3), activity(KioskFeedback, 2)],
            1,
            InvolvementLevel::Both,
        ),
        (
            "Big I only long ago",
            vec![activity(CoLeading, 400)],
            1,
            InvolvementLevel::NoneYet,
        ),
        (
            "old Big I, recent survey",
            vec![activity(CoLeading, 400), activity(Survey, 1)],
            0,
            InvolvementLevel::LittleI,
        ),
        (
            "exactly six months ago still counts",
            vec![activity(PdsaTest, RECENT_DAYS)],
            0,
            InvolvementLevel::BigI,
        ),
        (
            "a day past six months does not",
            vec![activity(PdsaTest, RECENT_DAYS + 1)],
            0,
            InvolvementLevel::NoneYet,
        ),
    ];
    for (name, activities, experts, level) in cases {
        let mut p = project(activities);
        p.experts = (0..experts)
            .map(|i| Expert {
                id: i.to_string(),
                ..Expert::default()
            })
            .collect();
        assert_eq!(suggest(&p, today()).level, level, "{name}");
    }
}

#[test]
fn reasons_are_in_words() {
    let mut p = project(vec![
        activity(ActivityKind::Survey, 3),
        activity(ActivityKind::Survey, 30),
    ]);
    p.team.push(TeamMember {
        id: "t".into(),
        name: "A".into(),
        role: String::new(),
        expert_by_experience: true,
    });
    let s = suggest(&p, today());
    assert_eq!(s.level, InvolvementLevel::LittleI);
    assert!(
        s.reasons[0].starts_with("2 Little i activities in the last six months"),
        "{:?}",
        s.reasons
    );
    assert!(
        s.reasons[1].contains("1 Expert by Experience is on the team, but no Big I activity"),
        "{:?}",
        s.reasons
    );
    let none = suggest(&project(vec![]), today());
    assert_eq!(
        none.reasons,
        vec!["No involvement activity has been logged yet.".to_string()]
    );
}

#[test]
fn disagreement() {
    let mut p = project(vec![activity(ActivityKind::CoLeading, 1)]);
    let s = suggest(&p, today());
    assert!(disagrees(&p, &s), "not recorded disagrees");
    p.involvement = InvolvementLevel::BigI;
    assert!(!disagrees(&p, &s));
    p.involvement = InvolvementLevel::LittleI;
    assert!(disagrees(&p, &s));
}

#[test]
fn draft_notes_from_the_record() {
    let mut p = project(vec![
        activity(ActivityKind::Survey, 20),
        activity(ActivityKind::CoDesignWorkshop, 5),
        activity(ActivityKind::Survey, 2),
    ]);
    p.activities[1].said = "The leaflet is hard to read.".into();
    p.activities[1].changed = "We rewrote it together.".into();
    p.experts.push(Expert {
        id: "e".into(),
        name: "A".into(),
        ..Expert::default()
    });
    assert_eq!(
        draft_notes(&p),
        "1 Expert by Experience (service user or carer) is on the project team.\n\
         Big I: co-design workshop.\n\
         Little i: survey.\n\
         You said: The leaflet is hard to read. We did: We rewrote it together."
    );
    assert_eq!(draft_notes(&project(vec![])), "");
}
