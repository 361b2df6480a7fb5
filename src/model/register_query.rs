//! What the project list has been asked to show, and how that is written
//! into the address (`/?q=falls&level=any-big-i&status=active&sort=title&archived=1`)
//! so that Back, a bookmark or a reload return to the same list.
//!
//! Besides its drop-downs, the list takes every key of a [`ListFilter`]
//! (`service`, `lead`, `needs`, ...), so that each number on the dashboard
//! opens exactly the projects behind it.

pub use super::list_filter::{LevelFilter, ListFilter};
use super::{Date, Project};

/// How the register is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortOrder {
    #[default]
    RecentlyUpdated,
    TitleAToZ,
    ProgressHighToLow,
    StartDateNewest,
}

impl SortOrder {
    pub const ALL: [SortOrder; 4] = [
        SortOrder::RecentlyUpdated,
        SortOrder::TitleAToZ,
        SortOrder::ProgressHighToLow,
        SortOrder::StartDateNewest,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SortOrder::RecentlyUpdated => "Recently updated",
            SortOrder::TitleAToZ => "Title (A to Z)",
            SortOrder::ProgressHighToLow => "Progress score (highest first)",
            SortOrder::StartDateNewest => "Start date (newest first)",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            SortOrder::RecentlyUpdated => "updated",
            SortOrder::TitleAToZ => "title",
            SortOrder::ProgressHighToLow => "progress",
            SortOrder::StartDateNewest => "start",
        }
    }

    pub fn from_code(code: &str) -> Option<SortOrder> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What the person has asked the register to show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegisterQuery {
    /// As typed, spaces and all, so the search box never loses a space
    /// when the address is written back into it.
    pub text: String,
    /// The level and status drop-downs, and whatever else a dashboard
    /// link asked for.
    pub filter: ListFilter,
    pub include_archived: bool,
    pub sort: SortOrder,
}

impl RegisterQuery {
    /// Whether anything narrows the list (the sort order does not).
    pub fn is_filtered(&self) -> bool {
        !self.text.trim().is_empty()
            || self.filter != ListFilter::default()
            || self.include_archived
    }

    /// Whether `project` passes the filters (not the search words) as of
    /// `today`.
    pub fn admits(&self, project: &Project, today: Date) -> bool {
        (self.include_archived || !project.archived) && self.filter.admits(project, today)
    }

    /// The same search words and order with no filters at all: where the
    /// list's "Clear filters" leads.
    pub fn without_filters(&self) -> RegisterQuery {
        RegisterQuery {
            text: self.text.clone(),
            sort: self.sort,
            ..RegisterQuery::default()
        }
    }

    /// The same filters and order with no search words: two queries that
    /// differ only in what was typed are equal so.
    pub fn without_text(&self) -> RegisterQuery {
        RegisterQuery {
            text: String::new(),
            ..self.clone()
        }
    }

    /// Reads the query from the address's parameters. Anything unknown or
    /// malformed (a hand-edited or old bookmark) quietly means "no filter".
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> RegisterQuery {
        let values: Vec<(&str, String)> = ListFilter::KEYS
            .into_iter()
            .filter_map(|key| get(key).map(|value| (key, value)))
            .collect();
        RegisterQuery {
            text: get("q").unwrap_or_default(),
            filter: ListFilter::from_pairs(values.iter().map(|(k, v)| (*k, v.as_str()))),
            include_archived: get("archived").as_deref() == Some("1"),
            sort: get("sort")
                .and_then(|c| SortOrder::from_code(&c))
                .unwrap_or_default(),
        }
    }

    /// The parameters that differ from the defaults, not yet URL-encoded,
    /// so an unfiltered list has a plain address.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if !self.text.is_empty() {
            params.push(("q", self.text.clone()));
        }
        params.extend(self.filter.query_pairs());
        if self.sort != SortOrder::default() {
            params.push(("sort", self.sort.code().to_string()));
        }
        if self.include_archived {
            params.push(("archived", "1".to_string()));
        }
        params
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::list_filter::Attention;
    use crate::model::{InvolvementLevel, Status};

    fn from(pairs: &[(&str, &str)]) -> RegisterQuery {
        RegisterQuery::from_params(|k| {
            pairs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        })
    }

    fn round_trip(query: &RegisterQuery) -> RegisterQuery {
        let params = query.to_params();
        let pairs: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        from(&pairs)
    }

    #[test]
    fn a_full_query_round_trips_through_the_address() {
        let query = RegisterQuery {
            text: "falls ".into(),
            filter: ListFilter {
                level: Some(LevelFilter::AnyBigI),
                status: Some(Status::OnHold),
                ..ListFilter::default()
            },
            include_archived: true,
            sort: SortOrder::TitleAToZ,
        };
        assert_eq!(
            query.to_params(),
            [
                ("q", "falls ".to_string()),
                ("level", "any-big-i".into()),
                ("status", "on_hold".into()),
                ("sort", "title".into()),
                ("archived", "1".into()),
            ]
        );
        assert_eq!(round_trip(&query), query);
    }

    #[test]
    fn every_key_of_a_dashboard_link_is_read_and_written_back() {
        let filter = ListFilter::from_query(
            "level=not_recorded&status=active&service=Ward%207&lead=Priya&on=2026-01-31\
             &needs=no-induction&activity=big-i&since=2025-07-01&experts=yes",
        );
        assert!(filter.experts && filter.needs == Some(Attention::NoInduction));
        let query = RegisterQuery {
            filter: filter.clone(),
            ..RegisterQuery::default()
        };
        assert_eq!(round_trip(&query), query);
        let pairs = query.to_params();
        assert_eq!(pairs, filter.query_pairs());
    }

    #[test]
    fn clearing_filters_keeps_the_words_and_order_only() {
        let query = RegisterQuery {
            text: "falls".into(),
            filter: ListFilter::from_query("needs=no-notes&status=active"),
            include_archived: true,
            sort: SortOrder::TitleAToZ,
        };
        let cleared = query.without_filters();
        assert_eq!(cleared.text, "falls");
        assert_eq!(cleared.sort, SortOrder::TitleAToZ);
        assert_eq!(cleared.filter, ListFilter::default());
        assert!(!cleared.include_archived);
    }

    #[test]
    fn queries_that_differ_only_in_words_are_equal_without_them() {
        let query = RegisterQuery {
            text: "falls".into(),
            filter: ListFilter::from_query("needs=no-notes&status=active"),
            include_archived: true,
            sort: SortOrder::TitleAToZ,
        };
        let typed_more = RegisterQuery {
            text: "falls ward".into(),
            ..query.clone()
        };
        assert_eq!(query.without_text(), typed_more.without_text());
        assert_eq!(query.without_text().filter, query.filter);
        let resorted = RegisterQuery {
            sort: SortOrder::RecentlyUpdated,
            ..query.clone()
        };
        assert_ne!(query.without_text(), resorted.without_text());
    }

    #[test]
    fn defaults_write_nothing() {
        assert!(RegisterQuery::default().to_params().is_empty());
    }

    #[test]
    fn unknown_or_malformed_values_fall_back_to_defaults() {
        let query = from(&[
            ("level", "huge-i"),
            ("status", "Active"),
            ("sort", "<script>"),
            ("archived", "yes"),
            ("needs", "love"),
            ("on", "2026-02-30"),
            ("page", "7"),
        ]);
        assert_eq!(query, RegisterQuery::default());
    }

    #[test]
    fn every_level_filter_code_round_trips_and_is_unique() {
        let all = LevelFilter::ALL;
        assert_eq!(all.len(), 2 + InvolvementLevel::ALL.len());
        for filter in all {
            assert_eq!(LevelFilter::from_code(filter.code()), Some(filter));
            let query = RegisterQuery {
                filter: ListFilter {
                    level: Some(filter),
                    ..ListFilter::default()
                },
                ..RegisterQuery::default()
            };
            assert_eq!(round_trip(&query), query);
        }
        // The codes the dashboard writes are the drop-down's own values.
        assert_eq!(LevelFilter::AnyBigI.code(), "any-big-i");
        assert_eq!(LevelFilter::Is(InvolvementLevel::BigI).code(), "big_i");
    }

    #[test]
    fn any_big_i_and_any_little_i_include_both() {
        use InvolvementLevel::*;
        let matching = |f: LevelFilter| -> Vec<InvolvementLevel> {
            InvolvementLevel::ALL
                .into_iter()
                .filter(|l| f.matches(*l))
                .collect()
        };
        assert_eq!(matching(LevelFilter::AnyBigI), [BigI, Both]);
        assert_eq!(matching(LevelFilter::AnyLittleI), [LittleI, Both]);
        assert_eq!(matching(LevelFilter::Is(BigI)), [BigI]);
        assert_eq!(matching(LevelFilter::Is(NotRecorded)), [NotRecorded]);
    }
}
