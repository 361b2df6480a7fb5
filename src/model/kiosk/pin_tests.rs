// The PIN rules and the stored lock (pin.rs).
use super::*;

#[test]
fn pin_rules() {
    assert_eq!(check_new_pin("1234", "1234"), Ok(()));
    assert_eq!(check_new_pin("12345678", "12345678"), Ok(()));
    assert!(check_new_pin("", "").is_err());
    assert!(check_new_pin("123", "123").is_err(), "too short");
    assert!(check_new_pin("123456789", "123456789").is_err(), "too long");
    assert!(check_new_pin("12a4", "12a4").is_err());
    assert!(check_new_pin("١٢٣٤", "١٢٣٤").is_err(), "ASCII digits only");
    assert_eq!(
        check_new_pin("1234", "1235"),
        Err("The two PINs are not the same. Enter the PIN again")
    );
}

fn lock() -> Lock {
    sample_lock(LockMode::Kiosk {
        project_id: "p1".into(),
    })
}

#[test]
fn five_wrong_tries_wait_thirty_seconds() {
    let mut l = lock();
    for _ in 0..4 {
        wrong_try(&mut l, 1_000);
        assert_eq!(seconds_to_wait(&l, 1_000), None);
    }
    wrong_try(&mut l, 1_000);
    assert_eq!(seconds_to_wait(&l, 1_000), Some(30));
    assert_eq!(seconds_to_wait(&l, 30_999), Some(1));
    assert_eq!(seconds_to_wait(&l, 31_000), None);
    assert_eq!(l.wrong_tries, 0, "counting starts again after the wait");
    // A time far in the future (a tampered record) waits one lockout only.
    l.wait_until_ms = Some(i64::MAX / 2);
    assert_eq!(seconds_to_wait(&l, 0), Some(30));
}

#[test]
fn hashes_compare_by_content_and_hex_round_trips() {
    assert!(same_hash(&[1, 2, 3], &[1, 2, 3]));
    assert!(!same_hash(&[1, 2, 3], &[1, 2, 4]));
    assert!(!same_hash(&[1, 2], &[1, 2, 3]));
    assert_eq!(to_hex(&[0, 171, 255]), "00abff");
    assert_eq!(from_hex("00abff"), Some(vec![0, 171, 255]));
    assert_eq!(from_hex("0g"), None);
    assert_eq!(from_hex("abc"), None);
    assert_eq!(from_hex("ü1"), None);
}

#[test]
fn a_lock_is_stored_without_the_pin_and_checked_for_shape() {
    let l = lock();
    assert!(l.is_well_formed());
    let text = serde_json::to_string(&l).unwrap();
    assert!(
        text.starts_with(r#"{"mode":"kiosk","project_id":"p1","salt":"#),
        "{text}"
    );
    assert_eq!(serde_json::from_str::<Lock>(&text).unwrap(), l);
    let weak = Lock {
        iterations: 1_000,
        ..lock()
    };
    assert!(!weak.is_well_formed());
    let short_salt = Lock {
        salt: "00".into(),
        ..lock()
    };
    assert!(!short_salt.is_well_formed());
    let reader: Lock = serde_json::from_str(
        &text.replace(r#""mode":"kiosk","project_id":"p1""#, r#""mode":"reader""#),
    )
    .unwrap();
    assert_eq!(reader.mode, LockMode::Reader);
}

#[test]
fn a_lock_keeps_its_stored_text_field_for_field() {
    let mut kiosk = lock();
    kiosk.wait_until_ms = Some(31_000);
    let salt = "07".repeat(SALT_BYTES);
    let hash = "09".repeat(32);
    let text = format!(
        r#"{{"mode":"kiosk","project_id":"p1","salt":"{salt}","hash":"{hash}","iterations":600000,"wrong_tries":0,"wait_until_ms":31000}}"#
    );
    assert_eq!(serde_json::to_string(&kiosk).unwrap(), text);
    assert_eq!(serde_json::from_str::<Lock>(&text).unwrap(), kiosk);
    let reader = Lock {
        mode: LockMode::Reader,
        ..lock()
    };
    let text = format!(
        r#"{{"mode":"reader","salt":"{salt}","hash":"{hash}","iterations":600000,"wrong_tries":0,"wait_until_ms":null}}"#
    );
    assert_eq!(serde_json::to_string(&reader).unwrap(), text);
    assert_eq!(serde_json::from_str::<Lock>(&text).unwrap(), reader);
}

#[test]
fn a_stored_lock_is_read_as_before() {
    let salt = "07".repeat(SALT_BYTES);
    let read = |text: &str| serde_json::from_str::<Lock>(text).ok();
    // Fields in any order; the try count and the wait may be missing.
    let kiosk = read(&format!(
        r#"{{"salt":"{salt}","hash":"h","iterations":5,"project_id":"p2","mode":"kiosk"}}"#
    ))
    .unwrap();
    assert_eq!(
        kiosk.mode,
        LockMode::Kiosk {
            project_id: "p2".into()
        }
    );
    assert_eq!((kiosk.wrong_tries, kiosk.wait_until_ms), (0, None));
    // A reader lock ignores a project id, and fields this build does not know.
    let reader = read(
        r#"{"mode":"reader","project_id":"p2","salt":"s","hash":"h","iterations":5,"extra":[1]}"#,
    );
    assert_eq!(reader.map(|l| l.mode), Some(LockMode::Reader));
    // A kiosk lock with no project, or an unknown mode, is refused.
    assert_eq!(
        read(r#"{"mode":"kiosk","salt":"s","hash":"h","iterations":5}"#),
        None
    );
    assert_eq!(
        read(r#"{"mode":"kiosk","project_id":null,"salt":"s","hash":"h","iterations":5}"#),
        None
    );
    assert_eq!(
        read(r#"{"mode":"other","salt":"s","hash":"h","iterations":5}"#),
        None
    );
    assert_eq!(read(r#"{"salt":"s","hash":"h","iterations":5}"#), None);
}
