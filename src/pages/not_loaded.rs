use leptos::prelude::*;

use crate::components::document_title::set_document_title;

/// Shown in place of a screen whose code could not be downloaded: each
/// screen is its own download (src/lazy_routes.rs), so a connection that
/// drops before the offline copy is complete can leave one missing. The
/// stored data is untouched; trying again loads the page afresh.
#[component]
pub fn NotLoadedPage() -> impl IntoView {
    set_document_title("Screen not loaded");
    view! {
        <div role="alert">
            <h1>"This screen could not be opened"</h1>
            <p>
                "Its part of the app did not download. Check this device is connected to the "
                "internet, then try again. Your saved projects are still on this device."
            </p>
        </div>
        <button type="button" class="button" on:click=|_| reload()>"Try again"</button>
    }
}

/// Shown in place of a part of a screen (a form, a message) whose code
/// could not be downloaded. `what` names it, as the start of a sentence.
#[component]
pub fn NotLoadedNotice(what: &'static str) -> impl IntoView {
    view! {
        <div class="banner banner--warning" role="alert">
            <p>
                {what} " could not be opened: its part of the app did not download. Check this "
                "device is connected to the internet, then try again."
            </p>
            <button type="button" class="button button--secondary" on:click=|_| reload()>"Try again"</button>
        </div>
    }
}

/// Loads the page afresh, which downloads the missing code again.
fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
