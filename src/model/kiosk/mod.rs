//! The clinic kiosk's domain: the Friends and Family Test answers, a
//! project's kiosk wording and responses, the figures drawn from them and
//! the rules for the PIN that lets staff leave the kiosk.
//!
//! Kiosk data is kept apart from the project record (see
//! `crate::storage::kiosk`), so the project's stored format is unchanged
//! and the responses never sit in its activity list: the daily "Clinic
//! kiosk feedback" activities are derived from them each time
//! ([`derived_activities`]), so nothing is counted twice.

#![warn(missing_docs)]

mod answer;
pub mod csv;
mod figures;
pub mod pin;
pub mod run_chart;
mod wording;

pub use answer::Answer;
pub use figures::{derived_activities, percent_positive, tally, with_derived, Tally};
pub use wording::{Direction, KioskWording, WordingError, MAX_FOLLOW_UPS, MAX_WORDING_CHARS};

use serde::{Deserialize, Serialize};

use super::Date;

/// The most characters a person can write in one free-text answer. Long
/// enough for a few sentences, short enough that the kiosk is not used for
/// letters with names and details in them.
pub const MAX_FREE_TEXT_CHARS: usize = 500;

/// One person's anonymous feedback. Only the day is kept, never the time
/// of day or anything about the device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    /// Unique, so two tabs' lists merge by union.
    pub id: String,
    /// The day it was given.
    pub date: Date,
    /// The answer to the Friends and Family Test question.
    pub answer: Answer,
    /// The answers to the follow-up questions, in their order; empty where
    /// skipped.
    #[serde(default)]
    pub texts: Vec<String>,
}

impl Response {
    /// A response with its free texts trimmed and cut to the limit, so
    /// nothing longer is ever stored whatever the page let through.
    pub fn new(id: String, date: Date, answer: Answer, texts: &[String]) -> Response {
        let texts = texts
            .iter()
            .map(|t| t.trim().chars().take(MAX_FREE_TEXT_CHARS).collect())
            .collect();
        Response {
            id,
            date,
            answer,
            texts,
        }
    }
}

/// A project's kiosk: the team's wording and the responses given so far.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KioskData {
    /// Every piece of text the kiosk shows.
    #[serde(default)]
    pub wording: KioskWording,
    /// Every response, oldest first.
    #[serde(default)]
    pub responses: Vec<Response>,
}

impl KioskData {
    /// Joins what another tab stored with what this tab holds. Responses
    /// are only ever added, each with a unique id, so the result is the
    /// union of both lists (in date order, then id). The wording is the
    /// one this tab is saving (`self`): it is edited by one person at a
    /// time on the involvement record.
    pub fn merged_with(&self, stored: &KioskData) -> KioskData {
        let mut responses = self.responses.clone();
        for r in &stored.responses {
            if !responses.iter().any(|mine| mine.id == r.id) {
                responses.push(r.clone());
            }
        }
        crate::model::order::sort_by(&mut responses, |a, b| {
            a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id))
        });
        KioskData {
            wording: self.wording.clone(),
            responses,
        }
    }

    /// The free-text comments, newest first, each with its day and the
    /// follow-up question it answered.
    pub fn comments(&self) -> Vec<(Date, String, String)> {
        let mut out = Vec::new();
        for r in self.responses.iter().rev() {
            for (i, text) in r.texts.iter().enumerate() {
                if !text.trim().is_empty() {
                    let question = self.wording.follow_ups.get(i).cloned().unwrap_or_default();
                    out.push((r.date, question, text.clone()));
                }
            }
        }
        crate::model::order::sort_by_key(&mut out, |c| std::cmp::Reverse(c.0));
        out
    }
}

#[cfg(test)]
mod tests;
