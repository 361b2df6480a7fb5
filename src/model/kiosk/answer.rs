use serde::{Deserialize, Serialize};

/// The six answers to the Friends and Family Test question, in the order
/// they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Very good.
    VeryGood,
    /// Good.
    Good,
    /// Neither good nor poor.
    Neither,
    /// Poor.
    Poor,
    /// Very poor.
    VeryPoor,
    /// Don't know.
    DontKnow,
}

impl Answer {
    /// Every answer, in the order the kiosk shows them.
    pub const ALL: [Answer; 6] = [
        Answer::VeryGood,
        Answer::Good,
        Answer::Neither,
        Answer::Poor,
        Answer::VeryPoor,
        Answer::DontKnow,
    ];

    /// The standard English words, as NHS England words them.
    pub fn default_label(self) -> &'static str {
        match self {
            Answer::VeryGood => "Very good",
            Answer::Good => "Good",
            Answer::Neither => "Neither good nor poor",
            Answer::Poor => "Poor",
            Answer::VeryPoor => "Very poor",
            Answer::DontKnow => "Don't know",
        }
    }

    /// Its place in [`Answer::ALL`], used to index the team's wording.
    pub fn index(self) -> usize {
        Answer::ALL.iter().position(|a| *a == self).unwrap_or(0)
    }

    /// Counted as positive for the FFT percentage.
    pub fn is_positive(self) -> bool {
        matches!(self, Answer::VeryGood | Answer::Good)
    }

    /// Counted at all for the FFT percentage ("Don't know" is not).
    pub fn is_rated(self) -> bool {
        self != Answer::DontKnow
    }
}
