//! The clinic kiosk as an app of its own (`src/bin/qi-kiosk.rs`), for a
//! tablet that opens the page while a kiosk runs: after a reload, a
//! restart or the tablet waking. index.html's stored-data check starts it
//! in place of the whole app when the stored lock says "kiosk", so such a
//! tablet downloads the kiosk alone, not the staff screens it never shows
//! (issue 11: the running kiosk's first paint).
//!
//! A kiosk started from the app runs in the app (`LockedShell`) as before;
//! both draw the same components. Anything this app cannot show (no lock
//! or an unreadable one, the reader lock, a lock ended in another tab, the
//! PIN given) hands the tablet back to the whole app.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::components::fullscreen;
use crate::components::kiosk_shell::{landing, KioskScreen};
use crate::model::kiosk::pin::LockMode;
use crate::routes;
use crate::state::{kiosk_lock::LockState, Settings};

/// The sessionStorage key that tells index.html's check to start the whole
/// app on the next load, whatever the stored lock says: set before this
/// app hands over, so a lock it cannot use never sends the page back here.
pub const WHOLE_APP_KEY: &str = "qi-involve:whole-app";

/// The kiosk, or nothing while the page hands over to the whole app.
#[component]
pub fn KioskApp() -> impl IntoView {
    let lock = LockState::load();
    provide_context(Settings::load());
    provide_context(lock);
    lock.read_stored();
    // Set once the PIN is given, when the page goes to the project's
    // involvement record rather than reloading where it is.
    let leaving = StoredValue::new(false);
    let after_exit = Callback::new(move |mode: LockMode| {
        leaving.set_value(true);
        fullscreen::leave();
        hand_over(Some(&routes::href(&landing(&mode))));
    });
    move || match lock.mode.get() {
        Some(LockMode::Kiosk { project_id }) => {
            view! { <KioskScreen project_id after_exit/> }.into_any()
        }
        _ => {
            if !leaving.get_value() {
                hand_over(None);
            }
            ().into_any()
        }
    }
}

/// Loads the whole app at `to`, or at this address again. If the marker
/// cannot be set (no session storage), the page stays as it is rather than
/// risk coming back here for good; so it does on a page that cannot start
/// the whole app (one without index.html's list of the apps' files, such
/// as a browser test's).
fn hand_over(to: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let can_start = window
        .document()
        .is_some_and(|d| d.get_element_by_id("qi-apps").is_some());
    if !can_start {
        return;
    }
    let marked = window
        .session_storage()
        .ok()
        .flatten()
        .is_some_and(|s| s.set_item(WHOLE_APP_KEY, "1").is_ok());
    if !marked {
        return;
    }
    let location = window.location();
    let _: Result<(), JsValue> = match to {
        Some(to) => location.replace(to),
        None => location.reload(),
    };
}
