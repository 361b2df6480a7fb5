//! App-wide reactive state, provided as context by `App`.

pub mod clock;
mod deletions;
pub mod drafts;
mod import;
pub mod kiosk_data;
pub mod kiosk_lock;
pub mod last_screen;
pub mod pin_hash;
pub mod projects;
pub mod reader;
mod save_lock;
pub mod settings;
pub mod storage_use;
pub mod sync;

pub use projects::{Projects, SaveState};
pub use settings::Settings;
