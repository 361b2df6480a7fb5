use leptos::prelude::*;

use crate::model::register::{LevelFilter, RegisterQuery, SortOrder};
use crate::model::Status;

/// Search box, filters and sort order for the register.
#[component]
pub fn ProjectFilters(
    /// The query the register shows.
    #[prop(into)]
    query: Signal<RegisterQuery>,
    /// Receives the whole query whenever one control changes a part of it.
    on_change: Callback<RegisterQuery>,
    /// Called when the person leaves the search box having changed it.
    on_search_done: Callback<()>,
) -> impl IntoView {
    let change = move |edit: &dyn Fn(&mut RegisterQuery)| {
        let mut q = query.get_untracked();
        edit(&mut q);
        on_change.run(q);
    };
    let level_options = owned(LevelFilter::ALL.map(|l| (l.code(), l.label())));
    let status_options = owned(Status::ALL.map(|s| (s.code(), s.label())));
    let sort_options = owned(SortOrder::ALL.map(|s| (s.code(), s.label())));
    view! {
        <div class="filters" role="search" aria-label="Projects">
            <div class="form-group filters__search">
                <label class="label" for="project-search">"Search projects"</label>
                <div class="hint" id="project-search-hint">"Searches titles, aims, services and locations, leads, the names of people on the team, and involvement notes"</div>
                <input
                    class="input"
                    type="search"
                    id="project-search"
                    aria-describedby="project-search-hint"
                    prop:value=move || query.with(|q| q.text.clone())
                    on:input=move |ev| change(&|q| q.text = event_target_value(&ev))
                    on:change=move |_| on_search_done.run(())
                />
            </div>
            <FilterSelect
                id="filter-level"
                label="Involvement level"
                all="All levels"
                options=level_options
                value=Signal::derive(move || query.with(|q| q.filter.level.map(|l| l.code()).unwrap_or_default().to_string()))
                on_change=move |code: String| change(&|q| q.filter.level = LevelFilter::from_code(&code))
            />
            <FilterSelect
                id="filter-status"
                label="Status"
                all="All statuses"
                options=status_options
                value=Signal::derive(move || query.with(|q| q.filter.status.map(|s| s.code()).unwrap_or_default().to_string()))
                on_change=move |code: String| change(&|q| q.filter.status = Status::from_code(&code))
            />
            <FilterSelect
                id="filter-sort"
                label="Sort by"
                all=""
                options=sort_options
                value=Signal::derive(move || query.with(|q| q.sort.code().to_string()))
                on_change=move |code: String| change(&|q| q.sort = SortOrder::from_code(&code).unwrap_or_default())
            />
            <div class="checkbox filters__archived">
                <input
                    type="checkbox"
                    id="filter-archived"
                    prop:checked=move || query.with(|q| q.include_archived)
                    on:change=move |ev| change(&|q| q.include_archived = event_target_checked(&ev))
                />
                <label for="filter-archived">"Show archived projects"</label>
            </div>
        </div>
    }
}

/// Choices as owned (value, words) pairs, as [`FilterSelect`] takes them.
pub fn owned(
    pairs: impl IntoIterator<Item = (&'static str, &'static str)>,
) -> Vec<(String, String)> {
    pairs
        .into_iter()
        .map(|(code, text)| (code.to_string(), text.to_string()))
        .collect()
}

/// A filter drop-down, shared with the dashboard's scope: `all` names the
/// "no filter" choice (empty: none); `options` are (value, words) pairs.
#[component]
pub fn FilterSelect(
    /// The select's id, for its label.
    id: &'static str,
    /// The visible label.
    label: &'static str,
    /// The words of the empty-valued "no filter" choice; empty for none.
    all: &'static str,
    /// The choices as (value, words).
    options: Vec<(String, String)>,
    /// The value chosen now.
    #[prop(into)]
    value: Signal<String>,
    /// Receives the value chosen.
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    let all_option = (!all.is_empty()).then(|| view! { <option value="">{all}</option> });
    view! {
        <div class="form-group">
            <label class="label" for=id>{label}</label>
            <select class="select" id=id prop:value=move || value.get() on:change=move |ev| on_change(event_target_value(&ev))>
                {all_option}
                {options
                    .into_iter()
                    .map(|(code, text)| {
                        let chosen = code.clone();
                        view! { <option value=code selected=move || value.with(|v| *v == chosen)>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
