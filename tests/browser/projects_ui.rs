//! The project screens mounted in the browser over the real localStorage.

use leptos::prelude::GetUntracked;
use qi_involve::state::Projects;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{by_text, clear_app_keys, find, mount_app, settle, with_blocked_storage};

fn type_into(root: &web_sys::HtmlElement, selector: &str, text: &str) {
    let input: web_sys::HtmlInputElement = find(root, selector).unchecked_into();
    input.set_value(text);
    let event = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .expect("event");
    input.dispatch_event(&event).expect("dispatch");
}

#[wasm_bindgen_test]
async fn new_project_is_created_opened_and_stored() {
    clear_app_keys();
    let app = mount_app();
    let root = &app.root;
    settle().await;

    by_text(root, "button", "New project").click();
    settle().await;
    by_text(root, "button", "Create project").click();
    settle().await;
    assert!(find(root, ".error-summary")
        .text_content()
        .unwrap()
        .contains("Enter a project title"));

    type_into(root, "#project-title", "Falls on Ward 7");
    by_text(root, "button", "Create project").click();
    settle().await;
    assert_eq!(find(root, "h1").text_content().unwrap(), "Falls on Ward 7");

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let stored: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with("qi-involve:project:"))
        .collect();
    assert_eq!(stored.len(), 1, "created projects are written at once");
    let value = storage.get_item(&stored[0]).unwrap().unwrap();
    // Stored packed: read it back as the app does.
    let id = qi_involve::storage::codec::id_from_key(&stored[0]).unwrap();
    let project = qi_involve::storage::codec::decode(id, &value).unwrap();
    assert_eq!(project.title, "Falls on Ward 7");
    clear_app_keys();
}

#[wasm_bindgen_test]
async fn without_storage_the_app_still_runs_and_warns() {
    let owner = leptos::prelude::Owner::new();
    let projects = with_blocked_storage(|| owner.with(Projects::load));
    assert!(projects.no_storage.get_untracked().is_some());
    let id = projects.create("Kept in memory".into()).expect("created");
    assert!(projects.list.get_untracked().iter().any(|p| p.id == id));
}
