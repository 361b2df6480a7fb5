//! Labelled form fields in the NHS.UK pattern: label, optional hint, error
//! message above the control, and the control described by both.

use leptos::prelude::*;

use crate::components::later::Later;

/// How a field's text is entered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextKind {
    #[default]
    Line,
    Paragraph,
    Date,
}

/// A labelled text input, textarea or date input.
#[component]
pub fn TextField(
    /// The control's `id`; an error summary links to it.
    #[prop(into)]
    id: String,
    /// The visible label, which is also the control's accessible name.
    #[prop(into)]
    label: String,
    /// Help shown under the label.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// The current value. Only set on the control when it changes, so
    /// text being typed is never replaced mid-word.
    #[prop(into)]
    value: Signal<String>,
    /// The message to show when what was typed is not valid.
    #[prop(into)]
    error: Signal<Option<String>>,
    #[prop(optional)] kind: TextKind,
    /// Called with the control's text on every input.
    #[prop(into)]
    on_input: Callback<String>,
) -> impl IntoView {
    let described_by = described_by(&id, hint.get_untracked().is_some(), error);
    let input = move |ev| on_input.run(event_target_value(&ev));
    let control = match kind {
        TextKind::Paragraph => view! {
            <textarea
                class="textarea"
                id=id.clone()
                name=id.clone()
                rows="5"
                prop:value=move || value.get()
                aria-describedby=described_by
                aria-invalid=move || error.get().map(|_| "true")
                on:input=input
            ></textarea>
        }
        .into_any(),
        TextKind::Line | TextKind::Date => view! {
            <input
                class=if kind == TextKind::Date { "input input--date" } else { "input" }
                type=if kind == TextKind::Date { "date" } else { "text" }
                id=id.clone()
                name=id.clone()
                prop:value=move || value.get()
                aria-describedby=described_by
                aria-invalid=move || error.get().map(|_| "true")
                on:input=input
            />
        }
        .into_any(),
    };
    view! {
        <FieldShell id=id label hint error>
            {control}
        </FieldShell>
    }
}

/// A labelled drop-down.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    /// Help shown under the label; may change, like a "last changed" date.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// `(value, text)` for each option, in order.
    options: Vec<(String, String)>,
    /// The value of the selected option.
    #[prop(into)]
    value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    let error = Signal::derive(|| None::<String>);
    let described_by = described_by(&id, hint.get_untracked().is_some(), error);
    view! {
        <FieldShell id=id.clone() label hint error>
            <select
                class="select"
                id=id.clone()
                name=id
                aria-describedby=described_by
                prop:value=move || value.get()
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {options
                    .into_iter()
                    .map(|(v, text)| {
                        let selected = v.clone();
                        view! {
                            <option value=v selected=move || value.get() == selected>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </FieldShell>
    }
}

/// The label, hint and error around a control.
#[component]
fn FieldShell(
    id: String,
    label: String,
    hint: MaybeProp<String>,
    error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    // Each field is a part of its own while the app starts, so a long form
    // is drawn in short tasks (`Later` says why). So whatever follows a
    // field in its element must be a part too, or it is drawn first and
    // then pushed down when the field arrives.
    view! {
        <Later>
        <div class="form-group" class:form-group--error=move || error.get().is_some()>
            <label class="label" for=id>{label}</label>
            {hint
                .get_untracked()
                .is_some()
                .then(|| view! { <div class="hint" id=hint_id>{move || hint.get()}</div> })}
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="error-message" id=error_id.clone() data-moment="">
                                <span class="visually-hidden">"Error: "</span>
                                {message}
                            </p>
                        }
                    })
            }}
            {children()}
        </div>
        </Later>
    }
}

/// The ids that describe a control: its hint and, while there is one, its error.
fn described_by(
    id: &str,
    has_hint: bool,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> {
    let hint_id = has_hint.then(|| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    move || {
        let ids: Vec<&str> = hint_id
            .as_deref()
            .into_iter()
            .chain(error.get().map(|_| error_id.as_str()))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}
