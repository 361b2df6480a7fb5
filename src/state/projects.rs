//! The projects on this device, as reactive state over the repository.
//!
//! Components call `edit`, `create`, `delete` and `undo_delete`; saving is
//! debounced here so typing never waits on storage, and `sync` flushes on
//! page hide and brings in other tabs' changes.

use std::time::Duration;

use leptos::prelude::*;

use super::clock;
use super::save_lock::with_save_lock;
use crate::model::{Edit, Field, FieldError, Project};
use crate::storage::codec;
use crate::storage::local_storage::LocalStorage as BrowserStorage;
use crate::storage::{
    Backend, ConflictNotice, Deleted, LoadReport, MemoryBackend, Repo, StorageError, Unreadable,
};

/// How long after the last change the save happens. Short enough that a
/// closed tab loses nothing (page hide also flushes), long enough that a
/// burst of typing is one write.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Whether what is on screen is stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Saved,
    Pending,
    Failed(StorageError),
}

/// App-wide project state. Cheap to copy: every field is a handle.
#[derive(Clone, Copy)]
pub struct Projects {
    pub list: RwSignal<Vec<Project>>,
    pub save_state: RwSignal<SaveState>,
    /// Stored records that could not be read, kept for the person to download.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// What other tabs did to projects this tab was changing, each with a
    /// serial number so one can be dismissed without disturbing the rest.
    pub notices: RwSignal<Vec<(u64, ConflictNotice)>>,
    /// The last deleted project, for Undo, and whether a copy was kept on
    /// the device (so Undo also works after a reload).
    pub deleted: RwSignal<Option<(Project, bool)>>,
    /// Deleted projects that can still be restored, newest first.
    pub recently_deleted: RwSignal<Vec<Deleted>>,
    /// Set when another page cleared this site's storage: how many
    /// projects this tab wrote back.
    pub cleared_elsewhere: RwSignal<Option<usize>>,
    /// Set when the browser gives no storage: changes last only this visit.
    pub no_storage: RwSignal<Option<StorageError>>,
    pub(super) repo: StoredValue<Repo, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    next_notice: StoredValue<u64>,
}

/// The stored projects as read from the browser's localStorage.
type Opened = Result<(Repo, LoadReport), StorageError>;

fn open() -> Opened {
    BrowserStorage::open().and_then(|s| Repo::load(Box::new(s), clock::new_id()))
}

/// Reads the stored projects before the app mounts, for a shorter first
/// task (see [`read_early`]).
pub mod early {
    use std::cell::RefCell;

    use leptos::prelude::{window_event_listener_untyped, WindowListenerHandle};

    use super::Opened;

    thread_local! {
        /// What `read_early` read, and the listener that throws it away
        /// if another tab writes to storage before the app takes it.
        static EARLY: RefCell<Option<(Opened, WindowListenerHandle)>> = const { RefCell::new(None) };
    }

    /// Reads the stored projects now, while the first screen's code is
    /// still downloading. On a cold start the read (most of it the browser
    /// compiling the decoder's code) was a quarter of the one long task
    /// that mounts the app; run here, it is a task of its own, and that
    /// task is shorter (issue 11: a long task holds back the first paint
    /// and any tap on an old tablet).
    pub fn read_early() {
        // A second call replaces the first read, and its listener.
        forget();
        let listener = window_event_listener_untyped("storage", |_| forget());
        EARLY.set(Some((super::open(), listener)));
    }

    /// What `read_early` read, if nothing has changed storage since.
    pub(super) fn take() -> Option<Opened> {
        let (opened, listener) = EARLY.take()?;
        listener.remove();
        Some(opened)
    }

    /// Another tab changed storage: the early read may be out of date, so
    /// the app reads again when it mounts.
    fn forget() {
        take();
    }
}

impl Projects {
    /// Loads from the browser's localStorage, or, when the browser refuses
    /// storage, starts empty in memory and says so.
    pub fn load() -> Projects {
        let opened = early::take().unwrap_or_else(open);
        let (repo, report, no_storage) = match opened {
            Ok((repo, report)) => (repo, report, None),
            Err(error) => {
                let repo = Repo::empty(Box::new(MemoryBackend::default()), clock::new_id());
                (repo, Default::default(), Some(error))
            }
        };
        Projects::from_parts(repo, report.projects, report.unreadable, no_storage)
    }

    /// State over a given backend (browser tests use this with memory or a
    /// prepared localStorage).
    pub fn with_backend(backend: Box<dyn Backend>) -> Result<Projects, StorageError> {
        let (repo, report) = Repo::load(backend, clock::new_id())?;
        Ok(Projects::from_parts(
            repo,
            report.projects,
            report.unreadable,
            None,
        ))
    }

    fn from_parts(
        repo: Repo,
        projects: Vec<Project>,
        unreadable: Vec<Unreadable>,
        no_storage: Option<StorageError>,
    ) -> Projects {
        let recently_deleted = repo.recently_deleted(clock::now_ms());
        Projects {
            list: RwSignal::new(projects),
            save_state: RwSignal::new(SaveState::Saved),
            unreadable: RwSignal::new(unreadable),
            notices: RwSignal::new(Vec::new()),
            deleted: RwSignal::new(None),
            recently_deleted: RwSignal::new(recently_deleted),
            cleared_elsewhere: RwSignal::new(None),
            no_storage: RwSignal::new(no_storage),
            repo: StoredValue::new_local(repo),
            timer: StoredValue::new_local(None),
            next_notice: StoredValue::new(0),
        }
    }

    /// Applies a change to one project if it is valid, and schedules a save.
    pub fn edit(&self, id: &str, edit: Edit) -> Result<(), FieldError> {
        let mut result = Err(FieldError::new(
            Field::Title,
            "This project has been deleted",
        ));
        self.list.maybe_update(|list| {
            let Some(project) = list.iter_mut().find(|p| p.id == id) else {
                return false;
            };
            let mut changed = project.clone();
            result = changed.apply(edit, clock::now_ms(), clock::today());
            if result.is_ok() {
                self.repo.update_value(|repo| repo.will_change(project));
                *project = changed;
            }
            result.is_ok()
        });
        if result.is_ok() {
            self.schedule_save();
        }
        result
    }

    /// Adds a new project with this title and saves it; returns its id.
    pub fn create(&self, title: String) -> Result<String, FieldError> {
        let project = Project::create(clock::new_id(), title, clock::now_ms())?;
        let id = project.id.clone();
        self.repo.update_value(|repo| repo.created(&id));
        self.list.update(|list| list.push(project));
        self.flush();
        Ok(id)
    }

    /// Writes every waiting change, holding the save lock shared by every
    /// tab of the app (see `save_lock`), so two tabs never interleave
    /// their read, merge and write.
    pub fn flush(&self) {
        self.cancel_timer();
        let this = *self;
        with_save_lock(move || this.flush_now());
    }

    fn cancel_timer(&self) {
        if let Some(timer) = self.timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
    }

    /// Writes every waiting change now, without waiting for the lock: for
    /// page hide, when the page may be gone before the lock is granted.
    pub fn flush_now(&self) {
        self.cancel_timer();
        let mut outcome = None;
        self.list.maybe_update(|list| {
            let result = self.repo.try_update_value(|repo| repo.flush(list));
            // Saving can merge in another tab's fields (even when the write
            // then fails), so tell readers.
            let changed = result
                .as_ref()
                .is_some_and(|o| o.saved > 0 || o.merged || !o.notices.is_empty());
            outcome = result;
            changed
        });
        let Some(outcome) = outcome else { return };
        for notice in outcome.notices {
            self.add_notice(notice);
        }
        self.save_state.set(match outcome.error {
            Some(error) => SaveState::Failed(error),
            None => SaveState::Saved,
        });
    }

    fn schedule_save(&self) {
        if !matches!(self.save_state.get_untracked(), SaveState::Failed(_)) {
            self.save_state.set(SaveState::Pending);
        }
        self.cancel_timer();
        let this = *self;
        let handle = set_timeout_with_handle(move || this.flush(), SAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    pub(super) fn add_notice(&self, notice: ConflictNotice) {
        let serial = self.next_notice.get_value();
        self.next_notice.set_value(serial + 1);
        self.notices.update(|n| n.push((serial, notice)));
    }

    /// Removes one notice about another tab's change.
    pub fn dismiss_notice(&self, serial: u64) {
        self.notices.update(|n| n.retain(|(s, _)| *s != serial));
    }

    /// Another tab changed `key`: bring the change in. Keys that hold no
    /// project (settings, drafts, the kiosk's, the last screen kept) leave
    /// the list alone, rather than redraw everything that reads it.
    pub fn external_change(&self, key: &str, new_value: Option<&str>) {
        if codec::id_from_key(key).is_none() {
            return;
        }
        // An unreadable record that another tab removed or replaced is no
        // longer this tab's to report.
        if self
            .unreadable
            .with_untracked(|u| u.iter().any(|x| x.key == key))
        {
            self.unreadable
                .update(|u| u.retain(|x| x.key != key || new_value == Some(x.raw.as_str())));
        }
        let mut notice = None;
        self.list.update(|list| {
            notice = self
                .repo
                .try_update_value(|repo| repo.external_change(key, new_value, list))
                .flatten();
        });
        if let Some(notice) = notice {
            self.add_notice(notice);
        }
    }

    /// Deletes an unreadable record the person has downloaded.
    pub fn discard_unreadable(&self, item: &Unreadable) -> Result<(), StorageError> {
        let result = self
            .repo
            .try_update_value(|repo| repo.discard_unreadable(item))
            .unwrap_or(Err(StorageError::Unavailable));
        if result.is_ok() {
            self.unreadable
                .update(|all| all.retain(|u| u.key != item.key));
        }
        result
    }

    /// Whether changes are waiting to be written.
    pub fn has_unsaved(&self) -> bool {
        self.repo.with_value(Repo::has_unsaved)
    }
}
