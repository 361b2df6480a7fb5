//! One of the dashboard's lists of projects that need attention.

use leptos::prelude::*;

use crate::components::figure_link::{list_href, projects_noun, FigureLink};
use crate::model::dashboard::AttentionList;
use crate::routes;

/// The heading of a list: "No level recorded" or its attention's title.
pub fn attention_title(list: &AttentionList) -> &'static str {
    list.attention.map_or("No level recorded", |a| a.title())
}

/// How many projects each list names; the rest are a link away. With a
/// thousand projects a list can hold hundreds, and drawing them all made
/// the dashboard take a fifth of a second to appear.
const NAMED: usize = 10;

/// A list's heading with its count (a link to the same projects on the
/// project list), then the first projects each as a link to it, or
/// "Nothing here".
#[component]
pub fn AttentionSection(
    /// The list to show.
    list: AttentionList,
) -> impl IntoView {
    let title = attention_title(&list);
    let count = list.items.len();
    let what = format!(" {}: {title}", projects_noun(count as u64));
    let body = if list.items.is_empty() {
        view! { <p class="attention__empty">"Nothing here"</p> }.into_any()
    } else {
        let more = count.saturating_sub(NAMED);
        let href = list_href(&list.filter);
        let items = list
            .items
            .into_iter()
            .take(NAMED)
            .map(|item| {
                let people =
                    (!item.people.is_empty()).then(|| format!(": {}", item.people.join(", ")));
                view! {
                    <li>
                        <a href=routes::project_href(&item.id)>{item.title}</a>
                        {people}
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="attention__list">{items}</ul>
            {(more > 0).then(|| view! {
                <p class="attention__more"><a href=href>{format!("{more} more: see all {count} on the project list")}</a></p>
            })}
        }
        .into_any()
    };
    view! {
        <section class="attention">
            <h3 class="attention__title">
                {title} " "
                <span class="attention__count">
                    <FigureLink text=count.to_string() what filter=list.filter/>
                </span>
            </h3>
            {body}
        </section>
    }
}
