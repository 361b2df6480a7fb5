/// Sets the browser tab's title for the current screen, so screen-reader
/// users hear where a navigation landed and tabs are told apart.
pub fn set_document_title(screen: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&format!("{screen} – QI Involve"));
    }
}
