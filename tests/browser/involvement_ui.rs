//! The suggestion panel mounted on its own: it reads the record, flags a
//! mismatch and applies the suggestion only when asked.

use leptos::prelude::*;
use qi_involve::components::suggestion_panel::SuggestionPanel;
use qi_involve::model::activity::{Activity, ActivityKind};
use qi_involve::model::{Edit, InvolvementLevel};
use qi_involve::state::{clock, Projects};
use qi_involve::storage::MemoryBackend;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{by_text, find, mount_point, settle};

#[wasm_bindgen_test]
async fn suggestion_flags_a_mismatch_and_applies_on_request() {
    let owner = Owner::new();
    let projects =
        owner.with(|| Projects::with_backend(Box::new(MemoryBackend::default())).unwrap());
    let id = projects.create("Letters".into()).unwrap();
    projects
        .edit(&id, Edit::Involvement(InvolvementLevel::LittleI))
        .unwrap();
    let workshop = Activity {
        id: "a1".into(),
        date: clock::today(),
        kind: ActivityKind::CoDesignWorkshop,
        people: 3,
        hours_tenths: 20,
        said: String::new(),
        changed: String::new(),
    };
    projects.edit(&id, Edit::AddActivity(workshop)).unwrap();

    let root = mount_point();
    let panel_id = id.clone();
    let _mounted = owner.with(|| {
        leptos::mount::mount_to(root.clone(), move || {
            provide_context(projects);
            let lookup = panel_id.clone();
            let project = Memo::new(move |_| {
                projects
                    .list
                    .with(|l| l.iter().find(|p| p.id == lookup).cloned())
                    .unwrap_or_default()
            });
            view! { <SuggestionPanel id=panel_id.clone() project/> }
        })
    });
    settle().await;
    let text = find(&root, ".suggestion").text_content().unwrap();
    assert!(text.contains("suggests: Big I"), "{text}");
    assert!(
        text.contains("set to \u{201c}Little i\u{201d}, which does not match"),
        "{text}"
    );
    assert_eq!(
        projects.list.get_untracked()[0].involvement,
        InvolvementLevel::LittleI,
        "nothing changes until the person asks"
    );

    // The button says what it changes from and to.
    by_text(&root, "button", "Change from Little i to Big I").click();
    settle().await;
    assert_eq!(
        projects.list.get_untracked()[0].involvement,
        InvolvementLevel::BigI
    );
    let text = find(&root, ".suggestion").text_content().unwrap();
    assert!(!text.contains("does not match"), "{text}");
    assert!(
        text.contains("Service user involvement changed from Little i to Big I."),
        "{text}"
    );
}
