//! A filter on the project list that reproduces one dashboard figure, and
//! that can be written in a link's query (`level=any-big-i&status=active`)
//! so every number on the dashboard opens the projects behind it, and a
//! bookmark or a reload keeps the filter.
//!
//! Archived projects never pass: the dashboard leaves them out.
//!
//! | key | value | passes projects that |
//! | --- | --- | --- |
//! | `level` | a level's code (`big_i`, ...), `any-big-i` or `any-little-i` | have that level (or both, for the `any-` ones) |
//! | `status` | a status code (`active`, ...) | have that status |
//! | `service` | text | work in that service or location (trimmed, any case) |
//! | `lead` | text | have that lead (trimmed, any case) |
//! | `on` | `YYYY-MM-DD` | existed by the end of that day; `level` is then judged as it was that day, from the level history |
//! | `needs` | `no-notes`, `disagrees`, `stale-progress`, `no-induction` | need that attention (see [`Attention`]) |
//! | `activity` | a kind's code, `little-i` or `big-i` | logged such an activity (from `since`, up to today) |
//! | `since` | `YYYY-MM-DD` | logged an activity on or after that day (up to today) |
//! | `experts` | `yes` | have an Expert by Experience |
//!
//! A key or value this build does not know is ignored, so a link from
//! another version still opens the list.

#![warn(missing_docs)]

use super::activity::Level;
use super::level_history::level_on;
use super::lowercase::lowercase;
use super::percent::{percent_decode, percent_encode};
use super::{Date, InvolvementLevel, Project, Status};

pub use super::list_criteria::{ActivityFilter, Attention, LevelFilter, STALE_PROGRESS_DAYS};

/// A filter on the project list; the default lets every project that is
/// not archived through. See the module's table for each field's key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// Only projects at this level (on `on`, if set).
    pub level: Option<LevelFilter>,
    /// Only projects with this status.
    pub status: Option<Status>,
    /// Empty for any service or location.
    pub service: String,
    /// Empty for any lead.
    pub lead: String,
    /// Judge `level` on this day, and only count projects created by then.
    pub on: Option<Date>,
    /// Only projects that need this attention.
    pub needs: Option<Attention>,
    /// Only projects that logged such an activity (from `since`).
    pub activity: Option<ActivityFilter>,
    /// Only projects that logged an activity on or after this day.
    pub since: Option<Date>,
    /// Only projects with at least one Expert by Experience.
    pub experts: bool,
}

/// Whether two pieces of text name the same thing: trimmed, in any case.
/// An empty `wanted` matches anything.
pub fn same_text(wanted: &str, text: &str) -> bool {
    let wanted = wanted.trim();
    wanted.is_empty() || lowercase(wanted) == lowercase(text.trim())
}

/// A project's level at the end of `day`: from its level history, or its
/// current level if that has never been dated (no history at all).
pub fn level_at(project: &Project, day: Date) -> InvolvementLevel {
    if project.level_history.is_empty() {
        project.involvement
    } else {
        level_on(&project.level_history, day)
    }
}

impl ListFilter {
    /// Whether `project` passes, as of `today`.
    pub fn matches(&self, project: &Project, today: Date) -> bool {
        !project.archived && self.admits(project, today)
    }

    /// Whether `project` passes, archived or not: the project list, which
    /// can be asked to show archived projects too, applies the filter so.
    pub fn admits(&self, project: &Project, today: Date) -> bool {
        if !same_text(&self.service, &project.service)
            || !same_text(&self.lead, &project.lead)
            || self.status.is_some_and(|s| s != project.status)
            || self.experts && project.experts_on_team() == 0
            || self.needs.is_some_and(|a| !a.applies(project, today))
        {
            return false;
        }
        let level = match self.on {
            Some(day) if Date::from_unix_ms(project.created_ms) > day => return false,
            Some(day) => level_at(project, day),
            None => project.involvement,
        };
        let level_ok = self.level.is_none_or(|f| f.matches(level));
        level_ok && self.activity_ok(project, today)
    }

    fn activity_ok(&self, project: &Project, today: Date) -> bool {
        if self.activity.is_none() && self.since.is_none() {
            return true;
        }
        project.activities.iter().any(|a| {
            a.date <= today
                && self.since.is_none_or(|since| a.date >= since)
                && self.activity.is_none_or(|f| f.accepts(a.kind))
        })
    }

    /// What the filter asks for beyond level and status (which the project
    /// list's drop-downs show), in words, for the list's "Showing:" line;
    /// empty if nothing more.
    pub fn describe_extra(&self) -> String {
        let mut parts = Vec::new();
        if !self.service.is_empty() {
            parts.push(format!(
                "service or location \u{201c}{}\u{201d}",
                self.service
            ));
        }
        if !self.lead.is_empty() {
            parts.push(format!("lead \u{201c}{}\u{201d}", self.lead));
        }
        if let Some(day) = self.on {
            parts.push(format!(
                "projects that existed on {}, with the level they had that day",
                day.long()
            ));
        }
        if let Some(needs) = self.needs {
            parts.push(needs.describe().to_string());
        }
        if self.activity.is_some() || self.since.is_some() {
            let what = match self.activity {
                Some(ActivityFilter::Kind(kind)) => {
                    format!("a \u{201c}{}\u{201d} activity", kind.label())
                }
                Some(ActivityFilter::Class(Level::LittleI)) => "a Little i activity".to_string(),
                Some(ActivityFilter::Class(Level::BigI)) => "a Big I activity".to_string(),
                None => "an activity".to_string(),
            };
            let when = self.since.map_or("up to today".to_string(), |d| {
                format!("from {} to today", d.long())
            });
            parts.push(format!("{what} logged {when}"));
        }
        if self.experts {
            parts.push("at least one Expert by Experience".to_string());
        }
        parts.join("; ")
    }

    /// The keys this filter reads from a link, for reading them out of
    /// the router's query map.
    pub const KEYS: [&'static str; 9] = [
        "level", "status", "service", "lead", "on", "needs", "activity", "since", "experts",
    ];

    /// The filter as query pairs, in a fixed order, leaving out what is
    /// not set.
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(level) = self.level {
            pairs.push(("level", level.code().to_string()));
        }
        if let Some(status) = self.status {
            pairs.push(("status", status.code().to_string()));
        }
        for (key, text) in [("service", &self.service), ("lead", &self.lead)] {
            if !text.trim().is_empty() {
                pairs.push((key, text.trim().to_string()));
            }
        }
        if let Some(day) = self.on {
            pairs.push(("on", day.iso()));
        }
        if let Some(needs) = self.needs {
            pairs.push(("needs", needs.code().to_string()));
        }
        if let Some(activity) = self.activity {
            pairs.push(("activity", activity.code().to_string()));
        }
        if let Some(since) = self.since {
            pairs.push(("since", since.iso()));
        }
        if self.experts {
            pairs.push(("experts", "yes".to_string()));
        }
        pairs
    }

    /// The filter as a link's query, without the `?`: each value
    /// percent-encoded.
    pub fn to_query(&self) -> String {
        self.query_pairs()
            .into_iter()
            .map(|(key, value)| format!("{key}={}", percent_encode(&value)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The filter from already-decoded query pairs (as a router gives
    /// them). Unknown keys and values that do not parse are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> ListFilter {
        let mut filter = ListFilter::default();
        for (key, value) in pairs {
            match key {
                "level" => filter.level = LevelFilter::from_code(value),
                "status" => filter.status = Status::from_code(value),
                "service" => filter.service = value.trim().to_string(),
                "lead" => filter.lead = value.trim().to_string(),
                "on" => filter.on = Date::parse_iso(value),
                "needs" => filter.needs = Attention::ALL.into_iter().find(|a| a.code() == value),
                "activity" => filter.activity = ActivityFilter::from_code(value),
                "since" => filter.since = Date::parse_iso(value),
                "experts" => filter.experts = value == "yes",
                _ => {}
            }
        }
        filter
    }

    /// The filter from a link's query (with or without the `?`).
    pub fn from_query(query: &str) -> ListFilter {
        let pairs: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(key), percent_decode(value))
            })
            .collect();
        ListFilter::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

#[cfg(test)]
#[path = "list_filter_tests.rs"]
mod tests;
