//! Pieces shared by several screens.

pub mod activity_log;
pub mod app_header;
pub mod document_title;
pub mod download;
pub mod draft_notes;
pub mod draft_restored;
pub mod error_summary;
pub mod experts_editor;
pub mod focus;
pub mod form_errors;
pub mod form_fields;
pub mod general_fields;
pub mod induction_section;
pub mod involvement_fields;
pub mod new_project_form;
pub mod project_filters;
pub mod project_route;
pub mod project_row;
pub mod project_tabs;
pub mod route_focus;
pub mod save_status;
pub mod self_assessment;
pub mod storage_banners;
pub mod suggestion_panel;
pub mod team_editor;
pub mod trust_contact;
