//! Keeping data safe on a shared tablet, at the top of every screen:
//! reminds the person to back up when there are projects and no backup for
//! 14 days. (The browser is asked to keep the data once the first screen
//! is whole, by `update_prompt.rs`'s split point.)

use leptos::prelude::*;

use crate::components::last_backup_line::last_backup_signal;
use crate::routes;
use crate::state::{clock, Projects};
use crate::storage::last_backup;

/// Remembers, for this browser session only, that the reminder was put off.
const DISMISSED_KEY: &str = "qi-involve:backup-reminder-dismissed";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn dismissed_this_session() -> bool {
    session_storage().is_some_and(|s| s.get_item(DISMISSED_KEY).ok().flatten().is_some())
}

/// Mounted once, with the other storage banners.
#[component]
pub fn KeepDataSafe() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let last = last_backup_signal();
    let dismissed = RwSignal::new(dismissed_this_session());
    let oldest = Memo::new(move |_| projects.list.with(|l| l.iter().map(|p| p.created_ms).min()));
    let due = move || {
        !dismissed.get() && last_backup::reminder_due(last.get(), oldest.get(), clock::now_ms())
    };
    let dismiss = move |_| {
        if let Some(store) = session_storage() {
            let _ = store.set_item(DISMISSED_KEY, "1");
        }
        dismissed.set(true);
    };
    move || {
        due().then(|| {
            let line = last_backup::describe(last.get_untracked(), clock::now_ms());
            view! {
                <div class="banner banner--warning" role="region" aria-labelledby="backup-reminder">
                    <h2 class="banner__title" id="backup-reminder">"Back up your projects"</h2>
                    <p>
                        {format!("{line}. ")}
                        "Your projects are kept only in this browser. If its data is cleared, a backup is "
                        "the only way to get them back."
                    </p>
                    <div class="button-row">
                        <a class="button" href=routes::href(routes::SETTINGS)>"Go to Settings to back up"</a>
                        <button type="button" class="button button--secondary" on:click=dismiss>
                            "Remind me next time"
                        </button>
                    </div>
                </div>
            }
        })
    }
}
