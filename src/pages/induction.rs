use leptos::prelude::*;

use crate::components::document_title::set_document_title;

/// The induction document for service users and carers joining a project.
#[component]
pub fn InductionPage() -> impl IntoView {
    set_document_title("Induction");
    view! {
        <h1>"Getting started in quality improvement"</h1>
        <p class="lede">
            "A guide for service users and carers who are joining a project team."
        </p>
        <p class="coming-soon">
            "Coming next: the guide itself, in sections you can read at your own pace, "
            "with larger text, high contrast and an easy-read version."
        </p>
    }
}
