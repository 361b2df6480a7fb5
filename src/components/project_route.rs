use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::document_title::set_document_title;
use crate::components::project_tabs::{ProjectTab, ProjectTabs};
use crate::components::save_status::SaveStatus;
use crate::lazy_routes::{body_after_paint, Loading};
use crate::model::Project;
use crate::pages::not_loaded::NotLoadedNotice;
use crate::routes;
use crate::state::Projects;

/// One of a project's two screens, for the project named by the page's
/// `?id=`, or a "not found" page when this device has no such project.
///
/// The top of the screen (the way back, the project's name, the save
/// status and the tabs) is drawn here, in the app's core, for both tabs:
/// a first sight of either paints it without waiting for the rest, which
/// `body` downloads once it has painted (issue 11).
#[component]
pub fn ProjectRoute(
    /// Which tab this is.
    tab: ProjectTab,
    /// Downloads and draws what is below the tabs, for a project's id.
    body: fn(String) -> Loading,
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
            return view! { <ProjectTop id=id.get() tab body/> }.into_any();
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

/// The top of a project's screen, then its body.
#[component]
fn ProjectTop(id: String, tab: ProjectTab, body: fn(String) -> Loading) -> impl IntoView {
    let general = tab == ProjectTab::General;
    let title = project_field(&id, |p| p.display_title().to_string());
    let archived = project_field(&id, |p| p.archived);
    Effect::new(move |_| {
        title.with(|t| {
            if general {
                set_document_title(t);
            } else {
                set_document_title(&format!("Involvement record: {t}"));
            }
        })
    });
    let tabs_id = id.clone();
    let missing =
        || view! { <NotLoadedNotice what="The rest of this project\u{2019}s page"/> }.into_any();
    view! {
        <p class="breadcrumb"><a href=routes::list_href()>"Projects"</a></p>
        <div class="page-heading">
            <h1>{title}</h1>
            <SaveStatus/>
        </div>
        // Said on the General tab, where archiving is done.
        {move || {
            (general && archived.get()).then(|| {
                view! {
                    <p class="tag tag--grey">"Archived: hidden from the project list unless you choose to show archived projects"</p>
                }
            })
        }}
        <ProjectTabs id=tabs_id current=tab/>
        {body_after_paint(move || body(id), missing)}
    }
}

/// One thing about the stored project with this id, kept current as it
/// changes (the default where there is none): the top of its screens
/// reads small ones, so the app's core need not copy or compare whole
/// projects.
fn project_field<T>(id: &str, field: fn(&Project) -> T) -> Memo<T>
where
    T: Default + PartialEq + Send + Sync + 'static,
{
    let projects = expect_context::<Projects>();
    let id = id.to_string();
    Memo::new(move |_| {
        projects
            .list
            .with(|list| list.iter().find(|p| p.id == id).map(field))
            .unwrap_or_default()
    })
}

/// The stored project with this id, kept current as it changes.
pub fn project_memo(id: &str) -> Memo<Project> {
    project_field(id, Project::clone)
}
