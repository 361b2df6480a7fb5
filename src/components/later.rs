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
//! A `Later` inside another is drawn right after the part it is in, ahead
//! of the parts that were waiting already, as it is above them on the
//! page: a long part can be cut in two where it is made.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

use leptos::prelude::*;

/// The parts waiting to be drawn, in the order they are on the page.
/// (Generic only so that a host test can check that order.)
struct Waiting<T> {
    queue: VecDeque<T>,
    /// Whether a frame is already booked to draw the next one.
    booked: bool,
    /// From a part's drawing until the next frame: where the next part
    /// made inside it goes, after those made before it there. (A part's
    /// own parts are made in the microtasks after its task's code has
    /// run.) `None` otherwise: a part made anywhere else goes last.
    inside: Option<usize>,
}

impl<T> Waiting<T> {
    const fn new() -> Self {
        Self {
            queue: VecDeque::new(),
            booked: false,
            inside: None,
        }
    }

    fn add(&mut self, part: T) {
        match self.inside {
            Some(at) => {
                self.queue.insert(at, part);
                self.inside = Some(at + 1);
            }
            None => self.queue.push_back(part),
        }
    }

    /// The next part to draw; parts made from now until the next frame
    /// are inside it.
    fn take(&mut self) -> Option<T> {
        self.inside = Some(0);
        self.queue.pop_front()
    }

    /// A frame has passed since the last part was drawn.
    fn frame(&mut self) {
        self.inside = None;
    }
}

thread_local! {
    static WAITING: RefCell<Waiting<RwSignal<bool>>> = const { RefCell::new(Waiting::new()) };
    /// Whether the app is still drawing its first screen.
    static STARTING: Cell<bool> = const { Cell::new(true) };
}

/// Called once the app has mounted: the start is over when the first
/// screen's parts are drawn, or after the next frame if it has none.
pub fn started() {
    book_frame();
}

/// Books a frame to draw the next part, unless one is booked already.
fn book_frame() {
    let book = WAITING.with_borrow_mut(|w| !std::mem::replace(&mut w.booked, true));
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
    WAITING.with_borrow_mut(|w| w.add(shown));
    book_frame();
    (move || shown.get().then(|| children())).into_any()
}

/// Draws the next waiting part in a task of its own after the next frame,
/// and books another frame; a frame that finds nothing waiting ends the
/// start. (A part's own parts are made as it is drawn, which may be after
/// this task's code has run: hence the one frame more.)
fn next_frame() {
    request_animation_frame(|| {
        WAITING.with_borrow_mut(Waiting::frame);
        set_timeout(
            || {
                // Taken out first: drawing a part may make more of them.
                let next = || WAITING.with_borrow_mut(Waiting::take);
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
                    WAITING.with_borrow_mut(|w| {
                        w.booked = false;
                        w.frame();
                    });
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

#[cfg(test)]
mod tests {
    use super::Waiting;

    #[test]
    fn parts_are_drawn_in_page_order_however_deep_they_are_made() {
        let mut w = Waiting::new();
        // The mount makes the top-level parts.
        w.add("a");
        w.add("b");
        assert_eq!(w.take(), Some("a"));
        // Drawing `a` makes two parts inside it: they are above `b`.
        w.add("a1");
        w.add("a2");
        w.frame();
        assert_eq!(w.take(), Some("a1"));
        w.add("a1x");
        w.frame();
        assert_eq!(w.take(), Some("a1x"));
        w.frame();
        assert_eq!(w.take(), Some("a2"));
        w.frame();
        // Made after a frame, by anything else: last.
        w.add("late");
        assert_eq!(w.take(), Some("b"));
        w.frame();
        assert_eq!(w.take(), Some("late"));
        assert_eq!(w.take(), None);
    }
}
