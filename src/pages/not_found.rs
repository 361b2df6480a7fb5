use leptos::prelude::*;

use crate::components::document_title::set_document_title;
use crate::routes;

/// Shown for any address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_document_title("Page not found");
    view! {
        <h1>"Page not found"</h1>
        <p>"There is no page at this address. If you typed it, check it is correct."</p>
        <p>
            <a href=routes::href(routes::PROJECTS)>"Go to your projects"</a>
        </p>
    }
}
