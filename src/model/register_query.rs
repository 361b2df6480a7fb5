//! What the project list has been asked to show, and how that is written
//! into the address (`/?q=falls&level=any-big-i&status=active&sort=title&archived=1`)
//! so that Back, a bookmark or a reload return to the same list.

use super::{InvolvementLevel, Project, Status};

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

/// The level filter. Many projects work at both levels, so besides the
/// exact levels there are two that say plainly they include "both".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelFilter {
    /// Big I, or both Little i and Big I.
    AnyBigI,
    /// Little i, or both Little i and Big I.
    AnyLittleI,
    /// This level and no other.
    Exactly(InvolvementLevel),
}

impl LevelFilter {
    /// Every choice, in the order the drop-down lists them.
    pub fn all() -> Vec<LevelFilter> {
        let mut all = vec![LevelFilter::AnyBigI, LevelFilter::AnyLittleI];
        // Big I first among the exact levels, next to the "any" choices.
        for level in [
            InvolvementLevel::BigI,
            InvolvementLevel::LittleI,
            InvolvementLevel::Both,
            InvolvementLevel::NoneYet,
            InvolvementLevel::NotRecorded,
        ] {
            all.push(LevelFilter::Exactly(level));
        }
        all
    }

    pub fn label(self) -> &'static str {
        match self {
            LevelFilter::AnyBigI => "Any Big I (Big I, or both)",
            LevelFilter::AnyLittleI => "Any Little i (Little i, or both)",
            LevelFilter::Exactly(InvolvementLevel::BigI) => "Big I only",
            LevelFilter::Exactly(InvolvementLevel::LittleI) => "Little i only",
            LevelFilter::Exactly(InvolvementLevel::Both) => "Both Little i and Big I",
            LevelFilter::Exactly(level) => level.label(),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            LevelFilter::AnyBigI => "any-big-i",
            LevelFilter::AnyLittleI => "any-little-i",
            LevelFilter::Exactly(level) => level.code(),
        }
    }

    pub fn from_code(code: &str) -> Option<LevelFilter> {
        Self::all().into_iter().find(|f| f.code() == code)
    }

    pub fn matches(self, level: InvolvementLevel) -> bool {
        match self {
            LevelFilter::AnyBigI => level.has_big_i(),
            LevelFilter::AnyLittleI => level.has_little_i(),
            LevelFilter::Exactly(wanted) => level == wanted,
        }
    }
}

/// What the person has asked the register to show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegisterQuery {
    /// As typed, spaces and all, so the search box never loses a space
    /// when the address is written back into it.
    pub text: String,
    pub level: Option<LevelFilter>,
    pub status: Option<Status>,
    pub include_archived: bool,
    pub sort: SortOrder,
}

impl RegisterQuery {
    /// Whether anything narrows the list (the sort order does not).
    pub fn is_filtered(&self) -> bool {
        !self.text.trim().is_empty()
            || self.level.is_some()
            || self.status.is_some()
            || self.include_archived
    }

    /// Whether `project` passes the filters (not the search words).
    pub fn admits(&self, project: &Project) -> bool {
        (self.include_archived || !project.archived)
            && self.level.is_none_or(|l| l.matches(project.involvement))
            && self.status.is_none_or(|s| project.status == s)
    }

    /// Reads the query from the address's parameters. Anything unknown or
    /// malformed (a hand-edited or old bookmark) quietly means "no filter".
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> RegisterQuery {
        RegisterQuery {
            text: get("q").unwrap_or_default(),
            level: get("level").and_then(|c| LevelFilter::from_code(&c)),
            status: get("status").and_then(|c| Status::from_code(&c)),
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
        if let Some(level) = self.level {
            params.push(("level", level.code().to_string()));
        }
        if let Some(status) = self.status {
            params.push(("status", status.code().to_string()));
        }
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

    fn from(pairs: &[(&str, &str)]) -> RegisterQuery {
        RegisterQuery::from_params(|k| {
            pairs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn a_full_query_round_trips_through_the_address() {
        let query = RegisterQuery {
            text: "falls ".into(),
            level: Some(LevelFilter::AnyBigI),
            status: Some(Status::OnHold),
            include_archived: true,
            sort: SortOrder::TitleAToZ,
        };
        let params = query.to_params();
        assert_eq!(
            params,
            [
                ("q", "falls ".to_string()),
                ("level", "any-big-i".into()),
                ("status", "on_hold".into()),
                ("sort", "title".into()),
                ("archived", "1".into()),
            ]
        );
        let pairs: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(from(&pairs), query);
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
            ("page", "7"),
        ]);
        assert_eq!(query, RegisterQuery::default());
    }

    #[test]
    fn every_level_filter_code_round_trips_and_is_unique() {
        let all = LevelFilter::all();
        assert_eq!(all.len(), 2 + InvolvementLevel::ALL.len());
        for filter in all {
            assert_eq!(LevelFilter::from_code(filter.code()), Some(filter));
        }
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
        assert_eq!(matching(LevelFilter::Exactly(BigI)), [BigI]);
        assert_eq!(matching(LevelFilter::Exactly(NotRecorded)), [NotRecorded]);
    }
}
