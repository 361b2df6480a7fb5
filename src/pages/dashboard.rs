use leptos::prelude::*;

use crate::components::document_title::set_document_title;

/// The portfolio at a glance.
#[component]
pub fn DashboardPage() -> impl IntoView {
    set_document_title("Dashboard");
    view! {
        <h1>"Dashboard"</h1>
        <p class="lede">"All the projects on this device at a glance."</p>
        <crate::components::last_backup_line::LastBackupLine/>
        <p class="coming-soon">
            "Coming next: how many projects have Big I, Little i or nothing recorded, "
            "projects with no involvement notes, and progress scores that have not changed for a while."
        </p>
    }
}
