//! Everything that touches stored data.
//!
//! `codec` turns a project into the text stored under its key and back,
//! migrating older versions; `backend` is the key-value store (the
//! browser's localStorage, or memory in tests and when the browser refuses
//! storage); `repo` decides what to write and when, and never overwrites
//! what it could not read.

pub mod aside;
pub mod backend;
pub mod backup;
mod by_id;
pub mod codec;
pub mod drafts;
pub mod envelope;
pub mod import;
pub mod kiosk;
pub mod last_backup;
pub mod last_screen;
pub mod local_storage;
pub mod packed;
pub mod recently_deleted;
pub mod repo;
pub mod usage;

pub use aside::{keep_aside, KeptCopy, Unreadable};
pub use backend::{Backend, MemoryBackend, StorageError};
pub use codec::DecodeError;
pub use recently_deleted::{Deleted, Restored};
pub use repo::{ConflictNotice, FlushOutcome, LoadReport, Repo};
