//! What the app shows while it is locked: the clinic kiosk, or the
//! induction guide handed to a reader. No header, no links to the rest of
//! the app, and whatever the address (a typed or bookmarked link, the back
//! button, a reload) this is what renders, until staff enter the PIN.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::focus::focus_when_drawn;
use crate::components::fullscreen;
use crate::model::kiosk::pin::LockMode;
use crate::pages::kiosk::KioskFlow;
use crate::routes;
use crate::state::kiosk_lock::LockState;

/// The locked app. Rendered by `App` in place of the header and routes.
#[component]
pub fn LockedShell() -> impl IntoView {
    let lock = expect_context::<LockState>();
    lock.read_stored();
    let navigate = use_navigate();
    // Once unlocked, staff land where they started the lock.
    let after_exit = Callback::new(move |mode: LockMode| {
        fullscreen::leave();
        navigate(&landing(&mode), Default::default());
    });
    move || match lock.mode.get() {
        Some(LockMode::Kiosk { project_id }) => {
            view! { <KioskScreen project_id after_exit/> }.into_any()
        }
        Some(LockMode::Reader) => view! {
            <header class="reader-lock-bar">
                <p class="reader-lock-bar__name">"Induction guide"</p>
                <PinExit label="Exit" mode=LockMode::Reader after_exit/>
            </header>
            <main id="main-content" class="page" tabindex="-1">
                {crate::lazy_routes::reader_guide()}
            </main>
        }
        .into_any(),
        None => ().into_any(),
    }
}

/// Where staff land once a right PIN has ended the lock: where they
/// started it. A path under the app's base.
pub fn landing(mode: &LockMode) -> String {
    match mode {
        LockMode::Kiosk { project_id } => format!("{}?id={project_id}", routes::INVOLVEMENT),
        LockMode::Reader => routes::INDUCTION.to_string(),
    }
}

/// The running kiosk: its questions, and the way out for staff. Also the
/// whole of the kiosk-only app (`crate::kiosk_app`).
#[component]
pub fn KioskScreen(
    /// The project whose kiosk this is.
    project_id: String,
    /// Runs after a right PIN has ended the lock.
    after_exit: Callback<LockMode>,
) -> impl IntoView {
    view! {
        // A reload loses full screen (browsers only grant it after a tap),
        // so the first tap afterwards asks again.
        <main id="main-content" class="kiosk-shell" on:click=|_| fullscreen::enter()>
            <KioskFlow project_id=project_id.clone()/>
            <PinExit label="Exit kiosk" mode=LockMode::Kiosk { project_id } after_exit/>
        </main>
    }
}

/// The small staff button that asks for the PIN, and the PIN form.
#[component]
fn PinExit(
    /// The button's words.
    label: &'static str,
    /// What is locked, passed on after a right PIN.
    mode: LockMode,
    /// Runs after the lock has ended.
    after_exit: Callback<LockMode>,
) -> impl IntoView {
    let lock = expect_context::<LockState>();
    let open = RwSignal::new(false);
    let pin = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let mode = StoredValue::new(mode);
    let close = move || {
        open.set(false);
        pin.set(String::new());
        message.set(String::new());
        focus_when_drawn("pin-exit-open".into());
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let given = pin.get_untracked();
        leptos::task::spawn_local(async move {
            let result = lock.unlock(given).await;
            busy.set(false);
            match result {
                Ok(()) => after_exit.run(mode.get_value()),
                Err(problem) => {
                    pin.set(String::new());
                    message.set(problem);
                    focus_when_drawn("pin-exit".into());
                }
            }
        });
    };
    view! {
        <div class="pin-exit" dir="ltr" lang="en-GB">
            <button type="button" id="pin-exit-open" class="pin-exit__open" aria-expanded=move || open.get().to_string()
                on:click=move |_| { open.set(true); focus_when_drawn("pin-exit".into()); }>
                {label}
            </button>
            <Show when=move || open.get()>
                <form class="pin-exit__form" aria-labelledby="pin-exit-title" on:submit=submit novalidate data-moment=""
                    on:keydown=move |ev| if ev.key() == "Escape" { close() }>
                    <h2 id="pin-exit-title" class="pin-exit__title">"Staff: enter the PIN to leave"</h2>
                    <label for="pin-exit" class="label">"PIN"</label>
                    <input id="pin-exit" class="input pin-exit__input" type="password" inputmode="numeric"
                        autocomplete="off" maxlength="8" aria-describedby="pin-exit-message"
                        prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev))/>
                    <p id="pin-exit-message" class="error-message" role="alert">{move || message.get()}</p>
                    <div class="button-row">
                        <button type="submit" class="button" disabled=move || busy.get()>"Unlock"</button>
                        <button type="button" class="button button--secondary" on:click=move |_| close()>"Cancel"</button>
                    </div>
                </form>
            </Show>
        </div>
    }
}
