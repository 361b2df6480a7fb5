use std::hash::{Hash, Hasher};

use leptos::prelude::*;

use crate::components::draft_restored::{open_in_form, DraftRestored};
use crate::components::error_summary::ErrorSummary;
use crate::components::focus::{focus_error_summary, focus_when_drawn};
use crate::components::form_errors::FormErrors;
use crate::components::form_fields::{SelectField, TextField, TextKind};
use crate::components::later::Later;
use crate::components::list_notice::{list_key, report_removed, report_undo, ListNotice, Notice};
use crate::model::activity::{Activity, ActivityKind, Level};
use crate::model::hours::{hours_hint, hours_phrase};
use crate::model::involvement_record::{newest_first, ActivityDraft, ActivityForm};
use crate::model::{Edit, Field, Project};
use crate::state::drafts::keep_draft;
use crate::state::{clock, Projects};

/// The involvement activity log: a form that adds an activity or edits
/// the one chosen, and the log, newest first. What is typed is kept as a
/// draft until it is saved or cancelled.
#[component]
pub fn ActivityLog(
    /// The project's id.
    id: String,
    /// The project as stored now.
    project: Memo<Project>,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let form = RwSignal::new(ActivityForm::new(clock::today()));
    let kept = keep_draft("activity", Some(&id), form, ActivityForm::is_blank);
    let editing = Memo::new(move |_| form.with(|f| f.editing.as_ref().map(|a| a.id.clone())));
    let errors = FormErrors::new();
    let notice = RwSignal::new(Notice::<Activity>::Quiet);
    let list =
        Memo::new(move |_| project.with(|p| list_key(p.activities.iter().map(|a| a.id.as_str()))));
    let say = move |text: String| {
        notice.set(Notice::Said {
            text,
            list: list.get_untracked(),
        })
    };
    // Each row is keyed by its id and a fingerprint of its content, so a
    // changed activity (here or in another tab) is redrawn and the rest
    // are left alone, without formatting every entry of a long log. Only
    // the newest rows are drawn at first: a log of 500 took over 100 ms to
    // draw, and the newest are the ones people come to add to or correct.
    let shown = RwSignal::new(SHOWN_AT_FIRST);
    let logged = Memo::new(move |_| project.with(|p| p.activities.len()));
    let rows = Memo::new(move |_| {
        project.with(|p| {
            newest_first(&p.activities)
                .into_iter()
                .take(shown.get())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    // Focus goes to the first row that was not shown before.
    let show_more = move |_| {
        let first_new = project.with_untracked(|p| {
            newest_first(&p.activities)
                .get(shown.get_untracked())
                .map(|a| edit_button_id(&a.id))
        });
        shown.update(|n| *n += SHOWN_AT_FIRST);
        if let Some(id) = first_new {
            focus_when_drawn(id);
        }
    };
    // Focus goes back to the Edit button the person came from, or to the
    // first field of the empty form, ready for the next entry.
    let close = move || {
        match editing.get_untracked() {
            Some(id) => focus_when_drawn(edit_button_id(&id)),
            None => focus_when_drawn(Field::ActivityDate.input_id()),
        }
        form.set(ActivityForm::new(clock::today()));
        kept.clear();
        errors.0.set(Vec::new());
    };
    let project_id = id.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let submitted = form.get_untracked();
        let done = if submitted.editing.is_some() {
            "changed"
        } else {
            "added to the log"
        };
        let label =
            ActivityKind::from_code(&submitted.fields.kind).map_or("Activity", |k| k.label());
        let on = crate::model::Date::parse_iso(&submitted.fields.date)
            .map(|d| format!(" on {}", d.long()))
            .unwrap_or_default();
        let new_id = clock::new_id();
        let saved_id = submitted
            .editing
            .as_ref()
            .map_or(new_id.clone(), |a| a.id.clone());
        let result = submitted
            .submit(new_id, clock::today())
            .and_then(|edit| projects.edit(&project_id, edit).map_err(|e| vec![e]));
        match result {
            Ok(()) => {
                // An activity dated further back than the rows drawn is
                // drawn too, so the person sees where it went.
                let at = project.with_untracked(|p| {
                    newest_first(&p.activities)
                        .iter()
                        .position(|a| a.id == saved_id)
                });
                if let Some(at) = at {
                    shown.update(|n| *n = (*n).max(at + 1));
                }
                say(format!("{label}{on} {done}."));
                close();
            }
            Err(problems) => {
                errors.0.set(problems);
                focus_error_summary(FORM_ID);
            }
        }
    };
    let text = move |get: fn(&ActivityDraft) -> String| {
        Signal::derive(move || form.with(|f| get(&f.fields)))
    };
    let set = move |put: fn(&mut ActivityDraft, String)| {
        Callback::new(move |t: String| form.update(|f| put(&mut f.fields, t)))
    };
    let kind_options = std::iter::once((String::new(), "Choose a kind of activity".to_string()))
        .chain(ActivityKind::ALL.iter().map(|k| {
            let level = if k.level() == Level::BigI {
                "Big I"
            } else {
                "Little i"
            };
            (k.code().to_string(), format!("{} ({level})", k.label()))
        }))
        .collect();
    // Copy, for the log's part drawn later.
    let id = StoredValue::new(id);
    view! {
        <section aria-labelledby="log-heading">
            <h2 id="log-heading">"Involvement activity log"</h2>
            <form class="panel" id=FORM_ID on:submit=save novalidate>
                <ErrorSummary errors=errors.0/>
                <h3>{move || if editing.get().is_some() { "Edit this activity" } else { "Add an activity" }}</h3>
                <DraftRestored shown=kept.restored/>
                <div class="field-pair">
                    <TextField id=Field::ActivityDate.input_id() label="Date" kind=TextKind::Date
                        value=text(|d| d.date.clone()) error=errors.message(Field::ActivityDate) on_input=set(|d, t| d.date = t)/>
                    <SelectField id=Field::ActivityKind.input_id() label="Kind of activity" options=kind_options
                        value=text(|d| d.kind.clone()) on_change=set(|d, t| d.kind = t)/>
                </div>
                {move || errors.message(Field::ActivityKind).get().map(|m| view! { <p class="error-message">{m}</p> })}
                <div class="field-pair">
                    <TextField id=Field::ActivityPeople.input_id() label="Service users or carers taking part"
                        hint="A number, for example 4" value=text(|d| d.people.clone())
                        error=errors.message(Field::ActivityPeople) on_input=set(|d, t| d.people = t)/>
                    <TextField id=Field::ActivityHours.input_id() label="Hours of their time"
                        hint=Signal::derive(move || form.with(|f| hours_hint(ActivityKind::from_code(&f.fields.kind))))
                        value=text(|d| d.hours.clone()) error=errors.message(Field::ActivityHours) on_input=set(|d, t| d.hours = t)/>
                </div>
                <TextField id=Field::ActivitySaid.input_id() label="What people said (optional)" kind=TextKind::Paragraph
                    value=text(|d| d.said.clone()) error=errors.message(Field::ActivitySaid) on_input=set(|d, t| d.said = t)/>
                <TextField id=Field::ActivityChanged.input_id() label="What changed because of it (optional)" kind=TextKind::Paragraph
                    value=text(|d| d.changed.clone()) error=errors.message(Field::ActivityChanged) on_input=set(|d, t| d.changed = t)/>
                // After the fields, each a part of its own while the app starts
                // (see `FieldShell`): drawn below them, not pushed down by them.
                <Later><div class="button-row">
                    <button type="submit" class="button">
                        {move || if editing.get().is_some() { "Save changes" } else { "Add to the log" }}
                    </button>
                    <Show when=move || editing.get().is_some() || !form.with(ActivityForm::is_blank)>
                        <button type="button" class="button button--secondary" on:click=move |_| close()>"Cancel"</button>
                    </Show>
                </div></Later>
            </form>
            // While the app starts, the log is drawn a frame after the form.
            <Later>
                <ListNotice id="activities-notice" undo_id=UNDO_ID notice list
                    on_undo=Callback::new({
                        let project_id = id.get_value();
                        move |(activity, at): (Activity, usize)| {
                            let what = describe(&activity);
                            let back = edit_button_id(&activity.id);
                            let result = projects.edit(&project_id, Edit::RestoreActivity { activity, at });
                            report_undo(result, say, &what, "in the log", back, "activities-notice");
                        }
                    })/>
                <p>{move || logged_text(logged.get(), shown.get())}</p>
                <ul class="record-list">
                    <For each=move || rows.get() key=|a| (a.id.clone(), fingerprint(a)) let:activity>
                        <Later><ActivityRow activity
                            on_edit=Callback::new(move |a: Activity| {
                                open_in_form(form, &a, ActivityForm::is_blank, ActivityForm::edit, errors, say, Field::ActivityDate);
                            })
                            on_remove=Callback::new({
                                let project_id = id.get_value();
                                move |a: Activity| {
                                    let at = project.with_untracked(|p| p.activities.iter().position(|x| x.id == a.id));
                                    let result = projects.edit(&project_id, Edit::RemoveActivity { id: a.id.clone() });
                                    let text = format!("{} removed from the log.", describe(&a));
                                    report_removed(result, (a, at), text, notice, say, UNDO_ID);
                                }
                            })/></Later>
                    </For>
                </ul>
                <Show when=move || { logged.get() > shown.get() }>
                    <button type="button" class="button button--secondary" on:click=show_more>"Show more activities"</button>
                </Show>
            </Later>
        </section>
    }
}

/// A hash of everything in an activity, so a row is redrawn when it changes.
fn fingerprint(a: &Activity) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    (
        &a.date,
        a.kind,
        a.people,
        a.hours_tenths,
        &a.said,
        &a.changed,
    )
        .hash(&mut hasher);
    hasher.finish()
}

/// How many rows the log draws at first, and how many more each
/// "Show more activities" adds.
const SHOWN_AT_FIRST: usize = 25;

/// "12 activities logged, newest first.", saying when only some are shown.
fn logged_text(logged: usize, shown: usize) -> String {
    match logged {
        0 => "Nothing logged yet.".to_string(),
        1 => "1 activity logged.".to_string(),
        n if n > shown => format!("{n} activities logged; the newest {shown} are shown first."),
        n => format!("{n} activities logged, newest first."),
    }
}

const FORM_ID: &str = "activity-form";
const UNDO_ID: &str = "activities-undo";

/// An activity as a notice names it: "Survey on 3 February 2026".
fn describe(a: &Activity) -> String {
    format!("{} on {}", a.kind.label(), a.date.long())
}

fn edit_button_id(activity_id: &str) -> String {
    format!("activity-edit-{activity_id}")
}

/// One logged activity, with Edit and Remove.
#[component]
fn ActivityRow(
    activity: Activity,
    on_edit: Callback<Activity>,
    on_remove: Callback<Activity>,
) -> impl IntoView {
    let a = activity;
    let level = if a.kind.level() == Level::BigI {
        ("tag tag--blue", "Big I")
    } else {
        ("tag tag--aqua", "Little i")
    };
    let facts = format!(
        "{} {} taking part, {}.",
        a.people,
        if a.people == 1 { "person" } else { "people" },
        hours_phrase(a.hours_tenths)
    );
    let label = format!("Remove {} on {}", a.kind.label(), a.date.long());
    // The Edit button is named "Edit" and described by the row's title, so
    // each one is told apart without a long name.
    let title_id = format!("activity-title-{}", a.id);
    let (for_edit, for_remove) = (a.clone(), a.clone());
    view! {
        <li class="record">
            <h3 class="record__title" id=title_id.clone()>{format!("{}: {}", a.date.long(), a.kind.label())}" "<span class=level.0>{level.1}</span></h3>
            <p class="record__facts">{facts}</p>
            {(!a.said.is_empty()).then(|| view! { <p class="pre-line"><strong>"You said: "</strong>{a.said.clone()}</p> })}
            {(!a.changed.is_empty()).then(|| view! { <p class="pre-line"><strong>"We did: "</strong>{a.changed.clone()}</p> })}
            <div class="button-row">
                <button type="button" class="button button--secondary button--small" id=edit_button_id(&a.id)
                    aria-describedby=title_id on:click=move |_| on_edit.run(for_edit.clone())>
                    "Edit"
                </button>
                <button type="button" class="button button--secondary button--small" aria-label=label
                    on:click=move |_| on_remove.run(for_remove.clone())>
                    "Remove"
                </button>
            </div>
        </li>
    }
}
