use leptos::prelude::*;

use crate::components::document_title::set_document_title;

/// The project register.
#[component]
pub fn ProjectsPage() -> impl IntoView {
    set_document_title("Projects");
    view! {
        <h1>"Projects"</h1>
        <p class="lede">"The quality improvement projects recorded on this device."</p>
    }
}
