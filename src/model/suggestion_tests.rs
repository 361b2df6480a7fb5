use super::*;
use crate::model::activity::{Activity, ActivityKind};
use crate::model::expert::{ExpertDetails, ExpertRole};
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

fn person(name: &str, kind: Option<ExpertRole>) -> TeamMember {
    TeamMember {
        id: name.into(),
        name: name.into(),
        role: String::new(),
        expert: kind.map(|kind| ExpertDetails {
            kind,
            ..ExpertDetails::default()
        }),
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
            "Big I only long ago, with a carer on the team",
            vec![activity(CoLeading, 400)],
            1,
            InvolvementLevel::BigI,
        ),
        (
            "Big I only long ago, nobody on the team",
            vec![activity(CoLeading, 400)],
            0,
            InvolvementLevel::NoneYet,
        ),
        (
            "a carer on the team and nothing logged",
            vec![],
            1,
            InvolvementLevel::BigI,
        ),
        (
            "a carer on the team and a recent survey",
            vec![activity(Survey, 5)],
            1,
            InvolvementLevel::Both,
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
        p.team = (0..experts)
            .map(|i| person(&i.to_string(), Some(ExpertRole::Carer)))
            .chain([person("Staff", None)])
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
    p.team.push(person("R. K.", Some(ExpertRole::Carer)));
    p.team.push(person("Priya", None));
    let s = suggest(&p, today());
    assert_eq!(s.level, InvolvementLevel::Both);
    assert_eq!(
        s.reasons,
        [
            "R. K., a carer, is on the project team, which is Big I: service users and carers \
             working as partners in the project.",
            "2 Little i activities in the last six months asking people for their views, most \
             recently \u{201c}Survey\u{201d} on 23 November 2026.",
            "No Big I activity logged in the last six months: log the meetings, workshops and \
             tests they take part in.",
        ]
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
    p.team.push(person("A", Some(ExpertRole::ServiceUser)));
    p.team.push(person("Staff", None));
    assert_eq!(
        draft_notes(&p),
        "1 Expert by Experience (service user or carer) is on the project team.\n\
         Big I: co-design workshop.\n\
         Little i: survey.\n\
         You said: The leaflet is hard to read. We did: We rewrote it together."
    );
    assert_eq!(draft_notes(&project(vec![])), "");
}

#[test]
fn the_people_on_the_team_are_named_with_their_kind() {
    let mut p = project(vec![activity(ActivityKind::CoDesignWorkshop, 3)]);
    p.team = vec![
        person(" R. K. ", Some(ExpertRole::Carer)),
        person("Priya", None),
        person("J. M.", Some(ExpertRole::ServiceUser)),
        person("L. P.", Some(ExpertRole::Other)),
    ];
    let s = suggest(&p, today());
    assert_eq!(s.level, InvolvementLevel::BigI);
    assert_eq!(
        s.reasons[0],
        "R. K., a carer, J. M., a service user, and L. P., an Expert by Experience, are on the \
         project team, which is Big I: service users and carers working as partners in the project."
    );
    assert_eq!(
        s.reasons.len(),
        2,
        "Big I activity was logged: {:?}",
        s.reasons
    );
    p.team = (0..4)
        .map(|i| person(&i.to_string(), Some(ExpertRole::Carer)))
        .collect();
    assert!(suggest(&p, today()).reasons[0]
        .starts_with("4 service users and carers are on the project team"));
}

/// The case that went wrong: a carer on the team, nothing logged, and the
/// level recorded as Big I. The record agrees, so nothing offers to lower
/// the level; where it does disagree, the button says from and to.
#[test]
fn a_carer_on_the_team_never_suggests_lowering_big_i() {
    use crate::model::level_change::change_button;
    let mut p = project(vec![]);
    p.team.push(person("R. K.", Some(ExpertRole::Carer)));
    p.involvement = InvolvementLevel::BigI;
    let s = suggest(&p, today());
    assert_eq!(s.level, InvolvementLevel::BigI);
    assert!(!disagrees(&p, &s));
    p.involvement = InvolvementLevel::NoneYet;
    let s = suggest(&p, today());
    assert!(disagrees(&p, &s));
    assert_eq!(
        change_button(p.involvement, s.level),
        "Change from No involvement yet to Big I"
    );
}
