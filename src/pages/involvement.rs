use leptos::prelude::*;

use crate::components::activity_log::ActivityLog;
use crate::components::document_title::set_document_title;
use crate::components::experts_editor::{ExpertsEditor, ExpertsSection};
use crate::components::kiosk_feedback::{KioskFeedback, KioskLogRows};
use crate::components::kiosk_start::KioskStart;
use crate::components::later::{after_paint, in_parts, Later};
use crate::components::project_route::{project_memo, ProjectRoute};
use crate::components::project_tabs::{ProjectTab, ProjectTabs};
use crate::components::save_status::SaveStatus;
use crate::components::suggestion_panel::SuggestionPanel;
use crate::lazy_routes::{split_point, when_loaded};
use crate::model::kiosk::with_derived;
use crate::model::Project;
use crate::pages::not_loaded::NotLoadedNotice;
use crate::routes;
use crate::state::kiosk_data::KioskRecord;

/// A project's involvement record: its Experts by Experience, the activity
/// log and the level they suggest. At `/involvement?id=…`.
#[component]
pub fn InvolvementPage() -> impl IntoView {
    view! { <ProjectRoute screen=|id| view! { <InvolvementRecord id/> }.into_any()/> }
}

/// The involvement record for a project known to exist.
#[component]
fn InvolvementRecord(id: String) -> impl IntoView {
    let project = project_memo(&id);
    let title = Memo::new(move |_| project.with(|p| p.display_title().to_string()));
    Effect::new(move |_| set_document_title(&format!("Involvement record: {}", title.get())));
    let kiosk = KioskRecord::load(&id);
    // The suggestion sees the kiosk's daily activities too; they are added
    // here, for showing, and never saved into the project.
    let seen = Memo::new(move |_| {
        project.with(|p| kiosk.loaded.with(|k| with_derived(p, &k.data.responses)))
    });
    // The tail's part downloads while the parts above it are drawn, so it
    // is here by its turn rather than asked for then; but after the heading
    // has painted, which need not wait for it.
    after_paint(|| {
        leptos::task::spawn_local(async {
            let _ = tail_preload().await;
        });
    });
    // Copy, so each part drawn later can take the id.
    let id = StoredValue::new(id);
    view! {
        <p class="breadcrumb"><a href=routes::list_href()>"Projects"</a></p>
        <div class="page-heading">
            <h1>{title}</h1>
            <SaveStatus/>
        </div>
        <ProjectTabs id=id.get_value() current=ProjectTab::Involvement/>
        // Below the tabs, a part per frame: the heading paints first.
        <Later><SuggestionPanel id=id.get_value() project=seen/></Later>
        <Later>
            <ExpertsSection id=id.get_value() editor=tail_part(Tail::Experts, id.get_value(), project, kiosk)/>
        </Later>
        <Later>{tail_part(Tail::LogAndKiosk, id.get_value(), project, kiosk)}</Later>
    }
}

/// The two places the tail's code draws in: inside the Experts by
/// Experience section, under its heading, and below it.
#[derive(Clone, Copy)]
enum Tail {
    Experts,
    LogAndKiosk,
}

// Below the record's suggestion and the Experts by Experience heading, out
// of sight when the record opens: the people's list and form, the activity
// log and the clinic kiosk's part. A download of its own, so the top of the
// record needs less code before it can show (issue 11). Both places are
// filled in the task the download ends in, a part per task from there,
// and nothing but the tail comes after them on the page, so nothing moves
// when it arrives.
split_point!(
    involvement_tail,
    tail_view(part: Tail, id: String, project: Memo<Project>, kiosk: KioskRecord),
    tail_preload,
    in_parts(|| match part {
        Tail::Experts => view! { <ExpertsEditor id project/> }.into_any(),
        Tail::LogAndKiosk => {
            let (log_id, feedback_id) = (id.clone(), id.clone());
            view! {
                <Later><ActivityLog id=log_id project/></Later>
                <Later><KioskLogRows record=kiosk/></Later>
                <Later><KioskFeedback record=kiosk id=feedback_id/></Later>
                <Later><KioskStart id record=kiosk/></Later>
            }
            .into_any()
        }
    })
);

/// A part of the tail once its code is here. If the download failed, the
/// first part says so for both.
fn tail_part(part: Tail, id: String, project: Memo<Project>, kiosk: KioskRecord) -> AnyView {
    let failed: fn() -> AnyView = match part {
        Tail::Experts => || {
            view! {
                <NotLoadedNotice what="The list of Experts by Experience, the activity log and the clinic kiosk\u{2019}s part of this page"/>
            }
            .into_any()
        },
        Tail::LogAndKiosk => || ().into_any(),
    };
    when_loaded(tail_view(part, id, project, kiosk), failed)
}
