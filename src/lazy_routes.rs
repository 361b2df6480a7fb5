//! The screens that load on demand. Each screen but the project list, and
//! the kiosk and reader lock, is a split point: `.ci/split` cuts the
//! release wasm there, so a first visit downloads the app's core (start-up,
//! storage, the header and the list) and the screen it opens, and the other
//! screens' code only when someone goes to them. A project's two screens
//! are cut below their tabs instead: the top (its name, the tabs) is in
//! the core, so a first sight of one paints it from the core alone, and
//! the rest follows ([`body_after_paint`]). The list's rows and the
//! Dashboard follow in the same way what the core paints first (the
//! header, the banners, the list's heading).
//!
//! Only the build trunk makes has the `split` feature (index.html). Without
//! it (host tests, browser tests) every screen is in the one module: a split
//! point's function is imported from a loader only `.ci/split` writes.
//!
//! A split point here is `fallible`: if its download fails (the connection
//! drops before the offline copy is complete), the screen says so and
//! offers to try again, where leptos's own `#[lazy]` would abort the app.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use leptos_router::LazyRoute;

use crate::components::kiosk_shell::LockedShell;
use crate::components::later::{after_paint, StartHold};
use crate::components::project_list::preload_list;
use crate::pages::{
    dashboard::DashboardPage, guide::GuidePage, induction::InductionPage,
    not_loaded::NotLoadedPage, settings::SettingsPage,
};
use crate::routes;

/// A view from a split module, or why it could not be downloaded.
pub type Loaded = Result<AnyView, SplitLoaderError>;

/// The view, or the page that says it could not be downloaded.
fn or_not_loaded(loaded: Loaded) -> AnyView {
    loaded.unwrap_or_else(|_| not_loaded_page())
}

/// What a screen whose download failed shows in its place.
pub fn not_loaded_page() -> AnyView {
    view! { <NotLoadedPage/> }.into_any()
}

/// A function whose body is its own split module (named `$module` in the
/// build), with `$preload` to download that module without calling it.
/// `$load` takes the arguments given and returns [`Loaded`]; the body is
/// the view. Without the `split` feature it is an ordinary function.
macro_rules! split_point {
    ($module:ident, $load:ident($($arg:ident: $ty:ty),*), $preload:ident, $body:expr) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        fn $load($($arg: $ty),*) -> $crate::lazy_routes::Loaded {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        async fn $load($($arg: $ty),*) -> $crate::lazy_routes::Loaded {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        async fn $preload() -> Result<(), leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}
pub(crate) use split_point;

/// A split point's download, boxed: every view that waits for one then
/// shares one instance of leptos's generic `Suspend` code, where each
/// future type would otherwise bring its own (issue 11: size).
pub type Loading = Pin<Box<dyn Future<Output = Loaded> + Send>>;

/// The view of a split point once its module is here, or `fallback` if the
/// download failed; nothing is drawn while it downloads. One made while
/// the app starts is part of the first screen: the start lasts until it
/// is drawn, so its own parts are drawn a task each, not in one long task.
pub fn when_loaded(
    loaded: impl Future<Output = Loaded> + Send + 'static,
    fallback: fn() -> AnyView,
) -> AnyView {
    suspend(Box::pin(loaded), fallback)
}

fn suspend(loaded: Loading, fallback: fn() -> AnyView) -> AnyView {
    let hold = StartHold::new();
    Suspend::new(async move {
        let view = loaded.await.unwrap_or_else(|_| fallback());
        drop(hold);
        view
    })
    .into_any()
}

/// The body of a screen whose top the main module draws, from a split
/// point: like [`when_loaded`], but while the app starts, its download
/// waits until the top has painted, so the first paint of the screen needs
/// nothing but the app's core (issue 11: a first sight's LCP); the start
/// lasts until the body is drawn (held here until the download begins,
/// then by [`suspend`]). Once the app has started, it downloads at once.
pub fn body_after_paint(
    load: impl FnOnce() -> Loading + Send + Sync + 'static,
    fallback: fn() -> AnyView,
) -> AnyView {
    let Some(hold) = StartHold::new() else {
        return suspend(load(), fallback);
    };
    let painted = RwSignal::new(false);
    after_paint(move || painted.set(true));
    let waiting = StoredValue::new_local(Some((load, hold)));
    // Runs again only when `painted` turns true; what the body reads is
    // not tracked here.
    (move || {
        if !painted.get() {
            return None;
        }
        let (load, hold) = waiting.try_update_value(Option::take).flatten()?;
        // `suspend` holds the start from here until the body is drawn.
        let view = untrack(|| suspend(load(), fallback));
        drop(hold);
        Some(view)
    })
    .into_any()
}

/// Starts downloading a split point's code once what is drawn now has
/// painted, without waiting: for the tail of a screen, which its top need
/// not wait for. A failed download shows when the part is drawn.
pub fn fetch_after_paint<F>(preload: fn() -> F)
where
    F: Future<Output = Result<(), SplitLoaderError>> + 'static,
{
    after_paint(move || {
        leptos::task::spawn_local(async move {
            let _ = preload().await;
        })
    });
}

/// A route whose view is a split point. No route loads data ahead of its
/// view (everything is in memory already), so `data` is empty.
macro_rules! lazy_screen {
    ($route:ident, $module:ident, $load:ident, $preload:ident, $page:ident) => {
        pub struct $route;

        split_point!($module, $load(), $preload, view! { <$page/> }.into_any());

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                or_not_loaded($load().await)
            }

            async fn preload() {
                // A failure shows when the view is asked for.
                let _ = $preload().await;
            }
        }
    };
}

lazy_screen!(
    GuideScreen,
    guide_screen,
    guide_view,
    guide_preload,
    GuidePage
);
lazy_screen!(
    InductionScreen,
    induction_screen,
    induction_view,
    induction_preload,
    InductionPage
);
// The Dashboard: like a project's screens, drawn below what the main
// module paints first (the header, the banners), and fetched once that has
// painted.
split_point!(
    dashboard_screen,
    dashboard_view(),
    dashboard_preload,
    view! { <DashboardPage/> }.into_any()
);

/// The Dashboard route's view.
#[component]
pub fn DashboardScreen() -> impl IntoView {
    body_after_paint(|| Box::pin(dashboard_view()), not_loaded_page)
}

lazy_screen!(
    SettingsScreen,
    settings_screen,
    settings_view,
    settings_preload,
    SettingsPage
);

// The kiosk and the reader lock, loaded only on a device where one runs.
split_point!(
    locked_shell,
    locked_view(),
    locked_preload,
    view! { <LockedShell/> }.into_any()
);

/// The locked app: the kiosk or the reader lock, once its code is here.
pub fn locked_shell() -> AnyView {
    when_loaded(locked_view(), not_loaded_page)
}

/// The induction guide under the reader lock, from the guide's own
/// module: in the lock's, every running kiosk would download the guide
/// (26 KB of brotli) it never shows.
pub fn reader_guide() -> AnyView {
    when_loaded(induction_view(), not_loaded_page)
}

/// Starts downloading the lock's code, without waiting for it, when
/// someone first comes into a form that starts a lock: by the time the PIN
/// has been typed twice it is here, and the kiosk or reader view shows at
/// once. Asking again is free: the loader keeps the first download.
pub fn prefetch_lock() {
    leptos::task::spawn_local(async {
        let _ = locked_preload().await;
    });
}

/// Starts downloading, without waiting, the code a new project needs next:
/// its General tab (with the tail below its fields), which opens on
/// Create, and the list's rows, which the list draws from then on. Called
/// when the new-project form opens, so both arrive while the title is
/// typed.
pub fn prefetch_for_new_project() {
    leptos::task::spawn_local(async {
        crate::pages::project::preload().await;
        preload_list().await;
    });
}

/// Downloads the code for what the app will show first: the lock's, if
/// index.html's stored-data check found one running (`qi-locked`), or the
/// screen at `path` (the address without the base). Called before the app
/// mounts, so it never draws a page whose main part is still loading, but
/// for the screens that paint the main module's part first.
pub async fn preload(path: &str, locked: bool) {
    if locked {
        // The reader lock shows the induction guide from the guide's own
        // module, which it loads itself; on the guide's address the page
        // has started that download already (.ci/prerender.mjs).
        let _ = locked_preload().await;
        return;
    }
    match path.trim_end_matches('/') {
        // The list (its rows), a project's two screens and the Dashboard
        // paint what this module draws first and download the rest once
        // that has painted (`body_after_paint`).
        routes::GUIDE => GuideScreen::preload().await,
        routes::INDUCTION => InductionScreen::preload().await,
        routes::SETTINGS => SettingsScreen::preload().await,
        _ => {}
    }
}
