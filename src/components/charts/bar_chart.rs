//! A horizontal bar chart of project counts, one row per bar.
//!
//! Each row is HTML text (the name, the number as a link, the share) with
//! the bar itself drawn in SVG beside it, so the text wraps and zooms like
//! any other text and colour is never the only cue. The SVG is hidden from
//! screen readers: the row's text and the table carry the same data.

use leptos::prelude::*;

use crate::components::figure_link::{percent_text, projects_noun, FigureLink};
use crate::model::dashboard::Figure;

/// A titled bar chart with a "Show as a table" alternative.
#[component]
pub fn BarChart(
    /// The id of the section's heading.
    id: &'static str,
    /// The section's heading.
    title: &'static str,
    /// The table's caption.
    caption: String,
    /// The heading of the table's first column, e.g. "Level".
    name_heading: &'static str,
    /// Each bar's name and figure; shares are of the figure's `of`.
    bars: Vec<(&'static str, Figure)>,
) -> impl IntoView {
    let what = |name: &str, figure: &Figure| format!(" {}: {name}", projects_noun(figure.value));
    let rows = bars
        .iter()
        .map(|(name, figure)| {
            let width = figure.percent().unwrap_or(0).to_string();
            view! {
                <li class="bar-chart__row">
                    <span class="bar-chart__name">{*name}</span>
                    <svg class="bar-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="bar-chart__track" width="100" height="10"></rect>
                        <rect class="bar-chart__fill" width=width height="10"></rect>
                    </svg>
                    <span class="bar-chart__value">
                        <FigureLink text=figure.value.to_string() what=what(name, figure) filter=figure.filter.clone()/>
                        " (" {percent_text(figure)} ")"
                    </span>
                </li>
            }
        })
        .collect_view();
    let table_rows = bars
        .into_iter()
        .map(|(name, figure)| {
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="numeric"><FigureLink text=figure.value.to_string() what=what(name, &figure) filter=figure.filter.clone()/></td>
                    <td class="numeric">{percent_text(&figure)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="dash-section" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            <ul class="bar-chart">{rows}</ul>
            <details class="dash-table">
                <summary>"Show as a table"</summary>
                <table class="table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{name_heading}</th>
                            <th scope="col" class="numeric">"Projects"</th>
                            <th scope="col" class="numeric">"Share"</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </section>
    }
}
