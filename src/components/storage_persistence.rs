//! Asking the browser to keep this site's data, and showing on Settings
//! whether it agreed and how much space it reports (localStorage's own
//! count is in `storage_use.rs`).
//!
//! A browser may clear a site's storage when space runs low, and Safari
//! does so for sites not used for seven days unless they were added to the
//! home screen. `navigator.storage.persist()` asks it not to. The API is
//! reached through `Reflect` first, so a browser without it (older Safari)
//! gets a sentence saying so, never an error.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `navigator.storage`, if this browser has it.
fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    let has =
        |name: &str| js_sys::Reflect::get(&manager, &name.into()).is_ok_and(|f| f.is_function());
    (has("persist") && has("persisted") && has("estimate")).then(|| manager.unchecked_into())
}

async fn settle(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Asks once per page load for persistent storage, unless it is already
/// granted. The answer is shown on Settings, not here.
pub fn ask_for_persistence() {
    let Some(manager) = storage_manager() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let granted = settle(manager.persisted()).await.and_then(|v| v.as_bool());
        if granted != Some(true) {
            let _ = settle(manager.persist()).await;
        }
    });
}

/// What the browser said.
#[derive(Clone, Debug, PartialEq)]
struct Found {
    persisted: Option<bool>,
    /// Used and available, in bytes, as the browser estimates them.
    estimate: Option<(f64, f64)>,
}

async fn find_out() -> Option<Found> {
    let manager = storage_manager()?;
    let persisted = settle(manager.persisted()).await.and_then(|v| v.as_bool());
    let estimate = settle(manager.estimate()).await.and_then(|v| {
        let e: web_sys::StorageEstimate = v.unchecked_into();
        Some((e.get_usage()?, e.get_quota()?))
    });
    Some(Found {
        persisted,
        estimate,
    })
}

/// Megabytes people can read: "0.4 MB", "10,737 MB".
fn megabytes(bytes: f64) -> String {
    // Whole numbers from here on: float formatting costs kilobytes of wasm.
    let tenths = (bytes as u64 + 50_000) / 100_000;
    if tenths < 1_000 {
        return format!("{} MB", crate::model::tenths::one_decimal(tenths));
    }
    let digits = ((tenths + 5) / 10).to_string();
    let mut grouped = String::new();
    for (n, c) in digits.chars().enumerate() {
        if n > 0 && (digits.len() - n).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{grouped} MB")
}

/// Settings' "Keeping your data safe": whether storage is persistent, and
/// the space used.
#[component]
pub fn StoragePersistence() -> impl IntoView {
    // None until the browser has answered (it does so at once in practice).
    let found = RwSignal::new(None::<Option<Found>>);
    leptos::task::spawn_local(async move {
        let answer = find_out().await;
        found.try_set(Some(answer));
    });
    view! {
        <section class="panel" aria-labelledby="data-safety">
            <h2 id="data-safety">"Keeping your data safe"</h2>
            <p>
                "Your projects are kept only in this browser on this device. A browser can clear a site's "
                "data, for example when space runs low or when a site has not been opened for a while, and "
                "a person can clear it by mistake. Export a backup regularly and keep it somewhere safe."
            </p>
            {move || found.get().map(describe)}
        </section>
    }
}

fn describe(found: Option<Found>) -> impl IntoView {
    let persisted = match found.as_ref().map(|f| f.persisted) {
        Some(Some(true)) => "This browser has agreed to keep QI Involve's data: it will not clear it to free space.",
        Some(Some(false)) => "This browser has not agreed to keep QI Involve's data for good: it may clear it \
            when space runs low. Adding QI Involve to the home screen often helps, and so does exporting a backup.",
        _ => "This browser cannot say whether it will keep QI Involve's data. Export a backup regularly.",
    };
    let space = found.and_then(|f| f.estimate).map(|(used, quota)| {
        format!(
            "The browser reports that this site uses {} of its storage, with about {} left.",
            megabytes(used),
            megabytes((quota - used).max(0.0))
        )
    });
    view! {
        <p class="persistence">{persisted}</p>
        {space.map(|s| view! { <p>{s}</p> })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_plainly() {
        assert_eq!(megabytes(0.0), "0.0 MB");
        assert_eq!(megabytes(420_000.0), "0.4 MB");
        assert_eq!(megabytes(10_737_418_240.0), "10,737 MB");
        assert_eq!(megabytes(123_000_000.0), "123 MB");
    }
}
