//! One screen per route.

pub mod dashboard;
pub mod guide;
pub mod induction;
pub mod involvement;
pub mod kiosk;
pub mod not_found;
pub mod not_loaded;
pub mod project;
pub mod projects;
pub mod settings;
