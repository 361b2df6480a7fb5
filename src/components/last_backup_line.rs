//! "Last backup: …", on Settings and the Dashboard, and the note that a
//! backup was just made.
//!
//! The time lives in storage (see `storage/last_backup.rs`). Exporting
//! records it and fires a window event, so every line and the reminder
//! banner in this tab update at once without another piece of app state.

use leptos::prelude::*;

use crate::state::clock;
use crate::storage::last_backup;
use crate::storage::local_storage::LocalStorage as BrowserStorage;
use crate::storage::StorageError;

/// Fired on the window when a backup has been made in this tab.
const BACKUP_MADE: &str = "qi-involve:backup-made";

/// When the last backup was made, read from storage.
pub fn read_last_backup() -> Option<i64> {
    BrowserStorage::open()
        .ok()
        .and_then(|store| last_backup::read(&store))
}

/// Records a backup made at `ms`, and tells this tab's lines and banner.
pub fn note_backup_made(ms: i64) -> Result<(), StorageError> {
    let result = BrowserStorage::open().and_then(|store| last_backup::record(&store, ms));
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(BACKUP_MADE)) {
        let _ = window.dispatch_event(&event);
    }
    result
}

/// The last backup's time, updated whenever a backup is made in this tab.
pub fn last_backup_signal() -> ReadSignal<Option<i64>> {
    let (last, set_last) = signal(read_last_backup());
    let handle = window_event_listener_untyped(BACKUP_MADE, move |_| {
        set_last.set(read_last_backup());
    });
    on_cleanup(move || handle.remove());
    last
}

/// "Last backup: never", "Last backup: today", "Last backup: 3 days ago".
#[component]
pub fn LastBackupLine() -> impl IntoView {
    let last = last_backup_signal();
    view! {
        <p class="last-backup">{move || last_backup::describe(last.get(), clock::now_ms())}</p>
    }
}
