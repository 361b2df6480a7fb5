//! The kiosk-only app (`qi_involve::kiosk_app`) mounted for real, with a
//! kiosk lock stored: it draws the kiosk and nothing of the staff app, and
//! an answer given on it is stored for the project.

use leptos::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{by_text, clear_app_keys, find, mount_point, settle};
use qi_involve::model::kiosk::pin::{to_hex, Lock, LockMode, ITERATIONS, SALT_BYTES};
use qi_involve::storage::kiosk::{clear_lock, load, save_lock};
use qi_involve::storage::local_storage::LocalStorage;

#[wasm_bindgen_test]
async fn draws_the_kiosk_alone_and_stores_an_answer() {
    clear_app_keys();
    let store = LocalStorage::open().expect("localStorage");
    let lock = Lock {
        mode: LockMode::Kiosk {
            project_id: "p-kiosk".into(),
        },
        salt: to_hex(&[7; SALT_BYTES]),
        hash: to_hex(&[9; 32]),
        iterations: ITERATIONS,
        wrong_tries: 0,
        wait_until_ms: None,
    };
    save_lock(&store, &lock).expect("lock stored");

    let root = mount_point();
    let owner = Owner::new();
    let handle = owner.with(|| {
        leptos::mount::mount_to(root.clone(), || {
            qi_involve::kiosk_app::KioskApp().into_any()
        })
    });
    settle().await;

    let question = find(&root, "h1#kiosk-question");
    assert_eq!(
        question.text_content().unwrap(),
        "Overall, how was your experience of our service?"
    );
    assert!(root.query_selector("a, nav").unwrap().is_none());
    by_text(&root, "button", "Exit kiosk");

    by_text(&root, "button", "Good").click();
    settle().await;
    by_text(&root, "button", "Submit").click();
    settle().await;
    let responses = load(&store, "p-kiosk").data.responses;
    assert_eq!(responses.len(), 1);

    drop(handle);
    owner.cleanup();
    root.remove();
    clear_lock(&store).expect("lock cleared");
    clear_app_keys();
}
