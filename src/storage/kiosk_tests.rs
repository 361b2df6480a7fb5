use super::*;
use crate::model::kiosk::pin::{to_hex, LockMode, ITERATIONS, SALT_BYTES};
use crate::model::kiosk::Answer;
use crate::model::Date;
use crate::storage::codec::DAMAGED_PREFIX;
use crate::storage::MemoryBackend;

fn response(id: &str) -> Response {
    Response::new(
        id.into(),
        Date::parse_iso("2024-03-04").unwrap(),
        Answer::Good,
        &["Shorter wait".into()],
    )
}

#[test]
fn keys_do_not_look_like_projects() {
    assert_eq!(kiosk_key("p1"), "qi-involve:kiosk:p1");
    assert_eq!(project_of_key("qi-involve:kiosk:p1"), Some("p1"));
    assert_eq!(project_of_key(LOCK_KEY), None);
    assert!(crate::storage::codec::id_from_key(&kiosk_key("p1")).is_none());
}

#[test]
fn the_stored_text_is_pinned() {
    let mut data = KioskData::default();
    data.responses.push(response("a"));
    let text = encode(&data);
    assert!(text.starts_with(r#"{"version":1,"value":{"wording":{"welcome":"","question":"Overall, how was your experience of our service?""#), "{text}");
    assert!(text.ends_with(r#""responses":[{"id":"a","date":"2024-03-04","answer":"good","texts":["Shorter wait"]}]}}"#), "{text}");
    assert_eq!(decode(&text), Ok(data));
}

#[test]
fn damaged_newer_or_repeated_ids_are_refused() {
    assert!(matches!(decode("nope"), Err(KioskError::Damaged(_))));
    assert!(matches!(
        decode(r#"{"version":0,"value":{}}"#),
        Err(KioskError::Damaged(_))
    ));
    assert_eq!(
        decode(r#"{"version":2,"value":{}}"#),
        Err(KioskError::Newer(2))
    );
    let twice = r#"{"version":1,"value":{"responses":[{"id":"a","date":"2024-03-04","answer":"good"},{"id":"a","date":"2024-03-05","answer":"poor"}]}}"#;
    assert!(matches!(decode(twice), Err(KioskError::Damaged(_))));
    assert_eq!(
        decode(r#"{"version":1,"value":{}}"#),
        Ok(KioskData::default())
    );
}

#[test]
fn two_tabs_adding_responses_keep_both() {
    let store = MemoryBackend::default();
    let other_tab = store.clone();
    let mine = load(&store, "p1").data;
    add_response(&other_tab, "p1", response("b")).unwrap();
    let mut edited = mine;
    edited.wording.welcome = "Welcome".into();
    edited.responses.push(response("a"));
    let written = save(&store, "p1", &edited).unwrap();
    let ids: Vec<&str> = written.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(load(&other_tab, "p1").data, written);
}

#[test]
fn an_unreadable_record_is_kept_aside_and_never_overwritten() {
    let store = MemoryBackend::default();
    store.set(&kiosk_key("p1"), "{broken").unwrap();
    let loaded = load(&store, "p1");
    assert!(loaded.problem.is_some());
    assert_eq!(
        store
            .get(&format!("{DAMAGED_PREFIX}kiosk-p1"))
            .unwrap()
            .as_deref(),
        Some("{broken")
    );
    assert_eq!(
        add_response(&store, "p1", response("a")),
        Err(KioskError::Unreadable)
    );
    assert_eq!(
        save(&store, "p1", &KioskData::default()),
        Err(KioskError::Unreadable)
    );
    assert_eq!(
        store.get(&kiosk_key("p1")).unwrap().as_deref(),
        Some("{broken")
    );
}

#[test]
fn a_full_store_is_an_error_not_a_panic() {
    let store = MemoryBackend::with_quota(10);
    assert_eq!(
        add_response(&store, "p1", response("a")),
        Err(KioskError::Storage(StorageError::QuotaExceeded))
    );
}

#[test]
fn all_lists_readable_kiosk_data_by_project() {
    let store = MemoryBackend::default();
    add_response(&store, "p2", response("a")).unwrap();
    add_response(&store, "p1", response("b")).unwrap();
    store.set(&kiosk_key("p3"), "bad").unwrap();
    let ids: Vec<String> = all(&store).unwrap().into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["p1", "p2"]);
}

fn lock() -> Lock {
    Lock {
        mode: LockMode::Reader,
        salt: to_hex(&[1; SALT_BYTES]),
        hash: to_hex(&[2; 32]),
        iterations: ITERATIONS,
        wrong_tries: 2,
        wait_until_ms: None,
    }
}

#[test]
fn the_lock_survives_a_reload_and_is_cleared_on_exit() {
    let store = MemoryBackend::default();
    assert_eq!(load_lock(&store), Ok(None));
    save_lock(&store, &lock()).unwrap();
    let text = store.get(LOCK_KEY).unwrap().unwrap();
    assert!(
        text.starts_with(r#"{"version":1,"value":{"mode":"reader","salt":"#),
        "{text}"
    );
    assert!(!text.contains("pin"), "no PIN is stored");
    assert_eq!(load_lock(&store), Ok(Some(lock())));
    clear_lock(&store).unwrap();
    assert_eq!(load_lock(&store), Ok(None));
}

#[test]
fn an_unreadable_or_weak_lock_is_kept_aside_and_ignored() {
    let store = MemoryBackend::default();
    store.set(LOCK_KEY, "garbage").unwrap();
    assert_eq!(load_lock(&store), Ok(None));
    assert!(store
        .get(&format!("{DAMAGED_PREFIX}kiosk-session"))
        .unwrap()
        .is_some());
    let weak = Lock {
        iterations: 10,
        ..lock()
    };
    save_lock(&store, &weak).unwrap();
    assert_eq!(load_lock(&store), Ok(None));
}
