//! The portfolio dashboard: where involvement stands across every project
//! on the device that is not archived, and whether it is growing.
//!
//! The figures are worked out by `model::dashboard`; this screen only
//! draws them. The service or location and lead it is narrowed to live in
//! the address (`/dashboard?service=Ward%207&lead=…`), so a bookmark or a
//! reload keep them, and every number links to the project list filtered
//! to the projects behind it.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::attention_list::AttentionSection;
use crate::components::charts::bar_chart::BarChart;
use crate::components::charts::line_chart::LineChart;
use crate::components::dashboard_scope::DashboardScope;
use crate::components::document_title::set_document_title;
use crate::components::figure_link::{percent_text, projects_noun, FigureLink};
use crate::components::involvement_totals::InvolvementTotals;
use crate::components::later::Later;
use crate::model::dashboard::{scope_choices, Dashboard, Headline, Scope};
use crate::model::Date;
use crate::routes;
use crate::state::{clock, Projects};

/// The portfolio at a glance.
#[component]
pub fn DashboardPage() -> impl IntoView {
    set_document_title("Dashboard");
    let projects = expect_context::<Projects>();
    let params = use_query_map();
    let scope = Memo::new(move |_| {
        params.with(|m| Scope {
            service: m.get("service").unwrap_or_default(),
            lead: m.get("lead").unwrap_or_default(),
        })
    });
    let navigate = use_navigate();
    let location = use_location();
    let set_scope = Callback::new(move |scope: Scope| {
        // Stay on the path the browser shows (a static host may have added
        // a trailing slash), so only the query changes and the app does not
        // treat it as a move to another screen (which moves the focus).
        let here = location.pathname.get_untracked();
        let path = here.strip_prefix(routes::base()).unwrap_or(&here);
        let query = scope.filter().to_query();
        let path = if query.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{query}")
        };
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(&path, options);
    });
    // Read once per visit, like the project list, so both count the same.
    let today = clock::today();
    let any = Memo::new(move |_| projects.list.with(|l| l.iter().any(|p| !p.archived)));
    let known = Memo::new(move |_| projects.list.with(|l| scope_choices(l)));
    let figures = Memo::new(move |_| {
        projects
            .list
            .with(|l| scope.with(|s| Dashboard::build(l, s, today)))
    });
    view! {
        <h1>"Dashboard"</h1>
        <p class="lede">"Where service user and carer involvement stands across the projects on this device."</p>
        <crate::components::last_backup_line::LastBackupLine/>
        <Show when=move || any.get() fallback=|| view! { <EmptyDashboard/> }>
            <DashboardScope known scope on_change=set_scope/>
            <p class="dashboard-for">{move || scope.with(|s| scope_words(s, today))}</p>
            // While the app starts, drawn after the frame that shows the
            // heading and the selects (see `Later`).
            <Later>{move || figures_view(figures.get())}</Later>
        </Show>
    }
}

/// What the figures cover, in words (it is also what a printout shows in
/// place of the selects).
fn scope_words(scope: &Scope, today: Date) -> String {
    let service = match scope.service.trim() {
        "" => "all services and locations".to_string(),
        s => format!("\u{201c}{s}\u{201d}"),
    };
    let lead = match scope.lead.trim() {
        "" => "all leads".to_string(),
        l => format!("lead \u{201c}{l}\u{201d}"),
    };
    format!(
        "Figures for {service} and {lead}, on {}. Archived projects are left out.",
        today.long()
    )
}

/// The whole dashboard below the selects, redrawn when the data or the
/// scope changes (rarely, and all at once).
fn figures_view(d: Dashboard) -> AnyView {
    let level_bars: Vec<_> = d
        .by_level
        .into_iter()
        .map(|(l, f)| (l.label(), f))
        .collect();
    let status_bars: Vec<_> = d
        .by_status
        .into_iter()
        .map(|(s, f)| (s.label(), f))
        .collect();
    let total = d.headline.active.of.unwrap_or(0);
    let (trend, totals, attention) = (d.trend, d.totals, d.attention);
    view! {
            <HeadlineFigures headline=d.headline/>
            // Below the headline, a part per frame (see `Later`).
            <Later><div class="dash-pair">
                <BarChart
                    id="by-level"
                    title="Projects by involvement level"
                    caption=format!("Projects at each involvement level, out of all {total} of any status")
                    name_heading="Level"
                    bars=level_bars.clone()
                />
                <BarChart
                    id="by-status"
                    title="Projects by status"
                    caption=format!("Projects with each status, out of all {total}")
                    name_heading="Status"
                    bars=status_bars.clone()
                />
            </div></Later>
            <Later>
                <section class="dash-section" aria-labelledby="trend">
                    <h2 id="trend">"Big I over the last 12 months"</h2>
                    <p class="hint">"The share of active projects with Big I (Big I, or both) at the end of each month, from each project's level history. This month is counted up to today."</p>
                    <LineChart points=trend.clone()/>
                </section>
            </Later>
            <Later>
                <section class="dash-section" aria-labelledby="totals">
                    <h2 id="totals">"Involvement in the last 12 months"</h2>
                    <InvolvementTotals totals=totals.clone()/>
                </section>
            </Later>
            <Later>
                <section class="dash-section" aria-labelledby="attention">
                    <h2 id="attention">"Projects that need attention"</h2>
                    <div class="attention-grid">
                        {attention.clone().into_iter().map(|list| view! { <AttentionSection list/> }).collect_view()}
                    </div>
                </section>
            </Later>
        }
        .into_any()
}

/// The headline: the share of active projects with Big I, beside the
/// share with no level recorded, as big figures.
#[component]
fn HeadlineFigures(
    /// The figures to show.
    headline: Headline,
) -> impl IntoView {
    let Headline {
        active,
        big_i,
        not_recorded,
    } = headline;
    let of_active = |figure: &crate::model::dashboard::Figure, what: &str| {
        view! {
            <FigureLink text=figure.value.to_string() what=format!(" active {} {what}", projects_noun(figure.value)) filter=figure.filter.clone()/>
            " of "
            <FigureLink text=active.value.to_string() what=" active projects".to_string() filter=active.filter.clone()/>
            " active projects"
        }
    };
    view! {
        <section class="headline" aria-labelledby="headline">
            <h2 id="headline" class="visually-hidden">"Headline figures"</h2>
            <div class="big-figure big-figure--main">
                <p class="big-figure__number">
                    <FigureLink text=percent_text(&big_i) what=" of active projects have Big I".to_string() filter=big_i.filter.clone()/>
                </p>
                <p class="big-figure__words">"have Big I (Big I, or both): " {of_active(&big_i, "with Big I")}</p>
            </div>
            <div class="big-figure">
                <p class="big-figure__number">
                    <FigureLink text=percent_text(&not_recorded) what=" of active projects have no level recorded".to_string() filter=not_recorded.filter.clone()/>
                </p>
                <p class="big-figure__words">"have no level recorded: " {of_active(&not_recorded, "with no level recorded")}</p>
            </div>
        </section>
    }
}

/// What the dashboard says when there is nothing to count.
#[component]
fn EmptyDashboard() -> impl IntoView {
    view! {
        <div class="empty-state">
            <h2>"No projects on this device yet"</h2>
            <p>
                "Add a project on the " <a href=routes::href(routes::PROJECTS)>"Projects page"</a>
                ", and its involvement level, notes and activities will be counted here."
            </p>
        </div>
    }
}
