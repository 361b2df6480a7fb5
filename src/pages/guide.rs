use leptos::prelude::*;

use crate::components::document_title::set_document_title;

/// The Little i / Big I guide for staff.
#[component]
pub fn GuidePage() -> impl IntoView {
    set_document_title("Guide");
    view! {
        <h1>"Little i and Big I guide"</h1>
        <p class="lede">
            "Service users and carers see our services in a way staff cannot. "
            "This guide will explain the two levels of involvement and help you choose one."
        </p>
        <p>
            "Little i means asking people who use the service for their views from time to time, "
            "for example with a survey. Big I means service users and carers working with you "
            "on the project from start to finish."
        </p>
        <p class="coming-soon">
            "Coming next: examples of each level, a short self-assessment and ideas for moving "
            "towards Big I."
        </p>
    }
}
