//! Keeps a half-filled form in storage while it is on screen, so nothing
//! typed is lost when the tablet sleeps or the browser discards the tab.
//!
//! The draft is written shortly after typing stops, at once when the page
//! is hidden or the form goes away, and removed when the form is saved or
//! cancelled. When storage is missing or full the form works as before,
//! only without a draft: a draft must never stand in the way of saving.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::storage::drafts::{draft_key, encode_draft, read_draft};
use crate::storage::local_storage::LocalStorage as BrowserStorage;
use crate::storage::Backend;

/// How long after the last keystroke the draft is written: one write per
/// burst of typing, and little to lose if the tab is killed outright.
const DRAFT_DELAY: Duration = Duration::from_millis(300);

/// A form's draft. Cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct FormDraft {
    /// Whether the form was filled in from a kept draft, so it can say so.
    pub restored: RwSignal<bool>,
    writer: StoredValue<Writer>,
}

impl FormDraft {
    /// Forgets the draft: call when the form is saved or cancelled.
    pub fn clear(&self) {
        self.restored.set(false);
        self.writer.with_value(|w| {
            w.cancel_timer();
            w.set_pending(Some(None));
            w.flush();
        });
    }
}

/// Keeps `value` as the draft of `form` (for `project_id`, if any) while
/// the calling component is mounted. A kept draft that is not blank is put
/// into `value` at once. While `is_blank` says the form holds nothing
/// worth keeping, no draft is stored.
pub fn keep_draft<T>(
    form: &str,
    project_id: Option<&str>,
    value: RwSignal<T>,
    is_blank: impl Fn(&T) -> bool + 'static,
) -> FormDraft
where
    T: Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let writer = Writer {
        key: draft_key(form, project_id),
        pending: Arc::default(),
        timer: Arc::default(),
    };
    let restored = RwSignal::new(false);
    let kept = BrowserStorage::open()
        .ok()
        .and_then(|store| read_draft::<T>(&store, &writer.key));
    if let Some(kept) = kept.filter(|k| !is_blank(k)) {
        value.set(kept);
        restored.set(true);
    }

    let on_change = writer.clone();
    Effect::new(move |first_run: Option<()>| {
        let text = value.with(|v| (!is_blank(v)).then(|| encode_draft(v)));
        // The first run is the form as it opened: nothing new to keep.
        if first_run.is_some() {
            on_change.set_pending(Some(text));
            on_change.schedule();
        }
    });

    let on_hide = writer.clone();
    let hide = window_event_listener(ev::pagehide, move |_| on_hide.flush());
    let on_hidden = writer.clone();
    let hidden = window_event_listener(ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            on_hidden.flush();
        }
    });
    let on_leave = writer.clone();
    on_cleanup(move || {
        hide.remove();
        hidden.remove();
        on_leave.cancel_timer();
        on_leave.flush();
    });

    FormDraft {
        restored,
        writer: StoredValue::new(writer),
    }
}

/// Writes the latest draft text. Shared by the timer, the page listeners
/// and the cleanup, which may run after the form's signals are gone, so it
/// holds plain text rather than reading the form.
#[derive(Clone)]
struct Writer {
    key: String,
    /// What to write next: `Some(Some(text))` to store, `Some(None)` to
    /// remove, `None` when nothing is waiting.
    pending: Arc<Mutex<Option<Option<String>>>>,
    timer: Arc<Mutex<Option<TimeoutHandle>>>,
}

impl Writer {
    fn set_pending(&self, next: Option<Option<String>>) {
        if let Ok(mut pending) = self.pending.lock() {
            *pending = next;
        }
    }

    fn schedule(&self) {
        self.cancel_timer();
        let writer = self.clone();
        let handle = set_timeout_with_handle(move || writer.flush(), DRAFT_DELAY).ok();
        if let Ok(mut timer) = self.timer.lock() {
            *timer = handle;
        }
    }

    fn cancel_timer(&self) {
        if let Some(handle) = self.timer.lock().ok().and_then(|mut t| t.take()) {
            handle.clear();
        }
    }

    /// Writes what is waiting, if anything. A refused write is dropped:
    /// the form itself still holds the text.
    fn flush(&self) {
        let Some(next) = self.pending.lock().ok().and_then(|mut p| p.take()) else {
            return;
        };
        let Ok(store) = BrowserStorage::open() else {
            return;
        };
        let _ = match next {
            Some(text) => store.set(&self.key, &text),
            None => store.remove(&self.key),
        };
    }
}
