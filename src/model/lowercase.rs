//! Lower case through one function, and in the browser through the
//! browser's own `toLowerCase`.
//!
//! The standard library's `to_lowercase` carries Unicode's lower-case table
//! (about 12 KB of the wasm, and 4 KB of its download compressed), which
//! the search box alone pulled into the first download. The browser has
//! that table already and applies the same Unicode rules (`Σ` at the end
//! of a word included). Plain ASCII, nearly all text here, never leaves
//! the wasm.

/// `text` in lower case, as `str::to_lowercase` gives it.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        other_lowercase(text)
    }
}

#[cfg(target_arch = "wasm32")]
fn other_lowercase(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

#[cfg(not(target_arch = "wasm32"))]
fn other_lowercase(text: &str) -> String {
    text.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::lowercase;

    #[test]
    fn lowers_ascii_and_other_letters_like_the_standard_library() {
        for text in ["Mixed CASE 42", "", "ÉCOLE Ősz", "ΟΔΟΣ ΣΑΣ", "İstanbul"] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }
}
