use leptos::prelude::*;

use crate::components::activity_log::ActivityLog;
use crate::components::document_title::set_document_title;
use crate::components::experts_editor::ExpertsEditor;
use crate::components::project_route::{project_memo, ProjectRoute};
use crate::components::project_tabs::{ProjectTab, ProjectTabs};
use crate::components::save_status::SaveStatus;
use crate::components::suggestion_panel::SuggestionPanel;
use crate::routes;

/// A project's involvement record: its Experts by Experience, the activity
/// log and the level they suggest. At `/involvement?id=…`.
#[component]
pub fn InvolvementPage() -> impl IntoView {
    view! { <ProjectRoute screen=|id| view! { <InvolvementRecord id/> }.into_any()/> }
}

/// The involvement record for a project known to exist.
#[component]
fn InvolvementRecord(id: String) -> impl IntoView {
    let project = project_memo(&id);
    let title = Memo::new(move |_| project.with(|p| p.display_title().to_string()));
    Effect::new(move |_| set_document_title(&format!("Involvement record: {}", title.get())));
    view! {
        <p class="breadcrumb"><a href=routes::list_href()>"Projects"</a></p>
        <div class="page-heading">
            <h1>{title}</h1>
            <SaveStatus/>
        </div>
        <ProjectTabs id=id.clone() current=ProjectTab::Involvement/>
        <SuggestionPanel id=id.clone() project/>
        <ExpertsEditor id=id.clone() project/>
        <ActivityLog id project/>
    }
}
