//! QI Involve: an offline-first tool for involving service users and carers
//! in NHS Quality Improvement projects.
//!
//! `model` holds the domain rules in plain Rust (tested on the host),
//! `storage` owns localStorage, `pages` has one screen per route and
//! `components` the pieces that several screens share.

pub mod components;
pub mod content;
pub mod kiosk_app;
pub mod lazy_routes;
pub mod model;
pub mod pages;
pub mod routes;
pub mod state;
pub mod storage;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::app_header::AppHeader;
use components::later::Later;
use components::route_focus::RouteFocus;
use components::storage_banners::StorageBanners;
use components::update_prompt::UpdatePrompt;
use lazy_routes::{locked_shell, DashboardScreen, GuideScreen, InductionScreen, SettingsScreen};
use leptos_router::Lazy;
use pages::{
    involvement::InvolvementPage, not_found::NotFoundPage, project::ProjectPage,
    projects::ProjectsPage,
};
use state::{kiosk_lock::LockState, sync::keep_in_sync, Projects, Settings};

/// The whole app: header, navigation and one route per screen; or, while
/// the clinic kiosk or the reader lock runs, only that, whatever the
/// address.
#[component]
pub fn App() -> impl IntoView {
    let projects = Projects::load();
    let settings = Settings::load();
    let lock = LockState::load();
    keep_in_sync(projects, settings);
    provide_context(state::storage_use::StorageUse::start(projects));
    provide_context(projects);
    provide_context(settings);
    provide_context(lock);
    let locked = lock.locked;
    view! {
        <Router base=routes::base()>
            {move || if locked.get() { locked_shell() } else { view! { <Unlocked/> }.into_any() }}
        </Router>
    }
}

/// The app as staff use it.
#[component]
fn Unlocked() -> impl IntoView {
    view! {
            <AppHeader/>
            <RouteFocus/>
            <main id="main-content" class="page" tabindex="-1">
                <UpdatePrompt/>
                <StorageBanners/>
                // While the app starts, the screen is drawn in a task after
                // the header's: as one task, the mount was the longest on a
                // cold start (issue 11). Its main is empty for that frame,
                // as the page's was before the app took over.
                <Later>
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=ProjectsPage/>
                        <Route path=path!("/project") view=ProjectPage/>
                        <Route path=path!("/involvement") view=InvolvementPage/>
                        <Route path=path!("/guide") view={Lazy::<GuideScreen>::new()}/>
                        <Route path=path!("/induction") view={Lazy::<InductionScreen>::new()}/>
                        <Route path=path!("/dashboard") view=DashboardScreen/>
                        <Route path=path!("/settings") view={Lazy::<SettingsScreen>::new()}/>
                    </Routes>
                </Later>
            </main>
    }
}
