use leptos::prelude::*;

use crate::components::backup_export::BackupExport;
use crate::components::backup_import::BackupImport;
use crate::components::csv_export_buttons::CsvExport;
use crate::components::document_title::set_document_title;
use crate::components::draft_restored::DraftRestored;
use crate::components::error_summary::ErrorSummary;
use crate::components::form_errors::FormErrors;
use crate::components::form_fields::{TextField, TextKind};
use crate::components::kept_copies::KeptCopies;
use crate::components::last_backup_line::LastBackupLine;
use crate::components::later::Later;
use crate::components::recently_deleted::RecentlyDeleted;
use crate::components::storage_persistence::StoragePersistence;
use crate::components::storage_use::StorageUseSection;
use crate::model::trust_settings::TrustSettings;
use crate::model::Field;
use crate::state::drafts::keep_draft;
use crate::state::storage_use::StorageUse;
use crate::state::Settings;

/// Settings: the trust's Patient Involvement Team contact details, and the
/// data on this device: backups, spreadsheet export and keeping it safe.
#[component]
pub fn SettingsPage() -> impl IntoView {
    set_document_title("Settings");
    let settings = expect_context::<Settings>();
    let draft = RwSignal::new(settings.value().get_untracked());
    // Details typed but not saved are kept while the tablet sleeps; a draft
    // that matches what is saved holds nothing new.
    let kept = keep_draft("settings", None, draft, move |d| {
        *d == settings.value().get_untracked()
    });
    // An import (or its undo) can replace the saved settings: the form then
    // shows them, so that saving it later does not put the old ones back.
    Effect::new(move |seen: Option<()>| {
        let saved = settings.value().get();
        if seen.is_some() {
            draft.set(saved);
        }
    });
    let errors = FormErrors::new();
    let status = RwSignal::new(String::new());
    let field = move |get: fn(&TrustSettings) -> &String| {
        Signal::derive(move || draft.with(|d| get(d).clone()))
    };
    let set = move |put: fn(&mut TrustSettings, String)| {
        Callback::new(move |text: String| {
            draft.update(|d| put(d, text));
            status.set(String::new());
        })
    };
    let storage_use = use_context::<StorageUse>();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = draft.get_untracked();
        let problems = value.validate();
        if !problems.is_empty() {
            errors.0.set(problems);
            status.set(String::new());
            return;
        }
        errors.0.set(Vec::new());
        status.set(match settings.save(value) {
            Ok(()) => {
                kept.clear();
                // The settings take room too; the Storage line counts them.
                if let Some(storage) = storage_use {
                    storage.refresh();
                }
                "Settings saved on this device.".into()
            }
            Err(e) => format!("Not saved: {e}."),
        });
    };
    view! {
        <h1>"Settings"</h1>
        <p class="lede">"Your trust's details, kept on this device."</p>
        {move || settings.problem().get().map(|p| view! { <div class="banner banner--warning" role="alert"><p>{p}</p></div> })}
        <form class="panel" on:submit=save novalidate>
            <ErrorSummary errors=errors.0/>
            <h2>"Patient Involvement Team"</h2>
            <DraftRestored shown=kept.restored/>
            <p>
                "The staff guide and the induction guide tell people to contact this team for help with "
                "involvement. Fill in your trust's details so they appear there."
            </p>
            <TextField id=Field::SettingsTeam.input_id() label="Team name" hint="For example, Patient Involvement Team"
                value=field(|s| &s.team_name) error=errors.message(Field::SettingsTeam)
                on_input=set(|s, t| s.team_name = t)/>
            <TextField id=Field::SettingsEmail.input_id() label="Email"
                value=field(|s| &s.email) error=errors.message(Field::SettingsEmail)
                on_input=set(|s, t| s.email = t)/>
            <TextField id=Field::SettingsPhone.input_id() label="Phone"
                value=field(|s| &s.phone) error=errors.message(Field::SettingsPhone)
                on_input=set(|s, t| s.phone = t)/>
            <TextField id=Field::SettingsNotes.input_id() label="Other contact details" kind=TextKind::Paragraph
                hint="For example, a named contact, opening hours or an intranet page"
                value=field(|s| &s.notes) error=errors.message(Field::SettingsNotes)
                on_input=set(|s, t| s.notes = t)/>
            // Each field is a part of its own while the app starts (see
            // `FieldShell`), so what follows a field is one too.
            <Later><h2>"Induction guide"</h2></Later>
            <TextField id=Field::SettingsWelcome.input_id() label="Welcome note" kind=TextKind::Paragraph
                hint="Shown at the start of the induction guide for service users and carers. Leave empty for none."
                value=field(|s| &s.welcome_note) error=errors.message(Field::SettingsWelcome)
                on_input=set(|s, t| s.welcome_note = t)/>
            <Later>
                <button type="submit" class="button">"Save settings"</button>
                <p role="status" class="save-status">{move || status.get()}</p>
            </Later>
        </form>
        // Below the form, a part per frame: the form paints first.
        <Later>
            <RecentlyDeleted/>
            <KeptCopies/>
        </Later>
        <Later>
            <section class="panel" aria-labelledby="backups">
                <h2 id="backups">"Backups"</h2>
                <p>
                    "A backup is one file holding every project on this device, archived ones too, and these "
                    "settings. Keep it somewhere safe, away from this device; import it here or on another device "
                    "to bring everything back."
                </p>
                <LastBackupLine/>
                <BackupExport/>
                <BackupImport/>
            </section>
        </Later>
        <Later><CsvExport/></Later>
        <Later>
            <StorageUseSection/>
            <StoragePersistence/>
        </Later>
    }
}
