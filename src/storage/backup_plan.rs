//! What importing a checked backup would do, before it does anything: each
//! project in the file compared with the device's copy, and the exact
//! projects to write and ids to remove for a merge or a replace.
//!
//! How two copies of one project (same id) are compared:
//! - the same content (everything but the revision, the save stamp and
//!   the last-updated time): **unchanged**;
//! - a higher revision, and updated no earlier: **newer** on that side;
//! - otherwise, **both changed** since they last matched: the same
//!   revision with different content (each side saved its own next
//!   revision), or a higher revision on one side but a later update on the
//!   other. The clocks of two devices may differ, so this can call a copy
//!   changed on both sides when it was not; that only ever keeps both
//!   copies, never loses one. Changes on both sides that left one side
//!   both higher and later cannot be told apart from a plain newer copy.

#![warn(missing_docs)]

use std::collections::{BTreeSet, HashMap};

use crate::model::limits;
use crate::model::project_check::MAX_ID;
use crate::model::trust_settings::TrustSettings;
use crate::model::Project;

/// How a project in the file compares with the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Not on the device.
    New,
    /// The file's copy is newer.
    NewerInFile,
    /// The device's copy is newer.
    NewerOnDevice,
    /// The same on both.
    Unchanged,
    /// Changed in both places since they last matched (see the module).
    BothChanged,
}

/// One project in the file and how it compares.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanItem {
    /// The file's copy, checked.
    pub project: Project,
    /// How it compares with the device's copy.
    pub class: Class,
}

/// How to import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// The newer copy of each project wins; projects only on the device
    /// stay; where both changed, both are kept (the file's as a copy).
    Merge,
    /// The device ends up holding exactly what the file holds.
    Replace,
}

/// A project changed in both places that a merge keeps twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptBoth {
    /// The device's copy, left as it is.
    pub id: String,
    /// The id the file's copy is written under.
    pub copy_id: String,
    /// The copy's title, marked "(from backup)".
    pub copy_title: String,
}

/// Exactly what an import writes.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportWrites {
    /// Projects to write, whole.
    pub write: Vec<Project>,
    /// Ids of projects to remove from the device.
    pub remove: Vec<String>,
    /// Settings to write, if they change.
    pub settings: Option<TrustSettings>,
    /// Projects a merge kept twice, to tell the person.
    pub kept_both: Vec<KeptBoth>,
}

/// What importing a checked file would do. Build it with
/// [`validate`](super::validate).
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// When the file was made (Unix milliseconds).
    pub exported_ms: i64,
    /// The file's settings.
    pub settings: TrustSettings,
    /// Every project in the file, in its order.
    pub items: Vec<PlanItem>,
    /// Ids of projects on the device that the file does not have: a merge
    /// keeps them, a replace removes them.
    pub only_on_device: Vec<String>,
    /// Every project id on the device, so copies get ids of their own.
    device_ids: BTreeSet<String>,
}

/// Everything but the bookkeeping a save changes.
fn same_content(a: &Project, b: &Project) -> bool {
    let plain = |p: &Project| Project {
        revision: 0,
        stamp: String::new(),
        updated_ms: 0,
        ..p.clone()
    };
    plain(a) == plain(b)
}

fn classify(file: &Project, device: &Project) -> Class {
    use std::cmp::Ordering::*;
    if same_content(file, device) {
        return Class::Unchanged;
    }
    match (
        file.revision.cmp(&device.revision),
        file.updated_ms.cmp(&device.updated_ms),
    ) {
        (Greater, Greater | Equal) => Class::NewerInFile,
        (Less, Less | Equal) => Class::NewerOnDevice,
        _ => Class::BothChanged,
    }
}

impl ImportPlan {
    pub(super) fn new(
        exported_ms: i64,
        settings: TrustSettings,
        projects: Vec<Project>,
        current: &[Project],
    ) -> ImportPlan {
        let on_device: HashMap<&str, &Project> =
            current.iter().map(|p| (p.id.as_str(), p)).collect();
        let in_file: BTreeSet<&str> = projects.iter().map(|p| p.id.as_str()).collect();
        let only_on_device = current
            .iter()
            .filter(|p| !in_file.contains(p.id.as_str()))
            .map(|p| p.id.clone())
            .collect();
        let items = projects
            .into_iter()
            .map(|project| {
                let class = match on_device.get(project.id.as_str()) {
                    None => Class::New,
                    Some(device) => classify(&project, device),
                };
                PlanItem { project, class }
            })
            .collect();
        ImportPlan {
            exported_ms,
            settings,
            items,
            only_on_device,
            device_ids: current.iter().map(|p| p.id.clone()).collect(),
        }
    }

    /// How many projects in the file are of `class`.
    pub fn count(&self, class: Class) -> usize {
        self.items.iter().filter(|i| i.class == class).count()
    }

    /// What to write and remove. A merge writes new projects and those
    /// newer in the file, keeps the device's newer and unchanged ones, and
    /// writes the file's copy of one changed on both sides under a new id
    /// with "(from backup)" after its title. It takes the file's settings
    /// only if none have been entered on the device (`device_settings`).
    /// A replace writes every project and the settings from the file and
    /// removes every other project.
    pub fn writes(&self, mode: ImportMode, device_settings: &TrustSettings) -> ImportWrites {
        match mode {
            ImportMode::Replace => ImportWrites {
                write: self.items.iter().map(|i| i.project.clone()).collect(),
                remove: self.only_on_device.clone(),
                settings: (self.settings != *device_settings).then(|| self.settings.clone()),
                kept_both: Vec::new(),
            },
            ImportMode::Merge => self.merge(device_settings),
        }
    }

    fn merge(&self, device_settings: &TrustSettings) -> ImportWrites {
        let mut taken: BTreeSet<String> = self.device_ids.clone();
        taken.extend(self.items.iter().map(|i| i.project.id.clone()));
        let mut write = Vec::new();
        let mut kept_both = Vec::new();
        for item in &self.items {
            match item.class {
                Class::New | Class::NewerInFile => write.push(item.project.clone()),
                Class::NewerOnDevice | Class::Unchanged => {}
                Class::BothChanged => {
                    let copy_id = fresh_id(&item.project.id, &taken);
                    taken.insert(copy_id.clone());
                    let copy = Project {
                        id: copy_id.clone(),
                        title: marked_title(&item.project.title),
                        ..item.project.clone()
                    };
                    kept_both.push(KeptBoth {
                        id: item.project.id.clone(),
                        copy_id,
                        copy_title: copy.title.clone(),
                    });
                    write.push(copy);
                }
            }
        }
        let settings_empty = *device_settings == TrustSettings::default();
        ImportWrites {
            write,
            remove: Vec::new(),
            settings: (settings_empty && self.settings != *device_settings)
                .then(|| self.settings.clone()),
            kept_both,
        }
    }
}

/// `<id>-b1`, `<id>-b2`, ... whichever is free first, cut to fit
/// [`MAX_ID`] (ids are ASCII, so cutting by bytes is safe).
fn fresh_id(id: &str, taken: &BTreeSet<String>) -> String {
    (1usize..)
        .map(|n| {
            let suffix = format!("-b{n}");
            let keep = id.len().min(MAX_ID - suffix.len());
            format!("{}{suffix}", &id[..keep])
        })
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_default()
}

/// The title with " (from backup)" after it, the title cut short if the
/// two together would be too long for a title.
fn marked_title(title: &str) -> String {
    const MARK: &str = " (from backup)";
    let room = limits::TITLE - MARK.chars().count();
    let short: String = title.trim().chars().take(room).collect();
    format!("{}{MARK}", short.trim_end())
}
