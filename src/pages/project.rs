use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::error_summary::ErrorSummary;
use crate::components::form_errors::FormErrors;
use crate::components::general_fields::GeneralFields;
use crate::components::involvement_fields::InvolvementFields;
use crate::components::later::Later;
use crate::components::print_summary::PrintSummary;
use crate::components::project_route::{project_memo, ProjectRoute};
use crate::components::project_tabs::ProjectTab;
use crate::components::team_editor::TeamEditor;
use crate::lazy_routes::{fetch_after_paint, split_point, when_loaded};
use crate::model::{Edit, Project};
use crate::pages::not_loaded::NotLoadedNotice;
use crate::routes;
use crate::state::Projects;

/// One project's General tab, at `/project?id=…` so it can be bookmarked
/// and reloaded on any static host. Its top is drawn by `ProjectRoute`.
#[component]
pub fn ProjectPage() -> impl IntoView {
    view! { <ProjectRoute tab=ProjectTab::General body=|id| Box::pin(body_view(id))/> }
}

// Everything below the tabs: the fields, then the tail.
split_point!(
    project_screen,
    body_view(id: String),
    body_preload,
    // Made in a task of its own: the one in which the module arrives is
    // long already (issue 11: TBT).
    view! { <Later><GeneralBody id/></Later> }.into_any()
);

/// The fields, then the tail.
#[component]
fn GeneralBody(id: String) -> impl IntoView {
    let project = project_memo(&id);
    let errors = FormErrors::new();
    // The tail's part downloads once the fields' first part has
    // painted, which need not wait for it.
    fetch_after_paint(tail_preload);
    // Copy, so each part drawn later can take the id.
    let id = StoredValue::new(id);
    view! {
        <ErrorSummary errors=errors.0/>
        // A part per frame, top first.
        <div class="general-tab">
            <Later>
                <section class="general-tab__main" aria-labelledby="general-heading">
                    <h2 id="general-heading" class="visually-hidden">"General"</h2>
                    <GeneralFields id=id.get_value() project errors/>
                </section>
            </Later>
            <Later>
                <aside class="general-tab__side" aria-labelledby="involvement-heading">
                    <h2 id="involvement-heading">"Involving service users and carers"</h2>
                    <InvolvementFields id=id.get_value() project errors/>
                </aside>
            </Later>
        </div>
        <Later>{tail_part(id.get_value(), project, errors)}</Later>
    }
}

// The team, the print copy and archive or delete: below the fields, out of
// sight when the tab opens, so a download of its own that the top of the
// tab need not wait for (issue 11). Being last, it moves nothing when it
// arrives.
split_point!(
    general_tail,
    tail_view(id: String, project: Memo<Project>, errors: FormErrors),
    tail_preload,
    {
        let team_id = id.clone();
        view! {
            <Later><TeamEditor id=team_id project errors/></Later>
            <Later>
                <PrintSummary project/>
                <ProjectActions id project/>
            </Later>
        }
        .into_any()
    }
);

/// Downloads the code below the tabs and the tail's, without drawing
/// them: for a project about to open. A failure shows when they are drawn.
pub async fn preload() {
    let _ = body_preload().await;
    let _ = tail_preload().await;
}

/// The tail once its code is here, or a notice that it could not be
/// downloaded.
fn tail_part(id: String, project: Memo<Project>, errors: FormErrors) -> AnyView {
    when_loaded(tail_view(id, project, errors), || {
        view! { <NotLoadedNotice what="The team and the rest of this page"/> }.into_any()
    })
}

/// Archive or restore, and delete.
#[component]
fn ProjectActions(id: String, project: Memo<Project>) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let navigate = use_navigate();
    let problem = RwSignal::new(None::<String>);
    let archived = Memo::new(move |_| project.with(|p| p.archived));
    let archive_id = id.clone();
    let toggle_archive = move |_| {
        let _ = projects.edit(&archive_id, Edit::Archived(!archived.get_untracked()));
    };
    let delete = move |_| match projects.delete(&id) {
        Ok(()) => navigate(routes::PROJECTS, Default::default()),
        Err(e) => problem.set(Some(format!("The project could not be deleted: {e}."))),
    };
    view! {
        <section class="project-actions" aria-labelledby="actions-heading">
            <h2 id="actions-heading">"Archive or delete"</h2>
            <p>
                "Archive a project that has finished to keep it without cluttering your list. "
                "Deleting removes it from this device; you can undo straight afterwards."
            </p>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=toggle_archive>
                    {move || if archived.get() { "Restore project" } else { "Archive project" }}
                </button>
                <button type="button" class="button button--warning" on:click=delete>
                    "Delete project"
                </button>
            </div>
            {move || problem.get().map(|p| view! { <p class="error-message" role="alert">{p}</p> })}
        </section>
    }
}
