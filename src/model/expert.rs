//! Experts by Experience: the service users and carers on a project team.
//! Recorded by name or initials (their choice) and role only.

use serde::{Deserialize, Serialize};

use super::Date;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpertRole {
    #[default]
    ServiceUser,
    Carer,
    Other,
}

impl ExpertRole {
    pub const ALL: [ExpertRole; 3] = [
        ExpertRole::ServiceUser,
        ExpertRole::Carer,
        ExpertRole::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ExpertRole::ServiceUser => "Service user",
            ExpertRole::Carer => "Carer",
            ExpertRole::Other => "Other",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            ExpertRole::ServiceUser => "service_user",
            ExpertRole::Carer => "carer",
            ExpertRole::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<ExpertRole> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// A service user or carer on the project.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Expert {
    pub id: String,
    /// Name or initials, as the person chooses.
    pub name: String,
    pub role: ExpertRole,
    pub joined: Option<Date>,
    /// The day their induction to the project was given, if it has been.
    pub induction_given: Option<Date>,
    /// Whether they were given the guidance document for service users and
    /// carers getting started in QI.
    pub guidance_given: bool,
    pub notes: String,
}
