//! The register's list of projects: search box, filters, rows and counts.
//!
//! A split point (`project_list`): a first visit, with no projects yet,
//! draws only the empty list's welcome, so it does not download the code
//! that searches, sorts and draws projects. On a device that holds
//! projects, the page's heading and the app's header and banners paint
//! from the main module first, and the list's code is asked for once they
//! have (`lazy_routes::body_after_paint`; issue 11: a first sight's LCP).

use leptos::prelude::*;

use crate::components::later::Later;
use crate::components::project_filters::ProjectFilters;
use crate::components::project_row::ProjectRow;
use crate::lazy_routes::{body_after_paint, split_point};
use crate::model::register::{select, RegisterQuery, SearchIndex};
use crate::pages::not_loaded::NotLoadedNotice;
use crate::pages::projects::PAGE_SIZE;
use crate::routes;
use crate::state::{clock, Projects};

/// What the list needs from the page, which keeps the query in the address.
#[derive(Clone, Copy)]
pub struct ListControls {
    /// The search, filters and sort shown.
    pub query: Memo<RegisterQuery>,
    /// Receives the whole query whenever one control changes a part of it.
    pub set_query: Callback<RegisterQuery>,
    /// Called when the person leaves the search box having changed it.
    pub search_done: Callback<()>,
    /// How many rows are drawn.
    pub shown: RwSignal<usize>,
}

split_point!(
    project_list,
    list_view(controls: ListControls),
    list_preload,
    view! { <ProjectList controls/> }.into_any()
);

/// [`ProjectList`], once its code has loaded.
pub fn project_list(controls: ListControls) -> AnyView {
    body_after_paint(
        move || Box::pin(list_view(controls)),
        || view! { <NotLoadedNotice what="The list of projects"/> }.into_any(),
    )
}

/// Downloads the list's code without drawing it (when a new project is
/// begun: the list draws it from then on).
pub async fn preload_list() {
    // A failure shows when the list is drawn.
    let _ = list_preload().await;
}

/// The projects that match the query, with the controls to change it.
#[component]
fn ProjectList(controls: ListControls) -> impl IntoView {
    let ListControls {
        query,
        set_query,
        search_done,
        shown,
    } = controls;
    let projects = expect_context::<Projects>();
    // Rebuilt only when a project changes, not on every keystroke.
    let index = Memo::new(move |_| projects.list.with(|list| SearchIndex::new(list)));
    // Today is read once per visit: a list left open past midnight keeps
    // the day it was opened on until the next change of query or data.
    let today = clock::today();
    let hits = Memo::new(move |_| {
        projects
            .list
            .with(|list| index.with(|index| query.with(|q| select(list, index, q, today))))
    });
    let extra = Memo::new(move |_| query.with(|q| q.filter.describe_extra()));
    let rows = move || {
        let limit = shown.get();
        projects.list.with(|list| {
            hits.with(|hits| {
                hits.iter()
                    .take(limit)
                    .map(|&i| (list[i].id.clone(), list[i].updated_ms, list[i].revision))
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <ProjectFilters query on_change=set_query on_search_done=search_done/>
        // A dashboard link can narrow the list by more than the
        // drop-downs show; say what, and offer the way back.
        <Show when=move || extra.with(|e| !e.is_empty())>
            <p class="list-extra">
                <strong>"Showing: "</strong>
                {move || extra.get()}
                " "
                <a href=move || routes::href(&routes::list_path(&query.with(|q| q.without_filters().to_params())))>
                    "Clear filters"
                </a>
            </p>
        </Show>
        <p class="results-count" role="status">
            {move || count_text(hits.with(Vec::len), shown.get(), query.with(RegisterQuery::is_filtered))}
        </p>
        <ul class="project-list">
            <For
                each=rows
                key=|row| row.clone()
                children=move |(id, _, _)| view! { <Later><ProjectRow id/></Later> }
            />
        </ul>
        // After the rows, each a part of its own while the app starts.
        <Later>
        <Show when=move || { hits.with(Vec::len) > shown.get() }>
            <button type="button" class="button button--secondary" on:click=move |_| shown.update(|n| *n += PAGE_SIZE)>
                "Show more projects"
            </button>
        </Show>
        <Show when=move || hits.with(Vec::is_empty)>
            <div class="empty-state">
                <h2>"No projects match"</h2>
                <p>"Try fewer or different words, or clear the search and filters."</p>
                <button type="button" class="button button--secondary" on:click=move |_| set_query.run(RegisterQuery::default())>
                    "Clear search and filters"
                </button>
            </div>
        </Show>
        </Later>
    }
}

fn count_text(matching: usize, shown: usize, filtered: bool) -> String {
    let noun = if matching == 1 { "project" } else { "projects" };
    let found = if filtered {
        format!("{matching} {noun} found")
    } else {
        format!("{matching} {noun}")
    };
    if matching > shown {
        format!("{found}, showing the first {shown}")
    } else {
        found
    }
}
