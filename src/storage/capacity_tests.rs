//! How many typical projects fit in one browser's localStorage.
//!
//! Every project and its kiosk responses share one quota per site: about
//! 5 million UTF-16 characters, keys and values together (Chromium allows
//! 5,242,880; we count against the round 5 million). A typical project is
//! the General tab filled in, six people (three of them Experts by
//! Experience), 20 activities with short "you said, we did" notes, and 100
//! kiosk responses. Each is built with varied, made-up but realistic text
//! (text that repeats would flatter any compressor) and stored with the
//! real encoders under the real keys.
//!
//! `cargo test capacity -- --nocapture` prints the figures. Stored as
//! plain JSON (project format 5, kiosk format 1), a typical project took
//! 6,762 characters and its kiosk 10,297: 293 fitted. Packed (project
//! format 6, kiosk format 2), about 1,160 fit.

use super::*;
use crate::model::activity::{Activity, ActivityKind};
use crate::model::expert::{ExpertDetails, ExpertRole};
use crate::model::kiosk::{Answer, KioskData, Response};
use crate::model::level_history::LevelChange;
use crate::model::{Date, InvolvementLevel, ProgressScore, Status, TeamMember};
use crate::storage::kiosk;

/// The quota counted against (see the module comment).
const QUOTA: usize = 5_000_000;
/// What the stored format must allow at least: a whole trust's portfolio.
const TARGET: usize = 1_000;

/// A small deterministic generator, so the sample is the same every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
    /// An id as `state::clock::new_id` makes one on `day`: the time in
    /// milliseconds in base 36, then 8 random base-36 digits.
    fn id_on(&mut self, day: Date) -> String {
        let ms = day.days_since_epoch() * 86_400_000 + self.below(86_400_000) as i64;
        let mut id = base36(ms as u64, 1);
        id.push_str(&base36(self.next(), 8));
        id
    }
    /// An id made on some day in the project's life.
    fn id(&mut self) -> String {
        let day = self.date();
        self.id_on(day)
    }
    fn date(&mut self) -> Date {
        Date::from_unix_ms((20_000 + self.below(700) as i64) * 86_400_000)
    }
}

const TOPICS: &[&str] = &[
    "falls on Ward 7",
    "missed outpatient appointments",
    "waiting times in the memory clinic",
    "pressure ulcers in community nursing",
    "delayed discharge from the stroke unit",
    "medication errors at handover",
    "night-time noise on the maternity ward",
    "access to talking therapies for young carers",
];
const NAMES: &[&str] = &[
    "Priya Shah",
    "J. M.",
    "Tom Okafor",
    "R. K.",
    "Aisha Begum",
    "Dr Helen Price",
    "Gareth Lloyd",
    "S. T.",
    "Marta Nowak",
    "Chris O'Neill",
];
const ROLES: &[&str] = &[
    "Ward manager",
    "Consultant",
    "QI coach",
    "Staff nurse",
    "Pharmacist",
    "Occupational therapist",
];
const SAID: &[&str] = &[
    "Call bells are out of reach at night, so people get up alone.",
    "The letters use words nobody understands and arrive after the appointment.",
    "Carers were not told when the ward round would happen.",
    "It took three phone calls to rebook; the line was always engaged.",
    "The waiting room is too loud for people with dementia.",
    "Nobody explained what the new tablets were for or the side effects.",
    "“We felt rushed” — families wanted more time at discharge.",
    "Signs to the clinic are hard to read for people with low vision.",
];
const CHANGED: &[&str] = &[
    "Bells are clipped to the bed rail and checked at each night round.",
    "Letters rewritten with the carers' group in plain English; sent a fortnight ahead.",
    "Ward round times now go on the board by the nurses' station each morning.",
    "A text reminder with a rebooking link goes out two days before.",
    "A quiet room is set aside on Tuesday mornings for the memory clinic.",
    "Pharmacists now talk through new medicines before people leave.",
    "Discharge checklist includes a 20-minute family conversation.",
    "New large-print signs designed with the sight loss group.",
];
const COMMENTS: &[&str] = &[
    "Shorter wait",
    "Staff were kind and explained everything",
    "More parking please",
    "The nurse on reception was lovely",
    "Clearer signs to the clinic",
    "Nothing, it was great",
    "Being seen on time",
    "A drink while waiting would help",
    "Yes, the new booking system is easier",
    "Chairs are more comfortable now",
];

fn member(d: &mut Dice, n: usize) -> TeamMember {
    let expert = n.is_multiple_of(2);
    TeamMember {
        id: d.id(),
        name: d.pick(NAMES).into(),
        role: if expert {
            ["Carer", "Service user"][n % 4 / 2].into()
        } else {
            d.pick(ROLES).into()
        },
        expert: expert.then(|| ExpertDetails {
            kind: [ExpertRole::Carer, ExpertRole::ServiceUser][n % 4 / 2],
            joined: Some(d.date()),
            induction_given: Some(d.date()),
            guidance_given: n.is_multiple_of(3),
            notes: d
                .pick(&["Prefers meetings after 10am", "Needs large print", ""])
                .into(),
        }),
    }
}

fn activity(d: &mut Dice) -> Activity {
    Activity {
        id: d.id(),
        date: d.date(),
        kind: ActivityKind::ALL[d.below(ActivityKind::ALL.len())],
        people: 1 + d.below(12) as u32,
        hours_tenths: 5 * (1 + d.below(8) as u32),
        said: d.pick(SAID).into(),
        changed: d.pick(CHANGED).into(),
    }
}

/// The `n`th typical project of a trust's portfolio.
pub(super) fn typical_project(n: usize) -> Project {
    let mut d = Dice(0x9E37_79B9_7F4A_7C15 ^ (n as u64 + 1).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let topic = d.pick(TOPICS);
    let ward = 1 + d.below(30);
    Project {
        id: d.id(),
        revision: 1 + d.below(200) as u64,
        stamp: format!("{}.{}", d.id(), d.below(80)),
        title: format!("Reducing {topic} (site {ward})"),
        aim: format!("Halve {topic} by March 2027, measured monthly"),
        about: format!(
            "Started after the {ward} incident review. Patients and carers said {} We test one change at a time.",
            d.pick(SAID).to_lowercase()
        ),
        lead: d.pick(NAMES).into(),
        team: (0..6).map(|i| member(&mut d, i)).collect(),
        service: format!("Ward {ward}, {}", d.pick(&["Adult inpatients", "Outpatients", "Community"])),
        start_date: Some(d.date()),
        end_date: Some(d.date()),
        status: Status::ALL[d.below(Status::ALL.len())],
        progress: ProgressScore::from_tenths(10 + 5 * d.below(8) as u8),
        progress_changed: Some(d.date()),
        involvement: InvolvementLevel::Both,
        involvement_notes: "Two carers and a service user sit on the team and co-chair the monthly meeting.".into(),
        level_history: (0..3)
            .map(|i| LevelChange {
                date: d.date(),
                level: InvolvementLevel::ALL[(i + 2) % InvolvementLevel::ALL.len()],
            })
            .collect(),
        activities: (0..20).map(|_| activity(&mut d)).collect(),
        archived: false,
        created_ms: 1_760_000_000_000 + d.below(1 << 30) as i64,
        updated_ms: 1_790_000_000_000 + d.below(1 << 30) as i64,
    }
}

/// The `n`th project's kiosk: the default wording and 100 responses, a
/// third of them with a short comment.
pub(super) fn typical_kiosk(n: usize) -> KioskData {
    let mut d = Dice(0xD1B5_4A32_D192_ED03 ^ (n as u64 + 7));
    let mut responses: Vec<Response> = (0..100)
        .map(|_| {
            let answer = [
                Answer::VeryGood,
                Answer::VeryGood,
                Answer::Good,
                Answer::Neither,
                Answer::Poor,
                Answer::DontKnow,
            ][d.below(6)];
            let texts = [
                if d.below(3) == 0 {
                    d.pick(COMMENTS)
                } else {
                    ""
                },
                if d.below(6) == 0 {
                    d.pick(COMMENTS)
                } else {
                    ""
                },
            ]
            .map(String::from);
            let day = d.date();
            Response::new(d.id_on(day), day, answer, &texts)
        })
        .collect();
    // As the kiosk stores them: oldest first.
    responses.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    KioskData {
        responses,
        ..KioskData::default()
    }
}

/// `n` in base 36, at least `width` digits (the low ones if longer).
fn base36(mut n: u64, width: usize) -> String {
    let mut digits = Vec::new();
    while n > 0 || digits.len() < width {
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if width > 1 && digits.len() == width {
            break;
        }
    }
    digits.iter().rev().map(|&d| d as char).collect()
}

fn utf16(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Key and value lengths of the `n`th project and its kiosk, as stored.
fn stored_size(n: usize) -> (usize, usize) {
    let project = typical_project(n);
    let data = typical_kiosk(n);
    let project_text = encode(&project);
    let kiosk_text = kiosk::encode(&data);
    assert_eq!(decode(&project.id, &project_text), Ok(project.clone()));
    assert_eq!(kiosk::decode(&kiosk_text), Ok(data));
    (
        utf16(&project_key(&project.id)) + utf16(&project_text),
        utf16(&kiosk::kiosk_key(&project.id)) + utf16(&kiosk_text),
    )
}

#[test]
fn capacity_a_whole_portfolio_fits() {
    let sample = 50;
    let (projects, kiosks) = (0..sample)
        .map(stored_size)
        .fold((0, 0), |(p, k), (a, b)| (p + a, k + b));
    let each = (projects + kiosks).div_ceil(sample);
    let fit = QUOTA / each;
    println!(
        "typical project: {} characters, its kiosk: {} characters; {fit} fit in {QUOTA}",
        projects / sample,
        kiosks / sample
    );
    assert!(
        fit >= TARGET,
        "only {fit} typical projects fit, not {TARGET}"
    );
}

#[test]
#[ignore = "a timing to read by hand: cargo test --release --lib decode_speed -- --ignored --nocapture"]
fn decode_speed() {
    use crate::storage::codec::{decode, encode};
    let projects: Vec<Project> = (0..1000).map(typical_project).collect();
    let packed: Vec<String> = projects.iter().map(encode).collect();
    let plain: Vec<String> = projects
        .iter()
        .map(|p| {
            format!(
                r#"{{"version":5,"project":{}}}"#,
                serde_json::to_string(p).unwrap()
            )
        })
        .collect();
    for (name, texts) in [("packed", &packed), ("plain", &plain)] {
        let started = std::time::Instant::now();
        for (p, t) in projects.iter().zip(texts.iter()) {
            decode(&p.id, t).unwrap();
        }
        println!("{name}: {:?} for 1,000", started.elapsed());
    }
    let started = std::time::Instant::now();
    for t in &packed {
        let json = crate::storage::codec::unpack_envelope(t, usize::MAX).unwrap();
        assert!(!json.is_empty());
    }
    println!("unpack alone: {:?}", started.elapsed());
    #[derive(serde::Deserialize)]
    struct PackedIn {
        packed: String,
    }
    let inner: Vec<String> = packed
        .iter()
        .map(|t| serde_json::from_str::<PackedIn>(t).unwrap().packed)
        .collect();
    let started = std::time::Instant::now();
    for t in &inner {
        crate::storage::packed::unpack(t, usize::MAX).unwrap();
    }
    println!("packed::unpack alone: {:?}", started.elapsed());
    let started = std::time::Instant::now();
    let mut n = 0;
    for t in &inner {
        n += t.encode_utf16().count();
    }
    println!("utf16 walk: {:?} ({n} units)", started.elapsed());
}
