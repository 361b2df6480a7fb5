use leptos::prelude::*;

use crate::state::{Projects, SaveState};

/// "Saving…", "Saved" or "Not saved", announced politely to screen
/// readers so people know their typing is kept without having to look.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let text = move || match projects.save_state.get() {
        // Kept in memory only: saying "Saved" would contradict the banner.
        _ if projects.no_storage.with(Option::is_some) => (
            "save-status save-status--failed",
            "Not saved: kept until this tab closes",
        ),
        SaveState::Saved => ("save-status save-status--saved", "Saved on this device"),
        SaveState::Pending => ("save-status", "Saving…"),
        SaveState::Failed(_) => ("save-status save-status--failed", "Not saved"),
    };
    view! {
        <p class=move || text().0 role="status" aria-live="polite">
            {move || text().1}
        </p>
    }
}
