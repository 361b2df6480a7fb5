//! Pieces shared by several screens.

pub mod app_header;
pub mod document_title;
pub mod route_focus;
