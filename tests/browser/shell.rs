//! The app shell mounted for real: navigation reaches each screen.

use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{by_text, find, mount_app, settle};

#[wasm_bindgen_test]
async fn nav_links_switch_screens_and_mark_the_current_one() {
    let app = mount_app();
    let root = &app.root;
    settle().await;

    by_text(root, "nav a", "Guide").click();
    settle().await;
    assert_eq!(
        find(root, "h1").text_content().unwrap(),
        "Little i and Big I guide"
    );
    let current = find(root, "nav a[aria-current='page']");
    assert_eq!(current.text_content().unwrap(), "Guide");

    by_text(root, "nav a", "Settings").click();
    settle().await;
    assert_eq!(find(root, "h1").text_content().unwrap(), "Settings");
    assert_eq!(
        find(root, "nav a[aria-current='page']")
            .text_content()
            .unwrap(),
        "Settings"
    );
}
