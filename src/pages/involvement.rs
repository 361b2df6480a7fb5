use leptos::prelude::*;

use crate::components::activity_log::ActivityLog;
use crate::components::experts_editor::ExpertsEditor;
use crate::components::kiosk_feedback::{KioskFeedback, KioskLogRows};
use crate::components::kiosk_start::KioskStart;
use crate::components::later::Later;
use crate::components::project_route::{project_memo, ProjectRoute};
use crate::components::project_tabs::ProjectTab;
use crate::components::suggestion_panel::SuggestionPanel;
use crate::lazy_routes::{fetch_after_paint, split_point, when_loaded};
use crate::model::kiosk::with_derived;
use crate::model::Project;
use crate::pages::not_loaded::NotLoadedNotice;
use crate::state::kiosk_data::KioskRecord;

/// A project's involvement record: its Experts by Experience, the activity
/// log and the level they suggest. At `/involvement?id=…`. Its top is
/// drawn by `ProjectRoute`.
#[component]
pub fn InvolvementPage() -> impl IntoView {
    view! { <ProjectRoute tab=ProjectTab::Involvement body=|id| Box::pin(body_view(id))/> }
}

// Everything below the tabs: the suggested level, the Experts by
// Experience, then the tail.
split_point!(
    involvement_screen,
    body_view(id: String),
    body_preload,
    // Made in a task of its own: the one in which the module arrives is
    // long already (issue 11: TBT).
    view! { <Later><InvolvementBody id/></Later> }.into_any()
);

/// The suggested level, the Experts by Experience, then the tail.
#[component]
fn InvolvementBody(id: String) -> impl IntoView {
    let project = project_memo(&id);
    let kiosk = KioskRecord::load(&id);
    // The suggestion sees the kiosk's daily activities too; they are
    // added here, for showing, and never saved into the project.
    let seen = Memo::new(move |_| {
        project.with(|p| kiosk.loaded.with(|k| with_derived(p, &k.data.responses)))
    });
    // The tail's part downloads while the parts above it are drawn, so
    // it is here by its turn rather than asked for then; but after the
    // first of them has painted, which need not wait for it.
    fetch_after_paint(tail_preload);
    // Copy, so each part drawn later can take the id.
    let id = StoredValue::new(id);
    view! {
        // A part per frame, top first.
        <Later><SuggestionPanel id=id.get_value() project=seen/></Later>
        <Later><ExpertsEditor id=id.get_value() project/></Later>
        <Later>{tail_part(id.get_value(), project, kiosk)}</Later>
    }
}

// The activity log and the clinic kiosk's part, last on the page and below
// the Experts by Experience, out of sight when the record opens: a download
// of its own, so the record above it needs less code before it can show
// (issue 11). Being last, it moves nothing when it arrives.
split_point!(
    involvement_tail,
    tail_view(id: String, project: Memo<Project>, kiosk: KioskRecord),
    tail_preload,
    {
        let (log_id, feedback_id) = (id.clone(), id.clone());
        view! {
            <Later><ActivityLog id=log_id project/></Later>
            <Later><KioskLogRows record=kiosk/></Later>
            <Later><KioskFeedback record=kiosk id=feedback_id/></Later>
            <Later><KioskStart id record=kiosk/></Later>
        }
        .into_any()
    }
);

/// The tail once its code is here, or a notice that it could not be
/// downloaded.
fn tail_part(id: String, project: Memo<Project>, kiosk: KioskRecord) -> AnyView {
    when_loaded(tail_view(id, project, kiosk), || {
        view! { <NotLoadedNotice what="The activity log and the clinic kiosk\u{2019}s part of this page"/> }.into_any()
    })
}
