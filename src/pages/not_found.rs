use leptos::prelude::*;

use crate::components::document_title::set_document_title;
use crate::lazy_routes::{not_loaded_page, split_point, when_loaded};
use crate::routes;

// Rarely shown, so a download of its own (issue 11: the main module is on
// the path to every first paint).
split_point!(
    not_found,
    not_found_view(),
    not_found_preload,
    view! { <NotFound/> }.into_any()
);

/// Shown for any address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    when_loaded(not_found_view(), not_loaded_page)
}

#[component]
fn NotFound() -> impl IntoView {
    set_document_title("Page not found");
    view! {
        <h1>"Page not found"</h1>
        <p>"There is no page at this address. If you typed it, check it is correct."</p>
        <p>
            <a href=routes::href(routes::PROJECTS)>"Go to your projects"</a>
        </p>
    }
}
