//! The dashboard on a fixed set of six projects, as of 15 June 2026.

use super::*;
use crate::model::activity::Activity;
use crate::model::expert::ExpertDetails;
use crate::model::level_history::LevelChange;
use crate::model::ProgressScore;
use crate::model::TeamMember;

fn day(y: u16, m: u8, d: u8) -> Date {
    Date::new(y, m, d).expect("a real date")
}

fn today() -> Date {
    day(2026, 6, 15)
}

/// Mid-morning on `date`, in Unix milliseconds.
fn ms(date: Date) -> i64 {
    date.days_since_epoch() * 86_400_000 + 10 * 3_600_000
}

fn at(date: Date, level: InvolvementLevel) -> LevelChange {
    LevelChange { date, level }
}

fn activity(id: &str, date: Date, kind: ActivityKind, hours_tenths: u32) -> Activity {
    Activity {
        id: id.into(),
        date,
        kind,
        people: 3,
        hours_tenths,
        said: String::new(),
        changed: String::new(),
    }
}

fn expert(id: &str, name: &str, induction: Option<Date>) -> TeamMember {
    TeamMember {
        id: id.into(),
        name: name.into(),
        role: "Carer".into(),
        expert: Some(ExpertDetails {
            induction_given: induction,
            ..ExpertDetails::default()
        }),
    }
}

fn project(id: &str, title: &str, created: Date) -> Project {
    Project {
        id: id.into(),
        title: title.into(),
        created_ms: ms(created),
        updated_ms: ms(created),
        ..Project::default()
    }
}

/// Six projects: A to D and F count; E is archived and never does.
fn projects() -> Vec<Project> {
    use ActivityKind::*;
    use InvolvementLevel::*;
    let mut a = project("a", "Falls", day(2025, 5, 1));
    a.service = "Ward 7".into();
    a.lead = "Priya Shah".into();
    a.involvement = BigI;
    a.level_history = vec![at(day(2025, 6, 1), BigI)];
    a.involvement_notes = "Two carers on the team.".into();
    a.team = vec![
        expert("e1", "J. M.", Some(day(2025, 6, 2))),
        expert("e2", "R. K.", None),
    ];
    a.activities = vec![
        activity("a1", day(2026, 3, 10), CoDesignWorkshop, 30),
        activity("a2", day(2026, 5, 1), FocusGroup, 15),
        // The day before the twelve months start: not counted.
        activity("a3", day(2025, 6, 30), Survey, 10),
    ];
    a.progress = ProgressScore::parse("2.5");
    // Exactly 90 days ago: not yet stale.
    a.progress_changed = Some(day(2026, 3, 17));

    let mut b = project("b", "Discharge letters", day(2025, 9, 1));
    b.service = " ward 7 ".into();
    b.lead = "Sam Lee".into();
    b.involvement = Both;
    // Big I from the last day of January.
    b.level_history = vec![at(day(2025, 9, 15), LittleI), at(day(2026, 1, 31), Both)];
    b.activities = vec![
        activity("b1", day(2026, 1, 20), Survey, 20),
        activity("b2", day(2026, 1, 31), OnProjectTeam, 10),
    ];
    b.progress = ProgressScore::parse("3.0");
    // 91 days ago: stale.
    b.progress_changed = Some(day(2026, 3, 16));

    // Created in the middle of the year, with no level yet.
    let mut c = project("c", "Pressure ulcers", day(2026, 2, 14));
    c.service = "Community".into();
    c.lead = "priya shah".into();

    let mut d = project("d", "Waiting times", day(2025, 8, 1));
    d.status = Status::OnHold;
    d.service = "Outpatients".into();
    d.lead = "Sam Lee".into();
    d.involvement = LittleI;
    d.level_history = vec![at(day(2025, 8, 1), LittleI)];
    d.involvement_notes = "Kiosk in clinic.".into();
    d.activities = vec![activity("d1", day(2026, 2, 1), KioskFeedback, 5)];
    // A score with no date of change.
    d.progress = ProgressScore::parse("1.0");

    let mut e = project("e", "Old audit", day(2025, 1, 1));
    e.archived = true;
    e.service = "Theatres".into();
    e.involvement = BigI;
    e.level_history = vec![at(day(2025, 1, 1), BigI)];
    e.team = vec![expert("e1", "Z. Z.", None)];
    e.activities = vec![activity("e1", day(2026, 4, 1), CoLeading, 50)];

    let mut f = project("f", "Medication", day(2025, 6, 1));
    f.status = Status::Completed;
    f.service = "Pharmacy".into();
    f.involvement = Both;
    f.level_history = vec![at(day(2025, 7, 31), BigI), at(day(2026, 5, 20), Both)];
    f.involvement_notes = "Co-designed the leaflet.".into();
    f.team = vec![expert("f1", "A. B.", Some(day(2025, 7, 1)))];
    f.activities = vec![
        // The first day of the twelve months: counted.
        activity("f1", day(2025, 7, 1), PdsaTest, 25),
        // After today (a device with its clock ahead): not counted.
        activity("f2", day(2026, 7, 1), TeamMeeting, 40),
    ];
    vec![a, b, c, d, e, f]
}

fn all() -> Dashboard {
    Dashboard::build(&projects(), &Scope::default(), today())
}

fn ids(filter: &ListFilter) -> Vec<String> {
    projects()
        .into_iter()
        .filter(|p| filter.matches(p, today()))
        .map(|p| p.id)
        .collect()
}

fn share(f: &Figure) -> (u64, Option<u64>) {
    (f.value, f.of)
}

#[test]
fn headline() {
    let h = all().headline;
    assert_eq!(share(&h.active), (3, Some(5)));
    assert_eq!(share(&h.big_i), (2, Some(3)));
    assert_eq!(h.big_i.percent(), Some(67));
    assert_eq!(share(&h.not_recorded), (1, Some(3)));
    assert_eq!(h.not_recorded.percent(), Some(33));
    assert_eq!(ids(&h.big_i.filter), ["a", "b"]);
    assert_eq!(h.big_i.filter.to_query(), "level=any-big-i&status=active");
    assert_eq!(ids(&h.not_recorded.filter), ["c"]);
}

#[test]
fn by_level_and_status() {
    let d = all();
    let levels: Vec<_> = d.by_level.iter().map(|(l, f)| (*l, share(f))).collect();
    use InvolvementLevel::*;
    assert_eq!(
        levels,
        [
            (NotRecorded, (1, Some(5))),
            (NoneYet, (0, Some(5))),
            (LittleI, (1, Some(5))),
            (BigI, (1, Some(5))),
            (Both, (2, Some(5)))
        ]
    );
    let statuses: Vec<_> = d.by_status.iter().map(|(s, f)| (*s, share(f))).collect();
    assert_eq!(
        statuses,
        [
            (Status::Active, (3, Some(5))),
            (Status::OnHold, (1, Some(5))),
            (Status::Completed, (1, Some(5))),
            (Status::Closed, (0, Some(5)))
        ]
    );
    assert_eq!(ids(&d.by_level[4].1.filter), ["b", "f"]);
}

#[test]
fn trend_at_each_month_end() {
    let trend = all().trend;
    let points: Vec<(String, u64, Option<u64>)> = trend
        .iter()
        .map(|p| (p.day.iso(), p.big_i.value, p.big_i.of))
        .collect();
    let expect = |d: &str, n, of| (d.to_string(), n, Some(of));
    assert_eq!(
        points,
        [
            expect("2025-07-31", 1, 1),
            // B is created on 1 September.
            expect("2025-08-31", 1, 1),
            expect("2025-09-30", 1, 2),
            expect("2025-10-31", 1, 2),
            expect("2025-11-30", 1, 2),
            expect("2025-12-31", 1, 2),
            // B's change to both on the last day of January counts in January.
            expect("2026-01-31", 2, 2),
            // C, created on 14 February with no level, joins the count.
            expect("2026-02-28", 2, 3),
            expect("2026-03-31", 2, 3),
            expect("2026-04-30", 2, 3),
            expect("2026-05-31", 2, 3),
            // This month is measured today, and agrees with the headline.
            expect("2026-06-15", 2, 3),
        ]
    );
    let january = &trend[6].big_i.filter;
    assert_eq!(
        january.to_query(),
        "level=any-big-i&status=active&on=2026-01-31"
    );
    assert_eq!(ids(january), ["a", "b"]);
    assert_eq!(ids(&trend[5].big_i.filter), ["a"]);
    assert_eq!(all().headline.big_i.value, trend[11].big_i.value);
}

#[test]
fn trend_days_cross_a_year_and_a_leap_february() {
    let days: Vec<String> = trend_days(day(2024, 12, 1))
        .into_iter()
        .map(Date::iso)
        .collect();
    assert_eq!(days[0], "2024-01-31");
    assert_eq!(days[1], "2024-02-29");
    assert_eq!(days[10], "2024-11-30");
    assert_eq!(days[11], "2024-12-01");
}

#[test]
fn totals_over_twelve_months() {
    use ActivityKind::*;
    let t = all().totals;
    assert_eq!(t.since, day(2025, 7, 1));
    assert_eq!(t.experts.value, 3, "A's two and F's one; E is archived");
    assert_eq!(ids(&t.experts.filter), ["a", "f"]);
    assert_eq!(
        (t.little_i.activities.value, t.little_i.hours_tenths),
        (3, 40)
    );
    assert_eq!((t.big_i.activities.value, t.big_i.hours_tenths), (3, 65));
    assert_eq!(ids(&t.little_i.activities.filter), ["a", "b", "d"]);
    assert_eq!(ids(&t.big_i.activities.filter), ["a", "b", "f"]);
    assert_eq!(
        t.little_i.activities.filter.to_query(),
        "activity=little-i&since=2025-07-01"
    );
    let kinds: Vec<(ActivityKind, u64)> = t
        .by_kind
        .iter()
        .filter(|(_, f)| f.value > 0)
        .map(|(k, f)| (*k, f.value))
        .collect();
    assert_eq!(
        kinds,
        [
            (Survey, 1),
            (FocusGroup, 1),
            (KioskFeedback, 1),
            (CoDesignWorkshop, 1),
            (OnProjectTeam, 1),
            (PdsaTest, 1)
        ]
    );
    assert_eq!(t.by_kind.len(), ActivityKind::ALL.len());
    // Every kind's link lists exactly the projects it counted.
    for (kind, figure) in &t.by_kind {
        assert_eq!(ids(&figure.filter).len() as u64, figure.value, "{kind:?}");
    }
}

#[test]
fn attention_lists() {
    let lists = all().attention;
    let listed =
        |i: usize| -> Vec<String> { lists[i].items.iter().map(|x| x.id.clone()).collect() };
    assert_eq!(lists[0].attention, None);
    assert_eq!(listed(0), ["c"]);
    assert_eq!(lists[1].attention, Some(Attention::NoNotes));
    assert_eq!(listed(1), ["b"]);
    // A says Big I but logged Little i too; F's only recent activity is
    // dated after today, so nothing recent supports its level.
    assert_eq!(listed(2), ["a", "f"]);
    // A's score changed exactly 90 days ago, B's 91; D's has no date.
    assert_eq!(listed(3), ["b", "d"]);
    assert_eq!(listed(4), ["a"]);
    assert_eq!(lists[4].items[0].people, ["R. K."]);
    assert_eq!(lists[4].items[0].title, "Falls");
    for list in &lists {
        assert_eq!(ids(&list.filter), listed_ids(list));
    }
}

fn listed_ids(list: &AttentionList) -> Vec<String> {
    list.items.iter().map(|x| x.id.clone()).collect()
}

#[test]
fn a_scope_narrows_every_figure() {
    let ward = Scope {
        service: "WARD 7".into(),
        lead: String::new(),
    };
    let d = Dashboard::build(&projects(), &ward, today());
    assert_eq!(share(&d.headline.active), (2, Some(2)));
    assert_eq!(share(&d.headline.big_i), (2, Some(2)));
    assert_eq!(d.headline.big_i.percent(), Some(100));
    assert_eq!(
        d.headline.big_i.filter.to_query(),
        "level=any-big-i&status=active&service=WARD%207"
    );
    assert_eq!(d.totals.experts.value, 2);
    let priya = Scope {
        service: String::new(),
        lead: " priya SHAH".into(),
    };
    let d = Dashboard::build(&projects(), &priya, today());
    assert_eq!(ids(&d.headline.active.filter), ["a", "c"]);
    assert_eq!(share(&d.headline.not_recorded), (1, Some(2)));
    assert_eq!(d.trend[0].big_i.of, Some(1));
}

#[test]
fn nothing_in_scope_gives_zero_shares() {
    let d = Dashboard::build(&[], &Scope::default(), today());
    assert_eq!(share(&d.headline.big_i), (0, Some(0)));
    assert_eq!(d.headline.big_i.percent(), Some(0));
    assert!(d.attention.iter().all(|l| l.items.is_empty()));
}

#[test]
fn every_count_of_projects_is_what_its_link_lists() {
    let d = all();
    let mut figures: Vec<&Figure> = vec![
        &d.headline.active,
        &d.headline.big_i,
        &d.headline.not_recorded,
    ];
    figures.extend(d.by_level.iter().map(|(_, f)| f));
    figures.extend(d.by_status.iter().map(|(_, f)| f));
    figures.extend(d.trend.iter().map(|p| &p.big_i));
    for f in figures {
        assert_eq!(ids(&f.filter).len() as u64, f.value, "{:?}", f.filter);
        // And the link reads back as the same filter.
        assert_eq!(ListFilter::from_query(&f.filter.to_query()), f.filter);
    }
}

#[test]
fn scope_choices_are_distinct_in_any_case() {
    let (services, leads) = scope_choices(&projects());
    assert_eq!(services, ["Community", "Outpatients", "Pharmacy", "Ward 7"]);
    assert_eq!(leads, ["Priya Shah", "Sam Lee"]);
}
