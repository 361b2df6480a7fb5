//! Kiosk responses as a CSV file, written the same way as the other CSV
//! files (`crate::model::csv_export`): its quoting, byte-order mark, CRLF
//! rows and formula-neutralising.

use crate::model::csv_export::write;

use super::KioskData;

/// The fixed columns, before one per follow-up question.
pub const COLUMNS: [&str; 2] = ["Date", "Answer"];

/// One row per response, oldest first, with a column for each follow-up
/// question (headed by the question itself).
pub fn responses_csv(data: &KioskData) -> String {
    let mut columns: Vec<&str> = COLUMNS.to_vec();
    let follow_ups = data.wording.follow_ups.len();
    let most_texts = data
        .responses
        .iter()
        .map(|r| r.texts.len())
        .max()
        .unwrap_or(0);
    let extra: Vec<String> = (follow_ups..most_texts)
        .map(|i| format!("Follow-up {}", i + 1))
        .collect();
    columns.extend(data.wording.follow_ups.iter().map(String::as_str));
    columns.extend(extra.iter().map(String::as_str));
    let width = columns.len() - COLUMNS.len();
    let mut responses: Vec<_> = data.responses.iter().collect();
    crate::model::order::sort_by_key(&mut responses, |r| r.date);
    let rows = responses.into_iter().map(|r| {
        let mut row = vec![r.date.iso(), r.answer.default_label().to_string()];
        row.extend((0..width).map(|i| r.texts.get(i).cloned().unwrap_or_default()));
        row
    });
    write(&columns, rows)
}
