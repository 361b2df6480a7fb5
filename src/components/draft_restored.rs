use leptos::prelude::*;

use crate::components::focus::focus_in_form;
use crate::components::form_errors::FormErrors;
use crate::model::involvement_record::RecordForm;
use crate::model::Field;

/// Said when a person asks to edit another item while the form holds
/// changes, which opening the other item would throw away.
const FINISH_FORM_FIRST: &str = "Save or cancel the changes in the form first.";

/// A list's Edit button: opens `item` in the list's form (`edit` fills
/// it in), unless the form holds changes that would be thrown away
/// (`is_blank` says it holds none); then `say`s so instead. Either way
/// focus goes to the form's `first` field, where the person goes on.
pub fn open_in_form<I, F>(
    form: RwSignal<RecordForm<I, F>>,
    item: &I,
    is_blank: fn(&RecordForm<I, F>) -> bool,
    edit: fn(&I) -> RecordForm<I, F>,
    errors: FormErrors,
    say: impl Fn(String),
    first: Field,
) where
    RecordForm<I, F>: Send + Sync + 'static,
{
    if !form.with_untracked(is_blank) {
        say(FINISH_FORM_FIRST.into());
    } else {
        form.set(edit(item));
        errors.0.set(Vec::new());
    }
    focus_in_form(first.input_id());
}

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
