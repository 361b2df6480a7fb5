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
//! Only while the app starts: the first screen is where every function
//! runs for the first time, and where the wait for the first paint is.
//! Once its parts are drawn, a `Later` draws at once, so a screen opened
//! from within the app appears whole (issue 11 times that: ≤ 50 ms).
//!
//! Only for a screen's tail: the parts are drawn in the order they were
//! made, which is their order on the page, so each is added below
//! everything already drawn and nothing on screen moves (no layout shift).
//! The app's routes are one (`src/lib.rs`): the tail of its shell, drawn
//! after the header, and the screen's own parts queue behind them.
//! A `Later` inside another waits behind every part already waiting, so
//! nest one only where nothing waits below it (as in the Dashboard's
//! figures, the last part of that screen).

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    /// Parts waiting to be drawn, first on the page first; and whether a
    /// frame is already booked to draw the next one.
    static WAITING: RefCell<(Vec<RwSignal<bool>>, bool)> = RefCell::default();
    /// Whether the app is still drawing its first screen.
    static STARTING: Cell<bool> = const { Cell::new(true) };
}

/// Called once the app has mounted: the start is over when the first
/// screen's parts are drawn, or after the next frame if it has none.
pub fn started() {
    book_frame();
}

/// Called before the app mounts where the page already shows the first
/// screen whole (the copy written in at build time): each `Later` draws
/// at once.
pub fn draw_whole() {
    STARTING.set(false);
}

/// Books a frame to draw the next part, unless one is booked already.
fn book_frame() {
    let book = WAITING.with_borrow_mut(|(_, booked)| !std::mem::replace(booked, true));
    if book {
        next_frame();
    }
}

/// Its children: while the app starts, drawn after the frame that shows
/// what is above them; after that, at once.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    if !STARTING.get() {
        return children().into_any();
    }
    let shown = RwSignal::new(false);
    WAITING.with_borrow_mut(|(queue, _)| queue.push(shown));
    book_frame();
    (move || shown.get().then(|| children())).into_any()
}

/// Draws the next waiting part in a task of its own after the next frame,
/// and books another frame; a frame that finds nothing waiting ends the
/// start. (A part's own parts are made as it is drawn, which may be after
/// this task's code has run: hence the one frame more.)
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
                let mut drawn = false;
                while let Some(part) = next() {
                    if part.try_set(true).is_none() {
                        drawn = true;
                        break;
                    }
                }
                if drawn {
                    next_frame();
                } else {
                    WAITING.with_borrow_mut(|(_, booked)| *booked = false);
                    STARTING.set(false);
                    mark_started();
                }
            },
            Duration::ZERO,
        );
    });
}

/// Marks the page's root `qi-started` once the first screen is whole, so
/// browser tests can wait for the whole screen, not only its top; and
/// shows it in place of the last screen's copy, where the page had one.
fn mark_started() {
    crate::state::last_screen::reveal();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.class_list().add_1("qi-started");
    }
}
