//! `Export CSV` on Settings: two spreadsheet files, one row per project and
//! one row per logged activity (see `model/csv_export.rs`).

use leptos::prelude::*;

use crate::components::download::download_text;
use crate::model::csv_export::{activities_csv, projects_csv};
use crate::state::{clock, Projects};

/// The mime type of both files; the text carries a byte-order mark too.
const CSV_MIME: &str = "text/csv;charset=utf-8";

/// The button and what it did.
#[component]
pub fn CsvExport() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let said = RwSignal::new(String::new());
    let export = move |_| {
        let day = clock::today().iso();
        let files = projects.list.with_untracked(|list| {
            [
                (format!("qi-involve-projects-{day}.csv"), projects_csv(list)),
                (
                    format!("qi-involve-activities-{day}.csv"),
                    activities_csv(list),
                ),
            ]
        });
        let mut saved = Vec::new();
        for (name, text) in files {
            if !download_text(&name, CSV_MIME, &text) {
                said.set(format!("{name} could not be made. Try again."));
                return;
            }
            saved.push(name);
        }
        said.set(format!("Saved {}.", saved.join(" and ")));
    };
    view! {
        <section class="panel" aria-labelledby="csv-export">
        <h2 id="csv-export">"Spreadsheet export"</h2>
        <p>
            "Two CSV files that open in Excel or any spreadsheet: one row per project (archived ones too), "
            "with the General tab fields, the involvement level and notes, and the Little i and Big I "
            "totals; and one row per logged activity."
        </p>
        <button type="button" class="button button--secondary" on:click=export>"Export CSV"</button>
        <p role="status">{move || said.get()}</p>
        </section>
    }
}
