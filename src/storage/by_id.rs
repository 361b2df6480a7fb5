//! The repository's notes about projects, by id: which stored version a
//! change started from, and which one a write did.
//!
//! A list rather than a `BTreeMap`: it holds the few projects changed
//! since the last save (all of them only after another page cleared the
//! storage), and a map type of its own added a copy of the tree's code to
//! the first download.

use crate::model::Project;

/// A stored version of a project (`None`: never stored), by project id.
#[derive(Default)]
pub(super) struct ById(Vec<(String, Option<Project>)>);

impl ById {
    fn position(&self, id: &str) -> Option<usize> {
        self.0.iter().position(|(k, _)| k == id)
    }

    pub(super) fn get(&self, id: &str) -> Option<&Option<Project>> {
        self.position(id).map(|i| &self.0[i].1)
    }

    pub(super) fn contains(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    /// Sets the value of `id`, replacing any.
    pub(super) fn insert(&mut self, id: &str, value: Option<Project>) {
        match self.position(id) {
            Some(i) => self.0[i].1 = value,
            None => self.0.push((id.to_string(), value)),
        }
    }

    /// Sets the value of `id` unless it has one.
    pub(super) fn keep_first(&mut self, id: &str, value: impl FnOnce() -> Option<Project>) {
        if !self.contains(id) {
            self.0.push((id.to_string(), value()));
        }
    }

    pub(super) fn remove(&mut self, id: &str) {
        self.0.retain(|(k, _)| k != id);
    }

    pub(super) fn clear(&mut self) {
        self.0.clear();
    }

    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The ids, in order.
    pub(super) fn ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.0.iter().map(|(k, _)| k.clone()).collect();
        crate::model::order::sort(&mut ids);
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(title: &str) -> Option<Project> {
        Some(Project {
            title: title.into(),
            ..Project::default()
        })
    }

    #[test]
    fn one_value_per_id_and_ids_in_order() {
        let mut map = ById::default();
        assert!(map.is_empty());
        map.insert("b", project("1"));
        map.insert("a", None);
        map.insert("b", project("2"));
        map.keep_first("a", || project("3"));
        map.keep_first("c", || project("4"));
        assert_eq!(map.ids(), ["a", "b", "c"]);
        assert_eq!(map.get("a"), Some(&None));
        assert_eq!(map.get("b"), Some(&project("2")));
        assert!(map.contains("c"));
        map.remove("b");
        assert_eq!(
            (map.get("b"), map.ids()),
            (None, vec!["a".into(), "c".into()])
        );
        map.clear();
        assert!(map.is_empty());
    }
}
