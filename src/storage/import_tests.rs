//! Importing into the in-memory store: the copy kept first, a full store
//! part-way through, undo, and records that could not be read.

use super::*;
use crate::model::trust_settings::TrustSettings;
use crate::model::Project;
use crate::storage::backup::{self, ImportMode};
use crate::storage::codec::{encode, project_key};
use crate::storage::MemoryBackend;

const NOW: i64 = 1_790_000_000_000;

fn project(id: &str, title: &str, aim: &str) -> Project {
    let mut p = Project::create(id.into(), title.into(), 1_700_000_000_000).unwrap();
    p.aim = aim.into();
    p.revision = 1;
    p
}

fn settings(team: &str) -> TrustSettings {
    TrustSettings {
        team_name: team.into(),
        ..TrustSettings::default()
    }
}

/// A store with projects "a" and "b" and saved settings; a repository over it.
fn device() -> (MemoryBackend, Repo) {
    let store = MemoryBackend::default();
    for p in [
        project("a", "Falls", "Fewer falls"),
        project("b", "Meals", ""),
    ] {
        store.set(&project_key(&p.id), &encode(&p)).unwrap();
    }
    store
        .set(SETTINGS_KEY, &encode_settings(&settings("Device team")))
        .unwrap();
    let (repo, _) = Repo::load(Box::new(store.clone()), "t".into()).unwrap();
    (store, repo)
}

fn everything(store: &MemoryBackend) -> BTreeMap<String, String> {
    store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k != BEFORE_IMPORT_KEY)
        .map(|k| {
            let v = store.get(&k).unwrap().unwrap();
            (k, v)
        })
        .collect()
}

/// What replacing the device's data with "a" (changed) and "c" (new) writes.
fn replace_writes(repo: &mut Repo) -> ImportWrites {
    let current = repo.reload().unwrap().projects;
    let mut a = project("a", "Falls", "No falls at all");
    a.revision = 5;
    a.updated_ms += 1;
    let file = backup::export(
        &settings("File team"),
        &[a, project("c", "Pressure ulcers", &"x".repeat(3000))],
        NOW,
    );
    let plan = backup::validate(&file, &current).unwrap();
    plan.writes(ImportMode::Replace, &settings("Device team"))
}

#[test]
fn replace_keeps_a_copy_then_undo_puts_back_every_byte() {
    let (store, mut repo) = device();
    let before = everything(&store);
    let writes = replace_writes(&mut repo);
    let done = repo.import(&writes, NOW).unwrap();
    assert_eq!((done.written, done.removed, done.settings), (2, 1, true));
    assert!(store.get(&project_key("b")).unwrap().is_none());
    assert!(store.get(&project_key("c")).unwrap().is_some());
    assert_eq!(repo.before_import().map(|c| c.taken_ms), Some(NOW));
    let after = repo.reload().unwrap().projects;
    assert_eq!(after.len(), 2);

    repo.undo_import().unwrap();
    assert_eq!(everything(&store), before);
    assert_eq!(
        store.get(BEFORE_IMPORT_KEY).unwrap(),
        None,
        "the copy is removed"
    );
    assert_eq!(repo.undo_import(), Err(ImportFailure::NoCopy));
}

#[test]
fn a_full_store_part_way_puts_everything_back() {
    let (store, mut repo) = device();
    let before = everything(&store);
    let writes = replace_writes(&mut repo);
    let used: usize = before.iter().map(|(k, v)| k.len() + v.len()).sum();
    // Room for the copy (a little over what is stored) and the first,
    // small write, but not the 3,000-character project "c".
    store.set_quota(Some(used * 2 + BEFORE_IMPORT_KEY.len() + 400));
    let result = repo.import(&writes, NOW);
    assert_eq!(
        result,
        Err(ImportFailure::RolledBack(StorageError::QuotaExceeded))
    );
    assert_eq!(everything(&store), before, "every byte as it was");
    assert_eq!(store.get(BEFORE_IMPORT_KEY).unwrap(), None);
    assert!(result
        .unwrap_err()
        .to_string()
        .contains("put back exactly as it was"));
}

#[test]
fn no_room_for_the_copy_writes_nothing() {
    let (store, mut repo) = device();
    let before = everything(&store);
    let writes = replace_writes(&mut repo);
    store.set_quota(Some(
        before.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>() + 10,
    ));
    assert!(matches!(
        repo.import(&writes, NOW),
        Err(ImportFailure::NoRoomForCopy(StorageError::QuotaExceeded))
    ));
    assert_eq!(everything(&store), before);
}

#[test]
fn unsaved_changes_block_the_import() {
    let (store, mut repo) = device();
    let writes = replace_writes(&mut repo);
    repo.created("z");
    assert_eq!(repo.import(&writes, NOW), Err(ImportFailure::Unsaved));
    assert_eq!(store.get(BEFORE_IMPORT_KEY).unwrap(), None);
}

#[test]
fn an_unreadable_record_is_never_written_over_and_comes_back_on_undo() {
    let (store, mut repo) = device();
    store.set(&project_key("c"), "{damaged").unwrap();
    let writes = replace_writes(&mut repo);
    let done = repo.import(&writes, NOW).unwrap();
    assert_eq!(done.skipped, vec!["Pressure ulcers".to_string()]);
    assert_eq!(
        store.get(&project_key("c")).unwrap().as_deref(),
        Some("{damaged")
    );
    repo.undo_import().unwrap();
    assert_eq!(
        store.get(&project_key("c")).unwrap().as_deref(),
        Some("{damaged")
    );
}

#[test]
fn settings_never_saved_are_removed_again_on_undo() {
    let (store, mut repo) = device();
    store.remove(SETTINGS_KEY).unwrap();
    let writes = replace_writes(&mut repo);
    repo.import(&writes, NOW).unwrap();
    assert!(store.get(SETTINGS_KEY).unwrap().is_some());
    repo.undo_import().unwrap();
    assert_eq!(store.get(SETTINGS_KEY).unwrap(), None);
}
