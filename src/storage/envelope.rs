//! The envelope every small record is stored in: `{"version":N,"value":…}`.
//! One place writes it, so settings, reader preferences, drafts and the
//! last-backup time cannot drift apart in shape.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct Out<'a, T> {
    version: u64,
    value: &'a T,
}

// Read straight into the record's own type rather than through a generic
// JSON value, which would add its own parser to the download.
#[derive(Deserialize)]
struct In<T> {
    version: u64,
    value: T,
}

/// The stored text for `value` at `version`.
pub fn encode<T: Serialize>(version: u64, value: &T) -> String {
    // Plain data with string keys always serialises; an empty object (read
    // back as nothing) is the safe answer if it ever did not.
    serde_json::to_string(&Out { version, value }).unwrap_or_else(|_| "{}".to_string())
}

/// The value in `text` if it is readable and of exactly `version`; `None`
/// for anything else (damaged, or another version's shape).
pub fn decode_exact<T: DeserializeOwned>(text: &str, version: u64) -> Option<T> {
    let envelope: In<T> = serde_json::from_str(text).ok()?;
    (envelope.version == version).then_some(envelope.value)
}
