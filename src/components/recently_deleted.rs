//! `Recently deleted` on Settings: projects deleted in the last 30 days,
//! each with `Restore`.

use leptos::prelude::*;

use crate::model::Date;
use crate::routes;
use crate::state::Projects;
use crate::storage::Restored;

/// The list of deleted projects that can still be restored.
#[component]
pub fn RecentlyDeleted() -> impl IntoView {
    let projects = expect_context::<Projects>();
    // What the last Restore did, announced near the list.
    let said = RwSignal::new(None::<(String, Option<String>)>);
    let restore = move |id: String, title: String| {
        said.set(Some(match projects.restore(&id) {
            Ok(Restored::Restored) => (
                format!("\u{201c}{title}\u{201d} has been restored."),
                Some(routes::project_href(&id)),
            ),
            Ok(Restored::AlreadyThere) => (
                format!("\u{201c}{title}\u{201d} is already in your projects."),
                Some(routes::project_href(&id)),
            ),
            Err(e) => (
                format!("\u{201c}{title}\u{201d} could not be restored: {e}."),
                None,
            ),
        }));
    };
    view! {
        <section class="panel" aria-labelledby="recently-deleted">
            <h2 id="recently-deleted">"Recently deleted"</h2>
            <p>"A deleted project stays on this device for 30 days, in case you need it back."</p>
            <p role="status">
                {move || said.get().map(|(text, link)| view! {
                    {text}
                    {link.map(|href| view! { " " <a href=href>"Open it"</a> })}
                })}
            </p>
            {move || {
                let list = projects.recently_deleted.get();
                if list.is_empty() {
                    return view! { <p>"There are no deleted projects."</p> }.into_any();
                }
                view! {
                    <ul class="item-list">
                        {list
                            .into_iter()
                            .map(|d| {
                                let id = d.project.id.clone();
                                let title = d.project.display_title().to_string();
                                let label_id = format!("deleted-{id}");
                                let when = Date::from_unix_ms(d.deleted_ms).long();
                                let on_restore = {
                                    let (id, title) = (id.clone(), title.clone());
                                    move |_| restore(id.clone(), title.clone())
                                };
                                view! {
                                    <li class="item-list__row">
                                        <span id=label_id.clone()>
                                            <strong>{title}</strong>
                                            {format!(", deleted on {when}")}
                                        </span>
                                        <button type="button" class="button button--secondary button--small"
                                            aria-describedby=label_id on:click=on_restore>
                                            "Restore"
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}
