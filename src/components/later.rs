//! Draws the lower part of a screen in a task of its own, after the rest.
//!
//! A screen's first render runs as one task, and on a cold start most of
//! that task is the browser compiling each wasm function the first time it
//! runs. On an old tablet one long task holds back the first paint of the
//! screen and any tap made meanwhile (issue 11: Lighthouse's LCP and TBT).
//! Wrapping a screen's tail in `Later` lets its top (heading, banners, the
//! tabs) paint first and cuts the work into shorter tasks.
//!
//! Only for a screen's tail: what it draws is added below everything
//! already on the page, so nothing on screen moves (no layout shift).
//! Several `Later`s on one screen draw in their order on the page, each in
//! its own task.

use std::time::Duration;

use leptos::prelude::*;

/// Its children, drawn in the next task rather than this one.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    // A screen left before the task runs has disposed the signal: then
    // there is nothing to draw, and `try_set` says so without a warning.
    set_timeout(
        move || {
            shown.try_set(true);
        },
        Duration::ZERO,
    );
    move || shown.get().then(|| children())
}
