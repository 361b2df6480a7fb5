use super::*;
use crate::model::kiosk::pin::{sample_lock, LockMode};
use crate::model::kiosk::{Answer, MAX_FREE_TEXT_CHARS};
use crate::model::Date;
use crate::storage::codec::DAMAGED_PREFIX;
use crate::storage::MemoryBackend;

fn response(id: &str) -> Response {
    Response::new(
        id.into(),
        Date::parse_iso("2024-03-04").unwrap(),
        Answer::Good,
        &["Shorter wait".into()],
    )
}

#[test]
fn keys_do_not_look_like_projects() {
    assert_eq!(kiosk_key("p1"), "qi-involve:kiosk:p1");
    assert_eq!(project_of_key("qi-involve:kiosk:p1"), Some("p1"));
    assert_eq!(project_of_key(LOCK_KEY), None);
    assert!(crate::storage::codec::id_from_key(&kiosk_key("p1")).is_none());
}

/// A kiosk record exactly as format 1 wrote it (commits before packing).
const KIOSK_V1: &str = r#"{"version":1,"value":{"wording":{"welcome":"","question":"Overall, how was your experience of our service?","answers":["Very good","Good","Neither good nor poor","Poor","Very poor","Don't know"],"follow_ups":["What would make it better?","Have you noticed any changes recently?"],"privacy":"Please do not write your name, or anything that could tell someone who you or anyone else is.","optional_hint":"You can leave this blank.","submit":"Submit","back":"Back","thank_you":"Thank you. Your feedback helps us improve.","involve":"Would you like to help improve this service? People who use it and their carers can join our improvement work. Ask a member of staff, or contact:","finish":"Finish","still_there":"Are you still there?","carry_on":"Yes, carry on","direction":"auto"},"responses":[{"id":"a","date":"2024-03-04","answer":"good","texts":["Shorter wait"]}]}}"#;

fn sample() -> KioskData {
    let mut data = KioskData::default();
    data.responses.push(response("a"));
    data
}

#[test]
fn loads_format_1_exactly_as_it_was_written() {
    assert_eq!(decode(KIOSK_V1), Ok(sample()));
    // Format 2 packs the very JSON format 1 held under `value`.
    let json = serde_json::to_string(&sample()).unwrap();
    assert_eq!(format!(r#"{{"version":1,"value":{json}}}"#), KIOSK_V1);
}

// IF THIS FAILS, you changed what is stored: bump KIOSK_VERSION, read the
// old text, and pin it in a test like the one above first.
#[test]
fn the_stored_text_is_pinned() {
    const KIOSK_V2: &str = "{\"version\":2,\"packed\":\"ᯡ\u{85b}䈌Ԁጤ堮悓\u{825}攸Ր\u{6e0}挨ה暨အ傠ᇠ⯆ƼÙ悡ण搣㪅c㛹䠠ဠ塣жϮ偠➤㕈䆸\\\\=崂ぅ擨ᄠ೯ↀ嶎ຐ㨣秨䄐⏅䔮䴠㚨U㜹䅨၀惸Ǥ縡ਠ᳆ม䱍我بᇁˊ㽈චŵᎉ犦磇₌Bᘠ㤣\u{1060}ඈ䬡\\\"瑉稰繑^媵ⴊ䎐ϋҙ新檌\u{c40}䂧䅻劬\u{821}\u{d50}బ溋Ԡɧ䗫ឰ②ᢔ⎖潼ᾒẰ┩䇰⁓ゅ圕ၵᐼΧ䮣ᅇ➂ヅ㩐ࡍ䄃惐涬ЯѢࢲ緔⢢ℤ棟⡇悦ᆢ濡\u{1928}䰫\u{bc3}Ť恾䣇泑╖\u{a84}\u{900}㨠ݣち⩆\u{5a7}惕䉤Ƣ‡\u{1abb}⸮搲㺋⺺ຳ⛸ᶢ勄⢔㔺ぁ≄9⅊䩹\u{a54}挐周0䕳㏢\u{82a}䗇፰␠ը烋Ĵ悽乓璸☦ٶ烆䱻ĊӴ㒮@Ḱ\u{1734}⤢ြ፫䅃㬒ワ\u{ee1}怳ᱏ犖咄柊ܕ祬璴抣䱶₽ᓦ咿ҷ\u{b96}✅ᶥ\u{9a9}悪❌犒ᅼ䀪愤€䔧嘊炨䮤䴡ତ@亪㔑⍬«ᩈسƣ搉稨⋒扯㠦ᔣ㐉\u{892}㡢†抋崣㬵ᤜ\u{b7a}ᜃ\u{8eb}侌珦ᢐ\u{1a58}筙ᙀ▗ᆈ墌紨⒟㱏䔾\u{35a}\u{17ec}⬹㤐模䁠ဠ\u{318}⡓䝠力ར屰ܠɠᎀ悞䪘䀠Ӡ8ᡠƀÔⱀ\u{352}\u{8fc}ᎁ氧\u{de0}䡿ခ㔵â㩗\u{34a}䑈Òᑩൊ橐ᗥ  \"}";
    assert_eq!(encode(&sample()), KIOSK_V2);
    assert_eq!(decode(KIOSK_V2), Ok(sample()));
    assert!(KIOSK_V2.encode_utf16().count() * 2 < KIOSK_V1.len());
}

#[test]
fn packed_text_that_cannot_be_unpacked_is_refused_and_kept_aside() {
    let json = serde_json::to_string(&sample()).unwrap();
    let packed = crate::storage::packed::pack(&json);
    let cut: String = packed.chars().take(20).collect();
    let damaged = serde_json::json!({"version": 2, "packed": cut}).to_string();
    assert!(matches!(decode(&damaged), Err(KioskError::Damaged(_))));
    let store = MemoryBackend::default();
    store.set(&kiosk_key("p1"), &damaged).unwrap();
    assert!(load(&store, "p1").problem.is_some());
    assert_eq!(save(&store, "p1", &sample()), Err(KioskError::Unreadable));
    assert_eq!(store.get(&kiosk_key("p1")).unwrap(), Some(damaged.clone()));
    assert_eq!(
        store.get(&format!("{DAMAGED_PREFIX}kiosk-p1")).unwrap(),
        Some(damaged)
    );
    // A few characters that would unpack past the limit.
    let bomb = crate::storage::codec::pack_envelope(2, &" ".repeat(MAX_KIOSK_UNITS + 1));
    assert!(bomb.len() < 20_000);
    assert!(matches!(decode(&bomb), Err(KioskError::Damaged(_))));
}

#[test]
fn damaged_newer_or_repeated_ids_are_refused() {
    assert!(matches!(decode("nope"), Err(KioskError::Damaged(_))));
    assert!(matches!(
        decode(r#"{"version":0,"value":{}}"#),
        Err(KioskError::Damaged(_))
    ));
    assert_eq!(
        decode(r#"{"version":3,"packed":""}"#),
        Err(KioskError::Newer(3))
    );
    let twice = r#"{"version":1,"value":{"responses":[{"id":"a","date":"2024-03-04","answer":"good"},{"id":"a","date":"2024-03-05","answer":"poor"}]}}"#;
    assert!(matches!(decode(twice), Err(KioskError::Damaged(_))));
    assert_eq!(
        decode(r#"{"version":1,"value":{}}"#),
        Ok(KioskData::default())
    );
}

#[test]
fn two_tabs_adding_responses_keep_both() {
    let store = MemoryBackend::default();
    let other_tab = store.clone();
    let mine = load(&store, "p1").data;
    add_response(&other_tab, "p1", response("b")).unwrap();
    let mut edited = mine;
    edited.wording.welcome = "Welcome".into();
    edited.responses.push(response("a"));
    let written = save(&store, "p1", &edited).unwrap();
    let ids: Vec<&str> = written.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(load(&other_tab, "p1").data, written);
}

#[test]
fn an_unreadable_record_is_kept_aside_and_never_overwritten() {
    let store = MemoryBackend::default();
    store.set(&kiosk_key("p1"), "{broken").unwrap();
    let loaded = load(&store, "p1");
    assert!(loaded.problem.is_some());
    assert_eq!(
        store
            .get(&format!("{DAMAGED_PREFIX}kiosk-p1"))
            .unwrap()
            .as_deref(),
        Some("{broken")
    );
    assert_eq!(
        add_response(&store, "p1", response("a")),
        Err(KioskError::Unreadable)
    );
    assert_eq!(
        save(&store, "p1", &KioskData::default()),
        Err(KioskError::Unreadable)
    );
    assert_eq!(
        store.get(&kiosk_key("p1")).unwrap().as_deref(),
        Some("{broken")
    );
}

#[test]
fn a_full_store_is_an_error_not_a_panic() {
    let store = MemoryBackend::with_quota(10);
    assert_eq!(
        add_response(&store, "p1", response("a")),
        Err(KioskError::Storage(StorageError::QuotaExceeded))
    );
}

#[test]
fn all_lists_readable_kiosk_data_by_project() {
    let store = MemoryBackend::default();
    add_response(&store, "p2", response("a")).unwrap();
    add_response(&store, "p1", response("b")).unwrap();
    store.set(&kiosk_key("p3"), "bad").unwrap();
    let ids: Vec<String> = all(&store).unwrap().into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["p1", "p2"]);
}

fn lock() -> Lock {
    Lock {
        wrong_tries: 2,
        ..sample_lock(LockMode::Reader)
    }
}

#[test]
fn the_lock_survives_a_reload_and_is_cleared_on_exit() {
    let store = MemoryBackend::default();
    assert_eq!(load_lock(&store), Ok(None));
    save_lock(&store, &lock()).unwrap();
    let text = store.get(LOCK_KEY).unwrap().unwrap();
    assert!(
        text.starts_with(r#"{"version":1,"value":{"mode":"reader","salt":"#),
        "{text}"
    );
    assert!(!text.contains("pin"), "no PIN is stored");
    assert_eq!(load_lock(&store), Ok(Some(lock())));
    clear_lock(&store).unwrap();
    assert_eq!(load_lock(&store), Ok(None));
}

#[test]
fn an_unreadable_or_weak_lock_is_kept_aside_and_ignored() {
    let store = MemoryBackend::default();
    store.set(LOCK_KEY, "garbage").unwrap();
    assert_eq!(load_lock(&store), Ok(None));
    assert!(store
        .get(&format!("{DAMAGED_PREFIX}kiosk-session"))
        .unwrap()
        .is_some());
    let weak = Lock {
        iterations: 10,
        ..lock()
    };
    save_lock(&store, &weak).unwrap();
    assert_eq!(load_lock(&store), Ok(None));
}

#[test]
fn text_that_would_not_pack_is_stored_plain_as_format_1() {
    // Thousands of different characters, none after the same one twice,
    // in free texts cut at 500 characters each.
    let noise: Vec<char> = (0..10_000u32)
        .filter_map(|i| char::from_u32(0x4E00 + i * 7919 % 20_000))
        .collect();
    let responses = noise
        .chunks(MAX_FREE_TEXT_CHARS)
        .enumerate()
        .map(|(n, chunk)| {
            Response::new(
                format!("r{n}"),
                Date::parse_iso("2024-03-04").unwrap(),
                Answer::Poor,
                &[chunk.iter().collect()],
            )
        })
        .collect();
    let data = KioskData {
        responses,
        ..KioskData::default()
    };
    let text = encode(&data);
    assert!(text.starts_with(r#"{"version":1,"value":{"#));
    assert_eq!(decode(&text), Ok(data));
}
