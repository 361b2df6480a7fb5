//! Registers the service worker (`public/sw.js`) that lets the app load
//! with no network, and offers a new version once one has been installed.
//!
//! A new deploy is never swapped in under a person: its worker installs
//! beside the running one and waits. The banner asks; `Reload` tells the
//! waiting worker to take over, and the page reloads once it has.
//!
//! All of it but the banner's live region is a split point
//! (`update_prompt`), downloaded once the first screen is whole: none of it
//! is needed before then, and the main module is on the path to the first
//! paint (issue 11). The same split point asks the browser to keep this
//! site's data (`storage_persistence.rs`), which can wait as long.

use std::cell::Cell;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};

use crate::components::later::after_start;
use crate::components::storage_persistence::ask_for_persistence;
use crate::lazy_routes::{split_point, when_loaded};
use crate::routes;

/// The message `public/sw.js` answers with `skipWaiting()`.
const SKIP_WAITING: &str = "skip-waiting";

thread_local! {
    /// Set when this page asked the new worker to take over, so only then
    /// does a change of worker reload it. (The first worker also takes
    /// control of the page, and that must not reload anything.)
    static RELOAD_ASKED: Cell<bool> = const { Cell::new(false) };
}

/// The live region "A new version is ready" appears in. It is on the page
/// from the start, so what appears in it is announced; what registers the
/// service worker and fills it comes once the first screen is whole.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let started = RwSignal::new(false);
    after_start(move || started.set(true));
    view! {
        <div role="status">
            {move || started.get().then(|| when_loaded(updates_view(), || ().into_any()))}
        </div>
    }
}

split_point!(update_prompt, updates_view(), updates_preload, {
    ask_for_persistence();
    view! { <Updates/> }.into_any()
});

/// Registers the service worker and shows "A new version is ready" with a
/// `Reload` button when a newer build has been installed. Shows nothing
/// where the browser has no service workers.
#[component]
fn Updates() -> impl IntoView {
    let ready = RwSignal::new(false);
    // Only now, after the start: installing the offline copy downloads
    // every part of the app, which would share a weak line with the first
    // screen's own parts (issue 11).
    if let Some(container) = container() {
        register(container, ready);
    }
    // A clinic tablet may keep the app open for days without a navigation
    // (when the browser looks for a new version by itself): look again
    // whenever the app comes back into view.
    let listener = window_event_listener(ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            check_for_update();
        }
    });
    on_cleanup(move || listener.remove());
    let reload = move |_| take_over();
    view! {
        <Show when=move || ready.get()>
            <div class="banner">
                <h2 class="banner__title">"A new version is ready"</h2>
                <p>"Reload to start using it. Your projects stay as they are."</p>
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=reload>
                        "Reload"
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// `navigator.serviceWorker`, where the browser has it (not in an insecure
/// context, nor in some private modes).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    present.then(|| navigator.service_worker())
}

/// Registers `sw.js` under the app's base (so a sub-path build gets its own
/// worker and scope) and watches for a newer version.
fn register(container: ServiceWorkerContainer, ready: RwSignal<bool>) {
    let options = RegistrationOptions::new();
    options.set_scope(&format!("{}/", routes::base()));
    let promise = container.register_with_options(&routes::href("/sw.js"), &options);
    leptos::task::spawn_local(async move {
        // A refused registration (blocked storage, say) leaves the app as
        // it is: online only, with nothing to tell the person. So does one
        // that resolves to no registration (a browser set to block workers).
        let Ok(found) = JsFuture::from(promise).await else {
            return;
        };
        if let Ok(registration) = found.dyn_into::<ServiceWorkerRegistration>() {
            watch(container, registration, ready);
        }
    });
}

fn watch(
    container: ServiceWorkerContainer,
    registration: ServiceWorkerRegistration,
    ready: RwSignal<bool>,
) {
    // A controller means this page runs an installed version; without one
    // this is the first visit and the new worker is the first version.
    let has_controller = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if registration.waiting().is_some() && has_controller() {
        ready.set(true);
    }
    let found = registration.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = found.installing() else {
            return;
        };
        let watched = worker.clone();
        let has_controller = has_controller.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if watched.state() == ServiceWorkerState::Installed && has_controller() {
                ready.set(true);
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();

    let on_change = Closure::<dyn FnMut()>::new(|| {
        if RELOAD_ASKED.get() {
            reload_page();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
}

/// The page's registration, if it has one.
async fn registration() -> Option<ServiceWorkerRegistration> {
    let found = JsFuture::from(container()?.get_registration()).await.ok()?;
    found.dyn_into::<ServiceWorkerRegistration>().ok()
}

/// Asks the server for a newer `sw.js`. Failing (offline) is normal and
/// must not show as an error.
fn check_for_update() {
    leptos::task::spawn_local(async move {
        if let Some(Ok(promise)) = registration().await.map(|r| r.update()) {
            let _ = JsFuture::from(promise).await;
        }
    });
}

/// Tells the waiting worker to take over; the page reloads when it has. If
/// another tab already let it take over, there is nothing waiting: reload.
fn take_over() {
    RELOAD_ASKED.set(true);
    leptos::task::spawn_local(async move {
        match registration().await.and_then(|r| r.waiting()) {
            Some(worker) => post(&worker),
            None => reload_page(),
        }
    });
}

fn post(worker: &ServiceWorker) {
    if worker.post_message(&SKIP_WAITING.into()).is_err() {
        reload_page();
    }
}

fn reload_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
