use leptos::prelude::*;

use crate::model::InvolvementLevel;
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
    let project = projects
        .list
        .with_untracked(|list| list.iter().find(|p| p.id == id).cloned())
        .unwrap_or_default();
    let level_class = match project.involvement {
        InvolvementLevel::BigI | InvolvementLevel::Both => "tag tag--blue",
        InvolvementLevel::LittleI => "tag tag--aqua",
        InvolvementLevel::NoneYet | InvolvementLevel::NotRecorded => "tag tag--grey",
    };
    let progress = project
        .progress
        .map(|s| s.label())
        .unwrap_or_else(|| "Not set".into());
    let lead = if project.lead.trim().is_empty() {
        "Not recorded".to_string()
    } else {
        project.lead.clone()
    };
    view! {
        <li class="project-card">
            <h2 class="project-card__title">
                <a href=routes::project_href(&project.id)>{project.display_title().to_string()}</a>
            </h2>
            <dl class="project-card__facts">
                <div>
                    <dt>"Lead"</dt>
                    <dd>{lead}</dd>
                </div>
                <div>
                    <dt>"Status"</dt>
                    <dd>
                        {project.status.label()}
                        {project.archived.then_some(" (archived)")}
                    </dd>
                </div>
                <div>
                    <dt>"Involvement"</dt>
                    <dd><span class=level_class>{project.involvement.label()}</span></dd>
                </div>
                <div>
                    <dt>"Progress score"</dt>
                    <dd>{progress}</dd>
                </div>
            </dl>
        </li>
    }
}
