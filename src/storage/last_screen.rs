//! The last screen this device showed, kept so that the next start can
//! paint it before the app's code has arrived (issue 11).
//!
//! A tablet that reopens QI Involve mostly reopens the screen it left, and
//! that screen's text comes from stored data, which a copy made at build
//! time cannot show. So when the page is hidden (the tab closed, the
//! tablet put down), the app keeps the markup it shows under [`KEY`], and
//! index.html's last-screen script puts it on the page at once on the next
//! load of the same address, inert, until the app has drawn the same
//! screen and takes its place (`src/state/last_screen.rs`).
//!
//! It is a copy of what is shown, never data: nothing reads it back but
//! that script, and it is never in a backup. It must never show what is
//! no longer stored, so every write to the store removes it
//! (`local_storage.rs`); the next hide keeps a fresh one. It shows only on
//! the build that wrote it (a newer build may draw the screen otherwise),
//! at the address it was taken at, with the same lock state. It is left
//! out where it would take much room: it must never be what fills the
//! store.

use serde::Serialize;

/// The key it lives under. index.html's scripts name it too.
pub const KEY: &str = "qi-involve:last-screen";

/// Its format. index.html's last-screen script shows only this one.
pub const VERSION: u32 = 1;

/// The longest markup kept, in characters: 2% of the quota. A longer
/// screen (a list of hundreds of projects) is not kept at all.
pub const MAX_MARKUP: usize = 100_000;

/// What the page showed, and where.
#[derive(Serialize)]
pub struct LastScreen<'a> {
    /// [`VERSION`].
    pub v: u32,
    /// The address: path and query, as `location` gives them.
    pub path: &'a str,
    /// The app's JS module as the page names it: a new build, a new name.
    pub build: &'a str,
    /// Whether a kiosk or reader lock was running.
    pub locked: bool,
    /// The page's title.
    pub title: &'a str,
    /// The top-level elements the app drew, each marked and inert.
    pub html: &'a str,
}

impl LastScreen<'_> {
    /// The stored text, or `None` where the markup is too long to keep or
    /// the page could not be named.
    pub fn encode(&self) -> Option<String> {
        if self.html.is_empty() || self.build.is_empty() || self.html.chars().count() > MAX_MARKUP {
            return None;
        }
        serde_json::to_string(self).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(html: &str) -> LastScreen<'_> {
        LastScreen {
            v: VERSION,
            path: "/project?id=a1",
            build: "/qi-involve-0123.js",
            locked: false,
            title: "Falls – QI Involve",
            html,
        }
    }

    #[test]
    fn the_stored_text_names_every_field_the_page_script_reads() {
        let text = screen("<main data-last-screen=\"\" inert=\"\"><h1>Falls</h1></main>")
            .encode()
            .expect("kept");
        let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(value["v"], 1);
        assert_eq!(value["path"], "/project?id=a1");
        assert_eq!(value["build"], "/qi-involve-0123.js");
        assert_eq!(value["locked"], false);
        assert_eq!(value["title"], "Falls – QI Involve");
        assert_eq!(
            value["html"],
            "<main data-last-screen=\"\" inert=\"\"><h1>Falls</h1></main>"
        );
    }

    #[test]
    fn markup_past_the_limit_or_none_at_all_is_not_kept() {
        let long = "x".repeat(MAX_MARKUP + 1);
        assert!(screen(&long).encode().is_none());
        assert!(screen("").encode().is_none());
        assert!(screen(&long[1..]).encode().is_some());
    }

    #[test]
    fn a_page_without_a_build_name_is_not_kept() {
        let mut unnamed = screen("<main></main>");
        unnamed.build = "";
        assert!(unnamed.encode().is_none());
    }

    #[test]
    fn the_limit_counts_characters_not_bytes() {
        // 'é' is two bytes in UTF-8 but one character for the quota.
        let accented = "é".repeat(MAX_MARKUP);
        assert!(screen(&accented).encode().is_some());
    }
}
