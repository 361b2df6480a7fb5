use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
                                let target = e.field.input_id();
                                let href = format!("#{target}");
                                view! {
                                    <li>
                                        <a href=href on:click=move |ev| focus_field(ev, &target)>
                                            {e.message}
                                        </a>
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

/// Moves focus to the field itself rather than letting the router treat
/// the `#id` link as a navigation.
fn focus_field(ev: leptos::ev::MouseEvent, id: &str) {
    ev.prevent_default();
    let field = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
    }
}
