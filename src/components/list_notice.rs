//! The notice beside an editable list: what just happened to it, and
//! after a removal an `Undo` that puts the item back in its place.

use std::hash::{Hash, Hasher};

use leptos::prelude::*;

use crate::components::focus::focus_when_drawn;
use crate::model::validation::FieldError;

/// What a list last said to the person.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Notice<T> {
    #[default]
    Quiet,
    /// A message about the list as it was then (`list`, from [`list_key`]):
    /// it goes once the list changes, so "Added …" never outlives the
    /// list it described.
    Said { text: String, list: u64 },
    /// An item just removed from position `at`, which Undo puts back.
    /// Stays until the next notice replaces it: no timer to race.
    Removed { text: String, item: T, at: usize },
}

/// Says how removing `item`, which was at `at` in its list, went: on
/// success the notice offers Undo, with focus on its button (`undo_id`),
/// or only says `text` where the item's place was not found; on failure,
/// why.
pub fn report_removed<T: Send + Sync + 'static>(
    result: Result<(), FieldError>,
    (item, at): (T, Option<usize>),
    text: String,
    notice: RwSignal<Notice<T>>,
    say: impl Fn(String),
    undo_id: &'static str,
) {
    match (result, at) {
        (Ok(()), Some(at)) => {
            notice.set(Notice::Removed { text, item, at });
            focus_when_drawn(undo_id.into());
        }
        (Ok(()), None) => say(text),
        (Err(e), _) => say(format!("{}.", e.message)),
    }
}

/// Says how an Undo went and puts focus where the person goes on: on
/// `back` (a control of the item put back), or, if it could not be put
/// back, on the notice (`notice_id`) that says why.
pub fn report_undo(
    result: Result<(), FieldError>,
    say: impl Fn(String),
    what: &str,
    is_back: &str,
    back: String,
    notice_id: &'static str,
) {
    match result {
        Ok(()) => {
            say(format!("{what} is back {is_back}."));
            focus_when_drawn(back);
        }
        Err(e) => {
            say(format!("{what} could not be put back. {}.", e.message));
            focus_when_drawn(notice_id.into());
        }
    }
}

/// A fingerprint of which items a list holds, in order.
pub fn list_key<'a>(ids: impl Iterator<Item = &'a str>) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    for id in ids {
        id.hash(&mut hasher);
    }
    hasher.finish()
}

/// The notice itself: a live region (so each change is read out) that
/// also takes focus when the control the person used has gone.
#[component]
pub fn ListNotice<T>(
    /// The notice's element id; focus can be sent here.
    id: &'static str,
    /// The Undo button's element id, where focus goes after a removal.
    undo_id: &'static str,
    notice: RwSignal<Notice<T>>,
    /// The list's current [`list_key`].
    #[prop(into)]
    list: Signal<u64>,
    /// Puts `(item, at)` back.
    on_undo: Callback<(T, usize)>,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let text_id = format!("{id}-text");
    view! {
        <div class="list-notice" id=id role="status" tabindex="-1">
            {move || match notice.get() {
                Notice::Quiet => None,
                Notice::Said { text, list: then } => {
                    (list.get() == then).then(|| view! { <p class="list-notice__text">{text}</p> }.into_any())
                }
                Notice::Removed { text, item, at } => Some(view! {
                    <p class="list-notice__text" id=text_id.clone()>{text}</p>
                    <button type="button" class="button button--secondary button--small" id=undo_id
                        aria-describedby=text_id.clone()
                        on:click=move |_| on_undo.run((item.clone(), at))>"Undo"</button>
                }.into_any()),
            }}
        </div>
    }
}
