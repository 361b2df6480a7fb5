//! The team's kiosk wording for one project: every piece of text the
//! kiosk shows, so a clinic can run it in its patients' language, and
//! which way the text runs.

use leptos::prelude::*;

use crate::components::form_fields::{SelectField, TextField, TextKind};
use crate::model::kiosk::{Answer, Direction, KioskWording, MAX_FOLLOW_UPS};
use crate::state::kiosk_data::KioskRecord;

type ReadText = fn(&KioskWording) -> String;
type Reader = Box<dyn Fn(&KioskWording) -> String + Send + Sync>;
type Writer = Box<dyn Fn(&mut KioskWording, String) + Send + Sync>;
type WriteText = fn(&mut KioskWording, String);

/// The fields other than the answers and follow-ups, in the order shown.
const FIELDS: [(&str, &str, ReadText, WriteText); 11] = [
    (
        "welcome",
        "Welcome line (optional)",
        |w| w.welcome.clone(),
        |w, t| w.welcome = t,
    ),
    (
        "question",
        "The question",
        |w| w.question.clone(),
        |w, t| w.question = t,
    ),
    (
        "privacy",
        "Reminder not to write names or personal details",
        |w| w.privacy.clone(),
        |w, t| w.privacy = t,
    ),
    (
        "optional",
        "Note that a question can be left blank",
        |w| w.optional_hint.clone(),
        |w, t| w.optional_hint = t,
    ),
    (
        "submit",
        "Submit button",
        |w| w.submit.clone(),
        |w, t| w.submit = t,
    ),
    ("back", "Back button", |w| w.back.clone(), |w, t| w.back = t),
    (
        "thanks",
        "Thank-you message",
        |w| w.thank_you.clone(),
        |w, t| w.thank_you = t,
    ),
    (
        "involve",
        "How to get more involved (shown above the Patient Involvement Team's contact)",
        |w| w.involve.clone(),
        |w, t| w.involve = t,
    ),
    (
        "finish",
        "Button on the thank-you screen",
        |w| w.finish.clone(),
        |w, t| w.finish = t,
    ),
    (
        "still",
        "Prompt after a minute with no touch",
        |w| w.still_there.clone(),
        |w, t| w.still_there = t,
    ),
    (
        "carry",
        "Button that answers the prompt",
        |w| w.carry_on.clone(),
        |w, t| w.carry_on = t,
    ),
];

/// The wording editor, folded away until opened.
#[component]
pub fn KioskWordingEditor(
    /// The project's kiosk data.
    record: KioskRecord,
) -> impl IntoView {
    let draft = RwSignal::new(record.loaded.with_untracked(|l| l.data.wording.clone()));
    let problems = RwSignal::new(Vec::<String>::new());
    let status = RwSignal::new(String::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let wording = draft.get_untracked();
        let found: Vec<String> = wording.problems().into_iter().map(|p| p.message).collect();
        if !found.is_empty() {
            problems.set(found);
            status.set(String::new());
            return;
        }
        match record.save_wording(wording) {
            Ok(()) => {
                problems.set(Vec::new());
                status.set("Kiosk wording saved.".into());
            }
            Err(e) => problems.set(vec![format!("The wording was not saved: {e}")]),
        }
    };
    let field = move |id: String, label: String, get: Reader, put: Writer| {
        let put = std::sync::Arc::new(put);
        view! {
            <TextField id=format!("kiosk-wording-{id}") label value=Signal::derive(move || draft.with(|w| get(w)))
                error=Signal::derive(|| None::<String>) kind=TextKind::Paragraph
                on_input=Callback::new(move |t: String| { let put = put.clone(); draft.update(|w| put(w, t)); })/>
        }
    };
    // Redraw the follow-up fields only when one is added or removed, not
    // on each letter typed (which would take the focus away).
    let follow_ups = Memo::new(move |_| draft.with(|w| w.follow_ups.len()));
    let direction_options = vec![
        (
            "auto".to_string(),
            "Automatic, from the words themselves".to_string(),
        ),
        ("ltr".to_string(), "Left to right".to_string()),
        (
            "rtl".to_string(),
            "Right to left (for example Urdu or Arabic)".to_string(),
        ),
    ];
    view! {
        <details class="kiosk-wording">
            <summary>"Kiosk wording"</summary>
            <form class="panel" on:submit=save novalidate>
                <p class="hint">"Change any of the words the kiosk shows, for example to run it in the language most of your patients speak. Leave the question as it is to report to the NHS Friends and Family Test."</p>
                {move || (!problems.with(Vec::is_empty)).then(|| view! {
                    <div class="error-summary" role="alert">
                        <h3 class="error-summary__title">"There is a problem"</h3>
                        <ul>{problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                })}
                <SelectField id="kiosk-wording-direction" label="Text direction" options=direction_options
                    value=Signal::derive(move || draft.with(|w| w.direction.attribute().to_string()))
                    on_change=Callback::new(move |v: String| draft.update(|w| w.direction = Direction::from_attribute(&v)))/>
                {FIELDS.into_iter().take(2).map(|(id, label, get, put)| field(id.into(), label.into(), Box::new(get), Box::new(put))).collect_view()}
                {Answer::ALL.into_iter().map(|a| {
                    let i = a.index();
                    field(format!("answer-{i}"), format!("Words for \u{201c}{}\u{201d}", a.default_label()),
                        Box::new(move |w| w.answers.get(i).cloned().unwrap_or_default()),
                        Box::new(move |w, t| { w.answers.resize(Answer::ALL.len(), String::new()); w.answers[i] = t; }))
                }).collect_view()}
                <fieldset class="fieldset">
                    <legend>"Follow-up questions (each can be skipped by the person answering)"</legend>
                    {move || (0..follow_ups.get()).map(|i| view! {
                        <div class="kiosk-wording__follow-up">
                            {field(format!("follow-up-{i}"), format!("Follow-up question {}", i + 1),
                                Box::new(move |w| w.follow_ups.get(i).cloned().unwrap_or_default()),
                                Box::new(move |w, t| if let Some(q) = w.follow_ups.get_mut(i) { *q = t; }))}
                            <button type="button" class="button button--secondary button--small"
                                on:click=move |_| draft.update(|w| { if i < w.follow_ups.len() { w.follow_ups.remove(i); } })>
                                {format!("Remove follow-up question {}", i + 1)}
                            </button>
                        </div>
                    }).collect_view()}
                    <Show when=move || draft.with(|w| w.follow_ups.len() < MAX_FOLLOW_UPS)>
                        <button type="button" class="button button--secondary button--small"
                            on:click=move |_| draft.update(|w| w.follow_ups.push(String::new()))>"Add a follow-up question"</button>
                    </Show>
                </fieldset>
                {FIELDS.into_iter().skip(2).map(|(id, label, get, put)| field(id.into(), label.into(), Box::new(get), Box::new(put))).collect_view()}
                <button type="submit" class="button">"Save kiosk wording"</button>
                <p role="status">{move || status.get()}</p>
            </form>
        </details>
    }
}
