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
    move || {
        let errors = errors.get();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
                    <h2 class="error-summary__title" id="error-summary-title">"There is a problem"</h2>
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
