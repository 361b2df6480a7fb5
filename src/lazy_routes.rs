//! The screens that load on demand. Each screen but the project list, and
//! the kiosk and reader lock, is a `#[lazy]` split point: `.ci/split` cuts
//! the release wasm there, so a first visit downloads the app's core (start-
//! up, storage, the header and the list) and the screen it opens, and the
//! other screens' code only when someone goes to them.
//!
//! Only the build trunk makes has the `split` feature (index.html). Without
//! it (host tests, browser tests) every screen is in the one module: a split
//! point's function is imported from a loader only `.ci/split` writes.

use leptos::prelude::*;
#[cfg(feature = "split")]
use leptos_router::lazy_route;
use leptos_router::LazyRoute;

use crate::components::kiosk_shell::LockedShell;
use crate::pages::{
    dashboard::DashboardPage, guide::GuidePage, induction::InductionPage,
    involvement::InvolvementPage, project::ProjectPage, settings::SettingsPage,
};
use crate::routes;

/// A route whose view is loaded on demand. No route loads data ahead of
/// its view (everything is in memory already), so `data` is empty.
macro_rules! lazy_screen {
    ($route:ident, $page:ident) => {
        pub struct $route;

        #[cfg(feature = "split")]
        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_this: Self) -> AnyView {
                view! { <$page/> }.into_any()
            }
        }

        #[cfg(not(feature = "split"))]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                view! { <$page/> }.into_any()
            }
        }
    };
}

lazy_screen!(ProjectScreen, ProjectPage);
lazy_screen!(InvolvementScreen, InvolvementPage);
lazy_screen!(GuideScreen, GuidePage);
lazy_screen!(InductionScreen, InductionPage);
lazy_screen!(DashboardScreen, DashboardPage);
lazy_screen!(SettingsScreen, SettingsPage);

/// The kiosk and the reader lock, loaded only on a device where one runs.
#[cfg_attr(feature = "split", lazy)]
pub fn locked_shell() -> AnyView {
    view! { <LockedShell/> }.into_any()
}

/// Without the split, the lock's view is made at once.
#[cfg(not(feature = "split"))]
async fn __preload_locked_shell() {}

/// Loads the code for what the app will show first: the lock's, or the
/// screen at `path` (the address without the base). Called before the app
/// mounts, so it never draws a page whose main part is still loading.
pub async fn preload(path: &str, locked: bool) {
    if locked {
        __preload_locked_shell().await;
        return;
    }
    match path.trim_end_matches('/') {
        routes::PROJECT => ProjectScreen::preload().await,
        routes::INVOLVEMENT => InvolvementScreen::preload().await,
        routes::GUIDE => GuideScreen::preload().await,
        routes::INDUCTION => InductionScreen::preload().await,
        routes::DASHBOARD => DashboardScreen::preload().await,
        routes::SETTINGS => SettingsScreen::preload().await,
        _ => {}
    }
}
