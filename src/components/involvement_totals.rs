//! The dashboard's involvement totals over the last twelve months.

use leptos::prelude::*;

use crate::components::figure_link::FigureLink;
use crate::model::dashboard::Totals;

/// Tenths of an hour as `4.5`.
pub fn hours_text(tenths: u64) -> String {
    crate::model::tenths::one_decimal(tenths)
}

/// Experts by Experience, activities and hours by class, and activities
/// by kind (the kinds with none left out), as two tables.
#[component]
pub fn InvolvementTotals(
    /// The totals to show.
    totals: Totals,
) -> impl IntoView {
    let since = totals.since.long();
    let class_row = |name: &'static str, class: &crate::model::dashboard::ClassTotal| {
        let filter = class.activities.filter.clone();
        view! {
            <tr>
                <th scope="row">{name}</th>
                <td class="numeric">
                    <FigureLink text=class.activities.value.to_string() what=format!(" {name} activities") filter=filter.clone()/>
                </td>
                <td class="numeric">
                    <FigureLink text=hours_text(class.hours_tenths) what=format!(" hours of {name}") filter/>
                </td>
            </tr>
        }
    };
    let little = class_row("Little i", &totals.little_i);
    let big = class_row("Big I", &totals.big_i);
    let kinds: Vec<_> = totals
        .by_kind
        .into_iter()
        .filter(|(_, f)| f.value > 0)
        .collect();
    let kinds_body = if kinds.is_empty() {
        view! { <p>"No activities logged in these 12 months."</p> }.into_any()
    } else {
        let rows = kinds
            .into_iter()
            .map(|(kind, figure)| {
                let class = if kind.level() == crate::model::activity::Level::BigI { "Big I" } else { "Little i" };
                view! {
                    <tr>
                        <th scope="row">{kind.label()}</th>
                        <td>{class}</td>
                        <td class="numeric">
                            <FigureLink text=figure.value.to_string() what=format!(" activities: {}", kind.label()) filter=figure.filter/>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="table">
                <caption>"Activities by kind"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Kind of activity"</th>
                        <th scope="col">"Level"</th>
                        <th scope="col" class="numeric">"Activities"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <p>
            "From " {since} " to today. Experts by Experience on project teams: "
            <strong>
                <FigureLink text=totals.experts.value.to_string() what=" Experts by Experience on project teams".to_string() filter=totals.experts.filter/>
            </strong>
            "."
        </p>
        <div class="dash-tables">
            <table class="table">
                <caption>"Activities and hours of involvement"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Level"</th>
                        <th scope="col" class="numeric">"Activities"</th>
                        <th scope="col" class="numeric">"Hours"</th>
                    </tr>
                </thead>
                <tbody>{little}{big}</tbody>
            </table>
            {kinds_body}
        </div>
    }
}
