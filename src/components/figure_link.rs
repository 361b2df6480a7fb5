//! A dashboard number that opens the project list filtered to the
//! projects behind it.

use leptos::prelude::*;

use crate::model::dashboard::Figure;
use crate::model::list_filter::ListFilter;
use crate::routes;

/// The project list's address showing `filter`'s projects, under the
/// app's base path.
pub fn list_href(filter: &ListFilter) -> String {
    routes::href(&routes::list_path(&filter.query_pairs()))
}

/// "project" or "projects", to follow a count.
pub fn projects_noun(count: u64) -> &'static str {
    if count == 1 {
        "project"
    } else {
        "projects"
    }
}

/// A figure's share as text, e.g. `67%`; empty for a plain count.
pub fn percent_text(figure: &Figure) -> String {
    figure
        .percent()
        .map(|p| format!("{p}%"))
        .unwrap_or_default()
}

/// A number as a link to its projects. Its accessible name is the number
/// and then `what` (say, "active projects with Big I"), so each link makes
/// sense on its own when read out of a list of links; the name starts with
/// the visible text, so speech control finds it by what it shows.
#[component]
pub fn FigureLink(
    /// What the link shows: the number, or a share such as `67%`.
    text: String,
    /// Heard after `text` by screen readers only; starts with a space.
    what: String,
    /// The projects the link opens.
    filter: ListFilter,
) -> impl IntoView {
    let name = format!("{text}{what}");
    view! {
        <a class="figure-link" href=list_href(&filter) aria-label=name>
            {text}
        </a>
    }
}
