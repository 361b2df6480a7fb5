//! The project register: search, filters and sort order.
//!
//! Search must keep up with typing over a thousand projects, so each
//! project's searchable text is lower-cased once (`SearchIndex`) and each
//! keystroke only scans those strings.

use super::lowercase::lowercase;
pub use super::register_query::{LevelFilter, ListFilter, RegisterQuery, SortOrder};
use super::{Date, Project};

/// Each project's searchable text (title, aim, service or location, lead,
/// the names of the team and of the Experts by Experience, involvement
/// notes), lower-cased once so that searching does not redo it per keystroke.
#[derive(PartialEq)]
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    pub fn new(projects: &[Project]) -> SearchIndex {
        let haystacks = projects
            .iter()
            .map(|p| {
                // Everyone on the team, Experts by Experience included.
                let people = p.team.iter().map(|m| m.name.as_str());
                let text = [&p.title, &p.aim, &p.service, &p.lead, &p.involvement_notes]
                    .map(String::as_str)
                    .into_iter()
                    .chain(people)
                    .collect::<Vec<_>>()
                    .join("\n");
                lowercase(&text)
            })
            .collect();
        SearchIndex { haystacks }
    }
}

/// The positions in `projects` that match `query` as of `today`, in the
/// order asked for.
///
/// `index` must have been built from the same `projects`.
pub fn select(
    projects: &[Project],
    index: &SearchIndex,
    query: &RegisterQuery,
    today: Date,
) -> Vec<usize> {
    let words: Vec<String> = lowercase(&query.text)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let mut hits: Vec<usize> = projects
        .iter()
        .zip(&index.haystacks)
        .enumerate()
        .filter(|(_, (p, hay))| {
            query.admits(p, today) && words.iter().all(|w| hay.contains(w.as_str()))
        })
        .map(|(i, _)| i)
        .collect();
    sort(projects, &mut hits, query.sort);
    hits
}

fn sort(projects: &[Project], hits: &mut [usize], order: SortOrder) {
    match order {
        SortOrder::RecentlyUpdated => {
            crate::model::order::sort_by_key(hits, |&i| std::cmp::Reverse(projects[i].updated_ms))
        }
        SortOrder::TitleAToZ => crate::model::order::sort_by_cached_key(hits, |&i| {
            lowercase(projects[i].display_title())
        }),
        SortOrder::ProgressHighToLow => {
            crate::model::order::sort_by_key(hits, |&i| std::cmp::Reverse(projects[i].progress))
        }
        SortOrder::StartDateNewest => {
            crate::model::order::sort_by_key(hits, |&i| std::cmp::Reverse(projects[i].start_date))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::expert::ExpertDetails;
    use crate::model::{Date, InvolvementLevel, ProgressScore, Status, TeamMember};

    fn project(title: &str, updated: i64) -> Project {
        Project {
            id: title.into(),
            title: title.into(),
            updated_ms: updated,
            ..Project::default()
        }
    }

    fn titles(projects: &[Project], query: &RegisterQuery) -> Vec<String> {
        let index = SearchIndex::new(projects);
        select(
            projects,
            &index,
            query,
            Date::parse_iso("2026-06-15").expect("a date"),
        )
        .into_iter()
        .map(|i| projects[i].title.clone())
        .collect()
    }

    fn sample() -> Vec<Project> {
        let mut a = project("Falls prevention", 1);
        a.lead = "Priya Shah".into();
        a.involvement = InvolvementLevel::BigI;
        a.progress = ProgressScore::parse("3.5");
        a.start_date = Date::parse_iso("2025-01-01");
        let mut b = project("Discharge letters", 3);
        b.involvement_notes = "Survey of CARERS in March".into();
        b.involvement = InvolvementLevel::LittleI;
        b.status = Status::OnHold;
        b.start_date = Date::parse_iso("2026-01-01");
        let mut c = project("Archived audit", 2);
        c.archived = true;
        vec![a, b, c]
    }

    #[test]
    fn search_is_case_insensitive_over_every_word_and_field() {
        let p = sample();
        let q = |text: &str| RegisterQuery {
            text: text.into(),
            ..Default::default()
        };
        assert_eq!(titles(&p, &q("carers")), ["Discharge letters"]);
        assert_eq!(titles(&p, &q("SHAH falls")), ["Falls prevention"]);
        assert_eq!(titles(&p, &q("shah carers")), Vec::<String>::new());
        assert_eq!(
            titles(&p, &q("  ")),
            ["Discharge letters", "Falls prevention"]
        );
    }

    #[test]
    fn filters_and_archive() {
        let p = sample();
        let by_level = RegisterQuery {
            filter: ListFilter {
                level: Some(LevelFilter::Is(InvolvementLevel::BigI)),
                ..ListFilter::default()
            },
            ..Default::default()
        };
        assert_eq!(titles(&p, &by_level), ["Falls prevention"]);
        let by_status = RegisterQuery {
            filter: ListFilter {
                status: Some(Status::OnHold),
                ..ListFilter::default()
            },
            ..Default::default()
        };
        assert_eq!(titles(&p, &by_status), ["Discharge letters"]);
        let all = RegisterQuery {
            include_archived: true,
            ..Default::default()
        };
        assert_eq!(titles(&p, &all).len(), 3);
    }

    #[test]
    fn sort_orders() {
        let p = sample();
        let q = |sort| RegisterQuery {
            sort,
            include_archived: true,
            ..Default::default()
        };
        assert_eq!(
            titles(&p, &q(SortOrder::RecentlyUpdated)),
            ["Discharge letters", "Archived audit", "Falls prevention"]
        );
        assert_eq!(
            titles(&p, &q(SortOrder::TitleAToZ)),
            ["Archived audit", "Discharge letters", "Falls prevention"]
        );
        assert_eq!(
            titles(&p, &q(SortOrder::ProgressHighToLow))[0],
            "Falls prevention"
        );
        assert_eq!(
            titles(&p, &q(SortOrder::StartDateNewest))[0],
            "Discharge letters"
        );
        for order in SortOrder::ALL {
            assert_eq!(SortOrder::from_code(order.code()), Some(order));
        }
    }

    #[test]
    fn search_matches_service_lead_team_and_experts_by_experience() {
        let mut p = sample();
        p[0].service = "Ward 7, Elm House".into();
        p[1].team.push(TeamMember {
            name: "Dr Okafor".into(),
            ..TeamMember::default()
        });
        p[1].team.push(TeamMember {
            name: "Maureen B.".into(),
            expert: Some(ExpertDetails::default()),
            ..TeamMember::default()
        });
        let q = |text: &str| RegisterQuery {
            text: text.into(),
            ..Default::default()
        };
        assert_eq!(titles(&p, &q("elm house")), ["Falls prevention"]);
        assert_eq!(titles(&p, &q("priya")), ["Falls prevention"]);
        assert_eq!(titles(&p, &q("okafor")), ["Discharge letters"]);
        assert_eq!(titles(&p, &q("MAUREEN")), ["Discharge letters"]);
        // Words may come from different fields, but never across projects.
        assert_eq!(titles(&p, &q("maureen carers")), ["Discharge letters"]);
        assert_eq!(titles(&p, &q("maureen ward")), Vec::<String>::new());
    }

    #[test]
    fn any_big_i_includes_projects_at_both_levels() {
        let mut p = sample();
        p[1].involvement = InvolvementLevel::Both;
        let q = |level| RegisterQuery {
            filter: ListFilter {
                level: Some(level),
                ..ListFilter::default()
            },
            ..Default::default()
        };
        assert_eq!(
            titles(&p, &q(LevelFilter::AnyBigI)),
            ["Discharge letters", "Falls prevention"]
        );
        assert_eq!(
            titles(&p, &q(LevelFilter::AnyLittleI)),
            ["Discharge letters"]
        );
        assert_eq!(
            titles(&p, &q(LevelFilter::Is(InvolvementLevel::BigI))),
            ["Falls prevention"]
        );
    }

    #[test]
    fn a_dashboard_link_narrows_the_list_by_every_key() {
        let mut p = sample();
        p[0].service = "Ward 7".into();
        p[1].service = "ward 7 ".into();
        p[2].service = "Ward 7".into();
        let from_link = |link: &str| {
            let filter = ListFilter::from_query(link);
            RegisterQuery::from_params(|k| {
                filter
                    .query_pairs()
                    .into_iter()
                    .find(|(key, _)| *key == k)
                    .map(|(_, v)| v)
            })
        };
        let ward = from_link("service=Ward%207");
        assert_eq!(titles(&p, &ward), ["Discharge letters", "Falls prevention"]);
        let ward_lead = from_link("service=Ward%207&lead=priya%20shah");
        assert_eq!(titles(&p, &ward_lead), ["Falls prevention"]);
        // Falls prevention has a level but no notes; Discharge letters has notes.
        let no_notes = from_link("needs=no-notes");
        assert_eq!(titles(&p, &no_notes), ["Falls prevention"]);
        // Archived projects pass only when the list is asked to show them.
        let archived_too = RegisterQuery {
            include_archived: true,
            ..from_link("service=Ward%207&level=not_recorded")
        };
        assert_eq!(titles(&p, &archived_too), ["Archived audit"]);
        assert!(titles(&p, &from_link("service=Ward%207&level=not_recorded")).is_empty());
    }
}
