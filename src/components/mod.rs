//! Pieces shared by several screens.

pub mod app_header;
pub mod document_title;
pub mod download;
pub mod error_summary;
pub mod form_errors;
pub mod form_fields;
pub mod general_fields;
pub mod involvement_fields;
pub mod new_project_form;
pub mod project_filters;
pub mod project_row;
pub mod route_focus;
pub mod save_status;
pub mod storage_banners;
pub mod team_editor;
