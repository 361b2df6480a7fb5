use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::document_title::set_document_title;
use crate::model::Project;
use crate::routes;
use crate::state::Projects;

/// The project named by the page's `?id=`, or a "not found" page when this
/// device has no such project. `screen` draws the page for an id that exists.
#[component]
pub fn ProjectRoute(
    /// Draws the screen for a project known to exist, given its id.
    screen: fn(String) -> AnyView,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let query = use_query_map();
    let id = Memo::new(move |_| query.with(|q| q.get("id")).unwrap_or_default());
    let exists = Memo::new(move |_| {
        let id = id.get();
        projects.list.with(|list| list.iter().any(|p| p.id == id))
    });
    move || {
        if exists.get() {
            return screen(id.get());
        }
        set_document_title("Project not found");
        view! {
            <h1>"Project not found"</h1>
            <p>
                "There is no project at this address on this device. It may have been deleted, "
                "or saved on another device or browser."
            </p>
            <p><a href=routes::href(routes::PROJECTS)>"Go to your projects"</a></p>
        }
        .into_any()
    }
}

/// The stored project with this id, kept current as it changes.
pub fn project_memo(id: &str) -> Memo<Project> {
    let projects = expect_context::<Projects>();
    let id = id.to_string();
    Memo::new(move |_| {
        projects
            .list
            .with(|list| list.iter().find(|p| p.id == id).cloned())
            .unwrap_or_default()
    })
}
