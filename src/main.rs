//! Entry point: install the panic hook so a panic is readable in the
//! console, then mount the app. Everything else lives in the library so that
//! browser tests can mount the same components.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(qi_involve::App);
}
