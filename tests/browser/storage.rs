//! The storage module against the browser's real localStorage.

use qi_involve::model::Project;
use qi_involve::storage::codec::{encode, project_key, DAMAGED_PREFIX};
use qi_involve::storage::last_screen;
use qi_involve::storage::local_storage::LocalStorage;
use qi_involve::storage::{Backend, Repo, StorageError};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{clear_app_keys, with_blocked_storage};

fn store() -> LocalStorage {
    LocalStorage::open().expect("localStorage works in the test page")
}

#[wasm_bindgen_test]
fn reads_writes_lists_and_removes() {
    clear_app_keys();
    let s = store();
    s.set("qi-involve:test", "value").unwrap();
    assert_eq!(s.get("qi-involve:test").unwrap().as_deref(), Some("value"));
    assert!(s.keys().unwrap().contains(&"qi-involve:test".to_string()));
    s.remove("qi-involve:test").unwrap();
    assert_eq!(s.get("qi-involve:test").unwrap(), None);
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_reported_kept_and_not_overwritten() {
    clear_app_keys();
    let s = store();
    let good = Project::create("good1".into(), "Falls".into(), 1).unwrap();
    s.set(&project_key("good1"), &encode(&good)).unwrap();
    let garbage = "{\"version\":1,\"project\":{\"id\":\"bad1\",\"title\":\"Half a rec";
    s.set(&project_key("bad1"), garbage).unwrap();

    let (mut repo, report) = Repo::load(Box::new(store()), "browser-test".into()).unwrap();
    assert_eq!(report.projects.len(), 1);
    assert_eq!(report.unreadable.len(), 1);
    assert_eq!(report.unreadable[0].raw, garbage);
    let aside = format!("{DAMAGED_PREFIX}bad1");
    assert_eq!(
        report.unreadable[0].kept_as.as_deref(),
        Some(aside.as_str())
    );
    assert_eq!(s.get(&aside).unwrap().as_deref(), Some(garbage));

    let mut projects = report.projects;
    repo.will_change(&projects[0]);
    projects[0].aim = "Fewer falls".into();
    assert_eq!(repo.flush(&mut projects).error, None);
    assert_eq!(
        s.get(&project_key("bad1")).unwrap().as_deref(),
        Some(garbage)
    );
    clear_app_keys();
}

#[wasm_bindgen_test]
fn a_full_store_says_quota_exceeded_and_keeps_the_old_value() {
    clear_app_keys();
    let s = store();
    let project = Project::create("q1".into(), "Quota".into(), 1).unwrap();
    s.set(&project_key("q1"), &encode(&project)).unwrap();
    // Fill the origin's quota (about 5 MB in Chromium) with 512 KB blocks.
    let block = "x".repeat(512 * 1024);
    let mut filled = 0;
    let error = loop {
        match s.set(&format!("qi-involve:filler:{filled}"), &block) {
            Ok(()) => filled += 1,
            Err(e) => break e,
        }
        assert!(filled < 100, "the store never filled up");
    };
    assert_eq!(error, StorageError::QuotaExceeded);

    let mut bigger = project.clone();
    // Text with no pattern in it, so packing (storage/packed.rs) cannot
    // make it smaller than the room left.
    let mut seed = 0x2545_F491_4F6C_DD1D_u64;
    bigger.aim = (0..600 * 1024)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            char::from_u32(0x4E00 + (seed % 20_000) as u32).unwrap_or('x')
        })
        .collect();
    let (mut repo, report) = Repo::load(Box::new(store()), "browser-test".into()).unwrap();
    let mut projects = report.projects;
    repo.will_change(&projects[0]);
    projects[0] = bigger;
    let outcome = repo.flush(&mut projects);
    assert_eq!(outcome.error, Some(StorageError::QuotaExceeded));
    assert!(repo.has_unsaved());
    let stored = s.get(&project_key("q1")).unwrap().unwrap();
    assert_eq!(stored, encode(&project), "the stored copy is untouched");

    clear_app_keys();
    let outcome = repo.flush(&mut projects);
    assert_eq!(
        outcome.error, None,
        "with room again the waiting edit is written"
    );
    assert!(!repo.has_unsaved());
    clear_app_keys();
}

#[wasm_bindgen_test]
fn every_write_or_removal_drops_the_kept_last_screen_but_its_own() {
    clear_app_keys();
    let s = store();
    let kept = || s.get(last_screen::KEY).unwrap();
    s.set(last_screen::KEY, "{\"v\":1}").unwrap();
    assert!(kept().is_some(), "keeping it does not drop it");
    s.set("qi-involve:settings", "{}").unwrap();
    assert_eq!(kept(), None, "a write drops it");
    s.set(last_screen::KEY, "{\"v\":1}").unwrap();
    s.remove("qi-involve:settings").unwrap();
    assert_eq!(kept(), None, "a removal drops it");
    clear_app_keys();
}

#[wasm_bindgen_test]
fn blocked_storage_is_an_error_not_a_panic() {
    let opened = with_blocked_storage(LocalStorage::open);
    assert_eq!(opened.err(), Some(StorageError::Unavailable));
    assert!(
        LocalStorage::open().is_ok(),
        "storage is back after the test"
    );
}

/// Titles of the projects `Projects::load` finds, sorted.
fn loaded_titles() -> Vec<String> {
    use leptos::prelude::WithUntracked;
    let owner = leptos::prelude::Owner::new();
    let projects = owner.with(qi_involve::state::Projects::load);
    let mut titles: Vec<String> = projects
        .list
        .with_untracked(|l| l.iter().map(|p| p.title.clone()).collect());
    titles.sort();
    titles
}

fn store_project(id: &str, title: &str) {
    let project = Project::create(id.into(), title.into(), 1).unwrap();
    store().set(&project_key(id), &encode(&project)).unwrap();
}

#[wasm_bindgen_test]
fn the_early_read_is_what_the_app_loads_unless_another_tab_wrote_since() {
    use qi_involve::state::projects::early::read_early;

    clear_app_keys();
    store_project("early1", "Falls");
    read_early();
    // Written behind the app's back, with no storage event: the app loads
    // what was read early, once (a later load reads afresh).
    store_project("early2", "Sepsis");
    assert_eq!(loaded_titles(), ["Falls"]);
    assert_eq!(loaded_titles(), ["Falls", "Sepsis"]);

    // Another tab writes after the early read: its storage event makes the
    // app read again when it mounts, so nothing that tab saved is missed.
    read_early();
    store_project("early3", "Pressure ulcers");
    let event = web_sys::StorageEvent::new("storage").unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    assert_eq!(loaded_titles(), ["Falls", "Pressure ulcers", "Sepsis"]);
    clear_app_keys();
}
