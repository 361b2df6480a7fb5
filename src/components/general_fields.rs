use leptos::prelude::*;

use crate::components::copy_text::Copyable;
use crate::components::form_errors::FormErrors;
use crate::components::form_fields::{SelectField, TextField, TextKind};
use crate::model::life_qi::GeneralField;
use crate::model::{Edit, Field, ProgressScore, Project, Status};
use crate::state::Projects;

/// The left-hand side of the General tab: what the project is, who leads
/// it, where and when, its status and its IHI progress score. Each field
/// Life QI also has comes with a Copy button for pasting it there.
#[component]
pub fn GeneralFields(
    /// The project's id.
    id: String,
    /// The project as stored now.
    project: Memo<Project>,
    errors: FormErrors,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    // One memo per field, so that changing one field never rewrites the
    // text in another while someone is typing there.
    let text = move |get: fn(&Project) -> String| Memo::new(move |_| project.with(get));
    let edit = {
        let id = id.clone();
        move |make: fn(String) -> Edit| {
            let id = id.clone();
            Callback::new(move |value: String| errors.apply(projects, &id, make(value)))
        }
    };
    // Made here, as the Copyable wrappers take their fields as children.
    let on_title = edit(Edit::Title);
    let on_aim = edit(Edit::Aim);
    let on_about = edit(Edit::About);
    let on_lead = edit(Edit::Lead);
    let on_service = edit(Edit::Service);
    let on_start = edit(Edit::StartDate);
    let on_end = edit(Edit::EndDate);
    let date_text = |d: Option<crate::model::Date>| d.map(|d| d.iso()).unwrap_or_default();
    let progress_hint = move || match project.with(|p| p.progress_changed) {
        Some(date) => format!(
            "Last changed on {}. Update it when the project moves on.",
            date.long()
        ),
        None => {
            "Not set yet. The IHI scale runs from 0.5 (intent to take part) to 5.0.".to_string()
        }
    };
    let on_progress = Callback::new({
        let id = id.clone();
        move |text: String| errors.apply(projects, &id, Edit::Progress(ProgressScore::parse(&text)))
    });
    let progress_options = std::iter::once((String::new(), "Not set".to_string()))
        .chain(ProgressScore::all().map(|s| (s.text(), s.label())))
        .collect();
    let status_options = Status::ALL
        .iter()
        .map(|s| (s.code().to_string(), s.label().to_string()))
        .collect();
    view! {
        <Copyable field=GeneralField::Title project>
            <TextField
                id=Field::Title.input_id()
                label="Project title"
                value=text(|p| p.title.clone())
                error=errors.message(Field::Title)
                on_input=on_title
            />
        </Copyable>
        <Copyable field=GeneralField::Aim project>
            <TextField
                id=Field::Aim.input_id()
                label="Aim"
                hint="What are you trying to accomplish? Say how much, by when."
                kind=TextKind::Paragraph
                value=text(|p| p.aim.clone())
                error=errors.message(Field::Aim)
                on_input=on_aim
            />
        </Copyable>
        <Copyable field=GeneralField::About project>
            <TextField
                id=Field::About.input_id()
                label="What is the project about?"
                kind=TextKind::Paragraph
                value=text(|p| p.about.clone())
                error=errors.message(Field::About)
                on_input=on_about
            />
        </Copyable>
        <Copyable field=GeneralField::Lead project>
            <TextField
                id=Field::Lead.input_id()
                label="Project lead"
                value=text(|p| p.lead.clone())
                error=errors.message(Field::Lead)
                on_input=on_lead
            />
        </Copyable>
        <TextField
            id=Field::Service.input_id()
            label="Service or location"
            hint="For example, the ward, team or clinic"
            value=text(|p| p.service.clone())
            error=errors.message(Field::Service)
            on_input=on_service
        />
        <div class="field-pair">
            <Copyable field=GeneralField::StartDate project>
                <TextField
                    id=Field::StartDate.input_id()
                    label="Start date"
                    kind=TextKind::Date
                    value=Memo::new(move |_| project.with(|p| date_text(p.start_date)))
                    error=errors.message(Field::StartDate)
                    on_input=on_start
                />
            </Copyable>
            <Copyable field=GeneralField::EndDate project>
                <TextField
                    id=Field::EndDate.input_id()
                    label="End date (optional)"
                    kind=TextKind::Date
                    value=Memo::new(move |_| project.with(|p| date_text(p.end_date)))
                    error=errors.message(Field::EndDate)
                    on_input=on_end
                />
            </Copyable>
        </div>
        <div class="field-pair">
            <SelectField
                id="project-status"
                label="Status"
                options=status_options
                value=text(|p| p.status.code().to_string())
                on_change=Callback::new({
                    let id = id.clone();
                    move |code: String| {
                        if let Some(status) = Status::from_code(&code) {
                            errors.apply(projects, &id, Edit::Status(status));
                        }
                    }
                })
            />
            <Copyable field=GeneralField::Progress project>
                <SelectField
                    id="project-progress"
                    label="Progress score"
                    hint=Signal::derive(progress_hint)
                    options=progress_options
                    value=text(|p| p.progress.map(|s| s.text()).unwrap_or_default())
                    on_change=on_progress
                />
            </Copyable>
        </div>
    }
}
