//! Half-filled forms, kept so they survive the page being hidden, the
//! tablet sleeping and the tab being discarded and reloaded.
//!
//! Each form's draft has its own key, `qi-involve:draft:<form>:<project id>`
//! (or `qi-involve:draft:<form>` for a form that belongs to no project), in
//! a small versioned envelope `{"version":1,"value":…}`. A draft is a
//! convenience, not the record: one that cannot be read is ignored (and
//! replaced by the next one written), and when storage refuses a write the
//! form simply carries on without a draft.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{envelope, Backend};

/// The start of every draft's key.
pub const DRAFT_PREFIX: &str = "qi-involve:draft:";

/// The shape drafts are stored in. Bump it when a draft's shape changes:
/// a draft from another version is then ignored rather than misread.
pub const DRAFT_VERSION: u64 = 1;

/// The key for `form`'s draft, for one project or for none.
pub fn draft_key(form: &str, project_id: Option<&str>) -> String {
    match project_id {
        Some(id) => format!("{DRAFT_PREFIX}{form}:{id}"),
        None => format!("{DRAFT_PREFIX}{form}"),
    }
}

/// The stored text of a draft.
pub fn encode_draft<T: Serialize>(value: &T) -> String {
    envelope::encode(DRAFT_VERSION, value)
}

/// The draft in `text`, or none if it is damaged or of another version.
pub fn decode_draft<T: DeserializeOwned>(text: &str) -> Option<T> {
    envelope::decode_exact(text, DRAFT_VERSION)
}

/// The draft stored under `key`, if there is a readable one.
pub fn read_draft<T: DeserializeOwned>(store: &dyn Backend, key: &str) -> Option<T> {
    decode_draft(&store.get(key).ok()??)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryBackend;

    #[derive(Debug, PartialEq, Serialize, serde::Deserialize)]
    struct Form {
        name: String,
    }

    fn form(name: &str) -> Form {
        Form { name: name.into() }
    }

    #[test]
    fn keys_are_per_form_and_project() {
        assert_eq!(
            draft_key("activity", Some("p1")),
            "qi-involve:draft:activity:p1"
        );
        assert_eq!(draft_key("settings", None), "qi-involve:draft:settings");
        assert!(
            crate::storage::codec::id_from_key(&draft_key("activity", Some("p1"))).is_none(),
            "a draft is never taken for a project"
        );
    }

    #[test]
    fn round_trip_in_a_versioned_envelope() {
        let text = encode_draft(&form("R. K. – “carer”"));
        assert!(text.starts_with(r#"{"version":1,"value":"#), "{text}");
        assert_eq!(decode_draft::<Form>(&text), Some(form("R. K. – “carer”")));
    }

    #[test]
    fn damaged_or_foreign_drafts_are_ignored() {
        for text in [
            "",
            "not json",
            r#"{"version":1,"value":{"name":3}}"#,
            r#"{"version":2,"value":{"name":"A"}}"#,
            r#"{"value":{"name":"A"}}"#,
            r#"{"version":1}"#,
            "[]",
        ] {
            assert_eq!(decode_draft::<Form>(text), None, "{text}");
        }
    }

    #[test]
    fn read_from_the_store() {
        let store = MemoryBackend::default();
        let key = draft_key("person", Some("p1"));
        assert_eq!(read_draft::<Form>(&store, &key), None);
        store.set(&key, &encode_draft(&form("A"))).unwrap();
        assert_eq!(read_draft(&store, &key), Some(form("A")));
        store.set(&key, "{\"version\":1,").unwrap();
        assert_eq!(read_draft::<Form>(&store, &key), None);
    }
}
