use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::error_summary::ErrorSummary;
use crate::lazy_routes::{split_point, when_loaded};
use crate::model::{Field, FieldError};
use crate::pages::not_loaded::NotLoadedNotice;
use crate::routes;
use crate::state::Projects;

// The form for the project list is a split point, since the list needs it
// only when someone adds a project.
split_point!(
    new_project,
    form_view(on_cancel: Callback<()>),
    form_preload,
    view! { <NewProjectForm on_cancel/> }.into_any()
);

/// [`NewProjectForm`], once its code has loaded.
pub fn new_project_form(on_cancel: Callback<()>) -> AnyView {
    when_loaded(form_view(on_cancel), || {
        view! { <NotLoadedNotice what="The new project form"/> }.into_any()
    })
}

/// Asks for a title (the one thing a project must have), creates the
/// project and opens its General tab to fill in the rest.
#[component]
pub fn NewProjectForm(
    /// Called when the person decides not to add a project.
    #[prop(into)]
    on_cancel: Callback<()>,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    crate::lazy_routes::prefetch_for_new_project();
    let navigate = use_navigate();
    let title = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let input_id = Field::Title.input_id();
    let error = move || errors.with(|e| e.first().map(|e| e.message.clone()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match projects.create(title.get_untracked().trim().to_string()) {
            Ok(id) => navigate(&routes::project_path(&id), Default::default()),
            Err(e) => errors.set(vec![e]),
        }
    };
    view! {
        <form class="panel" on:submit=submit novalidate>
            <ErrorSummary errors=errors/>
            <h2>"Add a new project"</h2>
            <div class="form-group" class:form-group--error=move || error().is_some()>
                <label class="label" for=input_id.clone()>"Project title"</label>
                <div class="hint" id="project-title-hint">"You can add the aim, team and other details next."</div>
                {move || error().map(|m| view! {
                    <p class="error-message" id="project-title-error">
                        <span class="visually-hidden">"Error: "</span>{m}
                    </p>
                })}
                <input
                    class="input"
                    id=input_id
                    autofocus
                    aria-describedby=move || if error().is_some() { "project-title-hint project-title-error" } else { "project-title-hint" }
                    aria-invalid=move || error().map(|_| "true")
                    prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
            </div>
            <div class="button-row">
                <button type="submit" class="button">"Create project"</button>
                <button type="button" class="button button--secondary" on:click=move |_| on_cancel.run(())>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}
