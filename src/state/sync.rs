//! Keeps the stored data in step with the page's life and with other tabs.

use leptos::ev;
use leptos::prelude::*;

use super::{last_screen, Projects, Settings};
use crate::storage::recently_deleted::DELETED_PREFIX;

/// Listens for the events that matter to saving:
/// - `pagehide` and `visibilitychange` to hidden: the tab may be closed or
///   frozen next (tablets freeze background tabs), so write now rather than
///   wait for the debounce, then keep the screen on show for the next
///   start (`last_screen.rs`);
/// - `storage`: another tab of this app saved, so show its change without a
///   reload, merged with anything unsaved here.
/// - `storage` with no key: another page cleared the site's storage, so
///   write back everything still held here.
pub fn keep_in_sync(projects: Projects, settings: Settings) {
    // No lock here: the page may be gone before it would be granted.
    let flush = move || {
        if projects.has_unsaved() {
            projects.flush_now();
        }
        // After the saves, which would drop it.
        last_screen::remember();
    };
    let on_hide = window_event_listener(ev::pagehide, move |_| flush());
    let on_visibility = window_event_listener(ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    let on_storage = window_event_listener(ev::storage, move |event: web_sys::StorageEvent| {
        match event.key() {
            Some(key) if key.starts_with(DELETED_PREFIX) => projects.refresh_deleted(),
            Some(key) => projects.external_change(&key, event.new_value().as_deref()),
            // No key: another page called localStorage.clear().
            None => {
                projects.storage_cleared();
                settings.write_back();
            }
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
        on_storage.remove();
    });
}
