//! The IHI progress score Life QI shows on a project's General tab.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A score from 0.5 to 5.0 in steps of 0.5, stored as tenths so that it
/// compares and serialises exactly (e.g. 3.5 is `35`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ProgressScore(u8);

impl ProgressScore {
    /// Every score, lowest first.
    pub fn all() -> impl Iterator<Item = ProgressScore> {
        (1..=10).map(|half| ProgressScore(half * 5))
    }

    /// The score written as tenths (5, 10, ... 50), if it is a valid score.
    pub fn from_tenths(tenths: u8) -> Option<ProgressScore> {
        (tenths.is_multiple_of(5) && (5..=50).contains(&tenths)).then_some(ProgressScore(tenths))
    }

    /// Parses `"3.5"`, `"3"` or `"3.0"`.
    pub fn parse(text: &str) -> Option<ProgressScore> {
        let (whole, fraction) = text.trim().split_once('.').unwrap_or((text.trim(), "0"));
        let whole: u8 = whole.parse().ok()?;
        let tenth = match fraction {
            "0" | "00" => 0,
            "5" | "50" => 5,
            _ => return None,
        };
        Self::from_tenths(whole.checked_mul(10)?.checked_add(tenth)?)
    }

    pub fn tenths(self) -> u8 {
        self.0
    }

    /// `"3.5"`.
    pub fn text(self) -> String {
        format!("{}.{}", self.0 / 10, self.0 % 10)
    }

    /// What the IHI scale says this score means.
    pub fn meaning(self) -> &'static str {
        match self.0 {
            5 => "Intent to participate",
            10 => "Charter and team established",
            15 => "Planning for the project has begun",
            20 => "Activity, but no changes",
            25 => "Changes tested, but no improvement",
            30 => "Modest improvement",
            35 => "Improvement",
            40 => "Significant improvement",
            45 => "Sustainable improvement",
            _ => "Outstanding sustainable results",
        }
    }

    /// The score and its meaning, as the drop-down shows it.
    pub fn label(self) -> String {
        format!("{} – {}", self.text(), self.meaning())
    }
}

impl Serialize for ProgressScore {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text())
    }
}

impl<'de> Deserialize<'de> for ProgressScore {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        ProgressScore::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a progress score: {text:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_scores_with_distinct_meanings() {
        let scores: Vec<_> = ProgressScore::all().collect();
        assert_eq!(scores.len(), 10);
        assert_eq!(scores[0].text(), "0.5");
        assert_eq!(scores[9].text(), "5.0");
        let mut meanings: Vec<_> = scores.iter().map(|s| s.meaning()).collect();
        meanings.dedup();
        assert_eq!(meanings.len(), 10);
    }

    #[test]
    fn parsing() {
        assert_eq!(ProgressScore::parse("3.5").map(|s| s.tenths()), Some(35));
        assert_eq!(ProgressScore::parse("3").map(|s| s.tenths()), Some(30));
        assert_eq!(ProgressScore::parse("5.0").map(|s| s.tenths()), Some(50));
        for bad in ["0", "0.0", "5.5", "3.2", "-1", "", "x", "300", "1.05"] {
            assert_eq!(ProgressScore::parse(bad), None, "{bad}");
        }
    }
}
