use leptos::prelude::*;

use crate::components::in_page_link::InPageLink;
use crate::model::FieldError;

/// The NHS.UK error summary: a list of what is wrong, each linking to the
/// field to fix. Announced when it appears.
#[component]
pub fn ErrorSummary(
    /// The current errors; the summary is hidden when there are none.
    #[prop(into)]
    errors: Signal<Vec<FieldError>>,
) -> impl IntoView {
    // Two forms on one screen can both show a summary: each title needs its
    // own id for aria-labelledby.
    let title_id = next_title_id();
    move || {
        let errors = errors.get();
        let (title_id, labelled_by) = (title_id.clone(), title_id.clone());
        (!errors.is_empty()).then(|| {
            view! {
                <div class="error-summary" role="alert" aria-labelledby=labelled_by data-moment="">
                    <h2 class="error-summary__title" id=title_id>"There is a problem"</h2>
                    <ul class="error-summary__list">
                        {errors
                            .into_iter()
                            .map(|e| {
                                view! {
                                    <li>
                                        <InPageLink target=e.field.input_id()>{e.message}</InPageLink>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

fn next_title_id() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!(
        "error-summary-title-{}",
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}
