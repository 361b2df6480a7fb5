//! Calendar dates without a time zone, as a date input gives them.
//!
//! Hand-written rather than a date crate: the app only needs to parse,
//! compare and show `YYYY-MM-DD` dates and turn a timestamp into a day,
//! and this keeps the release bundle small.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A valid calendar date. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// A date from its parts, or `None` if no such day exists.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, the form `<input type="date">` uses.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
        let month = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
        let day = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
        Date::new(year, month, day)
    }

    /// The UTC day that a Unix timestamp in milliseconds falls on.
    pub fn from_unix_ms(ms: i64) -> Date {
        civil_from_days(ms.div_euclid(86_400_000))
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// 1 (January) to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day `days` after this one (before it, if negative).
    pub fn add_days(self, days: i64) -> Date {
        civil_from_days(self.days_since_epoch() + days)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        days_from_civil(self.year as i64, self.month as i64, self.day as i64)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// How people read a date in the UK, e.g. `3 March 2026`.
    pub fn long(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[self.month as usize - 1],
            self.year
        )
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse_iso(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date: {text:?}")))
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days-from-civil algorithm: exact for the proleptic
// Gregorian calendar without loops or tables.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(1, 9999) as u16;
    Date::new(year, month, day).unwrap_or(Date {
        year,
        month: 1,
        day: 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Date::parse_iso("2026-03-03"), Date::new(2026, 3, 3));
        assert_eq!(
            Date::parse_iso("2024-02-29").map(Date::iso).as_deref(),
            Some("2024-02-29")
        );
        for bad in [
            "",
            "2023-02-29",
            "2026-13-01",
            "2026-00-10",
            "26-03-03",
            "2026-3-3",
            "abcd-ef-gh",
            "2026-04-31",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn long_form() {
        assert_eq!(
            Date::new(2026, 3, 3).map(Date::long).as_deref(),
            Some("3 March 2026")
        );
    }

    #[test]
    fn timestamps_to_days() {
        assert_eq!(Date::from_unix_ms(0).iso(), "1970-01-01");
        // 2026-11-26T04:34:03Z
        assert_eq!(Date::from_unix_ms(1_795_667_643_000).iso(), "2026-11-26");
        assert_eq!(Date::from_unix_ms(-1).iso(), "1969-12-31");
    }

    proptest! {
        #[test]
        fn days_round_trip(days in -700_000i64..2_900_000) {
            let date = civil_from_days(days);
            prop_assert_eq!(date.days_since_epoch(), days);
            prop_assert_eq!(Date::parse_iso(&date.iso()), Some(date));
        }
    }
}
