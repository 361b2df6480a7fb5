use leptos::prelude::*;

use crate::components::backup_reminder::KeepDataSafe;
use crate::components::download::download_text;
use crate::components::recovery_banners::{ClearedElsewhereBanner, UndoDeleteBanner};
use crate::components::storage_use::NearlyFullBanner;
use crate::lazy_routes::{split_point, when_loaded};
use crate::pages::not_loaded::NotLoadedNotice;
use crate::state::{Projects, SaveState};
use crate::storage::{ConflictNotice, StorageError};

/// Tells the person, at the top of every screen, when their data is at
/// risk or was touched by another tab, and what they can do about it.
///
/// Most of these banners show only when something has gone wrong, so
/// their code is a split point (`rare_banners`), loaded the first time
/// one is due; the backup reminder and the nearly-full warning can show
/// on an ordinary visit and are drawn at once.
#[component]
pub fn StorageBanners() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let problems = ever(move || {
        projects.no_storage.with(Option::is_some)
            || projects.cleared_elsewhere.with(Option::is_some)
            || projects.unreadable.with(|u| !u.is_empty())
            || projects
                .save_state
                .with(|s| matches!(s, SaveState::Failed(_)))
    });
    let undo = ever(move || projects.deleted.with(Option::is_some));
    let conflicts = ever(move || projects.notices.with(|n| !n.is_empty()));
    view! {
        {move || problems.get().then(|| rare(PROBLEMS))}
        <NearlyFullBanner/>
        {move || undo.get().then(|| rare(UNDO))}
        <KeepDataSafe/>
        {move || conflicts.get().then(|| rare(CONFLICTS))}
    }
}

/// True from the first time `due` is: the banners it stands for then
/// stay mounted, as they were before they were split off, so what they
/// hold (whether the unreadable data was downloaded, an Undo's problem)
/// lasts for the visit.
fn ever(due: impl Fn() -> bool + Send + Sync + 'static) -> Memo<bool> {
    Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || due())
}

/// The groups of `rare_banners`, in the order they appear around the
/// banners that are always drawn.
const PROBLEMS: u8 = 0;
const UNDO: u8 = 1;
const CONFLICTS: u8 = 2;

// The banners for things gone wrong: one split point for all of them, so
// whichever is due first loads the rest.
split_point!(rare_banners, rare_view(group: u8), rare_preload, {
    let projects = expect_context::<Projects>();
    match group {
        PROBLEMS => view! {
            <NoStorageBanner/>
            <ClearedElsewhereBanner/>
            <UnreadableBanner/>
            <SaveFailedBanner/>
        }
        .into_any(),
        UNDO => view! { <UndoDeleteBanner/> }.into_any(),
        _ => view! {
            <For
                each=move || projects.notices.get()
                key=|(serial, _)| *serial
                children=move |(serial, notice)| view! { <ConflictBanner serial notice/> }
            />
        }
        .into_any(),
    }
});

/// A group of the banners, once their code has loaded. If it cannot be
/// downloaded, a problem with the stored data is still told, plainly; an
/// Undo or another tab's change is not (the project is in Recently
/// deleted; the change is already on screen).
fn rare(group: u8) -> AnyView {
    if group == PROBLEMS {
        when_loaded(rare_view(group), || {
            view! { <NotLoadedNotice what="A warning about the data stored on this device"/> }
                .into_any()
        })
    } else {
        when_loaded(rare_view(group), || ().into_any())
    }
}

#[component]
fn NoStorageBanner() -> impl IntoView {
    let projects = expect_context::<Projects>();
    move || {
        projects.no_storage.get().map(|_| {
            view! {
                <div class="banner banner--warning" role="alert">
                    <h2 class="banner__title">"Your work is not being saved on this device"</h2>
                    <p>
                        "This browser is not letting QI Involve store data, so anything you enter "
                        "will be lost when this tab closes. This can happen in private browsing or "
                        "when site data is blocked. Open QI Involve in a normal browser window to keep your work."
                    </p>
                </div>
            }
        })
    }
}

#[component]
fn UnreadableBanner() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let downloaded = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let download = move |_| {
        let items = projects.unreadable.get_untracked();
        let text = serde_json::to_string(&items).unwrap_or_default();
        if download_text("qi-involve-unreadable-data.json", "application/json", &text) {
            downloaded.set(true);
        } else {
            problem.set(Some(
                "The browser did not start the download. Try again.".into(),
            ));
        }
    };
    // Only damaged records are offered for removal: one from a newer
    // version is fine, and may be the only copy of someone's work.
    let discard = move |_| {
        for item in projects.unreadable.get_untracked() {
            if item.newer_version {
                continue;
            }
            if let Err(e) = projects.discard_unreadable(&item) {
                problem.set(Some(format!("It could not be removed: {e}.")));
            }
        }
    };
    move || {
        let (damaged, newer) = projects.unreadable.with(|all| {
            let newer = all.iter().filter(|u| u.newer_version).count();
            (all.len() - newer, newer)
        });
        (damaged + newer > 0).then(|| {
            let count = damaged + newer;
            let any_damaged = damaged > 0;
            let what = if count == 1 { "1 saved project".to_string() } else { format!("{count} saved projects") };
            view! {
                <div class="banner banner--warning" role="alert">
                    <h2 class="banner__title">{format!("{what} could not be read")}</h2>
                    <p>
                        "The data is still on this device, exactly as it was: QI Involve has not changed "
                        "or replaced it. Download it to keep a copy."
                    </p>
                    {(newer > 0).then(|| view! {
                        <p>
                            {if newer == 1 { "1 of them was".to_string() } else { format!("{newer} of them were") }}
                            " saved by a newer version of QI Involve. Nothing is wrong with it: it is kept as it is, "
                            "and opening the newest version of the app will read it."
                        </p>
                    })}
                    {(damaged > 0).then(|| view! {
                        <p>"Ask your QI team for help to recover damaged data."</p>
                    })}
                    <div class="button-row">
                        <button type="button" class="button button--secondary" on:click=download>
                            "Download the unreadable data"
                        </button>
                        <Show when=move || downloaded.get() && any_damaged>
                            <button type="button" class="button button--warning" on:click=discard>
                                {if newer > 0 { "Remove the damaged data from this device" } else { "Remove it from this device" }}
                            </button>
                        </Show>
                    </div>
                    {move || problem.get().map(|p| view! { <p class="error-message">{p}</p> })}
                </div>
            }
        })
    }
}

#[component]
fn SaveFailedBanner() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let export = move |_| {
        let text = serde_json::to_string(&projects.list.get_untracked()).unwrap_or_default();
        download_text("qi-involve-projects.json", "application/json", &text);
    };
    move || match projects.save_state.get() {
        SaveState::Failed(error) => Some(view! {
            <div class="banner banner--error" role="alert">
                <h2 class="banner__title">"Your latest changes have not been saved"</h2>
                <p>{advice(&error)}</p>
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=export>
                        "Download a copy of your projects"
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| projects.flush()>
                        "Try saving again"
                    </button>
                </div>
            </div>
        }),
        _ => None,
    }
}

fn advice(error: &StorageError) -> String {
    match error {
        StorageError::QuotaExceeded => "This device has run out of space for QI Involve. Your changes are still on \
             screen. Download a copy of your projects to keep them safe, then delete projects you no longer \
             need and try saving again."
            .into(),
        other => format!(
            "Your changes are still on screen, but {other}. Download a copy of your projects to keep them safe, \
             then try saving again."
        ),
    }
}

/// One notice about another tab's change to a project being edited here.
#[component]
fn ConflictBanner(serial: u64, notice: ConflictNotice) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let dismiss = move |_| projects.dismiss_notice(serial);
    let title = notice.title.clone();
    let body = if notice.deleted_elsewhere {
        view! {
            <p>
                {format!("\u{201c}{title}\u{201d} was deleted in another tab while you were changing it here, ")}
                "so it has been kept with your changes."
            </p>
        }
        .into_any()
    } else {
        view! {
            <p>{format!("\u{201c}{title}\u{201d} was also changed in another tab. Where both tabs changed the same thing, your changes here were kept unless it says otherwise:")}</p>
            <ul>
                {notice
                    .conflicts
                    .into_iter()
                    .map(|c| view! { <li>{c.text()}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="banner banner--info" role="status">
            <h2 class="banner__title">"Changed in another tab"</h2>
            {body}
            <button type="button" class="button button--secondary" on:click=dismiss>"Dismiss"</button>
        </div>
    }
}
