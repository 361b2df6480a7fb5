use leptos::prelude::*;

use crate::model::suggestion::{disagrees, suggest};
use crate::model::{Edit, Project};
use crate::state::{clock, Projects};

/// What the involvement record suggests, with reasons, and, where the
/// recorded level differs, a notice and a button to apply the suggestion.
/// The app never changes the level by itself.
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
    let apply = move |_| {
        let _ = projects.edit(&id, Edit::Involvement(suggestion.get_untracked().level));
    };
    view! {
        <div class=move || if mismatch.get() { "suggestion suggestion--mismatch" } else { "suggestion" }>
            <h2 class="suggestion__title">
                {move || format!("The involvement record suggests: {}", suggestion.with(|s| s.level.label()))}
            </h2>
            <ul>
                {move || suggestion.with(|s| s.reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view())}
            </ul>
            <Show when=move || mismatch.get()>
                <p class="suggestion__notice">
                    {move || format!(
                        "Service user involvement is set to \u{201c}{}\u{201d}, which does not match.",
                        project.with(|p| p.involvement.label())
                    )}
                </p>
                <button type="button" class="button button--secondary" on:click=apply.clone()>
                    {move || format!("Set it to {}", suggestion.with(|s| s.level.label()))}
                </button>
            </Show>
        </div>
    }
}
