//! The staff form that sets a PIN and starts a lock: the clinic kiosk on
//! a project's involvement record, or the reader lock on the induction
//! guide. The PIN is hashed (see `crate::state::pin_hash`) and never kept.

use leptos::prelude::*;

use crate::components::focus::focus_when_drawn;
use crate::components::fullscreen;
use crate::model::kiosk::pin::LockMode;
use crate::state::kiosk_lock::LockState;

/// `PIN`, `Enter the PIN again` and the button that starts the lock.
#[component]
pub fn PinStart(
    /// What to lock.
    mode: LockMode,
    /// The start button's words.
    button: &'static str,
    /// Makes the ids unique on the page.
    id_prefix: &'static str,
) -> impl IntoView {
    let lock = expect_context::<LockState>();
    let pin = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let mode = StoredValue::new(mode);
    let (pin_id, again_id, hint_id, error_id) = (
        format!("{id_prefix}-pin"),
        format!("{id_prefix}-pin-again"),
        format!("{id_prefix}-pin-hint"),
        format!("{id_prefix}-pin-error"),
    );
    let focus_id = pin_id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        // Full screen must be asked for within the click itself; if the
        // PIN then turns out wrong, it is left again.
        fullscreen::enter();
        busy.set(true);
        let focus_id = focus_id.clone();
        leptos::task::spawn_local(async move {
            let result = lock
                .start(mode.get_value(), pin.get_untracked(), again.get_untracked())
                .await;
            busy.set(false);
            if let Err(message) = result {
                fullscreen::leave();
                problem.set(Some(message));
                focus_when_drawn(focus_id);
            }
        });
    };
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if problem.with(Option::is_some) {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let described_again = described.clone();
    view! {
        // The lock's code starts downloading when someone comes to the PIN,
        // not when the form is drawn: the screen's own first paint does not
        // share the line with it, and the PIN typed twice gives it time.
        <form class="pin-start" on:submit=submit on:focusin=|_| crate::lazy_routes::prefetch_lock() novalidate>
            <p class="hint" id=hint_id>
                "Choose a PIN of 4 to 8 digits. Staff need it to leave; do not tell it to the person using the tablet. It is not kept anywhere in a form that can be read back."
            </p>
            {move || problem.get().map(|p| view! { <p class="error-message" id=error_id.clone() role="alert" data-moment="">{p}</p> })}
            <div class="field-pair">
                <div class="form-group">
                    <label class="label" for=pin_id.clone()>"PIN"</label>
                    <input class="input input--short" id=pin_id.clone() type="password" inputmode="numeric"
                        autocomplete="new-password" maxlength="8" aria-describedby=described
                        prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev))/>
                </div>
                <div class="form-group">
                    <label class="label" for=again_id.clone()>"Enter the PIN again"</label>
                    <input class="input input--short" id=again_id type="password" inputmode="numeric"
                        autocomplete="new-password" maxlength="8" aria-describedby=described_again
                        prop:value=move || again.get() on:input=move |ev| again.set(event_target_value(&ev))/>
                </div>
            </div>
            <button type="submit" class="button" disabled=move || busy.get()>{button}</button>
        </form>
    }
}
