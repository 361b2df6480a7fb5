//! Keeps the stored data in step with the page's life and with other tabs.

use leptos::ev;
use leptos::prelude::*;

use super::Projects;

/// Listens for the events that matter to saving:
/// - `pagehide` and `visibilitychange` to hidden: the tab may be closed or
///   frozen next (tablets freeze background tabs), so write now rather than
///   wait for the debounce;
/// - `storage`: another tab of this app saved, so show its change without a
///   reload, merged with anything unsaved here.
pub fn keep_in_sync(projects: Projects) {
    let flush = move || {
        if projects.has_unsaved() {
            projects.flush();
        }
    };
    let on_hide = window_event_listener(ev::pagehide, move |_| flush());
    let on_visibility = window_event_listener(ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    let on_storage = window_event_listener(ev::storage, move |event: web_sys::StorageEvent| {
        if let Some(key) = event.key() {
            projects.external_change(&key, event.new_value().as_deref());
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
        on_storage.remove();
    });
}
