use leptos::prelude::*;

use crate::components::focus::focus_when_drawn;
use crate::model::level_change::{change_button, changed_message};
use crate::model::suggestion::{disagrees, suggest};
use crate::model::{Edit, InvolvementLevel, Project};
use crate::state::{clock, Projects};

/// What the involvement record suggests, with reasons, and, where the
/// recorded level differs, a notice and a button to apply the suggestion
/// that says what it changes from and to. The app never changes the level
/// by itself.
#[component]
pub fn SuggestionPanel(
    /// The project's id.
    id: String,
    /// The project as stored now.
    project: Memo<Project>,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let suggestion = Memo::new(move |_| project.with(|p| suggest(p, clock::today())));
    let mismatch = Memo::new(move |_| project.with(|p| suggestion.with(|s| disagrees(p, s))));
    let current = Memo::new(move |_| project.with(|p| p.involvement));
    // The last change made here, as (from, to): said while the level is
    // still what it was changed to.
    let applied = RwSignal::new(None::<(InvolvementLevel, InvolvementLevel)>);
    let apply = move |_| {
        let (from, to) = (current.get_untracked(), suggestion.get_untracked().level);
        if projects.edit(&id, Edit::Involvement(to)).is_ok() {
            applied.set(Some((from, to)));
            // The button goes with the mismatch: focus the message instead
            // of losing it to the top of the page.
            focus_when_drawn(MESSAGE_ID.into());
        }
    };
    let message = move || {
        applied
            .get()
            .filter(|(_, to)| *to == current.get())
            .map(|(from, to)| changed_message(from, to))
    };
    view! {
        <div class=move || if mismatch.get() { "suggestion suggestion--mismatch" } else { "suggestion" }>
            <h2 class="suggestion__title">
                {move || format!("The involvement record suggests: {}", suggestion.with(|s| s.level.label()))}
            </h2>
            // Paragraphs, not list items: a reason names the people on the
            // team, and a list item with a person's name is their row below.
            {move || suggestion.with(|s| s.reasons.iter().map(|r| view! { <p class="suggestion__reason">{r.clone()}</p> }).collect_view())}
            <Show when=move || mismatch.get()>
                <p class="suggestion__notice">
                    {move || format!(
                        "Service user involvement is set to \u{201c}{}\u{201d}, which does not match.",
                        current.get().label()
                    )}
                </p>
                <button type="button" class="button button--secondary" on:click=apply.clone()>
                    {move || change_button(current.get(), suggestion.with(|s| s.level))}
                </button>
            </Show>
            <p class="suggestion__changed" id=MESSAGE_ID role="status" tabindex="-1">{message}</p>
        </div>
    }
}

const MESSAGE_ID: &str = "level-changed";
