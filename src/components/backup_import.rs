//! `Import backup` on Settings: choose a file, see what it would do, then
//! Merge or Replace everything; `Undo import` afterwards.
//!
//! The rules live elsewhere: `storage::backup` checks the file and plans
//! the writes, `storage::import` writes them safely. This screen reads the
//! file, shows the plan and forwards the choice.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::focus::focus_when_drawn;
use crate::components::import_plan::{describe_done, ConfirmReplace, PlanView, Summary};
use crate::model::Date;
use crate::state::{Projects, Settings};
use crate::storage::backup::{self, ImportMode};

const INPUT_ID: &str = "import-file";

/// What the import is showing.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Reading,
    /// The file was refused; nothing changed.
    Refused(String),
    Plan(Summary),
    ConfirmReplace(Summary),
    Writing,
    Done(Vec<String>),
    /// The import or its undo did not happen, or was put back.
    Failed(String),
    Undone,
}

/// The file input, the plan and the result.
#[component]
pub fn BackupImport() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let settings = expect_context::<Settings>();
    let stage = RwSignal::new(Stage::Idle);
    // The chosen file's text: kept out of signals, it can be 20 MB.
    let text = StoredValue::new(None::<String>);
    let copy_ms = RwSignal::new(projects.before_import_ms());

    let show = move |next: Stage, focus: &str| {
        stage.set(next);
        focus_when_drawn(focus.to_string());
    };
    let refuse = move |why: String| {
        text.set_value(None);
        show(Stage::Refused(why), "import-result");
    };
    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // So that choosing the same file again is noticed.
        input.set_value("");
        // Refused by its size before a byte of it is read.
        if let Err(e) = backup::check_size(file.size() as usize) {
            refuse(format!("{e}. Nothing on this device has been changed."));
            return;
        }
        stage.set(Stage::Reading);
        leptos::task::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let Some(content) = read.ok().and_then(|v| v.as_string()) else {
                refuse(
                    "The file could not be read. Nothing on this device has been changed.".into(),
                );
                return;
            };
            let checked = projects.list.with_untracked(|list| {
                backup::validate(&content, list).map(|plan| {
                    let device = settings.value().get_untracked();
                    Summary::of(&plan, file.name(), &device, list.len())
                })
            });
            match checked {
                Ok(summary) => {
                    text.set_value(Some(content));
                    show(Stage::Plan(summary), "import-plan-heading");
                }
                Err(e) => refuse(format!("{e}. Nothing on this device has been changed.")),
            }
        });
    };

    let apply = move |mode: ImportMode| {
        let Some(content) = text.get_value() else {
            return;
        };
        // Planned again against the projects as they are now: another tab
        // may have changed them since the plan was shown.
        let plan = projects
            .list
            .with_untracked(|list| backup::validate(&content, list));
        let writes = match plan {
            Ok(plan) => settings.value().with_untracked(|s| plan.writes(mode, s)),
            Err(e) => return refuse(format!("{e}. Nothing on this device has been changed.")),
        };
        // Kiosk responses travel in the same file. They are only ever added
        // to (joined by response id), so they are read now and written
        // after the projects.
        let kiosk = backup::read_kiosk(&content).unwrap_or_default();
        stage.set(Stage::Writing);
        projects.import(writes, move |result| {
            settings.reload_from_storage();
            text.set_value(None);
            copy_ms.set(projects.before_import_ms());
            match result {
                Ok(done) => {
                    let mut said = describe_done(&done);
                    if let Some(problem) = save_kiosk(&kiosk) {
                        said.push(problem);
                    }
                    show(Stage::Done(said), "import-result")
                }
                Err(e) => show(Stage::Failed(e.to_string()), "import-result"),
            }
        });
    };
    let cancel = move || {
        text.set_value(None);
        show(Stage::Idle, INPUT_ID);
    };
    let undo = move |_| {
        stage.set(Stage::Writing);
        projects.undo_import(move |result| {
            settings.reload_from_storage();
            copy_ms.set(projects.before_import_ms());
            match result {
                Ok(()) => show(Stage::Undone, "import-result"),
                Err(e) => show(Stage::Failed(e.to_string()), "import-result"),
            }
        });
    };
    let keep = move |_| {
        match projects.discard_before_import() {
            Ok(()) => stage.set(Stage::Idle),
            Err(e) => stage.set(Stage::Failed(format!(
                "The copy could not be removed: {e}."
            ))),
        }
        copy_ms.set(projects.before_import_ms());
    };

    let body = move || {
        match stage.get() {
        Stage::Idle => ().into_any(),
        Stage::Reading => view! { <p role="status">"Reading the file\u{2026}"</p> }.into_any(),
        Stage::Writing => view! { <p role="status">"Writing to this device\u{2026}"</p> }.into_any(),
        Stage::Refused(why) => view! {
            <div class="banner banner--error" role="alert" id="import-result" tabindex="-1">
                <h3 class="banner__title">"This file cannot be imported"</h3>
                <p>{why}</p>
            </div>
        }
        .into_any(),
        Stage::Failed(why) => view! {
            <div class="banner banner--error" role="alert" id="import-result" tabindex="-1">
                <p>{why}</p>
            </div>
        }
        .into_any(),
        Stage::Done(lines) => view! {
            <div class="banner banner--success" role="status" id="import-result" tabindex="-1">
                {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </div>
        }
        .into_any(),
        Stage::Undone => view! {
            <div class="banner banner--success" role="status" id="import-result" tabindex="-1">
                <p>"The import has been undone: your projects and settings are back as they were before it."</p>
            </div>
        }
        .into_any(),
        Stage::Plan(summary) => {
            let for_confirm = summary.clone();
            view! {
                <PlanView summary
                    on_merge=Callback::new(move |_| apply(ImportMode::Merge))
                    on_replace=Callback::new(move |_| show(Stage::ConfirmReplace(for_confirm.clone()), "import-confirm-heading"))
                    on_cancel=Callback::new(move |_| cancel())/>
            }
            .into_any()
        }
        Stage::ConfirmReplace(summary) => {
            let back = summary.clone();
            view! {
                <ConfirmReplace summary
                    on_yes=Callback::new(move |_| apply(ImportMode::Replace))
                    on_no=Callback::new(move |_| show(Stage::Plan(back.clone()), "import-plan-heading"))/>
            }
            .into_any()
        }
    }
    };
    let choosing = move || {
        !matches!(
            stage.get(),
            Stage::Plan(_) | Stage::ConfirmReplace(_) | Stage::Writing
        )
    };

    view! {
        <h3>"Import a backup"</h3>
        <div class="field">
            <label class="label" for=INPUT_ID>"Import backup"</label>
            <p class="hint" id="import-hint">
                "Choose a backup file made by QI Involve (it ends in .json). Nothing changes until you "
                "have seen what the file holds and chosen what to do."
            </p>
            <input type="file" id=INPUT_ID class="file-input" accept=".json,application/json"
                aria-describedby="import-hint" on:change=on_change prop:disabled=move || !choosing()/>
        </div>
        {body}
        {move || copy_ms.get().map(|ms| view! {
            <div class="import-undo">
                <p>
                    {format!("A copy of your data from just before the import on {} is kept on this device. ", Date::from_unix_ms(ms).long())}
                    "Undo import puts your projects and settings back as they were then; changes made since "
                    "the import are lost. Keep the import to remove the copy and free the space it takes."
                </p>
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=undo>"Undo import"</button>
                    <button type="button" class="button button--secondary" on:click=keep>"Keep the import"</button>
                </div>
            </div>
        })}
    }
}

/// Joins the file's kiosk responses into what is stored; says what could
/// not be written, if anything.
fn save_kiosk(kiosk: &[(String, crate::model::kiosk::KioskData)]) -> Option<String> {
    if kiosk.is_empty() {
        return None;
    }
    let store = crate::storage::local_storage::LocalStorage::open().ok()?;
    let failed = kiosk
        .iter()
        .filter(|(id, data)| crate::storage::kiosk::save(&store, id, data).is_err())
        .count();
    (failed > 0).then(|| {
        format!("The clinic kiosk feedback of {failed} project(s) could not be added: the saved feedback there could not be read or the device is full.")
    })
}
