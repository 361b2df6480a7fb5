//! Browser tests: components mounted in real headless Chromium, and the
//! storage module against the real localStorage.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "browser/involvement_ui.rs"]
mod involvement_ui;
#[path = "browser/kiosk_app.rs"]
mod kiosk_app;
#[path = "browser/projects_ui.rs"]
mod projects_ui;
#[path = "browser/save_state.rs"]
mod save_state;
#[path = "browser/shell.rs"]
mod shell;
#[path = "browser/storage.rs"]
mod storage;
#[path = "browser/support.rs"]
mod support;
