//! The dashboard's two filters: service or location, and lead.

use leptos::prelude::*;

use crate::components::project_filters::FilterSelect;
use crate::model::dashboard::Scope;
use crate::model::lowercase::lowercase;

/// The choices for one select: each known value, plus the chosen one if a
/// bookmark names a value no project has any more (so the select still
/// shows what the figures are narrowed to).
fn choices(known: &[String], chosen: &str) -> Vec<(String, String)> {
    let mut all: Vec<String> = known.to_vec();
    let chosen = chosen.trim();
    if !chosen.is_empty() && !all.iter().any(|k| lowercase(k) == lowercase(chosen)) {
        all.push(chosen.to_string());
    }
    all.into_iter().map(|v| (v.clone(), v)).collect()
}

/// `chosen` in the spelling of the known value it names (in any case), so
/// the select shows it as chosen; as given if no project has it.
fn spelled(known: &[String], chosen: &str) -> String {
    let chosen = chosen.trim();
    if chosen.is_empty() {
        return String::new();
    }
    let wanted = lowercase(chosen);
    known
        .iter()
        .find(|k| lowercase(k) == wanted)
        .cloned()
        .unwrap_or_else(|| chosen.to_string())
}

/// Selects for the service or location and the lead the figures cover.
///
/// Built once and kept while the scope changes, so the select a person
/// just used keeps the keyboard focus; only a change in the projects'
/// services or leads redraws the choices.
#[component]
pub fn DashboardScope(
    /// The services or locations, and the leads, to choose from.
    #[prop(into)]
    known: Signal<(Vec<String>, Vec<String>)>,
    /// The scope chosen now (from the address).
    #[prop(into)]
    scope: Signal<Scope>,
    /// Receives the whole scope when either select changes.
    on_change: Callback<Scope>,
) -> impl IntoView {
    // Memos, not derived signals: every option of a select reads the value
    // to know whether it is chosen, and with a thousand leads working it
    // out afresh for each one took a fifth of the dashboard's time.
    let service = Memo::new(move |_| known.with(|k| scope.with(|s| spelled(&k.0, &s.service))));
    let lead = Memo::new(move |_| known.with(|k| scope.with(|s| spelled(&k.1, &s.lead))));
    let service_select = move || {
        let options = known.with(|k| choices(&k.0, &service.get_untracked()));
        view! {
            <FilterSelect
                id="scope-service"
                label="Service or location"
                all="All services and locations"
                options
                value=service
                on_change=move |service: String| on_change.run(Scope { service, ..scope.get_untracked() })
            />
        }
    };
    let lead_select = move || {
        let options = known.with(|k| choices(&k.1, &lead.get_untracked()));
        view! {
            <FilterSelect
                id="scope-lead"
                label="Lead"
                all="All leads"
                options
                value=lead
                on_change=move |lead: String| on_change.run(Scope { lead, ..scope.get_untracked() })
            />
        }
    };
    view! {
        <div class="filters dashboard-scope" role="search" aria-label="Dashboard">
            {service_select}
            {lead_select}
        </div>
    }
}
