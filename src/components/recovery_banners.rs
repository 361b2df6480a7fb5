//! Banners that bring back what was removed: Undo after deleting a
//! project, and the notice that another page cleared the stored data.

use leptos::prelude::*;

use crate::state::Projects;
use crate::storage::Restored;

/// Offers Undo after a project is deleted, until dismissed or replaced by
/// another deletion: no timer, so nobody has to race to read it.
#[component]
pub fn UndoDeleteBanner() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let problem = RwSignal::new(None::<String>);
    let undo = move |_| {
        problem.set(match projects.undo_delete() {
            Ok(Restored::Restored) | Ok(Restored::AlreadyThere) => None,
            Err(e) => Some(format!("It could not be restored: {e}.")),
        })
    };
    let dismiss = move |_| {
        problem.set(None);
        projects.deleted.set(None);
    };
    move || {
        projects.deleted.get().map(|(project, kept)| {
            let later = if kept {
                "You can also restore it from Recently deleted on Settings for 30 days."
            } else {
                "This device was too full to keep a copy, so it can only be restored until this tab is closed."
            };
            view! {
                <div class="banner banner--success" role="status">
                    <p class="banner__title">
                        {format!("\u{201c}{}\u{201d} has been deleted.", project.display_title())}
                    </p>
                    <p>{later}</p>
                    <div class="button-row">
                        <button type="button" class="button button--secondary" on:click=undo>"Undo"</button>
                        <button type="button" class="button button--secondary" on:click=dismiss>"Dismiss"</button>
                    </div>
                    {move || problem.get().map(|p| view! { <p class="error-message">{p}</p> })}
                </div>
            }
        })
    }
}

/// Says that another page on this site cleared the stored data, and that
/// this tab wrote back what it still had.
#[component]
pub fn ClearedElsewhereBanner() -> impl IntoView {
    let projects = expect_context::<Projects>();
    move || {
        projects.cleared_elsewhere.get().map(|count| {
            let what = match count {
                1 => "the 1 project it had open".to_string(),
                n => format!("the {n} projects it had open"),
            };
            view! {
                <div class="banner banner--warning" role="alert">
                    <h2 class="banner__title">"The data on this device was cleared by another page"</h2>
                    <p>
                        {format!("Another page on this website removed everything QI Involve had stored. This tab has saved {what} again.")}
                        " Anything that was only in other tabs or windows may be gone: check them, and keep a backup."
                    </p>
                    <button type="button" class="button button--secondary" on:click=move |_| projects.cleared_elsewhere.set(None)>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
