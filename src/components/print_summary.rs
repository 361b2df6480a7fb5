//! `Print summary` on a project's General tab: one clean printed page with
//! the General tab fields, the involvement level and notes, the Experts by
//! Experience (names or initials and role only) and the activity log.
//!
//! The summary is built only while printing (the button, or the browser's
//! own Print, which fires `beforeprint`), so typing on the General tab never
//! redraws a hidden copy of a long activity log. The print style sheet
//! shows it and hides the rest of the page.

use leptos::prelude::*;

use crate::model::activity::Level;
use crate::model::hours::hours_text;
use crate::model::{Date, Project};
use crate::state::clock;

/// The button, and the summary while printing.
#[component]
pub fn PrintSummary(
    /// The project on screen.
    project: Memo<Project>,
) -> impl IntoView {
    let printing = RwSignal::new(false);
    let before = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let after = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    let print = move |_| {
        printing.set(true);
        // Print once the summary has been drawn.
        request_animation_frame(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        });
    };
    view! {
        <div class="print-button-row">
            <button type="button" class="button button--secondary" on:click=print>"Print summary"</button>
        </div>
        {move || printing.get().then(|| project.with(summary))}
    }
}

fn row(label: &'static str, value: String) -> impl IntoView {
    let value = if value.trim().is_empty() {
        "Not recorded".to_string()
    } else {
        value
    };
    view! { <dt>{label}</dt><dd>{value}</dd> }
}

fn date(d: Option<Date>) -> String {
    d.map(Date::long).unwrap_or_default()
}

fn summary(p: &Project) -> impl IntoView {
    let team = p.team_in_words();
    let progress = p
        .progress
        .map(|s| match p.progress_changed {
            Some(d) => format!("{} (last changed {})", s.label(), d.long()),
            None => s.label(),
        })
        .unwrap_or_default();
    let mut log: Vec<_> = p.activities.iter().collect();
    crate::model::order::sort_by_key(&mut log, |a| a.date);
    view! {
        <article class="print-summary">
            <p class="print-summary__from">{format!("QI Involve project summary, printed on {}", clock::today().long())}</p>
            <h1>{p.display_title().to_string()}</h1>
            <h2>"General"</h2>
            <dl class="print-summary__fields">
                {row("Aim", p.aim.clone())}
                {row("What is the project about?", p.about.clone())}
                {row("Project lead", p.lead.clone())}
                {row("Team", team)}
                {row("Service or location", p.service.clone())}
                {row("Start date", date(p.start_date))}
                {row("End date", date(p.end_date))}
                {row("Status", p.status.label().to_string())}
                {row("Progress score", progress)}
            </dl>
            <h2>"Involving service users and carers"</h2>
            <dl class="print-summary__fields">
                {row("Service user involvement", p.involvement.label().to_string())}
                {row("Involvement notes", p.involvement_notes.clone())}
            </dl>
            <h2>"Experts by Experience"</h2>
            {if p.experts_on_team() == 0 {
                view! { <p>"None recorded."</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {p.experts().map(|(m, d)| view! { <li>{format!("{} ({})", m.name, d.kind.label())}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <h2>"Involvement activity log"</h2>
            {if log.is_empty() {
                view! { <p>"No activities logged."</p> }.into_any()
            } else {
                view! {
                    <table class="print-summary__log">
                        <thead>
                            <tr>
                                <th scope="col">"Date"</th>
                                <th scope="col">"Activity"</th>
                                <th scope="col">"Level"</th>
                                <th scope="col">"People"</th>
                                <th scope="col">"Hours"</th>
                                <th scope="col">"What people said"</th>
                                <th scope="col">"What changed"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {log.into_iter().map(|a| view! {
                                <tr>
                                    <td>{a.date.long()}</td>
                                    <td>{a.kind.label()}</td>
                                    <td>{match a.kind.level() { Level::LittleI => "Little i", Level::BigI => "Big I" }}</td>
                                    <td>{a.people}</td>
                                    <td>{hours_text(a.hours_tenths)}</td>
                                    <td>{a.said.clone()}</td>
                                    <td>{a.changed.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
                .into_any()
            }}
        </article>
    }
}
