use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::activity_log::ActivityLog;
use crate::components::document_title::set_document_title;
use crate::components::experts_editor::ExpertsEditor;
use crate::components::project_tabs::{ProjectTab, ProjectTabs};
use crate::components::save_status::SaveStatus;
use crate::components::suggestion_panel::SuggestionPanel;
use crate::routes;
use crate::state::Projects;

/// A project's involvement record: its Experts by Experience, the activity
/// log and the level they suggest. At `/involvement?id=…`.
#[component]
pub fn InvolvementPage() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let query = use_query_map();
    let id = Memo::new(move |_| query.with(|q| q.get("id")).unwrap_or_default());
    let exists = Memo::new(move |_| {
        let id = id.get();
        projects.list.with(|list| list.iter().any(|p| p.id == id))
    });
    move || {
        let id = id.get();
        if !exists.get() {
            set_document_title("Project not found");
            return view! {
                <h1>"Project not found"</h1>
                <p>"There is no project at this address on this device."</p>
                <p><a href=routes::href(routes::PROJECTS)>"Go to your projects"</a></p>
            }
            .into_any();
        }
        let lookup = id.clone();
        let project = Memo::new(move |_| {
            projects
                .list
                .with(|list| list.iter().find(|p| p.id == lookup).cloned())
                .unwrap_or_default()
        });
        let title = Memo::new(move |_| project.with(|p| p.display_title().to_string()));
        Effect::new(move |_| set_document_title(&format!("Involvement record: {}", title.get())));
        view! {
            <p class="breadcrumb"><a href=routes::href(routes::PROJECTS)>"Projects"</a></p>
            <div class="page-heading">
                <h1>{title}</h1>
                <SaveStatus/>
            </div>
            <ProjectTabs id=id.clone() current=ProjectTab::Involvement/>
            <SuggestionPanel id=id.clone() project/>
            <ExpertsEditor id=id.clone() project/>
            <ActivityLog id project/>
        }
        .into_any()
    }
}
