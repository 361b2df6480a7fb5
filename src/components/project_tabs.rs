use leptos::prelude::*;

use crate::routes;

/// Which of a project's two screens is showing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ProjectTab {
    General,
    Involvement,
}

/// Links between a project's General tab and its involvement record.
#[component]
pub fn ProjectTabs(
    /// The project's id.
    id: String,
    /// The screen showing now.
    current: ProjectTab,
) -> impl IntoView {
    let tab = |tab: ProjectTab, href: String, label: &'static str| {
        let current = (tab == current).then_some("page");
        view! { <li><a class="tabs__link" href=href aria-current=current>{label}</a></li> }
    };
    view! {
        <nav class="tabs" aria-label="Project">
            <ul>
                {tab(ProjectTab::General, routes::project_href(&id), "General")}
                {tab(ProjectTab::Involvement, routes::involvement_href(&id), "Involvement record")}
            </ul>
        </nav>
    }
}
