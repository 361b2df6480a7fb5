//! The words the import shows: what a checked file would do, the question
//! before `Replace everything`, and what an import did.

use leptos::prelude::*;

use crate::model::trust_settings::TrustSettings;
use crate::model::Date;
use crate::storage::backup::{Class, ImportPlan};
use crate::storage::import::ImportDone;

/// What a checked file would do, counted.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub file_name: String,
    pub made: String,
    pub in_file: usize,
    pub on_device: usize,
    pub new: usize,
    pub newer_in_file: usize,
    pub newer_on_device: usize,
    pub unchanged: usize,
    pub both_changed: usize,
    pub only_on_device: usize,
    pub settings_differ: bool,
}

impl Summary {
    /// Counts `plan`, made from `file_name`, against the device's settings
    /// and its `on_device` projects.
    pub fn of(
        plan: &ImportPlan,
        file_name: String,
        device: &TrustSettings,
        on_device: usize,
    ) -> Summary {
        Summary {
            file_name,
            made: Date::from_unix_ms(plan.exported_ms).long(),
            in_file: plan.items.len(),
            on_device,
            new: plan.count(Class::New),
            newer_in_file: plan.count(Class::NewerInFile),
            newer_on_device: plan.count(Class::NewerOnDevice),
            unchanged: plan.count(Class::Unchanged),
            both_changed: plan.count(Class::BothChanged),
            only_on_device: plan.only_on_device.len(),
            settings_differ: plan.settings != *device,
        }
    }
}

/// "1 project", "3 projects".
pub fn projects(n: usize) -> String {
    if n == 1 {
        "1 project".into()
    } else {
        format!("{n} projects")
    }
}

/// The plan in words, with the three choices.
#[component]
pub fn PlanView(
    /// The counts to show.
    summary: Summary,
    /// Merge was chosen.
    on_merge: Callback<()>,
    /// Replace everything was chosen (it asks first).
    on_replace: Callback<()>,
    /// Cancel was chosen.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let s = summary;
    let rows = [
        ("New (not on this device yet)", s.new),
        ("Newer in the file", s.newer_in_file),
        ("Newer on this device", s.newer_on_device),
        ("Unchanged", s.unchanged),
        (
            "Changed both on this device and in the file since they last matched",
            s.both_changed,
        ),
        ("Only on this device, not in the file", s.only_on_device),
    ];
    let settings = if s.settings_differ {
        "The settings in the file differ from the ones on this device."
    } else {
        "The settings in the file are the same as the ones on this device."
    };
    view! {
        <div class="import-plan">
            <h3 id="import-plan-heading" tabindex="-1">"What importing this file would do"</h3>
            <p>{format!("{}, made on {}, holds {}.", s.file_name, s.made, projects(s.in_file))}</p>
            <ul class="import-plan__counts">
                {rows.into_iter().map(|(what, n)| view! { <li>{format!("{what}: {n}")}</li> }).collect_view()}
            </ul>
            <p>{settings}</p>
            <p>
                <strong>"Merge"</strong>
                " adds the new projects and keeps the newer copy of each project. Where a project changed in "
                "both places, both copies are kept: the file's copy is added with \u{201c}(from backup)\u{201d} "
                "after its title. Projects only on this device stay. The file's settings are used only if none "
                "have been saved on this device."
            </p>
            <p>
                <strong>"Replace everything"</strong>
                " makes this device hold exactly what is in the file, settings included. Projects only on this "
                "device are removed."
            </p>
            <p>"Either way, a copy of your current data is kept first, so you can undo the import."</p>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| on_merge.run(())>"Merge"</button>
                <button type="button" class="button button--warning" on:click=move |_| on_replace.run(())>
                    "Replace everything"
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| on_cancel.run(())>
                    "Cancel"
                </button>
            </div>
        </div>
    }
}

/// The question before everything is replaced, in words.
#[component]
pub fn ConfirmReplace(
    /// The counts, to say what will go.
    summary: Summary,
    /// The person confirmed.
    on_yes: Callback<()>,
    /// The person went back to the plan.
    on_no: Callback<()>,
) -> impl IntoView {
    let s = summary;
    let mut lost = vec![format!(
        "The {} on this device will be replaced by the {} in the file.",
        projects(s.on_device),
        projects(s.in_file)
    )];
    if s.only_on_device > 0 {
        lost.push(format!(
            "{} not in the file will be removed from this device.",
            capital(&projects(s.only_on_device))
        ));
    }
    if s.newer_on_device + s.both_changed > 0 {
        lost.push(format!(
            "Changes made on this device since the backup, in {}, will be lost.",
            projects(s.newer_on_device + s.both_changed)
        ));
    }
    if s.settings_differ {
        lost.push("The settings on this device will be replaced by the file's.".into());
    }
    view! {
        <div class="import-confirm">
            <h3 id="import-confirm-heading" tabindex="-1">"Replace everything on this device?"</h3>
            <ul>{lost.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            <p>"A copy of what is on this device now is kept first: Undo import puts it back."</p>
            <div class="button-row">
                <button type="button" class="button button--warning" on:click=move |_| on_yes.run(())>
                    "Yes, replace everything"
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| on_no.run(())>
                    "No, go back"
                </button>
            </div>
        </div>
    }
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What a finished import did, in sentences.
pub fn describe_done(done: &ImportDone) -> Vec<String> {
    let mut lines = vec![format!(
        "Import finished: {} written, {} removed{}.",
        projects(done.written),
        projects(done.removed),
        if done.settings {
            ", settings updated"
        } else {
            ""
        }
    )];
    for kept in &done.kept_both {
        lines.push(format!(
            "A project changed both here and in the file, so both copies are kept: the file's is \u{201c}{}\u{201d}.",
            kept.copy_title
        ));
    }
    for title in &done.skipped {
        lines.push(format!(
            "\u{201c}{title}\u{201d} was not imported: the copy on this device could not be read, so it was left as it is."
        ));
    }
    lines
}
