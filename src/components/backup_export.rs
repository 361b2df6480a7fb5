//! `Export backup` on Settings: every project (archived ones too) and the
//! settings in one JSON file the person keeps somewhere safe.

use leptos::prelude::*;

use crate::components::download::download_text;
use crate::components::last_backup_line::note_backup_made;
use crate::state::{clock, Projects, Settings};
use crate::storage::backup;

/// The export button and what happened when it was last pressed.
#[component]
pub fn BackupExport() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let settings = expect_context::<Settings>();
    let said = RwSignal::new(None::<(bool, String)>);
    let export = move |_| {
        // Write anything waiting first, so the file holds exactly what is stored.
        projects.flush_now();
        let now = clock::now_ms();
        let name = backup::file_name(now);
        // Kiosk responses go in the same file; where storage cannot be read
        // there are none to add (the kiosk needs stored data to run).
        let kiosk = crate::storage::local_storage::LocalStorage::open()
            .ok()
            .and_then(|store| crate::storage::kiosk::all(&store).ok())
            .unwrap_or_default();
        let text = projects.list.with_untracked(|list| {
            settings
                .value()
                .with_untracked(|s| backup::export_with_kiosk(s, list, &kiosk, now))
        });
        if !download_text(&name, "application/json", &text) {
            said.set(Some((
                false,
                "The browser did not start the download. Try again.".into(),
            )));
            return;
        }
        let noted = match note_backup_made(now) {
            Ok(()) => String::new(),
            Err(e) => format!(" (The time of this backup could not be noted on this device: {e}.)"),
        };
        said.set(Some((
            true,
            format!(
                "Backup saved as {name}. Keep it somewhere safe, away from this device.{noted}"
            ),
        )));
    };
    view! {
        <button type="button" class="button" on:click=export>"Export backup"</button>
        <p role="status">
            {move || said.get().filter(|(ok, _)| *ok).map(|(_, text)| text)}
        </p>
        {move || {
            said.get()
                .filter(|(ok, _)| !*ok)
                .map(|(_, text)| view! { <p class="error-message" role="alert">{text}</p> })
        }}
    }
}
