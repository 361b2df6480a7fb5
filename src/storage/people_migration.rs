//! Format 5 made a project's people one list. Formats 1 to 4 kept the
//! team (each member with an "Expert by Experience" tick) and, from format
//! 2, a separate list of Experts by Experience with their roster details;
//! nothing linked the two, so one carer could be in both, or in either.
//!
//! The lists are joined by name. Each Expert by Experience gives their
//! details to a team member of the same name (ignoring case and spaces at
//! either end), preferring one with the tick, then the first; each member
//! takes at most one person's details. An Expert by Experience with no
//! such member joins the team, with their kind's label as their role. A
//! ticked member left with no details gets fresh ones, of the kind their
//! role names (see `ExpertDetails::for_role`). Unticked members with no
//! match stay staff. Nobody is dropped, and nothing anyone typed changes.

use serde::Deserialize;

use crate::model::expert::{ExpertDetails, ExpertRole};
use crate::model::TeamMember;

/// A project's people as formats 1 to 4 stored them.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OldPeople {
    team: Vec<OldMember>,
    experts: Vec<OldExpert>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct OldMember {
    id: String,
    name: String,
    role: String,
    expert_by_experience: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct OldExpert {
    id: String,
    name: String,
    role: ExpertRole,
    joined: Option<crate::model::Date>,
    induction_given: Option<crate::model::Date>,
    guidance_given: bool,
    notes: String,
}

/// Just the people of an older envelope, read beside the project itself.
#[derive(Deserialize)]
pub(super) struct OldEnvelope {
    pub(super) project: Option<OldPeople>,
}

/// Names compared as a person would: case and outer spaces aside.
fn same_name(name: &str) -> String {
    crate::model::lowercase::lowercase(name.trim())
}

impl OldPeople {
    /// The one list of format 5, as the module comment describes.
    pub fn into_team(self) -> Vec<TeamMember> {
        let ticked: Vec<bool> = self.team.iter().map(|m| m.expert_by_experience).collect();
        let mut team: Vec<TeamMember> = self
            .team
            .into_iter()
            .map(|m| TeamMember {
                id: m.id,
                name: m.name,
                role: m.role,
                expert: None,
            })
            .collect();
        // Only the members of the old team can take an expert's details.
        let old_members = team.len();
        for e in self.experts {
            let details = ExpertDetails {
                kind: e.role,
                joined: e.joined,
                induction_given: e.induction_given,
                guidance_given: e.guidance_given,
                notes: e.notes,
            };
            let name = same_name(&e.name);
            // `min_by_key` keeps the first of equals: ticked first, then order.
            let matched = (0..old_members)
                .filter(|&i| team[i].expert.is_none() && same_name(&team[i].name) == name)
                .min_by_key(|&i| !ticked[i]);
            match matched {
                Some(i) => team[i].expert = Some(details),
                None => {
                    let id = unused_id(&team, e.id);
                    team.push(TeamMember {
                        id,
                        name: e.name,
                        role: e.role.label().to_string(),
                        expert: Some(details),
                    });
                }
            }
        }
        for (member, ticked) in team.iter_mut().zip(ticked) {
            if ticked && member.expert.is_none() {
                member.expert = Some(ExpertDetails::for_role(&member.role));
            }
        }
        team
    }
}

/// `id`, or if a team member has it already (the two lists' ids were only
/// unique within each list), `id` with the first free `-2`, `-3`, ….
fn unused_id(team: &[TeamMember], id: String) -> String {
    let taken = |candidate: &str| team.iter().any(|m| m.id == candidate);
    if !taken(&id) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or(id)
}
