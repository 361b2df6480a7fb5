use leptos::prelude::*;

/// Said when a person asks to edit another item while the form holds
/// changes, which opening the other item would throw away.
pub const FINISH_FORM_FIRST: &str = "Save or cancel the changes in the form first.";

/// Says that a form was filled in from changes kept while the page was
/// away, so nobody wonders where the text came from.
#[component]
pub fn DraftRestored(
    /// Whether the form holds a restored draft.
    #[prop(into)]
    shown: Signal<bool>,
) -> impl IntoView {
    move || {
        shown.get().then(
            || view! { <p class="inset draft-restored">"Your unsaved changes were restored."</p> },
        )
    }
}
