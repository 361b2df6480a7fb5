use serde::{Deserialize, Serialize};

use super::Answer;
use crate::model::lowercase::lowercase;

/// The most follow-up questions a kiosk asks: each one is a screen's worth
/// of effort for someone waiting for an appointment.
pub const MAX_FOLLOW_UPS: usize = 5;

/// The most characters in any one piece of kiosk wording.
pub const MAX_WORDING_CHARS: usize = 300;

/// Which way the kiosk's text runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Each piece of text by its own first strong letter (`dir="auto"`), so
    /// Urdu or Arabic runs right to left without anyone choosing it.
    #[default]
    Auto,
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn attribute(self) -> &'static str {
        match self {
            Direction::Auto => "auto",
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// From the value of the `dir` attribute; anything else is automatic.
    pub fn from_attribute(value: &str) -> Direction {
        match value {
            "ltr" => Direction::Ltr,
            "rtl" => Direction::Rtl,
            _ => Direction::Auto,
        }
    }
}

/// Every piece of text the kiosk shows to the public, so a clinic can run
/// it in the language its patients speak. A field missing from stored
/// data takes its default.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct KioskWording {
    /// Shown above the question; may be empty.
    pub welcome: String,
    /// The Friends and Family Test question.
    pub question: String,
    /// The six answers, in the order of [`Answer::ALL`].
    pub answers: Vec<String>,
    /// The free-text follow-up questions, each optional to answer.
    pub follow_ups: Vec<String>,
    /// The reminder not to write names or personal details.
    pub privacy: String,
    /// Says each follow-up can be left blank.
    pub optional_hint: String,
    /// The button that sends the answers.
    pub submit: String,
    /// The button that goes back to the question.
    pub back: String,
    /// The thank-you message.
    pub thank_you: String,
    /// How to get more involved, shown above the Patient Involvement
    /// Team's contact.
    pub involve: String,
    /// The button on the thank-you screen that starts again at once.
    pub finish: String,
    /// The prompt when nobody has touched the screen for a while.
    pub still_there: String,
    /// The button that answers that prompt.
    pub carry_on: String,
    /// Which way the text runs.
    pub direction: Direction,
}

impl Default for KioskWording {
    fn default() -> Self {
        KioskWording {
            welcome: String::new(),
            question: "Overall, how was your experience of our service?".into(),
            answers: Answer::ALL
                .iter()
                .map(|a| a.default_label().to_string())
                .collect(),
            follow_ups: vec![
                "What would make it better?".into(),
                "Have you noticed any changes recently?".into(),
            ],
            privacy: "Please do not write your name, or anything that could tell someone who you or anyone else is.".into(),
            optional_hint: "You can leave this blank.".into(),
            submit: "Submit".into(),
            back: "Back".into(),
            thank_you: "Thank you. Your feedback helps us improve.".into(),
            involve: "Would you like to help improve this service? People who use it and their carers can join our improvement work. Ask a member of staff, or contact:".into(),
            finish: "Finish".into(),
            still_there: "Are you still there?".into(),
            carry_on: "Yes, carry on".into(),
            direction: Direction::Auto,
        }
    }
}

/// What is wrong with a piece of wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordingError {
    /// Which piece, in words ("The question", "Follow-up question 2").
    pub field: String,
    /// What to do about it.
    pub message: String,
}

impl KioskWording {
    /// The label for one answer, falling back to the standard words.
    pub fn answer_label(&self, answer: Answer) -> &str {
        self.answers
            .get(answer.index())
            .map(String::as_str)
            .filter(|l| !l.trim().is_empty())
            .unwrap_or(answer.default_label())
    }

    /// Every problem, in the order the editor shows the fields. Required
    /// pieces must not be blank, nothing may be longer than
    /// [`MAX_WORDING_CHARS`], and there are at most [`MAX_FOLLOW_UPS`]
    /// follow-ups (none is allowed: then the answer is sent at once).
    pub fn problems(&self) -> Vec<WordingError> {
        let mut out = Vec::new();
        let mut check = |field: String, text: &str, required: bool| {
            if required && text.trim().is_empty() {
                out.push(WordingError {
                    message: format!("Enter {}", lower_first(&field)),
                    field,
                });
            } else if text.chars().count() > MAX_WORDING_CHARS {
                out.push(WordingError {
                    message: format!("{field} must be {MAX_WORDING_CHARS} characters or fewer"),
                    field,
                });
            }
        };
        check("The welcome line".into(), &self.welcome, false);
        check("The question".into(), &self.question, true);
        for answer in Answer::ALL {
            let text = self.answers.get(answer.index()).map_or("", String::as_str);
            check(
                format!("The words for \u{201c}{}\u{201d}", answer.default_label()),
                text,
                true,
            );
        }
        for (i, q) in self.follow_ups.iter().enumerate() {
            check(format!("Follow-up question {}", i + 1), q, true);
        }
        for (field, text) in [
            ("The reminder about personal details", &self.privacy),
            (
                "The note that a question can be left blank",
                &self.optional_hint,
            ),
            ("The Submit button", &self.submit),
            ("The Back button", &self.back),
            ("The thank-you message", &self.thank_you),
            ("The note on getting more involved", &self.involve),
            ("The Finish button", &self.finish),
            ("The prompt after a pause", &self.still_there),
            ("The button that answers the prompt", &self.carry_on),
        ] {
            check(
                field.into(),
                text,
                field != "The note on getting more involved",
            );
        }
        if self.answers.len() > Answer::ALL.len() {
            out.push(WordingError {
                field: "The answers".into(),
                message: "There are exactly six answers".into(),
            });
        }
        if self.follow_ups.len() > MAX_FOLLOW_UPS {
            out.push(WordingError {
                field: "The follow-up questions".into(),
                message: format!("Ask at most {MAX_FOLLOW_UPS} follow-up questions"),
            });
        }
        out
    }
}

/// "The question" becomes "the question", leaving quoted words as typed.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => lowercase(&c.to_string()) + chars.as_str(),
        None => String::new(),
    }
}
