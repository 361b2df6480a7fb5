//! The PIN that lets staff leave the kiosk or the reader lock, and the
//! wait after too many wrong tries. The hashing itself (PBKDF2 with
//! SHA-256 through the browser's Web Crypto) is in `crate::state::pin_hash`;
//! here are the rules, so they are tested on the host.

use serde::{Deserialize, Serialize};

/// The fewest digits in a PIN.
pub const MIN_DIGITS: usize = 4;
/// The most digits in a PIN.
pub const MAX_DIGITS: usize = 8;
/// Wrong tries allowed before a wait.
pub const MAX_WRONG_TRIES: u32 = 5;
/// How long the wait is, in milliseconds.
pub const LOCKOUT_MS: i64 = 30_000;
/// PBKDF2 iterations for a new PIN: OWASP's 2023 figure for SHA-256 is
/// 600,000; a PIN is checked rarely, and this takes a fraction of a second
/// on an older tablet.
pub const ITERATIONS: u32 = 600_000;
/// Fewer than this is refused when reading a stored lock, so a tampered
/// record cannot make the hash cheap.
pub const MIN_ITERATIONS: u32 = 100_000;
/// Bytes of random salt.
pub const SALT_BYTES: usize = 16;

/// Checks a new PIN and its repeat; the message says what to fix.
pub fn check_new_pin(pin: &str, again: &str) -> Result<(), &'static str> {
    let count = pin.chars().count();
    if pin.is_empty() {
        Err("Enter a PIN of 4 to 8 digits")
    } else if !pin.chars().all(|c| c.is_ascii_digit()) {
        Err("The PIN must be digits only, 0 to 9")
    } else if !(MIN_DIGITS..=MAX_DIGITS).contains(&count) {
        Err("The PIN must be 4 to 8 digits")
    } else if pin != again {
        Err("The two PINs are not the same. Enter the PIN again")
    } else {
        Ok(())
    }
}

/// What is locked: the kiosk for one project, or the induction guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockMode {
    /// The clinic kiosk for this project.
    Kiosk {
        /// The project's id.
        project_id: String,
    },
    /// The induction guide, handed to a reader.
    Reader,
}

/// The running lock, as stored so it survives a reload or the tablet
/// sleeping. The PIN itself is never kept: only a salted PBKDF2 hash.
///
/// Stored as one flat object, the mode first:
/// `{"mode":"kiosk","project_id":"…","salt":"…",…}`, or `"mode":"reader"`
/// with no project id (see [`StoredLock`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredLock", into = "StoredLock")]
pub struct Lock {
    /// What is locked.
    pub mode: LockMode,
    /// The salt, as hex.
    pub salt: String,
    /// The PBKDF2-SHA256 hash of the PIN, as hex.
    pub hash: String,
    /// PBKDF2 iterations used for the hash.
    pub iterations: u32,
    /// Wrong tries since the last wait.
    pub wrong_tries: u32,
    /// When a wait ends (Unix ms), if one is running.
    pub wait_until_ms: Option<i64>,
}

/// The mode's name in the stored lock.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ModeName {
    Kiosk,
    Reader,
}

/// A [`Lock`] as stored. Flat, so reading it needs no buffering: serde's
/// `flatten` over a tagged enum, which gave the same text, read every
/// field through a generic buffer and pulled that code into start-up.
#[derive(Serialize, Deserialize)]
struct StoredLock {
    mode: ModeName,
    #[serde(skip_serializing_if = "Option::is_none")]
    project_id: Option<String>,
    salt: String,
    hash: String,
    iterations: u32,
    #[serde(default)]
    wrong_tries: u32,
    #[serde(default)]
    wait_until_ms: Option<i64>,
}

impl From<Lock> for StoredLock {
    fn from(lock: Lock) -> StoredLock {
        let (mode, project_id) = match lock.mode {
            LockMode::Kiosk { project_id } => (ModeName::Kiosk, Some(project_id)),
            LockMode::Reader => (ModeName::Reader, None),
        };
        StoredLock {
            mode,
            project_id,
            salt: lock.salt,
            hash: lock.hash,
            iterations: lock.iterations,
            wrong_tries: lock.wrong_tries,
            wait_until_ms: lock.wait_until_ms,
        }
    }
}

impl TryFrom<StoredLock> for Lock {
    type Error = &'static str;

    /// A kiosk lock must name its project; a reader lock ignores one.
    fn try_from(stored: StoredLock) -> Result<Lock, Self::Error> {
        let mode = match (stored.mode, stored.project_id) {
            (ModeName::Kiosk, Some(project_id)) => LockMode::Kiosk { project_id },
            (ModeName::Kiosk, None) => return Err("missing field `project_id`"),
            (ModeName::Reader, _) => LockMode::Reader,
        };
        Ok(Lock {
            mode,
            salt: stored.salt,
            hash: stored.hash,
            iterations: stored.iterations,
            wrong_tries: stored.wrong_tries,
            wait_until_ms: stored.wait_until_ms,
        })
    }
}

/// Whether a try may be made now, or how many seconds are left to wait.
pub fn seconds_to_wait(lock: &Lock, now_ms: i64) -> Option<i64> {
    let until = lock.wait_until_ms?;
    // A clock set back (or a tampered time far ahead) never waits longer
    // than one lockout.
    let left = (until - now_ms).min(LOCKOUT_MS);
    (left > 0).then(|| (left + 999) / 1000)
}

/// Records a wrong try: the fifth in a row starts the wait and the count
/// starts again after it.
pub fn wrong_try(lock: &mut Lock, now_ms: i64) {
    lock.wrong_tries += 1;
    if lock.wrong_tries >= MAX_WRONG_TRIES {
        lock.wrong_tries = 0;
        lock.wait_until_ms = Some(now_ms + LOCKOUT_MS);
    }
}

/// Compares two hashes in time that does not depend on where they first
/// differ, so timing says nothing about the stored hash.
pub fn same_hash(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Bytes as lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hex back to bytes, or `None` if it is not hex.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

impl Lock {
    /// Whether the stored lock is usable: a hash and salt of the right
    /// shape and enough iterations. One that is not is treated like an
    /// unreadable record (see `crate::storage::kiosk::load_lock`).
    pub fn is_well_formed(&self) -> bool {
        from_hex(&self.salt).is_some_and(|s| s.len() == SALT_BYTES)
            && from_hex(&self.hash).is_some_and(|h| h.len() == 32)
            && self.iterations >= MIN_ITERATIONS
    }
}

/// A lock with a made-up salt and hash, for the tests of the rules and of
/// the stored lock.
#[cfg(test)]
pub(crate) fn sample_lock(mode: LockMode) -> Lock {
    Lock {
        mode,
        salt: to_hex(&[7; SALT_BYTES]),
        hash: to_hex(&[9; 32]),
        iterations: ITERATIONS,
        wrong_tries: 0,
        wait_until_ms: None,
    }
}

#[cfg(test)]
#[path = "pin_tests.rs"]
mod tests;
