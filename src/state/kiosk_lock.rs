//! The running lock (the clinic kiosk, or the induction guide handed to a
//! reader) as app-wide state. While it is set, `App` shows only the
//! locked screen, whatever the address says. A stored lock is read by that
//! screen, not at start-up (see [`LockState::read_stored`]).

use leptos::ev;
use leptos::prelude::*;

use crate::model::kiosk::pin::{
    check_new_pin, from_hex, same_hash, seconds_to_wait, to_hex, wrong_try, Lock, LockMode,
    ITERATIONS, MAX_WRONG_TRIES,
};
use crate::state::{clock, pin_hash};
use crate::storage::kiosk::{clear_lock, read_lock, save_lock, LOCK_KEY};
use crate::storage::local_storage::LocalStorage;
use crate::storage::{Backend, StorageError};

/// The lock, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct LockState {
    lock: RwSignal<Option<Lock>>,
    /// The stored lock's text, until the locked screen reads it (see
    /// [`LockState::read_stored`]): the code that reads a lock is then part
    /// of that screen's download, which an ordinary visit never needs.
    unread: RwSignal<Option<String>>,
    /// The stored text of the lock held here, written back if another
    /// page clears the site's storage.
    text: StoredValue<Option<String>>,
    /// What is locked, apart from the try count, so a wrong PIN does not
    /// redraw the locked screen.
    pub mode: Memo<Option<LockMode>>,
    /// Whether the app is locked: a lock runs, or one is stored and not yet
    /// read.
    pub locked: Memo<bool>,
}

impl LockState {
    /// Takes the stored lock's text and follows other tabs' changes to it:
    /// a kiosk started or ended in one tab applies to every tab. If another
    /// page clears the site's storage, the lock held here is written back.
    pub fn load() -> LockState {
        let stored = LocalStorage::open()
            .ok()
            .and_then(|s| s.get(LOCK_KEY).ok().flatten());
        let lock = RwSignal::new(None::<Lock>);
        let unread = RwSignal::new(stored.clone());
        let text = StoredValue::new(stored);
        let mode = Memo::new(move |_| lock.with(|l| l.as_ref().map(|l| l.mode.clone())));
        let locked = Memo::new(move |_| lock.with(Option::is_some) || unread.with(Option::is_some));
        let listener = window_event_listener(ev::storage, move |event: web_sys::StorageEvent| {
            let Ok(store) = LocalStorage::open() else {
                return;
            };
            match event.key().as_deref() {
                Some(LOCK_KEY) => {
                    let stored = store.get(LOCK_KEY).ok().flatten();
                    text.set_value(stored.clone());
                    if stored.is_none() {
                        lock.set(None);
                    }
                    unread.set(stored);
                }
                None => {
                    if let Some(held) = text.get_value() {
                        let _ = store.set(LOCK_KEY, &held);
                    }
                }
                Some(_) => {}
            }
        });
        on_cleanup(move || listener.remove());
        LockState {
            lock,
            unread,
            text,
            mode,
            locked,
        }
    }

    /// Reads the stored lock now, and again whenever another tab changes
    /// it, for as long as the calling component (the locked screen) lives.
    /// An unreadable lock is copied aside and ends the lock, so the app
    /// opens rather than staying locked for good.
    pub fn read_stored(self) {
        self.read_unread();
        Effect::new(move |_| {
            if self.unread.with(Option::is_some) {
                self.read_unread();
            }
        });
    }

    fn read_unread(self) {
        let Some(raw) = self.unread.get_untracked() else {
            return;
        };
        let read = LocalStorage::open()
            .ok()
            .and_then(|store| read_lock(&store, &raw));
        if read.is_none() {
            self.text.set_value(None);
        }
        self.lock.set(read);
        self.unread.set(None);
    }

    /// Stores `lock` and holds it.
    fn keep(self, store: &LocalStorage, lock: Lock) -> Result<(), StorageError> {
        save_lock(store, &lock)?;
        self.text.set_value(store.get(LOCK_KEY).ok().flatten());
        self.lock.set(Some(lock));
        Ok(())
    }

    /// Starts a lock with a new PIN, after checking it and its repeat.
    pub async fn start(self, mode: LockMode, pin: String, again: String) -> Result<(), String> {
        check_new_pin(&pin, &again)?;
        let store = LocalStorage::open()
            .map_err(|e| format!("The kiosk needs to keep answers on this device, but {e}."))?;
        let salt = pin_hash::new_salt()?;
        let hash = pin_hash::hash(&pin, &salt, ITERATIONS).await?;
        let lock = Lock {
            mode,
            salt: to_hex(&salt),
            hash: to_hex(&hash),
            iterations: ITERATIONS,
            wrong_tries: 0,
            wait_until_ms: None,
        };
        self.keep(&store, lock)
            .map_err(|e| format!("The lock could not be kept: {e}."))
    }

    /// Ends the lock if `pin` is right. A wrong PIN is counted; after
    /// [`MAX_WRONG_TRIES`] the next try must wait.
    pub async fn unlock(self, pin: String) -> Result<(), String> {
        self.read_unread();
        let Some(mut lock) = self.lock.get_untracked() else {
            return Ok(());
        };
        if let Some(seconds) = seconds_to_wait(&lock, clock::now_ms()) {
            return Err(wait_message(seconds));
        }
        let salt = from_hex(&lock.salt).unwrap_or_default();
        let expected = from_hex(&lock.hash).unwrap_or_default();
        let given = pin_hash::hash(&pin, &salt, lock.iterations).await?;
        let store = LocalStorage::open().ok();
        if same_hash(&given, &expected) {
            if let Some(store) = &store {
                clear_lock(store).map_err(|e| format!("The lock could not be ended: {e}."))?;
            }
            self.text.set_value(None);
            self.lock.set(None);
            return Ok(());
        }
        wrong_try(&mut lock, clock::now_ms());
        if let Some(store) = &store {
            let _ = save_lock(store, &lock);
            self.text.set_value(store.get(LOCK_KEY).ok().flatten());
        }
        let message = match seconds_to_wait(&lock, clock::now_ms()) {
            Some(seconds) => format!("That PIN is not right. {}", wait_message(seconds)),
            None => {
                let left = MAX_WRONG_TRIES - lock.wrong_tries;
                format!(
                    "That PIN is not right. {left} more {} before a 30-second wait.",
                    if left == 1 { "try" } else { "tries" }
                )
            }
        };
        self.lock.set(Some(lock));
        Err(message)
    }
}

fn wait_message(seconds: i64) -> String {
    format!(
        "Too many wrong PINs. Wait {seconds} {} before trying again.",
        if seconds == 1 { "second" } else { "seconds" }
    )
}
