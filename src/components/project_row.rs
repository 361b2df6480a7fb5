use leptos::prelude::*;

use crate::model::{InvolvementLevel, Project, Status};
use crate::routes;
use crate::state::Projects;

/// One project in the register: its title (a link to the General tab),
/// lead, status, involvement level and progress score.
#[component]
pub fn ProjectRow(
    /// The project's id. The row is redrawn (by its key) when the project changes.
    id: String,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    // Only what the row shows is copied: a whole project (its team and
    // activities) per row would be most of a long list's start-up work.
    let RowFacts {
        title,
        lead,
        status,
        archived,
        involvement,
        progress,
    } = projects.list.with_untracked(|list| {
        list.iter()
            .find(|p| p.id == id)
            .map_or_else(|| RowFacts::of(&Project::default()), RowFacts::of)
    });
    let level_class = match involvement {
        InvolvementLevel::BigI | InvolvementLevel::Both => "tag tag--blue",
        InvolvementLevel::LittleI => "tag tag--aqua",
        InvolvementLevel::NoneYet | InvolvementLevel::NotRecorded => "tag tag--grey",
    };
    view! {
        <li class="project-card">
            <h2 class="project-card__title">
                <a href=routes::project_href(&id)>{title}</a>
            </h2>
            <dl class="project-card__facts">
                <div>
                    <dt>"Lead"</dt>
                    <dd>{lead}</dd>
                </div>
                <div>
                    <dt>"Status"</dt>
                    <dd>
                        {status.label()}
                        {archived.then_some(" (archived)")}
                    </dd>
                </div>
                <div>
                    <dt>"Involvement"</dt>
                    <dd><span class=level_class>{involvement.label()}</span></dd>
                </div>
                <div>
                    <dt>"Progress score"</dt>
                    <dd>{progress}</dd>
                </div>
            </dl>
        </li>
    }
}

/// What a row shows of its project.
struct RowFacts {
    title: String,
    lead: String,
    status: Status,
    archived: bool,
    involvement: InvolvementLevel,
    progress: String,
}

impl RowFacts {
    fn of(p: &Project) -> Self {
        Self {
            title: p.display_title().to_string(),
            lead: if p.lead.trim().is_empty() {
                "Not recorded".to_string()
            } else {
                p.lead.clone()
            },
            status: p.status,
            archived: p.archived,
            involvement: p.involvement,
            progress: p.progress.map_or_else(|| "Not set".into(), |s| s.label()),
        }
    }
}
