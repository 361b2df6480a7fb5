//! The `Kiosk feedback` section of a project's involvement record, and the
//! activities derived from the kiosk, shown read-only beside the log.

use leptos::prelude::*;

use crate::components::download::download_text;
use crate::components::kiosk_chart::KioskRunChart;
use crate::model::activity::Activity;
use crate::model::kiosk::csv::responses_csv;
use crate::model::kiosk::run_chart::run_chart;
use crate::model::kiosk::{derived_activities, percent_positive, tally, Answer};
use crate::state::kiosk_data::KioskRecord;

/// Responses per answer, the FFT percentage positive, the run chart, the
/// comments newest first, and the CSV export.
#[component]
pub fn KioskFeedback(
    /// The project's kiosk data.
    record: KioskRecord,
    /// The project's id, for the file name.
    id: String,
) -> impl IntoView {
    let data = Memo::new(move |_| record.loaded.with(|l| l.data.clone()));
    let problem = Memo::new(move |_| record.loaded.with(|l| l.problem.clone()));
    let status = RwSignal::new(String::new());
    let export = move |_| {
        let text = data.with_untracked(responses_csv);
        let saved = download_text(
            &format!("kiosk-responses-{id}.csv"),
            "text/csv;charset=utf-8",
            &text,
        );
        status.set(if saved {
            "Kiosk responses exported.".into()
        } else {
            "The file could not be made. Try again, or use another browser.".into()
        });
    };
    view! {
        <section aria-labelledby="kiosk-feedback-heading" class="kiosk-feedback">
            <h2 id="kiosk-feedback-heading">"Kiosk feedback"</h2>
            {move || problem.get().map(|p| view! { <div class="banner banner--warning" role="alert"><p>{p}</p></div> })}
            {move || data.with(|d| {
                if d.responses.is_empty() {
                    return view! { <p>"No kiosk responses yet. Responses appear here once people answer on the kiosk."</p> }.into_any();
                }
                let t = tally(&d.responses);
                let percent = match percent_positive(t.positive(), t.rated()) {
                    Some(p) => format!(
                        "FFT percentage positive: {p}% ({} of {} people who gave a rating said Very good or Good).",
                        t.positive(), t.rated()
                    ),
                    None => "FFT percentage positive: none yet (every answer so far is Don't know).".to_string(),
                };
                let comments = d.comments();
                view! {
                    <p class="kiosk-feedback__percent">{percent}</p>
                    <table class="data-table">
                        <caption>{format!("Responses per answer ({} in all)", t.total())}</caption>
                        <thead><tr><th scope="col">"Answer"</th><th scope="col" class="numeric">"Responses"</th></tr></thead>
                        <tbody>
                            {Answer::ALL.into_iter().map(|a| view! {
                                <tr><th scope="row">{a.default_label()}</th><td class="numeric">{t.of(a)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <h3>"Weekly run chart"</h3>
                    <KioskRunChart chart=run_chart(&d.responses)/>
                    <h3>"Comments, newest first"</h3>
                    {if comments.is_empty() {
                        view! { <p>"No written comments yet."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="record-list">
                                {comments.into_iter().map(|(date, question, text)| view! {
                                    <li class="record">
                                        <p class="record__facts">{format!("{}. {question}", date.long())}</p>
                                        <p class="pre-line" dir="auto">{text}</p>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }.into_any()
            })}
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=export>"Export kiosk responses (CSV)"</button>
            </div>
            <p role="status">{move || status.get()}</p>
        </section>
    }
}

/// The daily "Clinic kiosk feedback" activities derived from the
/// responses, newest first: read-only, since they come from the kiosk and
/// are not stored in the log.
#[component]
pub fn KioskLogRows(
    /// The project's kiosk data.
    record: KioskRecord,
) -> impl IntoView {
    let rows = Memo::new(move |_| {
        let mut days: Vec<Activity> = record
            .loaded
            .with(|l| derived_activities(&l.data.responses));
        days.reverse();
        days
    });
    view! {
        <Show when=move || !rows.with(Vec::is_empty)>
            <section aria-labelledby="kiosk-log-heading">
                <h3 id="kiosk-log-heading">"From the clinic kiosk"</h3>
                <p class="hint">"One Little i activity for each day people answered on the kiosk. They count towards the suggested level and cannot be edited here."</p>
                <ul class="record-list">
                    <For each=move || rows.get() key=|a| (a.id.clone(), a.people) let:a>
                        <li class="record">
                            <h4 class="record__title">{format!("{}: {}", a.date.long(), a.kind.label())}" "<span class="tag tag--aqua">"Little i"</span>" "<span class="tag tag--grey">"From the clinic kiosk"</span></h4>
                            <p class="record__facts">{if a.people == 1 { "1 response.".to_string() } else { format!("{} responses.", a.people) }}</p>
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}
