//! The hours of service users' and carers' time: how they are typed, and
//! how they read on screen. Hours are stored in tenths, and a blank box is
//! stored as 0, so 0 reads as "not recorded" rather than as a claim that
//! nobody gave any time.

use super::activity::{ActivityKind, Level};
use super::{Field, FieldError};

/// The most hours one activity can record, in tenths.
pub const MAX_HOURS_TENTHS: u32 = 100_000;

/// Hours such as `2` or `1.5`, in tenths; 0 if left empty.
pub fn parse_hours(text: &str) -> Result<u32, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    let error = || {
        FieldError::new(
            Field::ActivityHours,
            "Hours must be a number like 2 or 1.5, and no more than 10000",
        )
    };
    let (whole, tenth) = text.split_once('.').unwrap_or((text, "0"));
    let whole: u32 = whole.parse().map_err(|_| error())?;
    let tenth: u32 = match tenth {
        t if t.len() == 1 => t.parse().map_err(|_| error())?,
        _ => return Err(error()),
    };
    let tenths = whole
        .checked_mul(10)
        .and_then(|w| w.checked_add(tenth))
        .ok_or_else(error)?;
    if tenths > MAX_HOURS_TENTHS {
        return Err(error());
    }
    Ok(tenths)
}

/// `1.5` from 15 tenths; `2` from 20.
pub fn hours_text(tenths: u32) -> String {
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        super::tenths::one_decimal(u64::from(tenths))
    }
}

/// The hours for a sentence: "1 hour", "1.5 hours", or "hours not
/// recorded" when the box was left blank.
pub fn hours_phrase(tenths: u32) -> String {
    match tenths {
        0 => "hours not recorded".to_string(),
        10 => "1 hour".to_string(),
        t => format!("{} hours", hours_text(t)),
    }
}

/// The hint under the hours box, saying whose time it means for the kind
/// of activity chosen: for Little i, the time people spent giving their
/// views, not the staff time spent running it.
pub fn hours_hint(kind: Option<ActivityKind>) -> String {
    let whose = match kind.map(|k| (k, k.level())) {
        Some((kind, Level::LittleI)) => format!(
            "For {}, the time service users and carers spent taking part, if you know it.",
            little_i_name(kind)
        ),
        Some((_, Level::BigI)) => {
            "The time service users and carers spent on this work, if you know it.".to_string()
        }
        None => "The time service users and carers gave, if you know it.".to_string(),
    };
    format!("{whose} For example 1.5. Leave it blank if you do not know.")
}

/// A Little i kind as it reads after "For".
fn little_i_name(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::Survey => "a survey",
        ActivityKind::FocusGroup => "a focus group",
        ActivityKind::CommentCards => "comment cards or feedback forms",
        ActivityKind::KioskFeedback => "clinic kiosk feedback",
        ActivityKind::Interviews => "interviews",
        _ => "this activity",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_typed_and_shown() {
        assert_eq!(parse_hours("2"), Ok(20));
        assert_eq!(parse_hours("0.5"), Ok(5));
        for bad in ["1.", ".5", "1.55", "x", "-1", "10000.1", "99999999999"] {
            assert!(parse_hours(bad).is_err(), "{bad}");
        }
        assert_eq!(hours_text(25), "2.5");
        assert_eq!(hours_text(30), "3");
    }

    #[test]
    fn blank_hours_read_as_not_recorded() {
        assert_eq!(hours_phrase(0), "hours not recorded");
        assert_eq!(hours_phrase(10), "1 hour");
        assert_eq!(hours_phrase(15), "1.5 hours");
        assert_eq!(hours_phrase(30), "3 hours");
    }

    #[test]
    fn editing_an_activity_with_no_hours_shows_the_box_blank() {
        use crate::model::activity::Activity;
        use crate::model::involvement_record::ActivityDraft;
        let mut a = Activity {
            id: "a1".into(),
            date: crate::model::Date::parse_iso("2026-11-20").unwrap(),
            kind: ActivityKind::Survey,
            people: 3,
            hours_tenths: 0,
            said: String::new(),
            changed: String::new(),
        };
        assert_eq!(ActivityDraft::from_activity(&a).hours, "");
        a.hours_tenths = 5;
        assert_eq!(ActivityDraft::from_activity(&a).hours, "0.5");
    }

    #[test]
    fn the_hint_says_whose_time_for_each_kind() {
        assert_eq!(
            hours_hint(Some(ActivityKind::Survey)),
            "For a survey, the time service users and carers spent taking part, if you know it. \
             For example 1.5. Leave it blank if you do not know."
        );
        for kind in ActivityKind::ALL {
            let hint = hours_hint(Some(kind));
            assert!(!hint.contains("this activity"), "{kind:?}: {hint}");
            assert!(hint.contains("service users and carers"), "{kind:?}");
        }
        assert!(hours_hint(None).starts_with("The time service users and carers gave"));
    }
}
