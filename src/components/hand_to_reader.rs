//! `Hand to reader` on the induction guide: staff set a PIN and the app is
//! locked to the guide, so the person reading cannot reach projects, names
//! or notes by accident.

use leptos::prelude::*;

use crate::components::focus::focus_when_drawn;
use crate::components::pin_start::PinStart;
use crate::model::kiosk::pin::LockMode;
use crate::state::kiosk_lock::LockState;

/// The button and its PIN form; nothing while the guide is already locked.
#[component]
pub fn HandToReader() -> impl IntoView {
    let lock = expect_context::<LockState>();
    let open = RwSignal::new(false);
    let unlocked = move || lock.mode.with(Option::is_none);
    view! {
        <Show when=unlocked>
            <div class="hand-to-reader">
                <button type="button" class="button button--secondary" aria-expanded=move || open.get().to_string()
                    on:click=move |_| { open.update(|o| *o = !*o); if open.get_untracked() { focus_when_drawn("reader-pin".into()); } }>
                    "Hand to reader"
                </button>
                <Show when=move || open.get()>
                    <div class="panel">
                        <p>"Lock this tablet to the guide before handing it over. Leaving the guide will need the PIN."</p>
                        <PinStart mode=LockMode::Reader button="Lock the guide" id_prefix="reader"/>
                    </div>
                </Show>
            </div>
        </Show>
    }
}
