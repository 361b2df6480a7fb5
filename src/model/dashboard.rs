//! The portfolio dashboard's figures: pure functions of the projects, the
//! day, and the service or lead the person narrowed it to.
//!
//! Archived projects are always left out. Every figure carries the
//! [`ListFilter`] that shows its projects on the project list, so the
//! screen can link each number to them.

#![warn(missing_docs)]

use super::activity::{ActivityKind, Level};
use super::list_filter::{ActivityFilter, Attention, LevelFilter, ListFilter};
use super::lowercase::lowercase;
use super::{Date, InvolvementLevel, Project, Status};

/// What the person narrowed the dashboard to: a service or location and a
/// lead, each matched on trimmed text in any case; empty for all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scope {
    /// The service or location; empty for all.
    pub service: String,
    /// The project lead; empty for all.
    pub lead: String,
}

impl Scope {
    /// A list filter for this scope alone, to build the others on.
    pub fn filter(&self) -> ListFilter {
        ListFilter {
            service: self.service.trim().to_string(),
            lead: self.lead.trim().to_string(),
            ..ListFilter::default()
        }
    }
}

/// One number, what it is out of (for a share), and the projects behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    /// The number itself (a count, or hours in tenths where so named).
    pub value: u64,
    /// The whole the value is a share of; `None` for a plain count.
    pub of: Option<u64>,
    /// The projects behind the number, for a link to the project list.
    pub filter: ListFilter,
}

impl Figure {
    /// The share as a whole percentage, rounded half up; 0 of nothing is 0.
    pub fn percent(&self) -> Option<u64> {
        self.of.map(|of| match of {
            0 => 0,
            of => (self.value * 200 + of) / (2 * of),
        })
    }
}

/// The figures at the top of the dashboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    /// Active projects, out of all in scope.
    pub active: Figure,
    /// Active projects with Big I (Big I, or both), out of the active ones.
    pub big_i: Figure,
    /// Active projects with no level recorded, out of the active ones.
    pub not_recorded: Figure,
}

/// One month of the trend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendPoint {
    /// The day the month is measured on: its last day, or today for the
    /// month we are in.
    pub day: Date,
    /// Active projects with Big I that day, out of the active projects
    /// that existed then.
    pub big_i: Figure,
}

/// Totals of the activity logs over the trend's twelve months.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Totals {
    /// The first day counted (the first of the month eleven months ago);
    /// the last is today.
    pub since: Date,
    /// Experts by Experience on the projects' teams (all of them, not only
    /// those who joined in the twelve months).
    pub experts: Figure,
    /// Little i activities (asking for views).
    pub little_i: ClassTotal,
    /// Big I activities (partnership in the project).
    pub big_i: ClassTotal,
    /// Activities of each kind, in the order of [`ActivityKind::ALL`].
    pub by_kind: Vec<(ActivityKind, Figure)>,
}

/// Activities of one class (Little i or Big I) and their hours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassTotal {
    /// How many activities; its filter lists the projects that logged them.
    pub activities: Figure,
    /// Hours of service users' and carers' time, in tenths.
    pub hours_tenths: u64,
}

/// A project that needs attention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttentionItem {
    /// The project's id, to link to it.
    pub id: String,
    /// The project's title, as shown.
    pub title: String,
    /// For [`Attention::NoInduction`], who has no induction recorded;
    /// otherwise empty.
    pub people: Vec<String>,
}

/// One list of projects that need attention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttentionList {
    /// `None` for the list of projects with no level recorded.
    pub attention: Option<Attention>,
    /// The filter that shows the same projects on the project list.
    pub filter: ListFilter,
    /// The projects, in the order given.
    pub items: Vec<AttentionItem>,
}

/// Everything the dashboard shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dashboard {
    /// The headline figures.
    pub headline: Headline,
    /// Projects at each level, in the drop-down's order.
    pub by_level: Vec<(InvolvementLevel, Figure)>,
    /// Projects with each status.
    pub by_status: Vec<(Status, Figure)>,
    /// The twelve months of the Big I trend, oldest first.
    pub trend: Vec<TrendPoint>,
    /// The activity logs' totals over the same twelve months.
    pub totals: Totals,
    /// No level recorded first, then each [`Attention`] in its order.
    pub attention: Vec<AttentionList>,
}

impl Dashboard {
    /// Every figure for `projects` in `scope` as of `today`.
    pub fn build(projects: &[Project], scope: &Scope, today: Date) -> Dashboard {
        Dashboard {
            headline: headline(projects, scope, today),
            by_level: by_level(projects, scope, today),
            by_status: by_status(projects, scope, today),
            trend: trend(projects, scope, today),
            totals: totals(projects, scope, today),
            attention: attention(projects, scope, today),
        }
    }
}

/// The share of `filter`'s projects among `whole`'s.
fn share(projects: &[Project], filter: ListFilter, whole: &ListFilter, today: Date) -> Figure {
    Figure {
        value: count(projects, &filter, today),
        of: Some(count(projects, whole, today)),
        filter,
    }
}

fn count(projects: &[Project], filter: &ListFilter, today: Date) -> u64 {
    projects.iter().filter(|p| filter.matches(p, today)).count() as u64
}

/// How many active projects there are, and how many of them have Big I
/// and have no level recorded.
pub fn headline(projects: &[Project], scope: &Scope, today: Date) -> Headline {
    let active = ListFilter {
        status: Some(Status::Active),
        ..scope.filter()
    };
    let with_level = |level| ListFilter {
        level: Some(level),
        ..active.clone()
    };
    Headline {
        active: share(projects, active.clone(), &scope.filter(), today),
        big_i: share(projects, with_level(LevelFilter::AnyBigI), &active, today),
        not_recorded: share(
            projects,
            with_level(LevelFilter::Is(InvolvementLevel::NotRecorded)),
            &active,
            today,
        ),
    }
}

/// Projects at each level, out of all in scope, in the drop-down's order.
pub fn by_level(
    projects: &[Project],
    scope: &Scope,
    today: Date,
) -> Vec<(InvolvementLevel, Figure)> {
    InvolvementLevel::ALL
        .into_iter()
        .map(|level| {
            let filter = ListFilter {
                level: Some(LevelFilter::Is(level)),
                ..scope.filter()
            };
            (level, share(projects, filter, &scope.filter(), today))
        })
        .collect()
}

/// Projects with each status, out of all in scope.
pub fn by_status(projects: &[Project], scope: &Scope, today: Date) -> Vec<(Status, Figure)> {
    Status::ALL
        .into_iter()
        .map(|status| {
            let filter = ListFilter {
                status: Some(status),
                ..scope.filter()
            };
            (status, share(projects, filter, &scope.filter(), today))
        })
        .collect()
}

/// The day each of the last twelve months is measured on, oldest first:
/// the last day of each of the eleven months before this one, then today.
pub fn trend_days(today: Date) -> Vec<Date> {
    let mut days = vec![today];
    let mut day = today;
    for _ in 0..11 {
        // The day before the first of a month is the last of the one before.
        day = first_of_month(day).add_days(-1);
        days.push(day);
    }
    days.reverse();
    days
}

fn first_of_month(day: Date) -> Date {
    Date::new(day.year(), day.month(), 1).unwrap_or(day)
}

/// The share of active projects with Big I on each of [`trend_days`].
///
/// On a day `d`, a project counts if it is in scope and active (the status
/// has no history, so today's status stands for every month) and was
/// created by the end of `d`; it has Big I if its level at the end of `d`,
/// from its level history (see [`level_at`](super::list_filter::level_at)), is Big I or both. The last
/// point, today, is the headline's share.
pub fn trend(projects: &[Project], scope: &Scope, today: Date) -> Vec<TrendPoint> {
    trend_days(today)
        .into_iter()
        .map(|day| {
            let existing = ListFilter {
                status: Some(Status::Active),
                on: Some(day),
                ..scope.filter()
            };
            let with_big_i = ListFilter {
                level: Some(LevelFilter::AnyBigI),
                ..existing.clone()
            };
            TrendPoint {
                day,
                big_i: share(projects, with_big_i, &existing, today),
            }
        })
        .collect()
}

/// What the activity logs of the projects in scope add up to over the
/// trend's twelve months, from the first of the month eleven months ago
/// up to today (an activity dated after today is not counted).
pub fn totals(projects: &[Project], scope: &Scope, today: Date) -> Totals {
    let since = first_of_month(trend_days(today)[0]);
    let in_scope: Vec<&Project> = projects
        .iter()
        .filter(|p| scope.filter().matches(p, today))
        .collect();
    let logged = || {
        in_scope
            .iter()
            .flat_map(|p| &p.activities)
            .filter(|a| a.date >= since && a.date <= today)
    };
    let with_activity = |activity| ListFilter {
        activity: Some(activity),
        since: Some(since),
        ..scope.filter()
    };
    let class = |level: Level| {
        let of_class = || logged().filter(move |a| a.kind.level() == level);
        ClassTotal {
            activities: Figure {
                value: of_class().count() as u64,
                of: None,
                filter: with_activity(ActivityFilter::Class(level)),
            },
            hours_tenths: of_class().map(|a| u64::from(a.hours_tenths)).sum(),
        }
    };
    Totals {
        since,
        experts: Figure {
            value: in_scope.iter().map(|p| p.experts_on_team() as u64).sum(),
            of: None,
            filter: ListFilter {
                experts: true,
                ..scope.filter()
            },
        },
        little_i: class(Level::LittleI),
        big_i: class(Level::BigI),
        by_kind: ActivityKind::ALL
            .into_iter()
            .map(|kind| {
                let figure = Figure {
                    value: logged().filter(|a| a.kind == kind).count() as u64,
                    of: None,
                    filter: with_activity(ActivityFilter::Kind(kind)),
                };
                (kind, figure)
            })
            .collect(),
    }
}

/// The lists of projects that need attention, each in the projects' order:
/// no level recorded, then each [`Attention`].
pub fn attention(projects: &[Project], scope: &Scope, today: Date) -> Vec<AttentionList> {
    let no_level = ListFilter {
        level: Some(LevelFilter::Is(InvolvementLevel::NotRecorded)),
        ..scope.filter()
    };
    let lists = std::iter::once((None, no_level)).chain(Attention::ALL.into_iter().map(|a| {
        let filter = ListFilter {
            needs: Some(a),
            ..scope.filter()
        };
        (Some(a), filter)
    }));
    lists
        .map(|(attention, filter)| AttentionList {
            items: projects
                .iter()
                .filter(|p| filter.matches(p, today))
                .map(|p| AttentionItem {
                    id: p.id.clone(),
                    title: p.display_title().to_string(),
                    people: match attention {
                        Some(Attention::NoInduction) => p
                            .experts()
                            .filter(|(_, e)| e.induction_given.is_none())
                            .map(|(m, _)| m.name.clone())
                            .collect(),
                        _ => Vec::new(),
                    },
                })
                .collect(),
            attention,
            filter,
        })
        .collect()
}

/// The services or locations, and the leads, of the projects that are not
/// archived, for the dashboard's two filters: each once (in any case, as
/// first written), sorted without regard to case, blanks left out.
pub fn scope_choices(projects: &[Project]) -> (Vec<String>, Vec<String>) {
    let distinct = |text: fn(&Project) -> &str| {
        let mut seen = std::collections::BTreeMap::new();
        for p in projects.iter().filter(|p| !p.archived) {
            let t = text(p).trim();
            if !t.is_empty() {
                seen.entry(lowercase(t)).or_insert_with(|| t.to_string());
            }
        }
        seen.into_values().collect::<Vec<_>>()
    };
    (distinct(|p| &p.service), distinct(|p| &p.lead))
}

#[cfg(test)]
#[path = "dashboard_tests.rs"]
mod tests;
