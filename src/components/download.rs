//! Saving text as a file on the person's device.

use std::time::Duration;

use wasm_bindgen::JsCast;

/// How long a download's blob URL stays valid.
const REVOKE_AFTER: Duration = Duration::from_secs(60);

/// Offers `text` as a download named `filename`. Returns false if the
/// browser would not do it (the caller then says so).
pub fn download_text(filename: &str, mime: &str, text: &str) -> bool {
    try_download(filename, mime, text).is_some()
}

fn try_download(filename: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // The browser reads the blob after this call returns; revoking at once
    // can cancel the download (Safari and Firefox do). A minute is ample.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        REVOKE_AFTER,
    );
    Some(())
}
