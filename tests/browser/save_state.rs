//! The project state over a store shared with "another tab": what the
//! screen shows after a save that merged that tab's change and then failed.

use leptos::prelude::*;
use qi_involve::model::Edit;
use qi_involve::state::{Projects, SaveState};
use qi_involve::storage::{Backend, MemoryBackend, Repo};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn a_failed_save_still_redraws_the_other_tabs_change() {
    let owner = Owner::new();
    let store = MemoryBackend::default();
    let projects = owner.with(|| Projects::with_backend(Box::new(store.clone())).unwrap());
    let id = projects.create("Falls".into()).unwrap();
    projects.flush_now();
    assert!(store.keys().unwrap().iter().any(|k| k.ends_with(&id)));

    // Another tab saves a new aim; this one hears nothing (it was asleep).
    let (mut other, report) = Repo::load(Box::new(store.clone()), "other".into()).unwrap();
    let mut list = report.projects;
    other.will_change(&list[0]);
    list[0].aim = "From the other tab".into();
    assert_eq!(other.flush(&mut list).error, None);

    let shown_aim = owner.with(|| Memo::new(move |_| projects.list.with(|l| l[0].aim.clone())));
    projects.edit(&id, Edit::Lead("Sam Patel".into())).unwrap();
    assert_eq!(
        shown_aim.get_untracked(),
        "",
        "what the screen shows before saving"
    );

    store.set_quota(Some(10));
    projects.flush_now();
    assert!(matches!(
        projects.save_state.get_untracked(),
        SaveState::Failed(_)
    ));
    assert_eq!(
        shown_aim.get_untracked(),
        "From the other tab",
        "the merged value is on screen, so the next keystroke does not send the old one back"
    );
}
