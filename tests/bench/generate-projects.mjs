// Makes realistic QI Involve projects for benchmarks, in the form the app
// stores them: one localStorage key per project, `qi-involve:project:<id>`,
// holding `{"version":1,"project":{...}}` (see src/storage/codec.rs).
//
//   import { generateProjects } from './generate-projects.mjs';
//   const entries = generateProjects(1000, 42); // { key: value, ... }
//
//   node tests/bench/generate-projects.mjs 1000 42      # prints a summary
//   node tests/bench/generate-projects.mjs 1000 42 20   # format 5, 20 activities each
//
//   backupText(generateProjects(1000, 42, { activities: 20 }))  // a backup file to import
//
// The same (n, seed) always gives the same entries, byte for byte, so runs
// on different days and machines measure the same data. Nothing here reads
// the clock or Math.random for that reason.
//
// Lengths follow what NHS QI projects on Life QI look like (short titles,
// an aim of a sentence or two, a paragraph about the project), and the text
// is built from plain English words about wards, clinics, patients and
// carers so that the register's search has real words to find.

import { pathToFileURL } from 'node:url';

const KEY_PREFIX = 'qi-involve:project:';

// Fixed "today" for the data (1 November 2026, UTC) instead of Date.now(),
// so dates and timestamps do not drift between runs.
const REFERENCE_MS = Date.UTC(2026, 10, 1);
const DAY_MS = 86_400_000;
// Projects were created between the start of 2024 and the reference day.
const EARLIEST_CREATED_MS = Date.UTC(2024, 0, 1);

/**
 * mulberry32: a tiny 32-bit PRNG. Not for cryptography, but fast, well
 * spread and identical in every JS engine, which is all a benchmark needs.
 * Returns a function giving floats in [0, 1).
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// --- Word lists -------------------------------------------------------------
// Phrases rather than single words, so that joined text reads like English.

const TITLE_VERBS = [
  'Reducing', 'Improving', 'Speeding up', 'Preventing', 'Increasing', 'Co-designing',
  'Making safer', 'Standardising', 'Shortening', 'Supporting', 'Involving carers in',
];
const TITLE_TOPICS = [
  'inpatient falls', 'discharge planning', 'waiting times', 'pressure ulcers',
  'medication errors', 'carer feedback', 'patient feedback', 'missed appointments',
  'delayed discharge', 'handover quality', 'night-time noise', 'hydration', 'nutrition',
  'early warning scores', 'sepsis screening', 'outpatient letters', 'delirium screening',
  'mouth care', 'call bell response', 'referral to treatment times', 'carer involvement',
];
const PLACES = [
  'Ward 3', 'Ward 7', 'Ward 12', 'Ward 21', 'the stroke unit', 'the frailty unit',
  'the acute medical unit', 'the diabetes clinic', 'the memory clinic', 'the fracture clinic',
  'the emergency department', 'outpatients', 'the community nursing team', 'the day hospital',
  'the discharge lounge', 'the children\'s ward', 'maternity', 'the mental health ward',
];
const TITLE_TAILS = [
  'for older patients', 'at night', 'at weekends', 'with carers', 'with service users',
  'for people with dementia', 'after hip fracture', 'for patients and families',
  'using patient feedback', 'through a co-production group',
];
const SENTENCE_PARTS = [
  'patients on the ward', 'carers told us', 'feedback from families', 'the waiting list',
  'falls at night', 'discharge before midday', 'the clinic team', 'staff on every shift',
  'waiting times in outpatients', 'the friends and family test', 'a carer on the team',
  'people with lived experience', 'the discharge checklist', 'fewer delays',
  'safer handovers', 'clearer letters', 'the ward manager', 'the patient panel',
  'monthly run charts', 'plan do study act cycles', 'the falls huddle', 'bed rails',
  'lying and standing blood pressure', 'the pharmacy team', 'transport home',
  'the wider clinic', 'feedback cards', 'a carer survey', 'the experience of care',
  'mealtimes', 'the hospital at night', 'community follow-up', 'the referral form',
];
const LINKS = [
  'will improve', 'depends on', 'has reduced', 'is measured against', 'matters to',
  'was tested with', 'is shared with', 'should reach', 'helps', 'is reviewed by',
  'came from', 'was redesigned with', 'now includes',
];
const AIM_TARGETS = [
  'by 30% by March 2027', 'to under four hours by the end of the year',
  'by half within twelve months', 'to 90% of patients by September 2027',
  'by 20% over the next six months', 'so that every carer is asked within 48 hours',
];
const NOTE_PARTS = [
  'Two carers joined the project group', 'a service user co-chairs the meetings',
  'we asked patients on the ward what mattered to them', 'feedback cards were left at the bedside',
  'a carer reviewed the discharge leaflet', 'we paid involvement fees at NHS rates',
  'the patient panel tested the new letter', 'families told us waiting times were the biggest worry',
  'an expert by experience helped design the survey', 'carers joined the falls huddle twice',
  'we met in the day room so patients could take part', 'the clinic now asks for feedback at every visit',
];
const FIRST_NAMES = [
  'Priya', 'Sam', 'Aisha', 'Tom', 'Grace', 'Mohammed', 'Chloe', 'David', 'Fatima', 'Owen',
  'Hannah', 'Kwame', 'Sian', 'Ravi', 'Emma', 'Joseph', 'Olu', 'Megan', 'Li', 'Bethan',
];
const SURNAMES = [
  'Shah', 'Okafor', 'Jones', 'Williams', 'Khan', 'Evans', 'Patel', 'Smith', 'Davies',
  'Ahmed', 'Thomas', 'Mensah', 'Roberts', 'Chen', 'Hughes', 'Begum', 'Morgan', 'Clarke',
];
const HONORIFICS = ['', '', '', 'Dr ', 'Sister ', 'Prof. '];
const STAFF_ROLES = [
  'Ward manager', 'Staff nurse', 'Physiotherapist', 'Occupational therapist', 'Consultant',
  'Healthcare assistant', 'Pharmacist', 'QI coach', 'Matron', 'Dietitian', 'Administrator',
];
const LIVED_EXPERIENCE_ROLES = [
  'Carer', 'Service user', 'Patient representative', 'Peer support worker', 'Family member',
];
const SERVICES = [
  'Ward 7, elderly care', 'Stroke unit', 'Frailty unit', 'Acute medical unit',
  'Diabetes outpatient clinic', 'Memory clinic', 'Fracture clinic', 'Emergency department',
  'Community nursing team', 'Day hospital', 'Discharge lounge', "Children's ward",
  'Maternity services', 'Adult mental health ward', 'Ward 12, respiratory', 'Outpatient pharmacy',
];
const SITES = ['', '', ' (St Mary\'s)', ' (City General)', ' (North site)', ' (Riverside)'];

// Weighted so the register looks like a real one: most projects active.
const STATUSES = [['active', 50], ['on_hold', 15], ['completed', 20], ['closed', 15]];
// Every level appears; "not recorded" is the most common, as in real use.
const LEVELS = [['not_recorded', 25], ['none_yet', 15], ['little_i', 25], ['big_i', 20], ['both', 15]];
// The IHI scale: 0.5 to 5.0 in half steps, stored as text ("3.5").
const PROGRESS = Array.from({ length: 10 }, (_, i) => ((i + 1) / 2).toFixed(1));

// --- Helpers ------------------------------------------------------------------

function tools(rand) {
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1)); // inclusive
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const weighted = (pairs) => {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let r = rand() * total;
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  return { int, pick, chance, weighted };
}

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Joins pieces from `next()` until the text is at least a random length in
 * [min, max], then trims back to a word boundary within max. The result is
 * always within [min, max] characters.
 */
function textOfLength(t, min, max, next, sep = ' ') {
  const target = t.int(min, max);
  let text = '';
  while (text.length < target) text = text ? `${text}${sep}${next()}` : next();
  if (text.length > max) {
    text = text.slice(0, max);
    const cut = text.lastIndexOf(' ');
    if (cut >= min) text = text.slice(0, cut);
  }
  return text.replace(/[ ,]+$/, '');
}

/** One sentence of ward-and-clinic English, e.g. "Carers told us helps fewer delays." */
function sentence(t) {
  const words = [t.pick(SENTENCE_PARTS), t.pick(LINKS), t.pick(SENTENCE_PARTS)];
  if (t.chance(0.4)) words.push(t.pick(['on', 'in', 'for', 'with']), t.pick(PLACES));
  return `${capitalise(words.join(' '))}.`;
}

const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A lowercase alphanumeric id of `length` characters, like the app's own. */
function makeId(t, length) {
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz';
  let id = '';
  for (let i = 0; i < length; i++) id += digits[t.int(0, 35)];
  return id;
}

function personName(t) {
  return `${t.pick(HONORIFICS)}${t.pick(FIRST_NAMES)} ${t.pick(SURNAMES)}`;
}

function teamMember(t, index) {
  const expert = t.chance(0.3);
  // People with lived experience are often recorded by initials only.
  const name = expert && t.chance(0.6)
    ? `${t.pick(FIRST_NAMES)[0]}. ${t.pick(SURNAMES)[0]}.`
    : personName(t).trim();
  return {
    id: `m${index + 1}`,
    name,
    role: expert ? t.pick(LIVED_EXPERIENCE_ROLES) : t.pick(STAFF_ROLES),
    expert_by_experience: expert,
  };
}

// --- One project ----------------------------------------------------------------

function project(t, id, teamSize) {
  const title = textOfLength(t, 20, 90, (() => {
    // First piece is a whole title; further pieces lengthen it naturally.
    let first = true;
    return () => {
      if (first) {
        first = false;
        return `${t.pick(TITLE_VERBS)} ${t.pick(TITLE_TOPICS)} on ${t.pick(PLACES)}`;
      }
      return t.pick(TITLE_TAILS);
    };
  })());

  const aim = textOfLength(t, 80, 300, (() => {
    let first = true;
    return () => {
      if (first) {
        first = false;
        return `To ${t.pick(['reduce', 'improve', 'increase', 'cut'])} ${t.pick(TITLE_TOPICS)} on ` +
          `${t.pick(PLACES)} ${t.pick(AIM_TARGETS)}.`;
      }
      return sentence(t);
    };
  })());

  const about = textOfLength(t, 150, 600, () => sentence(t));
  const notes = t.chance(0.2)
    ? ''
    : textOfLength(t, 20, 500, () => `${capitalise(t.pick(NOTE_PARTS))}.`);

  let service = `${t.pick(SERVICES)}${t.pick(SITES)}`;
  if (service.length > 40) service = service.slice(0, 40).trimEnd();

  const createdMs = t.int(EARLIEST_CREATED_MS, REFERENCE_MS - DAY_MS);
  const updatedMs = t.int(createdMs, REFERENCE_MS);

  // Most projects have a start date around when they were created; an end
  // date only with a start, and never before it.
  let startDate = null;
  let endDate = null;
  let startMs = createdMs;
  if (t.chance(0.9)) {
    startMs = createdMs + t.int(-60, 60) * DAY_MS;
    startDate = isoDate(startMs);
    if (t.chance(0.5)) endDate = isoDate(startMs + t.int(30, 540) * DAY_MS);
  }

  const hasProgress = t.chance(0.8);
  const progress = hasProgress ? t.pick(PROGRESS) : null;
  // The score was last changed somewhere between the start and the last update.
  const progressChanged = hasProgress
    ? isoDate(t.int(Math.min(startMs, updatedMs), updatedMs))
    : null;

  const team = Array.from({ length: t.int(...teamSize) }, (_, i) => teamMember(t, i));

  // Field order matches the app's Project struct, so the stored text is the
  // same shape as a record the app wrote itself.
  return {
    id,
    revision: t.int(1, 30),
    title: capitalise(title),
    aim,
    about,
    lead: personName(t).trim(),
    team,
    service,
    start_date: startDate,
    end_date: endDate,
    status: t.weighted(STATUSES),
    progress,
    progress_changed: progressChanged,
    involvement: t.weighted(LEVELS),
    involvement_notes: notes,
    archived: t.chance(0.05),
    created_ms: createdMs,
    updated_ms: updatedMs,
  };
}

// --- The involvement record (stored format 5) -------------------------------------

const ACTIVITY_KINDS = [
  'survey', 'focus_group', 'comment_cards', 'kiosk_feedback', 'interviews', 'co_design_workshop',
  'on_project_team', 'team_meeting', 'pdsa_test', 'reviewing_data', 'co_presenting', 'co_leading',
];
// The order of the levels, for an earlier, lower level in the history.
const LEVEL_ORDER = ['none_yet', 'little_i', 'big_i', 'both'];
const EXPERT_KIND = {
  'Carer': 'carer', 'Family member': 'carer', 'Service user': 'service_user',
  'Patient representative': 'service_user', 'Peer support worker': 'other',
};

/**
 * `p` (a format-1 project) as the app writes it today (format 5, see
 * src/storage/codec.rs): a save stamp, the people in one list with an
 * Expert by Experience's details on their member, a level history ending
 * with the current level, and `activities` logged activities. `t` is a
 * separate random stream, so the format-1 fields stay those of
 * generateProjects(n, seed) without activities.
 */
function toFormat5(t, p, activities) {
  const team = p.team.map(({ expert_by_experience: expert, ...member }) => {
    if (!expert) return { ...member, expert: null };
    const joinedMs = t.int(p.created_ms, p.updated_ms);
    const inducted = t.chance(0.7);
    return {
      ...member,
      expert: {
        kind: EXPERT_KIND[member.role] ?? 'service_user',
        joined: t.chance(0.8) ? isoDate(joinedMs) : null,
        induction_given: inducted ? isoDate(t.int(joinedMs, p.updated_ms)) : null,
        guidance_given: inducted && t.chance(0.8),
        notes: t.chance(0.2) ? `${capitalise(t.pick(NOTE_PARTS))}.` : '',
      },
    };
  });
  // No level recorded: no history. Otherwise the current level since a
  // day before the last update, after a lower one for some projects.
  const history = [];
  if (p.involvement !== 'not_recorded') {
    const sinceMs = t.int(p.created_ms, p.updated_ms);
    const lower = LEVEL_ORDER.slice(0, LEVEL_ORDER.indexOf(p.involvement));
    if (lower.length && t.chance(0.6) && isoDate(p.created_ms) < isoDate(sinceMs)) {
      history.push({ date: isoDate(p.created_ms), level: t.pick(lower) });
    }
    history.push({ date: isoDate(sinceMs), level: p.involvement });
  }
  // Mostly short or empty text: 20,000 activities must fit beside the
  // projects in one origin's localStorage (about 5 million characters).
  const log = Array.from({ length: activities }, () => t.int(p.created_ms, REFERENCE_MS))
    .sort((a, b) => a - b)
    .map((ms, i) => ({
      id: `a${i + 1}`,
      date: isoDate(ms),
      kind: t.pick(ACTIVITY_KINDS),
      people: t.int(1, 12),
      hours_tenths: t.int(1, 12) * 5,
      said: t.chance(0.2) ? textOfLength(t, 20, 100, () => sentence(t)) : '',
      changed: t.chance(0.1) ? textOfLength(t, 20, 80, () => `${capitalise(t.pick(NOTE_PARTS))}.`) : '',
    }));
  const { team: _, involvement_notes: notes, archived, created_ms: created, updated_ms: updated, ...rest } = p;
  const { id, revision, title, aim, about, lead, service, start_date, end_date, status, progress,
    progress_changed, involvement } = rest;
  // Field order matches the app's Project struct, as in the pinned encoder test.
  return {
    id, revision, stamp: `bench-${revision}`, title, aim, about, lead, team, service, start_date,
    end_date, status, progress, progress_changed, involvement, involvement_notes: notes,
    level_history: history, activities: log, archived, created_ms: created, updated_ms: updated,
  };
}

/**
 * `n` projects as localStorage entries: { "qi-involve:project:<id>": "<json>" }.
 * Deterministic for a given seed. Without `activities` the records are
 * format 1 (the app migrates them on load); with `{ activities: k }` they
 * are format 5, with k activities each, or `activities(i)` for the i-th
 * project (from 0). `team` is the [least, most] people on a team
 * (default [0, 8]); the same seed and options always give the same data.
 */
export function generateProjects(n, seed, { activities, team = [0, 8] } = {}) {
  const t = tools(seededRandom(seed));
  const extra = tools(seededRandom(seed ^ 0x5bd1e995));
  const logged = typeof activities === 'function' ? activities : () => activities;
  const entries = {};
  while (Object.keys(entries).length < n) {
    const id = makeId(t, 10);
    const key = KEY_PREFIX + id;
    if (key in entries) continue; // 36^10 ids: a clash is near impossible, but never overwrite
    const p = project(t, id, team);
    const count = logged(Object.keys(entries).length);
    entries[key] = count === undefined
      ? JSON.stringify({ version: 1, project: p })
      : JSON.stringify({ version: 5, project: toFormat5(extra, p, count) });
  }
  return entries;
}

/**
 * Format-5 `entries` (from generateProjects) as the text of a backup file
 * (see src/storage/backup.rs), for seeding through the app's own import:
 * the app then stores them in whatever format it writes today.
 */
export function backupText(entries) {
  const projects = Object.values(entries).map((value) => JSON.parse(value).project);
  return JSON.stringify({
    app: 'QI Involve', format: 5, exported_ms: REFERENCE_MS, exported: isoDate(REFERENCE_MS), settings: {}, projects,
  });
}

/** The fixed "today" of the generated data, in ms since 1970 (1 November 2026). */
export const REFERENCE_DAY_MS = REFERENCE_MS;

// Run directly to see what the data looks like.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 42);
  const activities = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
  const entries = generateProjects(n, seed, { activities });
  const chars = Object.entries(entries).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  console.log(`${n} projects, seed ${seed}: ${chars} characters (${(chars * 2 / 1e6).toFixed(2)} MB as UTF-16)`);
  console.log(JSON.stringify(JSON.parse(Object.values(entries)[0]), null, 2));
}
