//! The repository on the host, over the in-memory backend: damaged data,
//! a full store and two tabs sharing one store.

use super::*;
use crate::model::{Date, Edit, InvolvementLevel};
use crate::storage::codec::{encode, project_key};
use crate::storage::MemoryBackend;

fn today() -> Date {
    Date::parse_iso("2026-11-26").unwrap()
}

/// A fresh session name per tab, as each browser tab draws a random one.
fn session() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("tab{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

fn open(store: &MemoryBackend) -> (Repo, Vec<Project>) {
    let (repo, report) = Repo::load(Box::new(store.clone()), session()).unwrap();
    (repo, report.projects)
}

fn edit(repo: &mut Repo, projects: &mut [Project], id: &str, edit: Edit) {
    let p = projects.iter_mut().find(|p| p.id == id).unwrap();
    repo.will_change(p);
    p.apply(edit, 10, today()).unwrap();
}

fn stored(store: &MemoryBackend, id: &str) -> Project {
    codec::decode(id, &store.get(&project_key(id)).unwrap().unwrap()).unwrap()
}

/// A store holding one saved project "a" titled "Falls".
fn store_with_one() -> MemoryBackend {
    let store = MemoryBackend::default();
    let (mut repo, mut projects) = open(&store);
    projects.push(Project::create("a".into(), "Falls".into(), 1).unwrap());
    repo.created("a");
    assert_eq!(repo.flush(&mut projects).saved, 1);
    store
}

#[test]
fn saves_and_loads() {
    let store = store_with_one();
    let (mut repo, mut projects) = open(&store);
    assert_eq!(projects[0].title, "Falls");
    assert_eq!(projects[0].revision, 1);
    edit(
        &mut repo,
        &mut projects,
        "a",
        Edit::Aim("Fewer falls".into()),
    );
    assert!(repo.has_unsaved());
    let outcome = repo.flush(&mut projects);
    assert_eq!((outcome.saved, outcome.error), (1, None));
    assert!(!repo.has_unsaved());
    assert_eq!(stored(&store, "a").aim, "Fewer falls");
    assert_eq!(stored(&store, "a").revision, 2);
}

#[test]
fn damaged_record_is_reported_kept_and_never_written_over() {
    let store = store_with_one();
    let garbage = "{\"version\":1,\"project\":{\"id\":\"b\",\"title\":";
    store.set(&project_key("b"), garbage).unwrap();
    let newer = r#"{"version":7,"project":{"id":"c"}}"#;
    store.set(&project_key("c"), newer).unwrap();

    let (mut repo, report) = Repo::load(Box::new(store.clone()), session()).unwrap();
    assert_eq!(report.projects.len(), 1, "the readable project still loads");
    assert_eq!(report.unreadable.len(), 2);
    let b = report
        .unreadable
        .iter()
        .find(|u| u.key.ends_with(":b"))
        .unwrap();
    assert_eq!(b.raw, garbage);
    assert!(b.reason.contains("not valid JSON"), "{}", b.reason);
    assert_eq!(
        store.get("qi-involve:damaged:b").unwrap().as_deref(),
        Some(garbage)
    );
    let c = report
        .unreadable
        .iter()
        .find(|u| u.key.ends_with(":c"))
        .unwrap();
    assert!(c.reason.contains("newer version"), "{}", c.reason);

    // Saving other projects leaves both records exactly as they were.
    let mut projects = report.projects;
    edit(&mut repo, &mut projects, "a", Edit::Aim("x".into()));
    repo.flush(&mut projects);
    assert_eq!(
        store.get(&project_key("b")).unwrap().as_deref(),
        Some(garbage)
    );
    assert_eq!(
        store.get(&project_key("c")).unwrap().as_deref(),
        Some(newer)
    );

    // Loading again does not copy it twice or change the copy.
    let (_, again) = Repo::load(Box::new(store.clone()), session()).unwrap();
    assert_eq!(again.unreadable.len(), 2);

    assert!(
        repo.discard_unreadable(c).is_err(),
        "a newer version's record is not damaged, and is never removed"
    );
    assert_eq!(
        store.get(&project_key("c")).unwrap().as_deref(),
        Some(newer)
    );
    repo.discard_unreadable(b).unwrap();
    assert_eq!(store.get(&project_key("b")).unwrap(), None);
    assert_eq!(store.get("qi-involve:damaged:b").unwrap(), None);
}

#[test]
fn full_store_keeps_the_edit_waiting_and_a_later_save_succeeds() {
    let store = store_with_one();
    let (mut repo, mut projects) = open(&store);
    store.set_quota(Some(100));
    let long_aim = "A long aim. ".repeat(20);
    edit(&mut repo, &mut projects, "a", Edit::Aim(long_aim.clone()));
    let outcome = repo.flush(&mut projects);
    assert_eq!(outcome.error, Some(StorageError::QuotaExceeded));
    assert!(repo.has_unsaved(), "the edit is still waiting");
    assert_eq!(stored(&store, "a").aim, "", "the stored copy is untouched");
    assert_eq!(projects[0].aim, long_aim, "the edit is still in memory");

    // Room is made: the next flush writes the waiting edit.
    store.set_quota(None);
    let outcome = repo.flush(&mut projects);
    assert_eq!((outcome.saved, outcome.error), (1, None));
    assert_eq!(stored(&store, "a").aim, long_aim);
    assert!(!repo.has_unsaved());
}

#[test]
fn two_tabs_changing_different_fields_keep_both() {
    let store = store_with_one();
    let (mut tab1, mut p1) = open(&store);
    let (mut tab2, mut p2) = open(&store);
    edit(&mut tab1, &mut p1, "a", Edit::Aim("From tab 1".into()));
    edit(
        &mut tab2,
        &mut p2,
        "a",
        Edit::Involvement(InvolvementLevel::BigI),
    );
    tab1.flush(&mut p1);
    // Tab 2 saves without having heard of tab 1's write.
    let outcome = tab2.flush(&mut p2);
    assert!(outcome.notices.is_empty());
    let saved = stored(&store, "a");
    assert_eq!(saved.aim, "From tab 1");
    assert_eq!(saved.involvement, InvolvementLevel::BigI);
    assert_eq!(saved.revision, 3);
}

#[test]
fn two_tabs_changing_the_same_field_report_a_conflict() {
    let store = store_with_one();
    let (mut tab1, mut p1) = open(&store);
    let (mut tab2, mut p2) = open(&store);
    edit(&mut tab1, &mut p1, "a", Edit::Aim("Tab 1 aim".into()));
    edit(&mut tab2, &mut p2, "a", Edit::Aim("Tab 2 aim".into()));
    tab1.flush(&mut p1);
    let raw = store.get(&project_key("a")).unwrap();
    // Tab 2 hears of it through the storage event before saving.
    let notice = tab2
        .external_change(&project_key("a"), raw.as_deref(), &mut p2)
        .expect("a conflict notice");
    assert_eq!(notice.conflicts[0].field, "Aim");
    assert_eq!(notice.conflicts[0].theirs, "Tab 1 aim");
    assert_eq!(
        p2[0].aim, "Tab 2 aim",
        "the person typing here keeps their text"
    );
    tab2.flush(&mut p2);
    assert_eq!(stored(&store, "a").aim, "Tab 2 aim");
}

#[test]
fn another_tabs_save_shows_up_when_nothing_changed_here() {
    let store = store_with_one();
    let (mut tab1, mut p1) = open(&store);
    let (mut tab2, mut p2) = open(&store);
    edit(&mut tab1, &mut p1, "a", Edit::Title("Falls audit".into()));
    tab1.flush(&mut p1);
    let raw = store.get(&project_key("a")).unwrap();
    assert_eq!(
        tab2.external_change(&project_key("a"), raw.as_deref(), &mut p2),
        None
    );
    assert_eq!(p2[0].title, "Falls audit");
    // A new project from another tab appears; a deleted one goes.
    let other = Project::create("b".into(), "Discharge".into(), 2).unwrap();
    tab2.external_change(&project_key("b"), Some(&encode(&other)), &mut p2);
    assert_eq!(p2.len(), 2);
    tab2.external_change(&project_key("a"), None, &mut p2);
    assert_eq!(p2.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["b"]);
    // Keys that are not projects, and unreadable values, change nothing.
    assert_eq!(tab2.external_change("other-app", Some("x"), &mut p2), None);
    assert_eq!(
        tab2.external_change(&project_key("b"), Some("{"), &mut p2),
        None
    );
    assert_eq!(p2[0].title, "Discharge");
}

#[test]
fn deleted_in_another_tab_while_edited_here_is_kept_and_said() {
    let store = store_with_one();
    let (mut tab1, p1) = open(&store);
    let (mut tab2, mut p2) = open(&store);
    edit(
        &mut tab2,
        &mut p2,
        "a",
        Edit::Aim("Still working on it".into()),
    );
    tab1.delete(&p1[0], 50).unwrap();
    let outcome = tab2.flush(&mut p2);
    assert!(outcome.notices[0].deleted_elsewhere);
    assert_eq!(stored(&store, "a").aim, "Still working on it");
}

#[test]
fn a_second_different_damaged_copy_does_not_replace_the_first() {
    let store = MemoryBackend::default();
    assert_eq!(
        keep_aside(&store, "x", "one").as_deref(),
        Some("qi-involve:damaged:x")
    );
    assert_eq!(
        keep_aside(&store, "x", "one").as_deref(),
        Some("qi-involve:damaged:x")
    );
    assert_eq!(
        keep_aside(&store, "x", "two").as_deref(),
        Some("qi-involve:damaged:x-2")
    );
    assert_eq!(
        store.get("qi-involve:damaged:x").unwrap().as_deref(),
        Some("one")
    );
}
