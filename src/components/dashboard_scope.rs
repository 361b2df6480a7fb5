//! The dashboard's two filters: service or location, and lead.

use leptos::prelude::*;

use crate::components::project_filters::FilterSelect;
use crate::model::dashboard::Scope;

/// The choices for one select: each known value, plus the chosen one if a
/// bookmark names a value no project has any more (so the select still
/// shows what the figures are narrowed to).
fn choices(known: &[String], chosen: &str) -> Vec<(String, String)> {
    let mut all: Vec<String> = known.to_vec();
    let chosen = chosen.trim();
    if !chosen.is_empty()
        && !all
            .iter()
            .any(|k| k.to_lowercase() == chosen.to_lowercase())
    {
        all.push(chosen.to_string());
    }
    all.into_iter().map(|v| (v.clone(), v)).collect()
}

/// Selects for the service or location and the lead the figures cover.
#[component]
pub fn DashboardScope(
    /// The services or locations, and the leads, to choose from.
    known: (Vec<String>, Vec<String>),
    /// The scope chosen now (from the address).
    scope: Scope,
    /// Receives the whole scope when either select changes.
    on_change: Callback<Scope>,
) -> impl IntoView {
    // A choice is written in its first spelling; match the address's
    // spelling to it in any case so the select shows it as chosen.
    let spelled = |known: &[String], chosen: &str| {
        known
            .iter()
            .find(|k| k.to_lowercase() == chosen.trim().to_lowercase())
            .cloned()
            .unwrap_or_else(|| chosen.trim().to_string())
    };
    let service = spelled(&known.0, &scope.service);
    let lead = spelled(&known.1, &scope.lead);
    let (service_options, lead_options) = (choices(&known.0, &service), choices(&known.1, &lead));
    let current = scope.clone();
    let current_too = scope;
    view! {
        <div class="filters dashboard-scope" role="search" aria-label="Dashboard">
            <FilterSelect
                id="scope-service"
                label="Service or location"
                all="All services and locations"
                options=service_options
                value=service
                on_change=move |service: String| on_change.run(Scope { service, ..current.clone() })
            />
            <FilterSelect
                id="scope-lead"
                label="Lead"
                all="All leads"
                options=lead_options
                value=lead
                on_change=move |lead: String| on_change.run(Scope { lead, ..current_too.clone() })
            />
        </div>
    }
}
