//! Copying text for Life QI: the level and notes in one go, or one General
//! tab field at a time. Where the browser refuses the clipboard, the text
//! is shown in a box to copy by hand.

use leptos::prelude::*;

use crate::components::later::Later;
use crate::model::life_qi::{notes_for_life_qi, GeneralField};
use crate::model::Project;

/// What happened when the person last pressed a Copy button.
#[derive(Clone, PartialEq)]
enum CopyResult {
    NotYet,
    Copied,
    /// There was nothing to copy.
    Empty,
    /// The browser refused the clipboard: show the text to copy by hand.
    Refused(String),
}

/// A Copy button with its status line and, if the clipboard is refused,
/// the text in a read-only box.
#[component]
fn CopyButton(
    /// The button's visible text.
    label: &'static str,
    /// Words added to the button's name for screen readers, when the
    /// visible text alone would not say what is copied. Hidden text rather
    /// than `aria-label`, so the name still starts with the visible text
    /// and the button is never taken for the field's label.
    #[prop(optional, into)]
    name_tail: Option<String>,
    #[prop(optional)] small: bool,
    /// The text to copy, read when the button is pressed.
    text: Callback<(), String>,
    /// What to say once copied.
    copied: String,
    /// What to say when there is nothing to copy.
    empty: String,
    /// The id and label of the box shown when the browser will not copy.
    box_id: String,
    box_label: String,
) -> impl IntoView {
    let result = RwSignal::new(CopyResult::NotYet);
    let copy = move |_| {
        let text = text.run(());
        if text.is_empty() {
            result.set(CopyResult::Empty);
            return;
        }
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
    let class = if small {
        "button button--secondary button--small"
    } else {
        "button button--secondary"
    };
    view! {
        <button type="button" class=class on:click=copy>
            {label}
            {name_tail.map(|t| view! { <span class="visually-hidden">" "{t}</span> })}
        </button>
        <p role="status" class="copy-box__status">
            {move || match result.get() {
                CopyResult::Copied => copied.clone(),
                CopyResult::Empty => empty.clone(),
                CopyResult::Refused(_) => {
                    "This browser would not copy. Select the text below and copy it yourself.".into()
                }
                CopyResult::NotYet => String::new(),
            }}
        </p>
        {move || match result.get() {
            CopyResult::Refused(text) => Some(view! {
                <label class="label" for=box_id.clone()>{box_label.clone()}</label>
                <textarea class="textarea" id=box_id.clone() readonly rows="5" prop:value=text></textarea>
            }),
            _ => None,
        }}
    }
}

/// Copies the level and the notes, ready for Life QI's notes box.
#[component]
pub fn CopyForLifeQi(project: Memo<Project>) -> impl IntoView {
    view! {
        <div class="copy-box">
            <CopyButton label="Copy for Life QI"
                text=Callback::new(move |()| project.with_untracked(notes_for_life_qi))
                copied="Copied. In Life QI, paste it into the notes box next to the \
                        Service user involvement drop-down on the General tab.".into()
                empty=String::new()
                box_id="life-qi-text".into() box_label="Text for Life QI".into()/>
        </div>
    }
}

/// A General tab field with a small Copy button under it.
#[component]
pub fn Copyable(
    /// Which field the Copy button copies.
    field: GeneralField,
    project: Memo<Project>,
    /// The field itself.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="copyable">
            {children()}
            // After the field, which is a part of its own while the app starts.
            <Later><CopyField field project/></Later>
        </div>
    }
}

/// A small Copy button for one General tab field, named for the field
/// ("Copy Aim") while its visible text stays "Copy".
#[component]
fn CopyField(field: GeneralField, project: Memo<Project>) -> impl IntoView {
    let name = field.name();
    view! {
        <div class="copy-field">
            <CopyButton label="Copy" small=true name_tail=name
                text=Callback::new(move |()| project.with_untracked(|p| field.text(p)))
                copied=format!("{name} copied. Paste it into the same field in Life QI.")
                empty=format!("{name} is empty, so there is nothing to copy.")
                box_id=format!("copy-{}-text", field.code()) box_label=format!("{name} to copy")/>
        </div>
    }
}
