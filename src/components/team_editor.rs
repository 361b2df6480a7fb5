use leptos::prelude::*;

use crate::components::focus::focus_when_drawn;
use crate::components::form_errors::FormErrors;
use crate::components::list_notice::{list_key, report_removed, report_undo, ListNotice, Notice};
use crate::model::expert::ExpertDetails;
use crate::model::{limits, Edit, Field, FieldError, Project, TeamMember};
use crate::state::{clock, Projects};

/// The project team: who is on it, their role, and whether they are a
/// service user or carer (an Expert by Experience, whose induction and
/// other details the involvement record keeps).
#[component]
pub fn TeamEditor(
    /// The project's id.
    id: String,
    /// The project as stored now.
    project: Memo<Project>,
    errors: FormErrors,
) -> impl IntoView {
    let summary = move || {
        project.with(|p| {
            let (all, experts) = (p.team.len(), p.experts_on_team());
            let people = if all == 1 {
                "1 person".to_string()
            } else {
                format!("{all} people")
            };
            let (low, high) = (
                limits::RECOMMENDED_TEAM.start(),
                limits::RECOMMENDED_TEAM.end(),
            );
            format!(
                "{people} on the team, {experts} of them service users or carers. \
                 Life QI suggests {low} to {high} people, including a service user or carer."
            )
        })
    };
    let member_ids = Memo::new(move |_| {
        project.with(|p| p.team.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
    });
    let projects = expect_context::<Projects>();
    let notice = RwSignal::new(Notice::<TeamMember>::Quiet);
    let list = Memo::new(move |_| project.with(|p| list_key(p.team.iter().map(|m| m.id.as_str()))));
    let say = move |text: String| {
        notice.set(Notice::Said {
            text,
            list: list.get_untracked(),
        })
    };
    let remove = Callback::new({
        let project_id = id.clone();
        move |member: TeamMember| {
            let at = project.with_untracked(|p| p.team.iter().position(|m| m.id == member.id));
            let result = projects.edit(
                &project_id,
                Edit::RemoveMember {
                    id: member.id.clone(),
                },
            );
            let text = format!("{} removed from the team.", member.name);
            report_removed(result, (member, at), text, notice, say, UNDO_ID);
        }
    });
    let undo = Callback::new({
        let project_id = id.clone();
        move |(member, at): (TeamMember, usize)| {
            let name = member.name.clone();
            let back = Field::MemberName(member.id.clone()).input_id();
            let result = projects.edit(&project_id, Edit::RestoreMember { member, at });
            report_undo(result, say, &name, "on the team", back, NOTICE_ID);
        }
    });
    let added = Callback::new(move |name: String| say(format!("Added {name} to the team.")));
    let project_id = id.clone();
    view! {
        <section class="team" aria-labelledby="team-heading">
            <h2 id="team-heading">"Project team"</h2>
            <p>{summary}</p>
            <div class="inset">
                "Record names or initials and roles only. Do not enter anything that could identify "
                "a patient, or any clinical information."
            </div>
            <ul class="team-list">
                <For
                    each=move || member_ids.get()
                    key=|member_id| member_id.clone()
                    children=move |member_id| {
                        view! {
                            <MemberRow project_id=project_id.clone() member_id project errors on_remove=remove
                                on_said=Callback::new(say)/>
                        }
                    }
                />
            </ul>
            <ListNotice id=NOTICE_ID undo_id=UNDO_ID notice list on_undo=undo/>
            <AddMember project_id=id errors on_added=added/>
        </section>
    }
}

const NOTICE_ID: &str = "team-notice";
const UNDO_ID: &str = "team-undo";

/// One team member, editable in place.
#[component]
fn MemberRow(
    project_id: String,
    member_id: String,
    project: Memo<Project>,
    errors: FormErrors,
    /// Removes this member (the row's Remove button).
    on_remove: Callback<TeamMember>,
    /// Announces what a change to the row did, beside the list.
    on_said: Callback<String>,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let lookup = member_id.clone();
    let member = Memo::new(move |_| {
        project.with(|p| {
            p.team
                .iter()
                .find(|m| m.id == lookup)
                .cloned()
                .unwrap_or_default()
        })
    });
    let name = Memo::new(move |_| member.with(|m| m.name.clone()));
    let role = Memo::new(move |_| member.with(|m| m.role.clone()));
    // Every control sends one kind of edit for this member.
    let send = {
        let (project_id, member_id) = (project_id.clone(), member_id.clone());
        move |make: fn(String, &leptos::ev::Event) -> Edit| {
            let (project_id, member_id) = (project_id.clone(), member_id.clone());
            move |ev: leptos::ev::Event| {
                errors.apply(projects, &project_id, make(member_id.clone(), &ev))
            }
        }
    };
    let on_name = send(|id, ev| Edit::MemberName {
        id,
        name: event_target_value(ev),
    });
    let on_role = send(|id, ev| Edit::MemberRole {
        id,
        role: event_target_value(ev),
    });
    // Unticking takes away the person's induction and other details; they
    // are kept here, so ticking the box again puts them back.
    let dropped = StoredValue::new(None::<ExpertDetails>);
    let on_expert = {
        let (project_id, member_id) = (project_id.clone(), member_id.clone());
        move |ev: leptos::ev::Event| {
            let now = member.get_untracked();
            let expert = if event_target_checked(&ev) {
                Some(
                    dropped
                        .try_update_value(Option::take)
                        .flatten()
                        .unwrap_or_else(|| ExpertDetails::for_role(&now.role)),
                )
            } else {
                dropped.set_value(now.expert.clone());
                None
            };
            let said = match (&expert, &now.expert) {
                (None, Some(old)) if *old != ExpertDetails::for_role(&now.role) => Some(format!(
                    "{} is no longer recorded as a service user or carer, and their details on the                      involvement record have gone with it. Tick the box again to put them back.",
                    now.name
                )),
                (Some(_), None) => Some(format!(
                    "{} is now listed under Experts by Experience on the involvement record.",
                    now.name
                )),
                _ => None,
            };
            let edit = Edit::MemberExpert {
                id: member_id.clone(),
                expert,
            };
            let field = edit.field();
            let result = projects.edit(&project_id, edit);
            if let (Ok(()), Some(said)) = (&result, said) {
                on_said.run(said);
            }
            errors.record(field, result);
        }
    };
    let name_field = Field::MemberName(member_id.clone());
    let role_field = Field::MemberRole(member_id.clone());
    let name_error = errors.message(name_field.clone());
    let role_error = errors.message(role_field.clone());
    let expert_id = format!("member-expert-{member_id}");
    view! {
        <li class="team-row">
            <fieldset class="fieldset">
                <legend class="visually-hidden">{move || format!("Team member: {}", name.get())}</legend>
                <InlineField field=name_field label="Name or initials" error=name_error value=name on_input=on_name/>
                <InlineField field=role_field label="Role" error=role_error value=role on_input=on_role/>
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id=expert_id.clone()
                        prop:checked=move || member.with(TeamMember::is_expert)
                        on:change=on_expert
                    />
                    <label for=expert_id>"Service user or carer (Expert by Experience)"</label>
                </div>
                <button
                    type="button"
                    class="button button--secondary button--small"
                    aria-label=move || format!("Remove {} from the team", name.get())
                    on:click=move |_| on_remove.run(member.get_untracked())
                >
                    "Remove"
                </button>
            </fieldset>
        </li>
    }
}

/// A compact labelled input for a team row.
#[component]
fn InlineField(
    field: Field,
    label: &'static str,
    error: Signal<Option<String>>,
    value: Memo<String>,
    on_input: impl Fn(leptos::ev::Event) + 'static,
) -> impl IntoView {
    let id = field.input_id();
    let error_id = format!("{id}-error");
    view! {
        <div class="form-group" class:form-group--error=move || error.get().is_some()>
            <label class="label" for=id.clone()>{label}</label>
            {move || error.get().map(|m| view! { <p class="error-message" id=error_id.clone()>{m}</p> })}
            <input
                class="input"
                id=id
                prop:value=move || value.get()
                aria-invalid=move || error.get().map(|_| "true")
                on:input=on_input
            />
        </div>
    }
}

/// The form that adds a person to the team. Focus stays in its name box
/// after each try: empty again and ready for the next person, or showing
/// what to fix.
#[component]
fn AddMember(
    project_id: String,
    errors: FormErrors,
    /// Told the name of each person added.
    on_added: Callback<String>,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let expert = RwSignal::new(false);
    let error = errors.message(Field::Team);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let member_name = name.get_untracked().trim().to_string();
        let member_role = role.get_untracked().trim().to_string();
        let member = TeamMember {
            id: clock::new_id(),
            name: member_name.clone(),
            expert: expert
                .get_untracked()
                .then(|| ExpertDetails::for_role(&member_role)),
            role: member_role,
        };
        let result = projects
            .edit(&project_id, Edit::AddMember(member))
            .map_err(|e| FieldError::new(Field::Team, e.message));
        if result.is_ok() {
            on_added.run(member_name);
            name.set(String::new());
            role.set(String::new());
            expert.set(false);
        }
        errors.record(Field::Team, result);
        focus_when_drawn(ADD_NAME_ID.into());
    };
    view! {
        <form class="add-member" on:submit=add novalidate>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">"Add a team member"</legend>
                <div class="form-group" class:form-group--error=move || error.get().is_some()>
                    <label class="label" for="add-team-member">"Name or initials"</label>
                    {move || error.get().map(|m| view! { <p class="error-message" id="add-team-member-error">{m}</p> })}
                    <input class="input" id=ADD_NAME_ID prop:value=move || name.get()
                        aria-describedby=move || error.get().map(|_| "add-team-member-error")
                        aria-invalid=move || error.get().map(|_| "true")
                        on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="form-group">
                    <label class="label" for="add-team-role">"Role"</label>
                    <input class="input" id="add-team-role" prop:value=move || role.get() on:input=move |ev| role.set(event_target_value(&ev))/>
                </div>
                <div class="checkbox">
                    <input type="checkbox" id="add-team-expert" prop:checked=move || expert.get() on:change=move |ev| expert.set(event_target_checked(&ev))/>
                    <label for="add-team-expert">"Service user or carer (Expert by Experience)"</label>
                </div>
                <button type="submit" class="button button--secondary">"Add team member"</button>
            </fieldset>
        </form>
    }
}

const ADD_NAME_ID: &str = "add-team-member";
