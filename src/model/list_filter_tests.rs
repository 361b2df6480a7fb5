use super::*;
use crate::model::activity::{Activity, ActivityKind};
use crate::model::level_history::LevelChange;
use crate::model::ProgressScore;
use crate::model::TeamMember;
use proptest::prelude::*;

fn day(y: u16, m: u8, d: u8) -> Date {
    Date::new(y, m, d).expect("a real date")
}

fn today() -> Date {
    day(2026, 6, 15)
}

#[test]
fn every_key_round_trips_through_a_query() {
    let filter = ListFilter {
        level: Some(LevelFilter::AnyBigI),
        status: Some(Status::OnHold),
        service: "Ward 7 & A&E = 100%".into(),
        lead: "Zoë O'Neil".into(),
        on: Some(day(2026, 1, 31)),
        needs: Some(Attention::StaleProgress),
        activity: Some(ActivityFilter::Class(Level::BigI)),
        since: Some(day(2025, 7, 1)),
        experts: true,
    };
    let query = filter.to_query();
    assert!(
        query.starts_with(
            "level=any-big-i&status=on_hold&service=Ward%207%20%26%20A%26E%20%3D%20100%25&"
        ),
        "{query}"
    );
    assert_eq!(ListFilter::from_query(&query), filter);
    assert_eq!(ListFilter::from_query(&format!("?{query}")), filter);
    for level in InvolvementLevel::ALL {
        let f = ListFilter {
            level: Some(LevelFilter::Is(level)),
            ..ListFilter::default()
        };
        assert_eq!(ListFilter::from_query(&f.to_query()), f);
    }
    for kind in ActivityKind::ALL {
        let f = ListFilter {
            activity: Some(ActivityFilter::Kind(kind)),
            ..ListFilter::default()
        };
        assert_eq!(ListFilter::from_query(&f.to_query()), f);
    }
    for needs in Attention::ALL {
        let f = ListFilter {
            needs: Some(needs),
            ..ListFilter::default()
        };
        assert_eq!(ListFilter::from_query(&f.to_query()), f);
    }
    assert_eq!(ListFilter::default().to_query(), "");
}

#[test]
fn unknown_keys_and_values_are_ignored() {
    let f = ListFilter::from_query("level=huge&colour=red&status=active&on=2026-02-30&x&%zz=%");
    assert_eq!(
        f,
        ListFilter {
            status: Some(Status::Active),
            ..ListFilter::default()
        }
    );
    assert_eq!(ListFilter::from_query("lead=J+Smith").lead, "J Smith");
    assert_eq!(
        ListFilter::from_query("lead=%+5").lead,
        "%+5".replace('+', " ")
    );
}

#[test]
fn service_and_lead_match_trimmed_in_any_case_and_archived_never_passes() {
    let mut p = Project {
        service: " Ward 7 ".into(),
        lead: "Priya SHAH".into(),
        ..Project::default()
    };
    let f = ListFilter::from_query("service=ward%207&lead=priya%20shah%20");
    assert!(f.matches(&p, today()));
    assert!(!ListFilter::from_query("service=ward").matches(&p, today()));
    p.archived = true;
    assert!(!f.matches(&p, today()));
    assert!(!ListFilter::default().matches(&p, today()));
}

#[test]
fn a_level_on_a_day_comes_from_the_history() {
    let p = Project {
        involvement: InvolvementLevel::BigI,
        created_ms: day(2026, 1, 10).days_since_epoch() * 86_400_000,
        level_history: vec![
            LevelChange {
                date: day(2026, 2, 1),
                level: InvolvementLevel::LittleI,
            },
            LevelChange {
                date: day(2026, 3, 31),
                level: InvolvementLevel::BigI,
            },
        ],
        ..Project::default()
    };
    let on = |iso: &str, level: &str| {
        ListFilter::from_query(&format!("on={iso}&level={level}")).matches(&p, today())
    };
    assert!(!on("2026-01-09", "not_recorded"), "not created yet");
    assert!(on("2026-01-10", "not_recorded"));
    assert!(on("2026-03-30", "little_i"));
    assert!(
        on("2026-03-31", "any-big-i"),
        "a change on the day counts that day"
    );
    assert!(ListFilter::from_query("level=big_i").matches(&p, today()));
}

#[test]
fn progress_is_stale_after_ninety_days_exactly() {
    let mut p = Project {
        progress: ProgressScore::parse("2.0"),
        progress_changed: Some(today().add_days(-90)),
        ..Project::default()
    };
    assert!(
        !Attention::StaleProgress.applies(&p, today()),
        "90 days is not more than 90"
    );
    p.progress_changed = Some(today().add_days(-91));
    assert!(Attention::StaleProgress.applies(&p, today()));
    p.progress_changed = None;
    assert!(
        Attention::StaleProgress.applies(&p, today()),
        "an undated score is stale"
    );
    p.progress = None;
    assert!(
        !Attention::StaleProgress.applies(&p, today()),
        "no score, nothing to update"
    );
}

#[test]
fn activities_count_from_since_up_to_today() {
    let activity = |date: Date, kind| Activity {
        id: date.iso(),
        date,
        kind,
        people: 1,
        hours_tenths: 10,
        said: String::new(),
        changed: String::new(),
    };
    let p = Project {
        activities: vec![
            activity(day(2025, 6, 30), ActivityKind::CoLeading),
            activity(day(2026, 1, 5), ActivityKind::Survey),
        ],
        team: vec![TeamMember {
            expert: Some(Default::default()),
            ..TeamMember::default()
        }],
        ..Project::default()
    };
    let m = |q: &str| ListFilter::from_query(q).matches(&p, today());
    assert!(m("activity=little-i&since=2026-01-05"));
    assert!(!m("activity=big-i&since=2025-07-01"));
    assert!(m("activity=co_leading"));
    assert!(!m("since=2026-01-06"));
    assert!(m("experts=yes&needs=no-induction"));
    assert!(
        !m("needs=no-notes"),
        "no level recorded, so no notes are due"
    );
}

#[test]
fn extra_keys_are_told_apart_from_the_drop_downs_and_put_in_words() {
    let drop_downs = ListFilter::from_query("level=any-little-i&status=active");
    assert_eq!(drop_downs.describe_extra(), "");
    for key in [
        "service=x",
        "lead=x",
        "on=2026-01-31",
        "needs=no-notes",
        "activity=survey",
        "since=2026-01-01",
        "experts=yes",
    ] {
        let f = ListFilter::from_query(&format!("level=big_i&{key}"));
        assert!(!f.describe_extra().is_empty(), "{key}");
    }
    let f = ListFilter::from_query(
        "service=Ward%207&lead=Priya&on=2026-01-31&needs=stale-progress&activity=big-i&since=2025-07-01&experts=yes",
    );
    assert_eq!(
        f.describe_extra(),
        "service or location \u{201c}Ward 7\u{201d}; lead \u{201c}Priya\u{201d}; \
         projects that existed on 31 January 2026, with the level they had that day; \
         a progress score not changed for more than 90 days; \
         a Big I activity logged from 1 July 2025 to today; at least one Expert by Experience"
    );
    assert_eq!(
        ListFilter::from_query("activity=focus_group").describe_extra(),
        "a \u{201c}Focus group\u{201d} activity logged up to today"
    );
}

#[test]
fn the_words_for_stale_progress_name_the_same_number_of_days() {
    let days = STALE_PROGRESS_DAYS.to_string();
    assert!(Attention::StaleProgress.title().contains(&days));
    assert!(Attention::StaleProgress.describe().contains(&days));
}

#[test]
fn the_list_can_admit_archived_projects_but_the_dashboard_never_counts_them() {
    let p = Project {
        archived: true,
        ..Project::default()
    };
    let f = ListFilter::from_query("level=not_recorded");
    assert!(f.admits(&p, today()));
    assert!(!f.matches(&p, today()));
}

proptest! {
    #[test]
    fn any_text_survives_a_query(service in "\\PC{0,40}", lead in ".{0,40}") {
        let f = ListFilter { service: service.trim().to_string(), lead: lead.trim().to_string(), ..ListFilter::default() };
        prop_assert_eq!(ListFilter::from_query(&f.to_query()), f);
    }

    #[test]
    fn any_query_never_panics(query in ".{0,80}") {
        let _ = ListFilter::from_query(&query);
    }
}
