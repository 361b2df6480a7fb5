use leptos::prelude::*;

use crate::components::draft_restored::DraftRestored;
use crate::components::form_errors::FormErrors;
use crate::model::suggestion::draft_notes;
use crate::model::{Edit, Project};
use crate::state::drafts::keep_draft;
use crate::state::Projects;

/// Drafts the involvement notes from the roster and the log into a box the
/// person can edit, and only replaces the notes when they choose to. The
/// box's text is kept as a draft until it is used or cancelled.
#[component]
pub fn DraftNotes(
    /// The project's id.
    id: String,
    /// The project as stored now.
    project: Memo<Project>,
    errors: FormErrors,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let draft = RwSignal::new(None::<String>);
    let kept = keep_draft("notes", Some(&id), draft, Option::is_none);
    let start = move |_| draft.set(Some(project.with_untracked(draft_notes)));
    let close = move || {
        draft.set(None);
        kept.clear();
    };
    let accept = move |_| {
        let Some(text) = draft.get_untracked() else {
            return;
        };
        let edit = Edit::InvolvementNotes(text);
        let field = edit.field();
        let result = projects.edit(&id, edit);
        // Text that could not be used (too long) stays in the box.
        if result.is_ok() {
            close();
        }
        errors.record(field, result);
    };
    view! {
        <Show
            when=move || draft.with(Option::is_some)
            fallback=move || view! {
                <button type="button" class="button button--secondary" on:click=start>
                    "Draft notes from the involvement record"
                </button>
            }
        >
            <div class="form-group draft">
                <label class="label" for="notes-draft">"Draft involvement notes"</label>
                <div class="hint" id="notes-draft-hint">
                    "Edit this as you like. It replaces the notes above only when you choose Use these notes."
                </div>
                <DraftRestored shown=kept.restored/>
                <textarea class="textarea" id="notes-draft" rows="6" aria-describedby="notes-draft-hint"
                    prop:value=move || draft.get().unwrap_or_default()
                    on:input=move |ev| draft.set(Some(event_target_value(&ev)))></textarea>
                <div class="button-row">
                    <button type="button" class="button" on:click=accept.clone()>"Use these notes"</button>
                    <button type="button" class="button button--secondary" on:click=move |_| close()>"Cancel"</button>
                </div>
            </div>
        </Show>
    }
}
