//! A QI project, with the fields of Life QI's General tab.

use serde::{Deserialize, Serialize};

use super::activity::Activity;
use super::expert::ExpertDetails;
use super::level_history::LevelChange;
use super::{Date, InvolvementLevel, ProgressScore, Status};

/// One QI project as this device knows it.
///
/// Every field but `id` has a serde default so that a record written by an
/// older version with fewer fields still loads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Project {
    pub id: String,
    /// Goes up by one on every save; two tabs use it to notice each other.
    pub revision: u64,
    /// Set afresh on every save, unique to the tab and the write, so two
    /// tabs that both wrote the same revision are still told apart.
    pub stamp: String,
    pub title: String,
    /// What are you trying to accomplish?
    pub aim: String,
    /// What is the project about?
    pub about: String,
    pub lead: String,
    /// Everyone on the project, staff and Experts by Experience alike.
    pub team: Vec<TeamMember>,
    /// The service or location the project works in.
    pub service: String,
    pub start_date: Option<Date>,
    pub end_date: Option<Date>,
    pub status: Status,
    pub progress: Option<ProgressScore>,
    /// The day the progress score last changed, so a stale score shows.
    pub progress_changed: Option<Date>,
    pub involvement: InvolvementLevel,
    /// What the team is doing to achieve Big I or Little i.
    pub involvement_notes: String,
    /// When the level changed, oldest first (see `level_history.rs`).
    pub level_history: Vec<LevelChange>,
    /// The involvement activity log, in the order it was entered.
    pub activities: Vec<Activity>,
    pub archived: bool,
    /// Unix time in milliseconds.
    pub created_ms: i64,
    pub updated_ms: i64,
}

/// A member of the project team.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TeamMember {
    pub id: String,
    /// Name or initials, as the person chooses.
    pub name: String,
    /// Their role on the team, in their own words.
    pub role: String,
    /// Set for a service user or carer on the team (an Expert by
    /// Experience): what the involvement record keeps about them.
    pub expert: Option<ExpertDetails>,
}

impl TeamMember {
    /// Whether they are a service user or carer.
    pub fn is_expert(&self) -> bool {
        self.expert.is_some()
    }
}

impl Default for Project {
    fn default() -> Self {
        Project {
            id: String::new(),
            revision: 0,
            stamp: String::new(),
            title: String::new(),
            aim: String::new(),
            about: String::new(),
            lead: String::new(),
            team: Vec::new(),
            service: String::new(),
            start_date: None,
            end_date: None,
            status: Status::Active,
            progress: None,
            progress_changed: None,
            involvement: InvolvementLevel::NotRecorded,
            involvement_notes: String::new(),
            level_history: Vec::new(),
            activities: Vec::new(),
            archived: false,
            created_ms: 0,
            updated_ms: 0,
        }
    }
}

impl Project {
    /// The title to show, with a stand-in for a record that has none
    /// (possible only in data from elsewhere: the app requires a title).
    pub fn display_title(&self) -> &str {
        if self.title.trim().is_empty() {
            "Untitled project"
        } else {
            &self.title
        }
    }

    /// How many of the team are service users or carers.
    pub fn experts_on_team(&self) -> usize {
        self.experts().count()
    }

    /// Everyone on the team in one line: "Sam Patel (Ward manager); J. M.".
    pub fn team_in_words(&self) -> String {
        self.team
            .iter()
            .map(|m| match m.role.trim() {
                "" => m.name.clone(),
                role => format!("{} ({role})", m.name),
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The service users and carers on the team, with their details.
    pub fn experts(&self) -> impl Iterator<Item = (&TeamMember, &ExpertDetails)> {
        self.team
            .iter()
            .filter_map(|m| m.expert.as_ref().map(|details| (m, details)))
    }
}

impl Project {
    /// The first list in which two items share an id, by name ("team
    /// members", "activities"), or `None`.
    ///
    /// The screen shows each list keyed by id, so a record with a repeated
    /// id cannot be shown (or edited) safely; decoding refuses it instead.
    pub fn list_with_repeated_id(&self) -> Option<&'static str> {
        // Sorted, a repeat sits next to its twin (no set: a set type
        // would add its own copy of the tree's code to the first download).
        fn repeats<'a>(ids: impl Iterator<Item = &'a str>) -> bool {
            let mut ids: Vec<&str> = ids.collect();
            crate::model::order::sort(&mut ids);
            ids.windows(2).any(|w| w[0] == w[1])
        }
        if repeats(self.team.iter().map(|m| m.id.as_str())) {
            Some("team members")
        } else if repeats(self.activities.iter().map(|a| a.id.as_str())) {
            Some("activities")
        } else {
            None
        }
    }
}
