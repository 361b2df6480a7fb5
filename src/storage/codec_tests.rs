use super::*;
use crate::model::activity::{Activity, ActivityKind};
use crate::model::expert::{ExpertDetails, ExpertRole};
use crate::model::level_history::LevelChange;
use crate::model::{Date, InvolvementLevel, ProgressScore, Status, TeamMember};
use proptest::prelude::*;

#[test]
fn keys() {
    assert_eq!(project_key("abc"), "qi-involve:project:abc");
    assert_eq!(id_from_key("qi-involve:project:abc"), Some("abc"));
    assert_eq!(id_from_key("qi-involve:project:"), None);
    assert_eq!(id_from_key("qi-involve:damaged:abc"), None);
}

#[test]
fn refuses_what_it_cannot_read() {
    assert!(matches!(decode("a", "{"), Err(DecodeError::NotJson(_))));
    assert_eq!(
        decode("a", r#"{"project":{}}"#),
        Err(DecodeError::NoVersion)
    );
    assert_eq!(
        decode("a", r#"{"version":0,"project":{"id":"a"}}"#),
        Err(DecodeError::NoVersion)
    );
    assert_eq!(
        decode("a", r#"{"version":7,"packed":""}"#),
        Err(DecodeError::NewerVersion(7))
    );
    assert!(matches!(
        decode("a", r#"{"version":6,"project":{"id":"a"}}"#),
        Err(DecodeError::BadProject(_))
    ));
    assert!(decode("a", r#"{"version":1,"project":[]}"#).is_err());
    assert!(decode("a", r#"{"version":1}"#).is_err());
    assert!(decode("a", "[1]").is_err());
    assert!(matches!(
        decode(
            "a",
            r#"{"version":1,"project":{"id":"a","progress":"9.5"}}"#
        ),
        Err(DecodeError::BadProject(_))
    ));
    assert_eq!(
        decode("b", r#"{"version":1,"project":{"id":"a"}}"#),
        Err(DecodeError::WrongId)
    );
}

#[test]
fn fills_in_fields_an_older_record_lacks() {
    let p = decode("a", r#"{"version":1,"project":{"id":"a","title":"Falls"}}"#).unwrap();
    assert_eq!(p.title, "Falls");
    assert_eq!(p.status, Status::Active);
    assert_eq!(p.involvement, InvolvementLevel::NotRecorded);
}

#[test]
fn reader_prefs_round_trip() {
    let mut r = ReaderPrefs {
        text_size: 2,
        high_contrast: true,
        ..ReaderPrefs::default()
    };
    r.mark_read(true, "support");
    assert_eq!(decode_reader(&encode_reader(&r)), Ok(r));
    assert!(decode_reader("nonsense").is_err());
}

#[test]
fn settings_round_trip_and_refuse_garbage() {
    let s = TrustSettings {
        team_name: "Patient Involvement Team".into(),
        email: "pit@nhs.net".into(),
        ..TrustSettings::default()
    };
    assert_eq!(decode_settings(&encode_settings(&s)), Ok(s));
    assert!(decode_settings("{").is_err());
    assert_eq!(
        decode_settings(r#"{"version":9,"value":{}}"#),
        Err(DecodeError::NewerVersion(9))
    );
}

/// What format 5 wrote for `p` (format 6 packs the same project JSON).
fn format_5(p: &Project) -> String {
    let json = serde_json::to_string(p).expect("a project serialises");
    format!(r#"{{"version":5,"project":{json}}}"#)
}

prop_compose! {
    fn any_date()(days in 0i64..40_000) -> Date {
        Date::from_unix_ms(days * 86_400_000)
    }
}

prop_compose! {
    fn any_project()(
        id in "[a-z0-9]{1,12}",
        title in "\\PC{1,150}",
        aim in "\\PC{0,300}",
        lead in ".{0,40}",
        notes in "(\\PC|\n){0,300}",
        start in proptest::option::of(any_date()),
        progress in proptest::option::of(1u8..=10),
        level in 0usize..5,
        status in 0usize..4,
        team in proptest::collection::vec(("[a-z]{1,8}", "\\PC{1,30}", any::<bool>(), proptest::option::of(any_date()), "\\PC{0,30}"), 0..6),
        // "You said, we did" texts with quotes, backslashes, line breaks,
        // control characters and emoji: all go through packing.
        activities in proptest::collection::vec((any_date(), 0usize..12, any::<u32>(), any::<u32>(), "(\\PC|[\"\\\\\n\u{0}-\u{1F}😀])*", "\\PC{0,100}"), 0..5),
        revision in any::<u64>(),
        archived in any::<bool>(),
        updated in 0i64..4_000_000_000_000,
    ) -> Project {
        Project {
            id,
            revision,
            title,
            aim,
            lead,
            involvement_notes: notes,
            start_date: start,
            end_date: start,
            progress: progress.and_then(|p| ProgressScore::from_tenths(p * 5)),
            progress_changed: start,
            involvement: InvolvementLevel::ALL[level],
            status: Status::ALL[status],
            // Numbered, so no two share an id (decoding refuses that).
            team: team.into_iter().enumerate().map(|(i, (id, name, expert, joined, notes))| TeamMember {
                id: format!("{i}{id}"), name, role: "Carer".into(),
                expert: expert.then(|| ExpertDetails {
                    kind: ExpertRole::ALL[i % 3], joined, induction_given: joined, guidance_given: i % 2 == 0, notes,
                }),
            }).collect(),
            activities: activities.into_iter().enumerate().map(|(i, (date, kind, people, hours_tenths, said, changed))| Activity {
                id: format!("a{i}"), date, kind: ActivityKind::ALL[kind], people, hours_tenths, said, changed,
            }).collect(),
            archived,
            created_ms: updated,
            updated_ms: updated,
            ..Project::default()
        }
    }
}

proptest! {
    #[test]
    fn any_project_survives_a_round_trip(project in any_project()) {
        prop_assert_eq!(decode(&project.id, &encode(&project)), Ok(project.clone()));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC*") {
        let _ = decode("a", &text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode("a", &String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn json_shaped_noise_never_panics(
        version in any::<i64>(),
        body in "[\\[\\]{}\":,a-z0-9.]{0,80}",
    ) {
        let _ = decode("a", &format!(r#"{{"version":{version},"project":{body}}}"#));
    }
}

fn sample_settings() -> TrustSettings {
    TrustSettings {
        team_name: "Patient Involvement Team".into(),
        email: "pit@nhs.net".into(),
        phone: "01632 960123".into(),
        notes: "Mon–Fri, 9am to 5pm".into(),
        welcome_note: "Welcome to the team.".into(),
    }
}

fn sample_reader() -> ReaderPrefs {
    ReaderPrefs {
        text_size: 2,
        high_contrast: true,
        read_standard: vec!["what-is-qi".into(), "support".into()],
        read_easy: vec!["what-is-qi".into()],
    }
}

#[test]
fn a_packed_record_that_cannot_be_unpacked_is_refused() {
    let json = serde_json::to_string(&sample_project()).expect("serialises");
    let packed = crate::storage::packed::pack(&json);
    let cut: String = packed.chars().take(packed.chars().count() / 2).collect();
    let damaged = serde_json::json!({"version": 6, "packed": cut}).to_string();
    assert!(matches!(
        decode("mh9q2b7c", &damaged),
        Err(DecodeError::BadProject(_))
    ));
    // Packed text that would unpack to more than any project can hold.
    let bomb = pack_envelope(6, &"x".repeat(MAX_PROJECT_UNITS + 1));
    assert!(bomb.len() < 10_000);
    assert_eq!(
        decode("a", &bomb),
        Err(DecodeError::BadProject(
            "its packed text unpacks to more than a record can hold".into()
        ))
    );
    // Packed text that is not a project.
    let not_a_project = pack_envelope(6, "[1,2]");
    assert!(matches!(
        decode("a", &not_a_project),
        Err(DecodeError::BadProject(_))
    ));
}

// ---- The encoders' output, pinned ----
//
// IF ONE OF THESE FAILS, you changed what is stored. Do not just paste the
// new text in. First bump the version (CURRENT_VERSION, SETTINGS_VERSION
// or READER_VERSION in codec.rs), make decoding read the old text, and add
// a test that loads the old expected text below exactly as it is (like
// V2_RECORD or SETTINGS_V1_VALUE in codec_shapes_tests.rs). Then update
// the expected text.

fn sample_project() -> Project {
    let mut p = decode("mh9q2b7c", shapes::V2_RECORD).expect("the format 2 sample loads");
    p.stamp = "k3x9-7".into();
    // An earlier change too, before the seeded one.
    p.level_history.insert(
        0,
        LevelChange {
            date: Date::new(2026, 2, 3).expect("a real date"),
            level: InvolvementLevel::LittleI,
        },
    );
    p
}

#[test]
fn encoder_output_is_pinned() {
    // The sample's JSON, packed (see `packed.rs`); unpacked, it is exactly
    // the `project` in `shapes::V5_RECORD`.
    const PROJECT_V6: &str = "{\"version\":6,\"packed\":\"ᯡࡅ䁬⁼ၻLԀᇠ☡మ恑䐡傠ৠ⦠㝐\u{359}䀾怽䘡ಊ\u{cc0}\u{ba0}䍘X愠㖠㌠\u{7b2}zᘢႌ惸ø䨐ɱႠଃ䘮䁙䀡9䎼峪帕㨣呙ࡥ沸⇬฿)ᇒዚ寘㣩Ꮖ恒ᢺ瑐¾崠ⳕ䜡ெ䀠㇃池\u{1c38}ᩕᬿ.☭偣ㆨ攁Ầ捳\u{175d}ས䝁łገ紜ƴ⤥\u{734}ᘠÄ⌣Ғ琡䨨ฤᒻҫ䌠۵ɡ磹\u{c72}㩎⋌*‧⊬浩ࢊ歀\u{81}㗝⩤䱍柊杢䈘媽ြ⧱\u{a60}փ⋵⨒ደ\u{8c}ㄢ⣣স⤣懁䨈^学\u{98}౸᠀Ԣ\u{20c4}੭凉\u{102e}ຣ䂰ヘ㿣ǐ䑕Ҩ⇰㐩嗍檱窚哢⢰㈽ˏ偬൦Ņᠡ㻼縮㒙墈㋵㐀窝ø㔹瘧Ἢ懒璐㙃䛱交ת牀溔\u{1ab8}搄\u{59c}स⽆䗐ኻ〣▖䉞惃焦窥\u{bad}棴䨺删毎ᠽ愓烽∳垭㯽\u{fb7}槱殬䉘Ꭴ䌈粜ጠ䜄䈦ᖩ挑塢㴣ᓽ犅ቦ剠၏ဥ櫑໐\u{1737}\u{1779}㘴嶭㇐储៨㥃Ā⅀˓五Щ妌繩ᘰఱ䒢ድ䔁壎弣䆬ॲ㜿㛲䢴\u{218d}ӻ㮤ጆ䅼ழᑖᛦ喯ᮑ䘧纀崬䇈㱅o䝩境ᒚ緜䤗掂䫅砠ઠ༃↔㏪₨⦭™㦬絜ӥ懍\u{820}停Ქаᔦ悈ᄦࢆ⠬汆ℏ礡ᨢᳺ㤢℄ἧᆄ㲧䓠\u{318f}摠⸺沲N㳤☈ℰ夸絉ᣭ擫⩯᱈ᾭ▆㠨硘Ԁ戧≌挨焸∎⾇戔ണ䅽\u{c4f}壴⼭屨ഭ愍㐧礨ȡ䣠呁ᠢȭ┸➊愼⏨\u{90}чᣥ\u{484}ⓤØɽઑ䱬䚃瑽\u{a61}杘䰂瑚\u{7b0}જ 甈┤ˎẰ冔⫈\u{8d4}垷ለयʯອ禀$᎒ᕉأᒗ˙㙚\u{df1}傋䷐䑃䎱㭞匳㏑劲硬䡂\u{948}甄剂䲘㠭ʌ־⎭qࠁᐩ仲⁜⿲欫Ġ♺䍒ᚓ盅Ȣ⏓獌ʱ奩琁䗟\u{9a9}⡧䔈㦹ኙŤ搌灕䫠䡇㐘缢↛⾆椠媃\u{9da}督檚堿怠ⰻ☎牠  \"}";
    const SETTINGS_V2: &str = r#"{"version":2,"value":{"team_name":"Patient Involvement Team","email":"pit@nhs.net","phone":"01632 960123","notes":"Mon–Fri, 9am to 5pm","welcome_note":"Welcome to the team."}}"#;
    const READER_V2: &str = r#"{"version":2,"value":{"text_size":2,"high_contrast":true,"read_standard":["what-is-qi","support"],"read_easy":["what-is-qi"]}}"#;

    assert_eq!(encode(&sample_project()), PROJECT_V6);
    assert_eq!(encode_settings(&sample_settings()), SETTINGS_V2);
    assert_eq!(encode_reader(&sample_reader()), READER_V2);
    // And each reads back whole.
    assert_eq!(decode("mh9q2b7c", PROJECT_V6), Ok(sample_project()));
    assert_eq!(decode_settings(SETTINGS_V2), Ok(sample_settings()));
    assert_eq!(decode_reader(READER_V2), Ok(sample_reader()));
}

// ---- What the screen could not show ----

#[test]
fn refuses_a_record_where_two_items_of_a_list_share_an_id() {
    let cases = [("team", "team members"), ("activities", "activities")];
    for (list, name) in cases {
        let mut p = sample_project();
        match list {
            "team" => p.team[1].id = p.team[0].id.clone(),
            _ => p.activities[1].id = p.activities[0].id.clone(),
        }
        let err = decode(&p.id, &encode(&p)).unwrap_err();
        assert_eq!(err, DecodeError::RepeatedId(name));
        assert_eq!(err.to_string(), format!("two {name} share one id"));
    }
    // One id in two different lists is no clash.
    let mut p = sample_project();
    p.team[0].id = "same".into();
    p.activities[0].id = "same".into();
    assert_eq!(decode(&p.id, &encode(&p)), Ok(p));
}

#[test]
fn text_that_would_not_pack_is_stored_plain_as_format_5() {
    let mut p = sample_project();
    // Thousands of different characters, none after the same one twice:
    // nothing for the packer to find, so packing would only add.
    p.about = (0..3000u32)
        .filter_map(|i| char::from_u32(0x4E00 + i * 7919 % 20_000))
        .collect();
    let text = encode(&p);
    assert_eq!(text, format_5(&p));
    assert_eq!(decode(&p.id, &text), Ok(p));
}

#[test]
fn a_packed_record_that_cannot_be_unpacked_is_kept_aside_untouched() {
    use crate::storage::{Backend, MemoryBackend, Repo};
    let store = MemoryBackend::default();
    let good = encode(&sample_project());
    // Half its packed text lost, as a bad write or a crash might leave it.
    let packed = serde_json::from_str::<serde_json::Value>(&good).expect("JSON")["packed"]
        .as_str()
        .expect("packed text")
        .to_string();
    let cut: String = packed.chars().take(packed.chars().count() / 2).collect();
    let damaged = serde_json::json!({"version": 6, "packed": cut}).to_string();
    let key = project_key("mh9q2b7c");
    store.set(&key, &damaged).expect("stored");
    let (mut repo, report) = Repo::load(Box::new(store.clone()), "tab".into()).expect("loads");
    assert!(report.projects.is_empty());
    let [unreadable] = &report.unreadable[..] else {
        panic!("one unreadable record: {:?}", report.unreadable)
    };
    assert_eq!(unreadable.raw, damaged);
    assert!(!unreadable.newer_version);
    assert_eq!(
        store.get(&format!("{DAMAGED_PREFIX}mh9q2b7c")),
        Ok(Some(damaged.clone()))
    );
    // Saving a project with that id does not write over it.
    let mut projects = vec![sample_project()];
    repo.created("mh9q2b7c");
    let _ = repo.flush(&mut projects);
    assert_eq!(store.get(&key), Ok(Some(damaged)));
}

// The stored shapes of every earlier build, in a file of their own.
#[path = "codec_shapes_tests.rs"]
mod shapes;
