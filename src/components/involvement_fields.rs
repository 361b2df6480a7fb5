use leptos::prelude::*;

use crate::components::copy_text::CopyForLifeQi;
use crate::components::draft_notes::DraftNotes;
use crate::components::form_errors::FormErrors;
use crate::components::form_fields::{SelectField, TextField, TextKind};
use crate::components::later::Later;
use crate::components::suggestion_panel::SuggestionPanel;
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
        // After the fields, each a part of its own while the app starts
        // (see `FieldShell`): drawn below them, not pushed down by them.
        <Later>
            <DraftNotes id=id.clone() project errors/>
            <SuggestionPanel id=id.clone() project/>
            // After the suggestion, so nobody copies a level it has just flagged.
            <CopyForLifeQi project/>
            <p class="small">
                <a href=routes::involvement_href(&id)>"Open the involvement record"</a>
            </p>
            <p class="small">
                <a href=routes::href(routes::GUIDE)>"Read the Little i and Big I guide"</a>
            </p>
        </Later>
    }
}
