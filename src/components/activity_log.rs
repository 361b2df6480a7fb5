use leptos::prelude::*;

use crate::components::error_summary::ErrorSummary;
use crate::components::form_errors::FormErrors;
use crate::components::form_fields::{SelectField, TextField, TextKind};
use crate::model::activity::{Activity, ActivityKind, Level};
use crate::model::involvement_record::{hours_text, ActivityDraft};
use crate::model::{Edit, Field, Project};
use crate::state::{clock, Projects};

/// The involvement activity log: a form to add an activity and the log,
/// newest first.
#[component]
pub fn ActivityLog(
    /// The project's id.
    id: String,
    /// The project as stored now.
    project: Memo<Project>,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let draft = RwSignal::new(ActivityDraft {
        date: clock::today().iso(),
        ..ActivityDraft::default()
    });
    let errors = FormErrors::new();
    let status = RwSignal::new(String::new());
    let ids = Memo::new(move |_| {
        project.with(|p| {
            let mut list: Vec<(String, crate::model::Date)> = p
                .activities
                .iter()
                .map(|a| (a.id.clone(), a.date))
                .collect();
            list.sort_by_key(|a| std::cmp::Reverse(a.1));
            list.into_iter().map(|(id, _)| id).collect::<Vec<_>>()
        })
    });
    let project_id = id.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = draft
            .get_untracked()
            .into_activity(clock::new_id(), clock::today())
            .and_then(|a| {
                let label = a.kind.label();
                projects
                    .edit(&project_id, Edit::AddActivity(a))
                    .map(|_| label)
                    .map_err(|e| vec![e])
            });
        match result {
            Ok(label) => {
                status.set(format!("{label} added to the log."));
                errors.0.set(Vec::new());
                draft.set(ActivityDraft {
                    date: clock::today().iso(),
                    ..ActivityDraft::default()
                });
            }
            Err(problems) => errors.0.set(problems),
        }
    };
    let text = move |get: fn(&ActivityDraft) -> String| Signal::derive(move || draft.with(get));
    let set = move |put: fn(&mut ActivityDraft, String)| {
        Callback::new(move |t: String| draft.update(|d| put(d, t)))
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
    view! {
        <section aria-labelledby="log-heading">
            <h2 id="log-heading">"Involvement activity log"</h2>
            <form class="panel" on:submit=add novalidate>
                <ErrorSummary errors=errors.0/>
                <h3>"Add an activity"</h3>
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
                    <TextField id=Field::ActivityHours.input_id() label="Hours of their time" hint="For example 1.5"
                        value=text(|d| d.hours.clone()) error=errors.message(Field::ActivityHours) on_input=set(|d, t| d.hours = t)/>
                </div>
                <TextField id=Field::ActivitySaid.input_id() label="What people said (optional)" kind=TextKind::Paragraph
                    value=text(|d| d.said.clone()) error=errors.message(Field::ActivitySaid) on_input=set(|d, t| d.said = t)/>
                <TextField id=Field::ActivityChanged.input_id() label="What changed because of it (optional)" kind=TextKind::Paragraph
                    value=text(|d| d.changed.clone()) error=errors.message(Field::ActivityChanged) on_input=set(|d, t| d.changed = t)/>
                <button type="submit" class="button">"Add to the log"</button>
            </form>
            <p role="status">{move || status.get()}</p>
            <p>{move || match ids.with(Vec::len) { 0 => "Nothing logged yet.".to_string(), 1 => "1 activity logged.".into(), n => format!("{n} activities logged, newest first.") }}</p>
            <ul class="record-list">
                <For each=move || ids.get() key=|id| id.clone() let:activity_id>
                    <ActivityRow project_id=id.clone() activity_id project/>
                </For>
            </ul>
        </section>
    }
}

/// One logged activity.
#[component]
fn ActivityRow(project_id: String, activity_id: String, project: Memo<Project>) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let Some(a): Option<Activity> =
        project.with_untracked(|p| p.activities.iter().find(|a| a.id == activity_id).cloned())
    else {
        return ().into_any();
    };
    let level = if a.kind.level() == Level::BigI {
        ("tag tag--blue", "Big I")
    } else {
        ("tag tag--aqua", "Little i")
    };
    let facts = format!(
        "{} {} taking part, {} hours.",
        a.people,
        if a.people == 1 { "person" } else { "people" },
        hours_text(a.hours_tenths)
    );
    let label = format!("Remove {} on {}", a.kind.label(), a.date.long());
    view! {
        <li class="record">
            <h3 class="record__title">{format!("{}: {}", a.date.long(), a.kind.label())}" "<span class=level.0>{level.1}</span></h3>
            <p class="record__facts">{facts}</p>
            {(!a.said.is_empty()).then(|| view! { <p class="pre-line"><strong>"You said: "</strong>{a.said.clone()}</p> })}
            {(!a.changed.is_empty()).then(|| view! { <p class="pre-line"><strong>"We did: "</strong>{a.changed.clone()}</p> })}
            <button type="button" class="button button--secondary button--small" aria-label=label
                on:click=move |_| { let _ = projects.edit(&project_id, Edit::RemoveActivity { id: a.id.clone() }); }>
                "Remove"
            </button>
        </li>
    }
    .into_any()
}
