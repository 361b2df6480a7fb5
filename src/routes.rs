//! The app's paths in one place, and how to turn them into links that work
//! whether the build is served at `/` or under a sub-path such as `/qi/`.

use leptos::prelude::WithUntracked;
use std::cell::RefCell;
use std::sync::OnceLock;

pub const PROJECTS: &str = "/";
pub const PROJECT: &str = "/project";
pub const INVOLVEMENT: &str = "/involvement";
pub const GUIDE: &str = "/guide";
pub const INDUCTION: &str = "/induction";
pub const DASHBOARD: &str = "/dashboard";
pub const SETTINGS: &str = "/settings";

/// Every fixed route. The release build gets a copy of `index.html` under
/// each, so a reload on a deep link works on a plain static server.
pub const ALL: [&str; 7] = [
    PROJECTS,
    PROJECT,
    INVOLVEMENT,
    GUIDE,
    INDUCTION,
    DASHBOARD,
    SETTINGS,
];

/// The sub-path the app is served under, without a trailing slash.
///
/// Read once from the `<base href>` that trunk writes from `--public-url`.
pub fn base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| trim_base(&base_path()))
}

#[cfg(target_arch = "wasm32")]
fn base_path() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
fn base_path() -> String {
    String::new()
}

fn trim_base(path: &str) -> String {
    path.trim_end_matches('/').to_string()
}

/// A link to `path` (which starts with `/`) under the app's base.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

thread_local! {
    /// The project list's query string as last shown, in this tab.
    static LIST_SEARCH: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The project list's path with its search, filters and sort, for the
/// router's `navigate`.
pub fn list_path(params: &[(&str, String)]) -> String {
    format!("{PROJECTS}{}", query_string(params))
}

/// Remembers the list's search, filters and sort, so that links back to
/// the list (the breadcrumb) return to the same list.
pub fn remember_list(params: &[(&str, String)]) {
    LIST_SEARCH.with(|s| s.replace(query_string(params)));
}

/// The link back to the project list as it was last shown.
pub fn list_href() -> String {
    LIST_SEARCH.with(|s| format!("{}{PROJECTS}{}", base(), s.borrow()))
}

/// `?key=value&…` with each value percent-encoded, or nothing.
fn query_string(params: &[(&str, String)]) -> String {
    let pairs: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// Percent-encodes everything but unreserved characters, byte by byte,
/// so any text (spaces, `&`, `#`, accents) survives the address.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The path of one project's General tab, for the router's `navigate`
/// (which adds the base itself).
pub fn project_path(id: &str) -> String {
    format!("{PROJECT}?id={id}")
}

/// The link to one project's General tab.
pub fn project_href(id: &str) -> String {
    format!("{}{}", base(), project_path(id))
}

/// The link to one project's involvement record.
pub fn involvement_href(id: &str) -> String {
    format!("{}{INVOLVEMENT}?id={id}", base())
}

/// The induction guide opened for a reader on one project, so it can name
/// that project's lead as their contact.
pub fn induction_for_project_href(id: &str) -> String {
    format!("{}{INDUCTION}?project={}", base(), encode(id))
}

/// The link from a person's row on a project's involvement record
/// (`/involvement?id=…`) to the induction guide, carrying that project
/// along. Must be called inside the router.
pub fn induction_for_this_project() -> String {
    let id = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("id"));
    match id {
        Some(id) if !id.is_empty() => induction_for_project_href(&id),
        _ => href(INDUCTION),
    }
}

/// Which top-level section a path belongs to, so the header can mark it
/// as the current page. A project's own page belongs to `Projects`.
pub fn section_of(path: &str) -> &'static str {
    let path = path.strip_prefix(base()).unwrap_or(path);
    let path = path.trim_end_matches('/');
    ALL.into_iter()
        .filter(|r| *r != PROJECTS)
        .find(|r| path == *r || path.starts_with(&format!("{r}/")))
        .map(|r| {
            if r == PROJECT || r == INVOLVEMENT {
                PROJECTS
            } else {
                r
            }
        })
        .unwrap_or(PROJECTS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections() {
        assert_eq!(section_of("/"), PROJECTS);
        assert_eq!(section_of(""), PROJECTS);
        assert_eq!(section_of("/project"), PROJECTS);
        assert_eq!(section_of("/involvement"), PROJECTS);
        assert_eq!(section_of("/guide/"), GUIDE);
        assert_eq!(section_of("/guidebook"), PROJECTS);
        assert_eq!(section_of("/settings"), SETTINGS);
    }

    #[test]
    fn list_path_encodes_text_and_is_remembered_for_the_breadcrumb() {
        assert_eq!(list_path(&[]), "/");
        assert_eq!(list_href(), "/");
        let params = [("q", "falls & trips #7 é".into()), ("archived", "1".into())];
        let path = list_path(&params);
        assert_eq!(path, "/?q=falls%20%26%20trips%20%237%20%C3%A9&archived=1");
        remember_list(&params);
        assert_eq!(list_href(), path);
        remember_list(&[]);
        assert_eq!(list_href(), "/");
    }

    #[test]
    fn base_is_trimmed() {
        assert_eq!(trim_base("/"), "");
        assert_eq!(trim_base("/qi/"), "/qi");
    }
}
