//! Ways data could be lost without anyone knowing, each reproduced over the
//! in-memory store: a failed save that hid another tab's change, two tabs
//! writing at the same moment, storage cleared by another page, deletion
//! and restore across a reload, and removing unreadable records.

use std::cell::RefCell;
use std::rc::Rc;

use super::*;
use crate::model::{Date, Edit, InvolvementLevel};
use crate::storage::codec::{encode, project_key, DAMAGED_PREFIX};
use crate::storage::recently_deleted::{deleted_key, KEEP_FOR_MS};
use crate::storage::{keep_aside, MemoryBackend, Restored};

fn today() -> Date {
    Date::parse_iso("2026-11-26").unwrap()
}

fn open_as(store: Box<dyn Backend>, session: &str) -> (Repo, Vec<Project>) {
    let (repo, report) = Repo::load(store, session.into()).unwrap();
    (repo, report.projects)
}

fn edit(repo: &mut Repo, projects: &mut [Project], edit: Edit) {
    repo.will_change(&projects[0]);
    projects[0].apply(edit, 10, today()).unwrap();
}

fn stored(store: &MemoryBackend, id: &str) -> Project {
    codec::decode(id, &store.get(&project_key(id)).unwrap().unwrap()).unwrap()
}

fn raw(store: &MemoryBackend, id: &str) -> Option<String> {
    store.get(&project_key(id)).unwrap()
}

fn store_with_one() -> MemoryBackend {
    let store = MemoryBackend::default();
    store
        .set(
            &project_key("a"),
            &encode(&Project::create("a".into(), "Falls".into(), 1).unwrap()),
        )
        .unwrap();
    store
}

#[test]
fn a_failed_save_still_shows_the_other_tabs_change() {
    let store = store_with_one();
    let (mut tab1, mut p1) = open_as(Box::new(store.clone()), "t1");
    let (mut tab2, mut p2) = open_as(Box::new(store.clone()), "t2");
    edit(&mut tab1, &mut p1, Edit::Aim("From tab 1".into()));
    tab1.flush(&mut p1);
    // Tab 2 never heard of that save (asleep), and its own save fails.
    edit(
        &mut tab2,
        &mut p2,
        Edit::Involvement(InvolvementLevel::BigI),
    );
    store.set_quota(Some(10));
    let outcome = tab2.flush(&mut p2);
    assert_eq!(outcome.error, Some(StorageError::QuotaExceeded));
    assert!(outcome.merged, "the caller is told to redraw");
    assert_eq!(p2[0].aim, "From tab 1");
    assert_eq!(p2[0].involvement, InvolvementLevel::BigI);
    store.set_quota(None);
    assert_eq!(tab2.flush(&mut p2).error, None);
    let saved = stored(&store, "a");
    assert_eq!(
        (saved.aim.as_str(), saved.involvement),
        ("From tab 1", InvolvementLevel::BigI)
    );
}

/// A view of a shared store whose next read of one key returns what it
/// held earlier, as a browser tab's cached copy of localStorage does while
/// another tab's write is still on its way.
struct StaleOnce {
    inner: MemoryBackend,
    stale: Rc<RefCell<Option<StaleValue>>>,
}

/// A key and what it held before.
type StaleValue = (String, Option<String>);

impl Backend for StaleOnce {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        let taken = self.stale.borrow_mut().take();
        match taken {
            Some((k, value)) if k == key => Ok(value),
            other => {
                *self.stale.borrow_mut() = other;
                self.inner.get(key)
            }
        }
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.inner.keys()
    }
}

#[test]
fn two_writes_of_one_revision_at_the_same_moment_lose_nothing() {
    let store = store_with_one();
    let before = raw(&store, "a");
    let (mut tab1, mut p1) = open_as(Box::new(store.clone()), "t1");
    let stale = Rc::new(RefCell::new(None));
    let view = StaleOnce {
        inner: store.clone(),
        stale: stale.clone(),
    };
    let (mut tab2, mut p2) = open_as(Box::new(view), "t2");
    *stale.borrow_mut() = Some((project_key("a"), before));
    edit(&mut tab1, &mut p1, Edit::Aim("From tab 1".into()));
    edit(
        &mut tab2,
        &mut p2,
        Edit::Involvement(InvolvementLevel::BigI),
    );
    tab1.flush(&mut p1);
    let first = raw(&store, "a");
    // Tab 2 reads its stale copy, so it too writes revision 2, over tab 1's.
    tab2.flush(&mut p2);
    let second = raw(&store, "a");
    assert_eq!(p1[0].revision, p2[0].revision, "both claimed one revision");
    assert_ne!(p1[0].stamp, p2[0].stamp, "the stamps tell them apart");

    // Each tab then hears of the other's write, and merges rather than
    // taking it whole.
    tab1.external_change(&project_key("a"), second.as_deref(), &mut p1);
    tab2.external_change(&project_key("a"), first.as_deref(), &mut p2);
    assert!(tab1.has_unsaved() && tab2.has_unsaved());
    for _ in 0..3 {
        tab1.flush(&mut p1);
        let now = raw(&store, "a");
        tab2.external_change(&project_key("a"), now.as_deref(), &mut p2);
        tab2.flush(&mut p2);
        let now = raw(&store, "a");
        tab1.external_change(&project_key("a"), now.as_deref(), &mut p1);
    }
    let saved = stored(&store, "a");
    assert_eq!(saved.aim, "From tab 1");
    assert_eq!(saved.involvement, InvolvementLevel::BigI);
    for p in [&p1[0], &p2[0]] {
        assert_eq!(
            (p.aim.as_str(), p.involvement),
            ("From tab 1", InvolvementLevel::BigI)
        );
    }
}

#[test]
fn storage_cleared_by_another_page_is_written_back() {
    let store = store_with_one();
    let garbage = "{\"version\":2,\"project\":";
    store.set(&project_key("b"), garbage).unwrap();
    let (mut repo, report) = Repo::load(Box::new(store.clone()), "t1".into()).unwrap();
    let mut projects = report.projects;
    for key in store.keys().unwrap() {
        store.remove(&key).unwrap();
    }
    assert_eq!(repo.storage_cleared(&projects, &report.unreadable), 1);
    assert_eq!(repo.flush(&mut projects).saved, 1);
    assert_eq!(stored(&store, "a").title, "Falls");
    assert_eq!(raw(&store, "b").as_deref(), Some(garbage));
    assert_eq!(
        store.get(&format!("{DAMAGED_PREFIX}b")).unwrap().as_deref(),
        Some(garbage)
    );
}

#[test]
fn a_deleted_project_can_be_restored_after_a_reload_once() {
    let store = store_with_one();
    let (mut repo, projects) = open_as(Box::new(store.clone()), "t1");
    assert_eq!(repo.delete(&projects[0], 1_000), Ok(true));
    assert_eq!(raw(&store, "a"), None);

    // A reload: the deletion is listed and can be undone.
    let (mut repo, mut projects) = open_as(Box::new(store.clone()), "t2");
    assert!(projects.is_empty());
    let listed = repo.recently_deleted(2_000);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].project.title, "Falls");
    assert_eq!(
        repo.restore("a", None, &mut projects),
        Ok(Restored::Restored)
    );
    assert_eq!(stored(&store, "a").title, "Falls");
    assert_eq!(store.get(&deleted_key("a")).unwrap(), None);

    // Restoring again (a second tab, a double tap) adds nothing.
    let (mut other, mut others) = open_as(Box::new(store.clone()), "t3");
    let copy = projects[0].clone();
    assert_eq!(
        other.restore("a", Some(copy.clone()), &mut others),
        Ok(Restored::AlreadyThere)
    );
    assert_eq!(
        repo.restore("a", Some(copy), &mut projects),
        Ok(Restored::AlreadyThere)
    );
    assert_eq!(projects.len(), 1);
}

#[test]
fn deleted_projects_are_kept_for_thirty_days() {
    let store = store_with_one();
    let (mut repo, projects) = open_as(Box::new(store.clone()), "t1");
    repo.delete(&projects[0], 0).unwrap();
    assert_eq!(repo.recently_deleted(KEEP_FOR_MS).len(), 1);
    assert!(repo.recently_deleted(KEEP_FOR_MS + 1).is_empty());
    assert_eq!(store.get(&deleted_key("a")).unwrap(), None);
}

#[test]
fn a_deletion_that_fails_changes_nothing_and_a_full_device_still_deletes() {
    let store = store_with_one();
    let (mut repo, projects) = open_as(Box::new(store.clone()), "t1");
    store.set_quota(Some(1));
    assert_eq!(
        repo.delete(&projects[0], 5),
        Ok(false),
        "deleting frees space, so it goes ahead; the caller says Undo lasts this visit"
    );
    assert_eq!(raw(&store, "a"), None);
}

#[test]
fn discarding_removes_the_record_and_its_copy_but_not_other_copies() {
    let store = MemoryBackend::default();
    keep_aside(&store, "x", "an earlier damaged text");
    store.set(&project_key("x"), "{broken").unwrap();
    let (mut repo, report) = Repo::load(Box::new(store.clone()), "t1".into()).unwrap();
    let item = &report.unreadable[0];
    assert_eq!(item.kept_as.as_deref(), Some("qi-involve:damaged:x-2"));
    repo.discard_unreadable(item).unwrap();
    assert_eq!(
        store.keys().unwrap(),
        vec!["qi-involve:damaged:x".to_string()],
        "the different, earlier copy stays for Settings to list"
    );
    let listed = crate::storage::aside::kept_copies(&store).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].chars, "an earlier damaged text".len());
}

#[test]
fn revisions_saturate_rather_than_wrap() {
    let store = MemoryBackend::default();
    let mut p = Project::create("a".into(), "Falls".into(), 1).unwrap();
    p.revision = u64::MAX;
    store.set(&project_key("a"), &encode(&p)).unwrap();
    let (mut repo, mut projects) = open_as(Box::new(store.clone()), "t1");
    edit(&mut repo, &mut projects, Edit::Aim("x".into()));
    assert_eq!(repo.flush(&mut projects).error, None);
    assert_eq!(stored(&store, "a").revision, u64::MAX);
}
