// Tests build a default value and change the one field each is about.
#![allow(clippy::field_reassign_with_default)]

use super::run_chart::*;
use super::*;
use crate::model::activity::ActivityKind;
use crate::model::suggestion::suggest;
use crate::model::InvolvementLevel;

fn day(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn response(id: &str, date: &str, answer: Answer) -> Response {
    Response::new(id.into(), day(date), answer, &[])
}

#[test]
fn tally_counts_each_answer() {
    let rs = [
        response("a", "2024-03-04", Answer::VeryGood),
        response("b", "2024-03-04", Answer::VeryGood),
        response("c", "2024-03-05", Answer::Poor),
        response("d", "2024-03-05", Answer::DontKnow),
        response("e", "2024-03-05", Answer::Good),
    ];
    let t = tally(&rs);
    assert_eq!(t.counts, [2, 1, 0, 1, 0, 1]);
    assert_eq!((t.total(), t.positive(), t.rated()), (5, 3, 4));
    assert_eq!(t.of(Answer::Poor), 1);
}

#[test]
fn percentage_positive_leaves_out_dont_know_and_rounds_halves_up() {
    assert_eq!(percent_positive(3, 4), Some(75));
    assert_eq!(percent_positive(2, 3), Some(67));
    assert_eq!(percent_positive(1, 3), Some(33));
    assert_eq!(percent_positive(1, 8), Some(13), "12.5 rounds up");
    assert_eq!(percent_positive(0, 5), Some(0));
    assert_eq!(percent_positive(5, 5), Some(100));
    assert_eq!(percent_positive(0, 0), None, "only Don't know");
    assert_eq!(percent_positive(u32::MAX, u32::MAX), Some(100));
}

#[test]
fn weeks_start_on_monday() {
    assert_eq!(week_start(day("2024-03-04")), day("2024-03-04")); // a Monday
    assert_eq!(week_start(day("2024-03-10")), day("2024-03-04")); // Sunday
    assert_eq!(week_start(day("2024-03-11")), day("2024-03-11"));
    assert_eq!(week_start(day("1970-01-01")), day("1969-12-29"));
}

#[test]
fn median_odd_and_even() {
    assert_eq!(median_x2(&[]), 0);
    assert_eq!(median_x2(&[70, 10, 50]), 100);
    assert_eq!(median_x2(&[70, 10, 50, 51]), 101, "halfway is exact");
}

fn kinds(signals: &[Signal]) -> Vec<(SignalKind, usize, usize)> {
    signals.iter().map(|s| (s.kind, s.from, s.to)).collect()
}

#[test]
fn a_shift_needs_six_weeks_on_one_side() {
    // Median of these is 50 (doubled: 100).
    let five = [60, 61, 62, 63, 64, 40, 40, 40, 40, 40, 50];
    assert_eq!(median_x2(&five), 100);
    assert!(shifts(&five, 100).is_empty(), "five above and five below");
    let six = [60, 61, 62, 63, 64, 65, 40, 40, 40, 40, 40, 40, 50];
    assert_eq!(
        kinds(&shifts(&six, 100)),
        vec![(SignalKind::Shift, 0, 5), (SignalKind::Shift, 6, 11)]
    );
}

#[test]
fn a_week_on_the_median_neither_breaks_nor_counts_in_a_shift() {
    // Five above, one on the median, one above: six counted, one run.
    let values = [60, 60, 50, 60, 60, 60, 60];
    assert_eq!(
        kinds(&shifts(&values, 100)),
        vec![(SignalKind::Shift, 0, 6)]
    );
    // Four above, two on it: not enough.
    assert!(shifts(&[60, 50, 60, 50, 60, 60], 100).is_empty());
}

#[test]
fn a_trend_needs_five_weeks_rising_or_falling() {
    assert!(trends(&[10, 20, 30, 40]).is_empty());
    assert_eq!(
        kinds(&trends(&[10, 20, 30, 40, 50])),
        vec![(SignalKind::Trend, 0, 4)]
    );
    assert_eq!(
        kinds(&trends(&[90, 80, 70, 60, 50])),
        vec![(SignalKind::Trend, 0, 4)]
    );
    // The peak belongs to both runs: up 3 then down 5.
    assert_eq!(
        kinds(&trends(&[10, 20, 30, 25, 20, 15, 10])),
        vec![(SignalKind::Trend, 2, 6)]
    );
}

#[test]
fn an_equal_week_neither_breaks_nor_counts_in_a_trend() {
    assert!(trends(&[10, 20, 20, 30, 40]).is_empty(), "four counted");
    assert_eq!(
        kinds(&trends(&[10, 20, 20, 30, 40, 50])),
        vec![(SignalKind::Trend, 0, 5)]
    );
}

#[test]
fn an_astronomical_point_is_far_from_the_median_and_the_rest() {
    let mut values = vec![80; 10];
    values.push(20);
    let m = median_x2(&values);
    assert_eq!(
        kinds(&astronomical(&values, m)),
        vec![(SignalKind::Astronomical, 10, 10)]
    );
    // Exactly 20 points away is not enough; 21 is.
    let mut edge = vec![80; 10];
    edge.push(60);
    assert!(astronomical(&edge, median_x2(&edge)).is_empty());
    edge[10] = 59;
    assert_eq!(astronomical(&edge, median_x2(&edge)).len(), 1);
    // Far from the median, but so is everything: not obviously different.
    let spread = [0, 100, 0, 100, 0, 100, 50];
    assert!(astronomical(&spread, median_x2(&spread)).is_empty());
}

#[test]
fn the_chart_has_one_point_per_week_with_rated_answers() {
    let rs = [
        response("a", "2024-03-04", Answer::VeryGood),
        response("b", "2024-03-10", Answer::Poor),
        response("c", "2024-03-12", Answer::DontKnow),
        response("d", "2024-03-20", Answer::Good),
    ];
    let chart = run_chart(&rs);
    let weeks: Vec<(String, u32, u32)> = chart
        .points
        .iter()
        .map(|p| (p.week_start.iso(), p.percent, p.rated))
        .collect();
    assert_eq!(
        weeks,
        vec![("2024-03-04".into(), 50, 2), ("2024-03-18".into(), 100, 1)],
        "the week with only Don't know has no percentage"
    );
    assert_eq!(chart.median(), 75.0);
}

#[test]
fn one_derived_activity_per_day_with_its_count() {
    let rs = [
        response("a", "2024-03-05", Answer::Good),
        response("b", "2024-03-04", Answer::Good),
        response("c", "2024-03-05", Answer::Poor),
    ];
    let derived = derived_activities(&rs);
    let summary: Vec<(String, u32, ActivityKind, String)> = derived
        .iter()
        .map(|a| (a.date.iso(), a.people, a.kind, a.id.clone()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                "2024-03-04".into(),
                1,
                ActivityKind::KioskFeedback,
                "kiosk-day-2024-03-04".into()
            ),
            (
                "2024-03-05".into(),
                2,
                ActivityKind::KioskFeedback,
                "kiosk-day-2024-03-05".into()
            ),
        ]
    );
    assert!(derived_activities(&[]).is_empty());
}

#[test]
fn derived_activities_feed_the_suggestion_without_being_stored() {
    let project = crate::model::Project::default();
    let rs = [response("a", "2024-03-05", Answer::Good)];
    assert_eq!(
        suggest(&project, day("2024-03-06")).level,
        InvolvementLevel::NoneYet
    );
    let seen = with_derived(&project, &rs);
    assert_eq!(
        suggest(&seen, day("2024-03-06")).level,
        InvolvementLevel::LittleI
    );
    assert!(project.activities.is_empty());
}

#[test]
fn free_text_is_trimmed_and_cut_to_the_limit() {
    let long = "x".repeat(MAX_FREE_TEXT_CHARS + 20);
    let r = Response::new(
        "a".into(),
        day("2024-03-04"),
        Answer::Good,
        &[format!("  {long}"), " ".into()],
    );
    assert_eq!(r.texts[0].chars().count(), MAX_FREE_TEXT_CHARS);
    assert_eq!(r.texts[1], "");
}

#[test]
fn stored_shape_keeps_the_day_only() {
    let r = Response::new(
        "a".into(),
        day("2024-03-04"),
        Answer::DontKnow,
        &["Quicker".into()],
    );
    let text = serde_json::to_string(&r).unwrap();
    assert_eq!(
        text,
        r#"{"id":"a","date":"2024-03-04","answer":"dont_know","texts":["Quicker"]}"#
    );
}

#[test]
fn merge_is_the_union_of_both_tabs_responses() {
    let mut mine = KioskData::default();
    mine.wording.welcome = "Hello".into();
    mine.responses = vec![
        response("a", "2024-03-04", Answer::Good),
        response("c", "2024-03-06", Answer::Poor),
    ];
    let mut theirs = KioskData::default();
    theirs.responses = vec![
        response("a", "2024-03-04", Answer::Good),
        response("b", "2024-03-05", Answer::VeryGood),
    ];
    let merged = mine.merged_with(&theirs);
    let ids: Vec<&str> = merged.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(merged.wording.welcome, "Hello");
    assert_eq!(
        theirs.merged_with(&mine).responses,
        merged.responses,
        "either way round"
    );
}

#[test]
fn comments_newest_first_with_their_question() {
    let mut data = KioskData::default();
    data.responses = vec![
        Response::new(
            "a".into(),
            day("2024-03-04"),
            Answer::Good,
            &["Older".into()],
        ),
        Response::new(
            "b".into(),
            day("2024-03-06"),
            Answer::Poor,
            &["".into(), "Newer".into()],
        ),
    ];
    let comments = data.comments();
    assert_eq!(comments[0].2, "Newer");
    assert_eq!(comments[0].1, "Have you noticed any changes recently?");
    assert_eq!(comments[1].2, "Older");
    assert_eq!(comments.len(), 2);
}

#[test]
fn default_wording_is_the_fft_and_passes() {
    let w = KioskWording::default();
    assert_eq!(
        w.question,
        "Overall, how was your experience of our service?"
    );
    assert_eq!(
        w.follow_ups,
        [
            "What would make it better?",
            "Have you noticed any changes recently?"
        ]
    );
    let labels: Vec<&str> = Answer::ALL.iter().map(|a| w.answer_label(*a)).collect();
    assert_eq!(
        labels,
        [
            "Very good",
            "Good",
            "Neither good nor poor",
            "Poor",
            "Very poor",
            "Don't know"
        ]
    );
    assert_eq!(w.problems(), vec![]);
    assert_eq!(w.direction.attribute(), "auto");
}

#[test]
fn wording_validation() {
    let mut w = KioskWording::default();
    w.question = " ".into();
    w.answers[2] = String::new();
    w.follow_ups.push("x".repeat(MAX_WORDING_CHARS + 1));
    w.welcome = "y".repeat(MAX_WORDING_CHARS);
    let problems: Vec<String> = w.problems().into_iter().map(|p| p.message).collect();
    assert_eq!(
        problems,
        vec![
            "Enter the question".to_string(),
            "Enter the words for \u{201c}Neither good nor poor\u{201d}".into(),
            format!("Follow-up question 3 must be {MAX_WORDING_CHARS} characters or fewer"),
        ]
    );
    let mut many = KioskWording::default();
    many.follow_ups = vec!["Q".into(); MAX_FOLLOW_UPS + 1];
    assert_eq!(many.problems().len(), 1);
    many.follow_ups.clear();
    assert!(many.problems().is_empty(), "no follow-ups is allowed");
}

#[test]
fn wording_in_urdu_and_missing_fields_take_defaults() {
    let w: KioskWording = serde_json::from_str(
        r#"{"question":"مجموعی طور پر، ہماری سروس کا آپ کا تجربہ کیسا رہا؟","direction":"rtl"}"#,
    )
    .unwrap();
    assert_eq!(w.direction, Direction::Rtl);
    assert_eq!(w.submit, "Submit");
    assert!(w.problems().is_empty());
    assert_eq!(Direction::from_attribute("rtl"), Direction::Rtl);
    assert_eq!(Direction::from_attribute("nonsense"), Direction::Auto);
}

#[test]
fn csv_has_a_column_per_follow_up_and_neutralises_formulas() {
    let mut data = KioskData::default();
    data.responses = vec![
        Response::new(
            "b".into(),
            day("2024-03-05"),
            Answer::Poor,
            &["=HYPERLINK(\"x\")".into(), "Yes, the signs".into()],
        ),
        Response::new("a".into(), day("2024-03-04"), Answer::DontKnow, &[]),
    ];
    let text = csv::responses_csv(&data);
    assert_eq!(
        text,
        "\u{feff}Date,Answer,What would make it better?,Have you noticed any changes recently?\r\n\
         2024-03-04,Don't know,,\r\n\
         2024-03-05,Poor,\"'=HYPERLINK(\"\"x\"\")\",\"Yes, the signs\"\r\n"
    );
}
