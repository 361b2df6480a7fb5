use leptos::prelude::*;

use crate::components::draft_notes::DraftNotes;
use crate::components::form_errors::FormErrors;
use crate::components::form_fields::{SelectField, TextField, TextKind};
use crate::components::suggestion_panel::SuggestionPanel;
use crate::model::life_qi::notes_for_life_qi;
use crate::model::{Edit, Field, InvolvementLevel, Project};
use crate::routes;
use crate::state::Projects;

/// The right-hand side of the General tab, as in Life QI: the service user
/// involvement level, notes on how the team achieves it, and a button that
/// copies both in a form ready to paste into Life QI.
#[component]
pub fn InvolvementFields(
    /// The project's id.
    id: String,
    /// The project as stored now.
    project: Memo<Project>,
    errors: FormErrors,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let level = Memo::new(move |_| project.with(|p| p.involvement.code().to_string()));
    let notes = Memo::new(move |_| project.with(|p| p.involvement_notes.clone()));
    let options = InvolvementLevel::ALL
        .iter()
        .map(|l| (l.code().to_string(), l.label().to_string()))
        .collect();
    let id_for_level = id.clone();
    view! {
        <SelectField
            id="project-involvement"
            label="Service user involvement"
            // Says what the two "nothing" choices mean, so nobody picks one for the other.
            hint="Not yet recorded: nobody has said yet. \
                  No involvement yet: the team has checked, and no service users or carers are involved so far. \
                  Little i: asking service users and carers for their views from time to time. \
                  Big I: service users and carers working on the project as partners."
            options
            value=level
            on_change=Callback::new(move |code: String| {
                if let Some(level) = InvolvementLevel::from_code(&code) {
                    errors.apply(projects, &id_for_level, Edit::Involvement(level));
                }
            })
        />
        <TextField
            id=Field::InvolvementNotes.input_id()
            label="Involvement notes"
            hint="Briefly, what are you doing to achieve Big I or Little i? For example, who is on \
                  the team, or how you ask for feedback."
            kind=TextKind::Paragraph
            value=notes
            error=errors.message(Field::InvolvementNotes)
            on_input=Callback::new({
                let id = id.clone();
                move |text| errors.apply(projects, &id, Edit::InvolvementNotes(text))
            })
        />
        <DraftNotes id=id.clone() project errors/>
        <CopyForLifeQi project/>
        <SuggestionPanel id=id.clone() project/>
        <p class="small">
            <a href=routes::involvement_href(&id)>"Open the involvement record"</a>
        </p>
        <p class="small">
            <a href=routes::href(routes::GUIDE)>"Read the Little i and Big I guide"</a>
        </p>
    }
}

/// What happened when the person last pressed "Copy for Life QI".
#[derive(Clone, PartialEq)]
enum CopyResult {
    NotYet,
    Copied,
    /// The browser refused the clipboard: show the text to copy by hand.
    Refused(String),
}

#[component]
fn CopyForLifeQi(project: Memo<Project>) -> impl IntoView {
    let result = RwSignal::new(CopyResult::NotYet);
    let copy = move |_| {
        let text = project.with_untracked(notes_for_life_qi);
        leptos::task::spawn_local(async move {
            let copied = match web_sys::window().map(|w| w.navigator().clipboard()) {
                Some(clipboard) => {
                    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                        .await
                        .is_ok()
                }
                None => false,
            };
            result.set(if copied {
                CopyResult::Copied
            } else {
                CopyResult::Refused(text)
            });
        });
    };
    view! {
        <div class="copy-box">
            <button type="button" class="button button--secondary" on:click=copy>
                "Copy for Life QI"
            </button>
            <p role="status" class="copy-box__status">
                {move || match result.get() {
                    CopyResult::Copied => {
                        "Copied. In Life QI, paste it into the notes box next to the \
                         Service user involvement drop-down on the General tab."
                            .into_any()
                    }
                    CopyResult::Refused(_) => {
                        "This browser would not copy. Select the text below and copy it yourself.".into_any()
                    }
                    CopyResult::NotYet => ().into_any(),
                }}
            </p>
            {move || match result.get() {
                CopyResult::Refused(text) => Some(view! {
                    <label class="label" for="life-qi-text">"Text for Life QI"</label>
                    <textarea class="textarea" id="life-qi-text" readonly rows="5" prop:value=text></textarea>
                }),
                _ => None,
            }}
        </div>
    }
}
