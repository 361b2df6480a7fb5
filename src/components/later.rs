//! Draws the lower parts of a screen after its top, one part per task.
//!
//! A screen's first render runs as one task, and on a cold start most of
//! that task is the browser compiling each wasm function the first time it
//! runs. On an old tablet one long task holds back the first paint of the
//! screen and any tap made meanwhile (issue 11: Lighthouse's LCP and TBT).
//! Wrapping each lower part of a screen in `Later` lets the top (heading,
//! banners, the tabs) paint first and cuts the work into short tasks: after
//! the first frame, one part is drawn per task, and the browser paints
//! between tasks whenever a frame is due. A long list or form is cut finer
//! still: each project row, activity, Expert by Experience and form field
//! is a part of its own.
//!
//! Only while the app starts: the first screen is where every function
//! runs for the first time, and where the wait for the first paint is.
//! Once its parts are drawn, a `Later` draws at once, so a screen opened
//! from within the app appears whole (issue 11 times that: ≤ 50 ms).
//! Work the first screen does not need waits for that moment too
//! ([`after_start`]).
//!
//! Only for a screen's tail: the parts are drawn in the order they are
//! built, which is their order on the page, so each is added below
//! everything already drawn and nothing on screen moves (no layout shift).
//! That holds only if nothing follows a part in its element but other
//! parts: anything else would be drawn at once and pushed down as the
//! parts above it arrive (a form's button below its fields, each a part).
//! The browser tests check it on every screen (`no-moves.spec.mjs`).
//! The app's routes are one (`src/lib.rs`): the tail of its shell, drawn
//! after the header, and the screen's own parts queue behind them.
//! A `Later` inside another is drawn right after the part it is in, ahead
//! of the parts that were waiting already, as it is above them on the
//! page: a long part can be cut in two where it is made.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::MessageChannel;

/// The parts waiting to be drawn, in the order they are on the page.
/// (Generic only so that a host test can check that order.)
struct Waiting<T> {
    queue: VecDeque<T>,
    /// Whether a task is already booked to draw the next one.
    booked: bool,
    /// From a part's drawing until the next task: where the next part
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

    /// The next part to draw; parts made from now until the next task
    /// are inside it.
    fn take(&mut self) -> Option<T> {
        self.inside = Some(0);
        self.queue.pop_front()
    }

    /// A task has passed since the last part was drawn.
    fn task_passed(&mut self) {
        self.inside = None;
    }
}

thread_local! {
    static WAITING: RefCell<Waiting<RwSignal<bool>>> = const { RefCell::new(Waiting::new()) };
    /// Whether the app is still drawing its first screen.
    static STARTING: Cell<bool> = const { Cell::new(true) };
    /// What waits for the first screen to be whole ([`after_start`]).
    static AFTER_START: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
    /// Parts of the first screen still downloading ([`StartHold`]).
    static HELD: Cell<u32> = const { Cell::new(0) };
}

/// Keeps the start from ending while a part of the first screen is still
/// downloading, so that the screen counts as whole (and `qi-started` is
/// set) only once that part is drawn. Dropping it lets the start end.
pub struct StartHold(());

impl StartHold {
    /// A hold, or `None` once the start is over.
    pub fn new() -> Option<Self> {
        STARTING.get().then(|| {
            HELD.set(HELD.get() + 1);
            StartHold(())
        })
    }
}

impl Drop for StartHold {
    fn drop(&mut self) {
        HELD.set(HELD.get() - 1);
        // The part is drawn in the microtasks after this: booking a frame
        // away lets its own parts queue before the start can end.
        if STARTING.get() {
            book();
        }
    }
}

/// Runs `work` once the first screen is whole, or now if it is already:
/// for work the first screen does not need, so it neither lengthens the
/// start's tasks nor shares the line with the screen's own downloads.
pub fn after_start(work: impl FnOnce() + 'static) {
    if STARTING.get() {
        AFTER_START.with_borrow_mut(|waiting| waiting.push(Box::new(work)));
    } else {
        work();
    }
}

/// Runs `work` in a task once what is drawn now is on the screen: for a
/// download the screen needs soon but not for its first paint, which would
/// otherwise share the line with what that paint waits for. The browser
/// shows a frame some milliseconds after the task that paints it (15 to
/// 19 ms later in Lighthouse's traces, issue 11), so this waits for the
/// frame after it too.
pub fn after_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        request_animation_frame(move || set_timeout(work, Duration::ZERO))
    });
}

/// Called once the app has mounted: the start is over when the first
/// screen's parts are drawn, or after the next frame if it has none.
pub fn started() {
    book();
}

/// Books the drawing of the parts, unless it is booked already.
fn book() {
    let first = WAITING.with_borrow_mut(|w| !std::mem::replace(&mut w.booked, true));
    if first {
        next_frame();
    }
}

/// Its children: while the app starts, drawn in a task of their own after
/// what is above them; after that, at once.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    if !STARTING.get() {
        return children().into_any();
    }
    let shown = RwSignal::new(false);
    let queued = StoredValue::new(false);
    // Drawn once: `shown` only ever turns true, and what the children read
    // as they are made is not tracked here, so nothing runs this again.
    let children = StoredValue::new_local(Some(children));
    (move || {
        // Queued on the first run, when the part is built in its place:
        // a view's components are all made before any of it is built, so
        // a `Later` queued when made would go ahead of the rows of a list
        // above it, which are made as the list is built.
        if !queued.get_value() {
            queued.set_value(true);
            // One made as the start ends but built after it still is
            // drawn, a frame later; ending the start again changes nothing.
            WAITING.with_borrow_mut(|w| w.add(shown));
            book();
        }
        if !shown.get() {
            return None;
        }
        children
            .try_update_value(Option::take)
            .flatten()
            .map(untrack)
    })
    .into_any()
}

/// Draws the first waiting part after the next frame, so what is above
/// the parts paints first.
fn next_frame() {
    request_animation_frame(next_task);
}

/// Books the next part's task. A task, not a frame, per part: the browser
/// still paints between tasks when a frame is due, and small parts are
/// not held back a frame each. (A part's own parts are made in the
/// microtasks after its task's code has run: the next task finds them.)
fn next_task() {
    let posted = CHANNEL.with(|channel| {
        channel
            .as_ref()
            .is_some_and(|c| c.port2().post_message(&JsValue::NULL).is_ok())
    });
    if !posted {
        set_timeout(draw_next, Duration::ZERO);
    }
}

thread_local! {
    /// What each part's task is posted through. A message is a task with
    /// no wait, where a chain of zero timeouts is held 4 ms apart after
    /// the fifth (the HTML standard's clamp): with a part per project row,
    /// that alone added about 90 ms to drawing a list of 25.
    static CHANNEL: Option<MessageChannel> = channel();
}

/// A channel whose messages draw the next part, or `None` where the
/// browser cannot make one (then a timeout does).
fn channel() -> Option<MessageChannel> {
    let channel = MessageChannel::new().ok()?;
    let on_message = Closure::<dyn FnMut()>::new(draw_next);
    channel
        .port1()
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // Kept for the page's life, as the channel is.
    on_message.forget();
    Some(channel)
}

/// Draws the next waiting part and books the next task; a task that finds
/// nothing waiting ends the start.
fn draw_next() {
    WAITING.with_borrow_mut(Waiting::task_passed);
    // Taken out first: drawing a part may make more of them.
    let next = || WAITING.with_borrow_mut(Waiting::take);
    // A part whose screen was left before its turn has a disposed signal:
    // `try_set` says so, and it is skipped.
    let mut drawn = false;
    while let Some(part) = next() {
        if part.try_set(true).is_none() {
            drawn = true;
            break;
        }
    }
    if drawn {
        next_task();
    } else {
        WAITING.with_borrow_mut(|w| {
            w.booked = false;
            w.task_passed();
        });
        if HELD.get() > 0 {
            // The last hold, when dropped, books the end again.
            return;
        }
        STARTING.set(false);
        mark_started();
        for work in AFTER_START.take() {
            work();
        }
    }
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
        w.task_passed();
        assert_eq!(w.take(), Some("a1"));
        w.add("a1x");
        w.task_passed();
        assert_eq!(w.take(), Some("a1x"));
        w.task_passed();
        assert_eq!(w.take(), Some("a2"));
        w.task_passed();
        // Made after a task, by anything else: last.
        w.add("late");
        assert_eq!(w.take(), Some("b"));
        w.task_passed();
        assert_eq!(w.take(), Some("late"));
        assert_eq!(w.take(), None);
    }
}
