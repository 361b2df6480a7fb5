//! Draws the lower parts of a screen after its top, one part per frame.
//!
//! A screen's first render runs as one task, and on a cold start most of
//! that task is the browser compiling each wasm function the first time it
//! runs. On an old tablet one long task holds back the first paint of the
//! screen and any tap made meanwhile (issue 11: Lighthouse's LCP and TBT).
//! Wrapping each lower part of a screen in `Later` lets the top (heading,
//! banners, the tabs) paint first and cuts the work into short tasks: one
//! part is drawn after each frame, so each part's style and layout are
//! worked out in its own frame too, not all together at the end.
//!
//! Only for a screen's tail: the parts are drawn in the order they were
//! made, which is their order on the page, so each is added below
//! everything already drawn and nothing on screen moves (no layout shift).
//! A `Later` inside another waits behind every part already waiting, so
//! nest one only where nothing waits below it (as in the Dashboard's
//! figures, the last part of that screen).

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    /// Parts waiting to be drawn, first on the page first; and whether a
    /// frame is already booked to draw the next one.
    static WAITING: RefCell<(Vec<RwSignal<bool>>, bool)> = RefCell::default();
}

/// Its children, drawn after the frame that shows what is above them.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    let book = WAITING.with_borrow_mut(|(queue, booked)| {
        queue.push(shown);
        !std::mem::replace(booked, true)
    });
    if book {
        next_frame();
    }
    move || shown.get().then(|| children())
}

/// Draws the next waiting part in a task of its own after the next frame,
/// then books another frame while parts are left.
fn next_frame() {
    request_animation_frame(|| {
        set_timeout(
            || {
                // Taken out first: drawing a part may make more of them.
                let next = || {
                    WAITING
                        .with_borrow_mut(|(queue, _)| (!queue.is_empty()).then(|| queue.remove(0)))
                };
                // A part whose screen was left before its turn has a
                // disposed signal: `try_set` says so, and it is skipped.
                while let Some(part) = next() {
                    if part.try_set(true).is_none() {
                        break;
                    }
                }
                let more = WAITING.with_borrow_mut(|(queue, booked)| {
                    *booked = !queue.is_empty();
                    *booked
                });
                if more {
                    next_frame();
                }
            },
            Duration::ZERO,
        );
    });
}
