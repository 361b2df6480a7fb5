use leptos::prelude::*;

use crate::components::draft_restored::{open_in_form, DraftRestored};
use crate::components::error_summary::ErrorSummary;
use crate::components::focus::{focus_error_summary, focus_when_drawn};
use crate::components::form_errors::FormErrors;
use crate::components::form_fields::{SelectField, TextField, TextKind};
use crate::components::later::Later;
use crate::components::list_notice::{list_key, report_removed, report_undo, ListNotice, Notice};
use crate::model::expert::{ExpertDetails, ExpertRole};
use crate::model::involvement_record::{ExpertDraft, ExpertForm};
use crate::model::{Edit, Field, Project, TeamMember};
use crate::routes;
use crate::state::drafts::keep_draft;
use crate::state::{clock, Projects};

/// The Experts by Experience on a project: the service users and carers on
/// its team, with what the record keeps about them, and a form that adds a
/// person to the team or edits the one chosen. What is typed is kept as a
/// draft until it is saved or cancelled.
#[component]
pub fn ExpertsEditor(
    /// The project's id.
    id: String,
    /// The project as stored now.
    project: Memo<Project>,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let form = RwSignal::new(ExpertForm::new());
    // The key drafts had when a person was a roster entry of their own, so
    // a half-typed new person survives the change to one list. (A draft
    // that was editing someone names their roster id: saved, it changes
    // them if that id is on the team, or says they have been removed.)
    let kept = keep_draft("person", Some(&id), form, ExpertForm::is_blank);
    let editing = Memo::new(move |_| form.with(|f| f.editing.as_ref().map(|e| e.id.clone())));
    let errors = FormErrors::new();
    let notice = RwSignal::new(Notice::<TeamMember>::Quiet);
    let experts = Memo::new(move |_| {
        project.with(|p| p.experts().map(|(m, _)| m.clone()).collect::<Vec<_>>())
    });
    let list =
        Memo::new(move |_| project.with(|p| list_key(p.experts().map(|(m, _)| m.id.as_str()))));
    let say = move |text: String| {
        notice.set(Notice::Said {
            text,
            list: list.get_untracked(),
        })
    };
    // Closing the form forgets the draft and puts focus back where the
    // person goes on: the Edit button they came from, or the first field
    // of the empty form, ready for the next person.
    let close = move || {
        match editing.get_untracked() {
            Some(id) => focus_when_drawn(edit_button_id(&id)),
            None => focus_when_drawn(Field::ExpertName.input_id()),
        }
        form.set(ExpertForm::new());
        kept.clear();
        errors.0.set(Vec::new());
    };
    let project_id = id.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let submitted = form.get_untracked();
        let name = submitted.fields.name.trim().to_string();
        let adding = submitted.editing.is_none();
        let result = submitted
            .submit(clock::new_id())
            .and_then(|edit| projects.edit(&project_id, edit).map_err(|e| vec![e]));
        match result {
            Ok(()) => {
                say(if adding {
                    format!("Added {name} to the Experts by Experience.")
                } else {
                    format!("{name} saved.")
                });
                close();
            }
            Err(problems) => {
                errors.0.set(problems);
                focus_error_summary(FORM_ID);
            }
        }
    };
    let text = move |get: fn(&ExpertDraft) -> String| {
        Signal::derive(move || form.with(|f| get(&f.fields)))
    };
    let set = move |put: fn(&mut ExpertDraft, String)| {
        Callback::new(move |t: String| form.update(|f| put(&mut f.fields, t)))
    };
    let role_options: Vec<_> = ExpertRole::ALL
        .iter()
        .map(|r| (r.code().to_string(), r.label().to_string()))
        .collect();
    // Copy, so each row drawn later can take it.
    let row_project = StoredValue::new(id.clone());
    let general_href = routes::project_href(&id);
    view! {
        <section aria-labelledby="experts-heading">
            <h2 id="experts-heading">"Experts by Experience"</h2>
            <div class="inset">
                "Record a name or initials, as the person prefers, and their role. Do not record anything "
                "that could identify a patient, health details or any other personal information."
            </div>
            <p>
                "The service users and carers on the project team. Everyone added here is on the team on the "
                <a href=general_href>"General tab"</a>" too, and anyone ticked there as a service user "
                "or carer is listed here."
            </p>
            <Show when=move || experts.with(Vec::is_empty)>
                <p>"No service users or carers recorded on this project yet."</p>
            </Show>
            <ul class="record-list">
                <For each=move || experts.get() key=|e| (e.id.clone(), format!("{e:?}")) let:expert>
                    <Later><ExpertRow expert=expert.clone()
                        on_edit=Callback::new(move |e: TeamMember| {
                            open_in_form(form, &e, ExpertForm::is_blank, ExpertForm::edit, errors, say, Field::ExpertName);
                        })
                        on_change=Callback::new({
                            let project_id = row_project.get_value();
                            move |(before, after): (TeamMember, TeamMember)| {
                                let name = after.name.clone();
                                say(match projects.edit(&project_id, Edit::ChangeExpert { before, after }) {
                                    Ok(()) => format!("{name} updated."),
                                    Err(e) => format!("{}.", e.message),
                                });
                            }
                        })
                        on_remove=Callback::new({
                            let project_id = row_project.get_value();
                            move |e: TeamMember| {
                                // Its place on the team, the one list, for an Undo.
                                let at = project.with_untracked(|p| p.team.iter().position(|x| x.id == e.id));
                                let result = projects.edit(&project_id, Edit::RemoveExpert { id: e.id.clone() });
                                let text = format!("{} removed.", e.name);
                                report_removed(result, (e, at), text, notice, say, UNDO_ID);
                            }
                        })/></Later>
                </For>
            </ul>
            <ListNotice id="experts-notice" undo_id=UNDO_ID notice list
                on_undo=Callback::new(move |(expert, at): (TeamMember, usize)| {
                    let name = expert.name.clone();
                    let back = edit_button_id(&expert.id);
                    let result = projects.edit(&id, Edit::RestoreExpert { expert, at });
                    report_undo(result, say, &name, "on the list", back, "experts-notice");
                })/>
            // While the app starts, the form is drawn a frame after the list.
            <Later><form class="panel" id=FORM_ID on:submit=save.clone() novalidate>
                <ErrorSummary errors=errors.0/>
                <h3>{move || if editing.get().is_some() { "Edit this person" } else { "Add a service user or carer" }}</h3>
                <DraftRestored shown=kept.restored/>
                <TextField id=Field::ExpertName.input_id() label="Name or initials" value=text(|d| d.name.clone())
                    error=errors.message(Field::ExpertName) on_input=set(|d, t| d.name = t)/>
                <SelectField id="expert-role" label="Role" options=role_options.clone()
                    value=Signal::derive(move || form.with(|f| if f.fields.role.is_empty() { "service_user".to_string() } else { f.fields.role.clone() }))
                    on_change=set(|d, t| d.role = t)/>
                <TextField id=Field::ExpertJoined.input_id() label="Date joined" kind=TextKind::Date
                    value=text(|d| d.joined.clone()) error=errors.message(Field::ExpertJoined) on_input=set(|d, t| d.joined = t)/>
                // Each field is a part of its own while the app starts (see
                // `FieldShell`), so what follows a field is one too, drawn
                // below it rather than first and then pushed down.
                <Later><div class="checkbox">
                    <input type="checkbox" id="expert-induction"
                        prop:checked=move || form.with(|f| f.fields.induction_given)
                        on:change=move |ev| form.update(|f| f.fields.induction_given = event_target_checked(&ev))/>
                    <label for="expert-induction">"Induction given"</label>
                </div></Later>
                <Show when=move || form.with(|f| f.fields.induction_given)>
                    <TextField id=Field::ExpertInduction.input_id() label="Date induction was given" kind=TextKind::Date
                        value=text(|d| d.induction_date.clone()) error=errors.message(Field::ExpertInduction)
                        on_input=set(|d, t| d.induction_date = t)/>
                </Show>
                <Later><div class="checkbox">
                    <input type="checkbox" id="expert-guidance"
                        prop:checked=move || form.with(|f| f.fields.guidance_given)
                        on:change=move |ev| form.update(|f| f.fields.guidance_given = event_target_checked(&ev))/>
                    <label for="expert-guidance">"Given the guidance document for service users and carers"</label>
                </div></Later>
                <TextField id=Field::ExpertNotes.input_id() label="Notes (optional)" kind=TextKind::Paragraph
                    value=text(|d| d.notes.clone()) error=errors.message(Field::ExpertNotes) on_input=set(|d, t| d.notes = t)/>
                <Later><div class="button-row">
                    <button type="submit" class="button">
                        {move || if editing.get().is_some() { "Save changes" } else { "Add person" }}
                    </button>
                    <Show when=move || editing.get().is_some() || !form.with(ExpertForm::is_blank)>
                        <button type="button" class="button button--secondary" on:click=move |_| close()>"Cancel"</button>
                    </Show>
                </div></Later>
            </form></Later>
        </section>
    }
}

const FORM_ID: &str = "expert-form";
const UNDO_ID: &str = "experts-undo";

fn edit_button_id(expert_id: &str) -> String {
    format!("expert-edit-{expert_id}")
}

/// One person in the list, with Edit and Remove.
#[component]
fn ExpertRow(
    /// A team member with Expert by Experience details.
    expert: TeamMember,
    on_edit: Callback<TeamMember>,
    /// Saves a quick change made from the row itself, as (before, after).
    on_change: Callback<(TeamMember, TeamMember)>,
    on_remove: Callback<TeamMember>,
) -> impl IntoView {
    let details = expert.expert.clone().unwrap_or_default();
    // A row button changes one detail, on the person as the row shows them.
    let with = move |before: &TeamMember, change: fn(&mut ExpertDetails)| {
        let mut after = before.clone();
        change(after.expert.get_or_insert_with(ExpertDetails::default));
        (before.clone(), after)
    };
    let team_role = {
        let role = expert.role.trim();
        (!role.is_empty() && !role.eq_ignore_ascii_case(details.kind.label()))
            .then(|| format!("Team role: {role}. "))
    };
    let induction = match details.induction_given {
        Some(date) => format!("Induction given {}", date.long()),
        None => "Induction not given yet".to_string(),
    };
    let guidance = if details.guidance_given {
        "Guidance document given"
    } else {
        "Guidance document not given yet"
    };
    let joined = details.joined.map(|d| format!("Joined {}", d.long()));
    let (for_edit, for_remove) = (expert.clone(), expert.clone());
    let name = expert.name.clone();
    view! {
        <li class="record">
            <h3 class="record__title">{expert.name.clone()}" "<span class="tag tag--grey">{details.kind.label()}</span></h3>
            <p class="record__facts">
                {team_role}{joined.map(|j| format!("{j}. "))}{induction}". "{guidance}"."
            </p>
            {(!details.notes.is_empty()).then(|| view! { <p class="pre-line">{details.notes.clone()}</p> })}
            <div class="button-row">
                {details.induction_given.is_none().then(|| {
                    let before = expert.clone();
                    view! {
                        <button type="button" class="button button--secondary button--small"
                            aria-label=format!("Record induction given today for {}", expert.name)
                            on:click=move |_| {
                                on_change.run(with(&before, |d| d.induction_given = Some(clock::today())));
                            }>"Record induction given today"</button>
                    }
                })}
                {(!details.guidance_given).then(|| {
                    let before = expert.clone();
                    view! {
                        <button type="button" class="button button--secondary button--small"
                            aria-label=format!("Record guidance document given to {}", expert.name)
                            on:click=move |_| on_change.run(with(&before, |d| d.guidance_given = true))>"Record guidance document given"</button>
                    }
                })}
                <a class="button button--secondary button--small" href=routes::induction_for_this_project()>
                    "Open the induction guide"
                </a>
                <button type="button" class="button button--secondary button--small" id=edit_button_id(&expert.id)
                    aria-label=format!("Edit {name}") on:click=move |_| on_edit.run(for_edit.clone())>"Edit"</button>
                <button type="button" class="button button--secondary button--small"
                    aria-label=format!("Remove {}", expert.name) on:click=move |_| on_remove.run(for_remove.clone())>"Remove"</button>
            </div>
        </li>
    }
}
