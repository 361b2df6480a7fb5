use leptos::prelude::*;

use crate::components::document_title::set_document_title;

/// Settings, backups and exports.
#[component]
pub fn SettingsPage() -> impl IntoView {
    set_document_title("Settings");
    view! {
        <h1>"Settings"</h1>
        <p class="lede">"Your trust's details, and your data in and out of this device."</p>
        <p class="coming-soon">
            "Coming next: backups you can save and restore, a spreadsheet export of your projects, "
            "and your Patient Involvement Team's contact details."
        </p>
    }
}
