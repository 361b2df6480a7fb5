//! How full this device's storage is: a warning at the top of every screen
//! from 80% used, and a section on Settings with the figure.

use leptos::prelude::*;

use crate::routes;
use crate::state::storage_use::StorageUse;

/// Mounted once, with the other storage banners: shows from
/// [`crate::storage::usage::WARN_PERCENT`] used.
#[component]
pub fn NearlyFullBanner() -> impl IntoView {
    let usage = expect_context::<StorageUse>().0;
    move || {
        usage.get().filter(|u| u.nearly_full()).map(|u| {
            view! {
                <div class="banner banner--warning" role="region" aria-labelledby="nearly-full">
                    <h2 class="banner__title" id="nearly-full">"This device is nearly full"</h2>
                    <p>
                        {format!("The browser's storage for this site is {}% full. ", u.percent())}
                        "When it is full, your changes cannot be saved. Make a backup now, then delete the "
                        "projects you no longer need on this device: the backup keeps a copy of them. "
                        "(Archiving a project hides it but does not free any space.)"
                    </p>
                    <a class="button" href=routes::href(routes::SETTINGS)>"Go to Settings to make a backup"</a>
                </div>
            }
        })
    }
}

/// Settings' "Storage on this device" section.
#[component]
pub fn StorageUseSection() -> impl IntoView {
    let storage = expect_context::<StorageUse>();
    storage.refresh();
    view! {
        <section class="panel" aria-labelledby="storage-use">
            <h2 id="storage-use">"Storage on this device"</h2>
            <p id="storage-use-figure">
                {move || storage.0.get().map_or_else(
                    || "This browser did not say how much of its storage is used.".to_string(),
                    |u| u.in_words(),
                )}
            </p>
            <p>
                "Every project, its kiosk answers and anything else this website keeps share this space. "
                "From 80% used, QI Involve warns on every screen."
            </p>
        </section>
    }
}
