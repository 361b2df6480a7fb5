//! The weekly run chart of the FFT percentage positive, its median and the
//! standard run-chart signals.
//!
//! The rules are those NHS England's "Making data count" guidance uses
//! for run charts:
//! - a **shift**: 6 or more weeks in a row all above, or all below, the
//!   median. A week exactly on the median neither breaks a shift nor
//!   counts towards it.
//! - a **trend**: 5 or more weeks in a row each higher than the one
//!   before (or each lower). A week equal to the one before neither
//!   breaks a trend nor counts towards it.
//! - an **astronomical point**: a week obviously different from the
//!   rest. A run chart has no control limits, so we define it: more than
//!   20 percentage points from the median and more than three times the
//!   average distance of all the weeks from the median.
//!
//! All in integer maths: a week's value is a whole percentage, and the
//! median is kept doubled so a median halfway between two weeks is exact.

use crate::model::Date;

use super::{percent_positive, tally, Response};

/// The fewest weeks in a shift.
pub const SHIFT_WEEKS: usize = 6;
/// The fewest weeks in a trend.
pub const TREND_WEEKS: usize = 5;
/// How far (in percentage points) from the median a week must be, at
/// least, to be astronomical.
pub const ASTRONOMICAL_MIN_POINTS: u32 = 20;

/// One week on the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekPoint {
    /// The Monday the week starts on.
    pub week_start: Date,
    /// Very good plus Good that week.
    pub positive: u32,
    /// Every answer but Don't know that week.
    pub rated: u32,
    /// The percentage positive, a whole number.
    pub percent: u32,
}

/// Which rule a run of weeks broke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignalKind {
    /// Weeks all on one side of the median.
    Shift,
    /// Weeks all rising or all falling.
    Trend,
    /// One week far from the rest.
    Astronomical,
}

impl SignalKind {
    /// Plain words for the signal.
    pub fn label(self) -> &'static str {
        match self {
            SignalKind::Shift => "Shift",
            SignalKind::Trend => "Trend",
            SignalKind::Astronomical => "Astronomical point",
        }
    }
}

/// A signal and the weeks it covers (indices into the points, inclusive).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signal {
    /// Which rule.
    pub kind: SignalKind,
    /// The first week in it.
    pub from: usize,
    /// The last week in it.
    pub to: usize,
}

/// The chart: its weeks, their median and the signals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunChart {
    /// Weeks with at least one answer other than Don't know, oldest first.
    pub points: Vec<WeekPoint>,
    /// Twice the median, so a median between two whole numbers is exact.
    pub median_x2: u32,
    /// Every signal found.
    pub signals: Vec<Signal>,
}

impl RunChart {
    /// The median as a percentage, for showing.
    pub fn median(&self) -> f64 {
        f64::from(self.median_x2) / 2.0
    }

    /// The signals that include week `i`.
    pub fn signals_at(&self, i: usize) -> Vec<SignalKind> {
        self.signals
            .iter()
            .filter(|s| (s.from..=s.to).contains(&i))
            .map(|s| s.kind)
            .collect()
    }
}

/// The Monday of the week `date` falls in (weeks start on Monday, as in
/// the UK). 1 January 1970 was a Thursday.
pub fn week_start(date: Date) -> Date {
    let offset = (date.days_since_epoch() + 3).rem_euclid(7);
    date.add_days(-offset)
}

/// The weekly chart of `responses`.
pub fn run_chart(responses: &[Response]) -> RunChart {
    let mut weeks: Vec<Date> = responses.iter().map(|r| week_start(r.date)).collect();
    crate::model::order::sort(&mut weeks);
    weeks.dedup();
    let points: Vec<WeekPoint> = weeks
        .into_iter()
        .filter_map(|w| {
            let t = tally(responses.iter().filter(|r| week_start(r.date) == w));
            let percent = percent_positive(t.positive(), t.rated())?;
            Some(WeekPoint {
                week_start: w,
                positive: t.positive(),
                rated: t.rated(),
                percent,
            })
        })
        .collect();
    let values: Vec<u32> = points.iter().map(|p| p.percent).collect();
    let median_x2 = median_x2(&values);
    let mut signals = shifts(&values, median_x2);
    signals.extend(trends(&values));
    signals.extend(astronomical(&values, median_x2));
    RunChart {
        points,
        median_x2,
        signals,
    }
}

/// Twice the median of `values` (0 when there are none).
pub fn median_x2(values: &[u32]) -> u32 {
    let mut v = values.to_vec();
    crate::model::order::sort(&mut v);
    match v.len() {
        0 => 0,
        n if n % 2 == 1 => 2 * v[n / 2],
        n => v[n / 2 - 1] + v[n / 2],
    }
}

/// Runs of [`SHIFT_WEEKS`] or more on one side of the median, skipping
/// weeks on it.
pub fn shifts(values: &[u32], median_x2: u32) -> Vec<Signal> {
    let mut out = Vec::new();
    // (side, first index, last index, weeks counted)
    let mut run: Option<(std::cmp::Ordering, usize, usize, usize)> = None;
    let mut close = |run: Option<(std::cmp::Ordering, usize, usize, usize)>| {
        if let Some((_, from, to, n)) = run {
            if n >= SHIFT_WEEKS {
                out.push(Signal {
                    kind: SignalKind::Shift,
                    from,
                    to,
                });
            }
        }
    };
    for (i, v) in values.iter().enumerate() {
        let side = (2 * v).cmp(&median_x2);
        if side == std::cmp::Ordering::Equal {
            continue;
        }
        run = match run {
            Some((s, from, _, n)) if s == side => Some((s, from, i, n + 1)),
            other => {
                close(other);
                Some((side, i, i, 1))
            }
        };
    }
    close(run);
    out
}

/// Runs of [`TREND_WEEKS`] or more weeks each higher (or each lower) than
/// the one before, a week equal to the one before neither counting nor
/// breaking the run.
pub fn trends(values: &[u32]) -> Vec<Signal> {
    let mut out = Vec::new();
    // (direction, first index, last index, weeks in the run)
    let mut run: Option<(std::cmp::Ordering, usize, usize, usize)> = None;
    let mut close = |run: Option<(std::cmp::Ordering, usize, usize, usize)>| {
        if let Some((_, from, to, n)) = run {
            if n >= TREND_WEEKS {
                out.push(Signal {
                    kind: SignalKind::Trend,
                    from,
                    to,
                });
            }
        }
    };
    // The last week that counted, to compare the next one with.
    let mut last: Option<(usize, u32)> = None;
    for (i, &v) in values.iter().enumerate() {
        let Some((li, lv)) = last else {
            last = Some((i, v));
            continue;
        };
        let direction = v.cmp(&lv);
        if direction == std::cmp::Ordering::Equal {
            continue;
        }
        run = match run {
            Some((d, from, _, n)) if d == direction => Some((d, from, i, n + 1)),
            other => {
                close(other);
                // A new run starts at the week before, which counts in it.
                Some((direction, li, i, 2))
            }
        };
        last = Some((i, v));
    }
    close(run);
    out
}

/// Weeks obviously different from the rest (see the module's rules).
pub fn astronomical(values: &[u32], median_x2: u32) -> Vec<Signal> {
    let distances: Vec<u64> = values
        .iter()
        .map(|v| u64::from((2 * v).abs_diff(median_x2)))
        .collect();
    let total: u64 = distances.iter().sum();
    let n = distances.len() as u64;
    distances
        .iter()
        .enumerate()
        .filter(|(_, &d)| d > u64::from(2 * ASTRONOMICAL_MIN_POINTS) && d * n > 3 * total)
        .map(|(i, _)| Signal {
            kind: SignalKind::Astronomical,
            from: i,
            to: i,
        })
        .collect()
}
