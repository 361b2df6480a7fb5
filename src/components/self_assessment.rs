use leptos::prelude::*;

use crate::model::level_change::{change_button, changed_message};
use crate::model::lowercase::lowercase;
use crate::model::self_assessment::{assess, QUESTIONS};
use crate::model::{Edit, InvolvementLevel};
use crate::state::Projects;

/// Five yes/no questions that suggest a level, say why, and can apply the
/// level to a chosen project.
#[component]
pub fn SelfAssessment() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let answers = RwSignal::new([None::<bool>; 5]);
    let result = Memo::new(move |_| {
        let a = answers.get();
        a.iter()
            .all(Option::is_some)
            .then(|| assess(&a.map(|x| x == Some(true))))
    });
    let chosen = RwSignal::new(String::new());
    let applied = RwSignal::new(String::new());
    // The projects a level can be applied to, by title.
    let options = Memo::new(move |_| {
        projects.list.with(|list| {
            let mut items: Vec<(String, String)> = list
                .iter()
                .filter(|p| !p.archived)
                .map(|p| (p.id.clone(), p.display_title().to_string()))
                .collect();
            crate::model::order::sort_by_cached_key(&mut items, |a| lowercase(&a.1));
            items
        })
    });
    let level_of = move |id: &str| {
        projects
            .list
            .with(|l| l.iter().find(|p| p.id == id).map(|p| p.involvement))
    };
    // What Apply would change, in words, before it is pressed: a change
    // that lowers the level is never a surprise.
    let will_change = move |to: InvolvementLevel| {
        let id = chosen.get();
        match level_of(&id) {
            Some(from) if from != to => change_button(from, to),
            Some(_) => format!("The project is already at {}.", to.label()),
            None => String::new(),
        }
    };
    let offered = move |id: &str| options.with_untracked(|o| o.iter().any(|(i, _)| i == id));
    // A project deleted or archived (here or in another tab) is no longer
    // a choice, so it stops being the chosen one too.
    Effect::new(move |_| {
        let id = chosen.get();
        options.track();
        if !id.is_empty() && !offered(&id) {
            chosen.set(String::new());
        }
    });
    let apply = move |_| {
        let Some((level, _)) = result.get_untracked() else {
            return;
        };
        let id = chosen.get_untracked();
        if !offered(&id) {
            chosen.set(String::new());
            applied.set("Choose a project first.".into());
            return;
        }
        let from = level_of(&id).unwrap_or_default();
        applied.set(match projects.edit(&id, Edit::Involvement(level)) {
            Ok(()) => changed_message(from, level),
            Err(e) => format!("{}.", e.message),
        });
    };
    view! {
        <p>"Answer each question to see which level your project is at today."</p>
        {QUESTIONS
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let name = format!("q-{}", q.id);
                view! {
                    <fieldset class="fieldset question">
                        <legend class="question__text">{q.text}</legend>
                        <div class="radios">
                            {[("Yes", true), ("No", false)]
                                .into_iter()
                                .map(|(label, value)| {
                                    let id = format!("{name}-{}", lowercase(label));
                                    view! {
                                        <div class="radio">
                                            <input type="radio" id=id.clone() name=name.clone()
                                                prop:checked=move || answers.with(|a| a[i] == Some(value))
                                                on:change=move |_| answers.update(|a| a[i] = Some(value))/>
                                            <label for=id>{label}</label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                }
            })
            .collect_view()}
        // Announced when the answers are complete; the panel below is not a
        // live region, so its controls are not read out on every change.
        <p role="status" class="visually-hidden">
            {move || result.get().map(|(level, _)| format!("Suggested level: {}", level.label()))}
        </p>
        <div>
            {move || result.get().map(|(level, why)| view! {
                <div class="panel result">
                    <h3>{format!("Suggested level: {}", level.label())}</h3>
                    <p>{why}</p>
                    <div class="form-group">
                        <label class="label" for="assess-project">"Project to apply it to"</label>
                        // Bound both ways, so the select always shows the
                        // project Apply would change. Options are keyed by
                        // project, so a project added, renamed or removed
                        // elsewhere never shifts the selection onto another.
                        <select class="select" id="assess-project"
                            prop:value=move || chosen.get()
                            on:change=move |ev| chosen.set(event_target_value(&ev))>
                            <option value="" selected=move || chosen.with(String::is_empty)>"Choose a project"</option>
                            <For each=move || options.get() key=|option| option.clone() let((id, title))>
                                <option value=id.clone() selected=move || chosen.with(|c| *c == id)>{title}</option>
                            </For>
                        </select>
                    </div>
                    <p id="assess-will-change">{move || will_change(level)}</p>
                    <button type="button" class="button" aria-describedby="assess-will-change" on:click=apply>"Apply to project"</button>
                    <p role="status">{move || applied.get()}</p>
                </div>
            })}
        </div>
    }
}
