use leptos::prelude::*;

use crate::components::document_title::set_document_title;

/// One project's General tab.
#[component]
pub fn ProjectPage() -> impl IntoView {
    set_document_title("Project");
    view! {
        <h1>"Project"</h1>
    }
}
