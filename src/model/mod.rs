//! The domain: projects, involvement levels, progress scores and the rules
//! about them. Plain Rust with no browser APIs, tested with `cargo test`.

pub mod activity;
pub mod csv_export;
pub mod dashboard;
pub mod date;
pub mod expert;
pub mod hours;
pub mod involvement_level;
pub mod involvement_record;
pub mod kiosk;
pub mod level_change;
pub mod level_history;
pub mod life_qi;
pub mod limits;
pub mod list_criteria;
pub mod list_filter;
pub mod lowercase;
pub mod merge;
pub mod order;
pub mod patch;
pub mod percent;
pub mod progress_score;
pub mod project;
pub mod project_check;
pub mod project_edit;
pub mod reader_prefs;
pub mod register;
pub mod register_query;
pub mod self_assessment;
pub mod status;
pub mod suggestion;
pub mod tenths;
pub mod trust_settings;
pub mod validation;

pub use date::Date;
pub use involvement_level::InvolvementLevel;
pub use progress_score::ProgressScore;
pub use project::{Project, TeamMember};
pub use project_edit::Edit;
pub use status::Status;
pub use validation::{Field, FieldError};
