use crate::model::activity::{Activity, ActivityKind};
use crate::model::{Date, Project};

use super::{Answer, Response};

/// How many responses gave each answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Counts in the order of [`Answer::ALL`].
    pub counts: [u32; 6],
}

impl Tally {
    /// The count for one answer.
    pub fn of(&self, answer: Answer) -> u32 {
        self.counts[answer.index()]
    }

    /// All responses.
    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// Very good plus Good.
    pub fn positive(&self) -> u32 {
        Answer::ALL
            .iter()
            .filter(|a| a.is_positive())
            .map(|a| self.of(*a))
            .sum()
    }

    /// Every answer but Don't know.
    pub fn rated(&self) -> u32 {
        self.total() - self.of(Answer::DontKnow)
    }
}

/// Counts the answers.
pub fn tally<'a>(responses: impl IntoIterator<Item = &'a Response>) -> Tally {
    let mut t = Tally::default();
    for r in responses {
        t.counts[r.answer.index()] += 1;
    }
    t
}

/// The FFT percentage positive as NHS England counts it: Very good plus
/// Good, out of every answer other than Don't know. Whole numbers, with a
/// half rounded up (2 of 3 is 67, 1 of 8 is 13), in integer maths so the
/// same answers always give the same figure. `None` when nobody has given
/// an answer other than Don't know.
pub fn percent_positive(positive: u32, rated: u32) -> Option<u32> {
    (rated > 0).then(|| {
        let (p, r) = (u64::from(positive), u64::from(rated));
        ((200 * p + r) / (2 * r)) as u32
    })
}

/// The id prefix of the activities derived from kiosk responses. No id
/// the app makes ([`crate::state::clock::new_id`]: base 36 digits) starts
/// like this, so they cannot collide with logged ones.
pub const DERIVED_ID_PREFIX: &str = "kiosk-day-";

/// One Little i "Clinic kiosk feedback" activity for each day with
/// responses, its people being the number of responses that day, oldest
/// first. Derived each time, never stored in the project.
pub fn derived_activities(responses: &[Response]) -> Vec<Activity> {
    let mut days: Vec<(Date, u32)> = Vec::new();
    let mut dates: Vec<Date> = responses.iter().map(|r| r.date).collect();
    crate::model::order::sort(&mut dates);
    for d in dates {
        match days.last_mut() {
            Some((day, n)) if *day == d => *n += 1,
            _ => days.push((d, 1)),
        }
    }
    days.into_iter()
        .map(|(date, n)| Activity {
            id: format!("{DERIVED_ID_PREFIX}{}", date.iso()),
            date,
            kind: ActivityKind::KioskFeedback,
            people: n,
            hours_tenths: 0,
            said: String::new(),
            changed: String::new(),
        })
        .collect()
}

/// The project as the suggested level should see it: its logged
/// activities plus those derived from the kiosk. For showing only; it is
/// never saved.
pub fn with_derived(project: &Project, responses: &[Response]) -> Project {
    let mut p = project.clone();
    p.activities.extend(derived_activities(responses));
    p
}
