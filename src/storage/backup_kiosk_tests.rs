//! The kiosk's part of a backup: its feedback written out and read back.

use super::*;
use crate::model::kiosk::{Answer, KioskData, Response};

fn kiosk() -> Vec<(String, KioskData)> {
    let mut data = KioskData::default();
    data.responses.push(Response::new(
        "r1".into(),
        Date::from_unix_ms(NOW),
        Answer::VeryGood,
        &["Friendly staff".into()],
    ));
    vec![("p1".to_string(), data)]
}

#[test]
fn no_kiosk_data_leaves_the_file_as_before() {
    assert_eq!(
        export_with_kiosk(&settings(), &sample(), &[], NOW),
        export(&settings(), &sample(), NOW)
    );
    assert!(!export(&settings(), &sample(), NOW).contains("\"kiosk\""));
    assert_eq!(read_kiosk(&export(&settings(), &sample(), NOW)), Ok(vec![]));
}

#[test]
fn kiosk_responses_round_trip_through_the_backup() {
    let text = export_with_kiosk(&settings(), &sample(), &kiosk(), NOW);
    assert!(text.contains("\"kiosk\""), "{text}");
    assert!(validate(&text, &[]).is_ok());
    assert_eq!(read_kiosk(&text), Ok(kiosk()));
}

fn with_kiosk(value: serde_json::Value) -> String {
    let mut json: serde_json::Value =
        serde_json::from_str(&export(&settings(), &sample(), NOW)).expect("JSON");
    json["kiosk"] = value;
    json.to_string()
}

#[test]
fn a_bad_kiosk_section_refuses_the_whole_file() {
    let response = |id: &str, date: &str, text: &str| serde_json::json!({"id": id, "date": date, "answer": "good", "texts": [text]});
    let today = Date::from_unix_ms(NOW);
    let cases = [
        (serde_json::json!([]), "not a list of projects"),
        (
            serde_json::json!({"p1": {"responses": "x"}}),
            "not in the expected form",
        ),
        (
            serde_json::json!({"p1": {"responses": [response("a", &today.iso(), ""), response("a", &today.iso(), "")]}}),
            "share one id",
        ),
        (
            serde_json::json!({"p1": {"responses": [response("a", &today.add_days(5).iso(), "")]}}),
            "after the backup was made",
        ),
        (
            serde_json::json!({"p1": {"responses": [response("a", &today.iso(), &"x".repeat(501))]}}),
            "longer than 500",
        ),
        (
            serde_json::json!({"p1": {"wording": {"question": ""}}}),
            "Enter the question",
        ),
    ];
    for (value, expected) in cases {
        let text = with_kiosk(value.clone());
        let error = validate(&text, &[]).expect_err(&value.to_string());
        assert!(matches!(error, ImportError::Kiosk(_)), "{error:?}");
        assert!(error.to_string().contains(expected), "{error} / {expected}");
        assert_eq!(read_kiosk(&text), Err(error));
    }
}
