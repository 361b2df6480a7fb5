//! Checks on what people type, with messages that say how to put it right
//! (in the style of the NHS.UK error message pattern).

use super::{limits, Date, Project};

/// A field on the General tab, for pointing an error at its input.
/// Declared in page order, so sorting errors lists them as the page does.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Aim,
    About,
    Lead,
    Service,
    StartDate,
    EndDate,
    InvolvementNotes,
    Team,
    MemberName(String),
    MemberRole(String),
    ExpertName,
    ExpertJoined,
    ExpertInduction,
    ExpertNotes,
    Experts,
    ActivityDate,
    ActivityKind,
    ActivityPeople,
    ActivityHours,
    ActivitySaid,
    ActivityChanged,
    Activities,
    SettingsTeam,
    SettingsEmail,
    SettingsPhone,
    SettingsNotes,
    SettingsWelcome,
}

impl Field {
    /// The `id` of the input this field is edited in, so an error summary
    /// can link straight to it.
    pub fn input_id(&self) -> String {
        match self {
            Field::Title => "project-title".into(),
            Field::Aim => "project-aim".into(),
            Field::About => "project-about".into(),
            Field::Lead => "project-lead".into(),
            Field::Service => "project-service".into(),
            Field::StartDate => "project-start".into(),
            Field::EndDate => "project-end".into(),
            Field::InvolvementNotes => "project-involvement-notes".into(),
            Field::Team => "add-team-member".into(),
            Field::MemberName(id) => format!("member-name-{id}"),
            Field::MemberRole(id) => format!("member-role-{id}"),
            Field::ExpertName => "expert-name".into(),
            Field::ExpertJoined => "expert-joined".into(),
            Field::ExpertInduction => "expert-induction-date".into(),
            Field::ExpertNotes => "expert-notes".into(),
            Field::Experts => "expert-name".into(),
            Field::ActivityDate => "activity-date".into(),
            Field::ActivityKind => "activity-kind".into(),
            Field::ActivityPeople => "activity-people".into(),
            Field::ActivityHours => "activity-hours".into(),
            Field::ActivitySaid => "activity-said".into(),
            Field::ActivityChanged => "activity-changed".into(),
            Field::Activities => "activity-date".into(),
            Field::SettingsTeam => "settings-team".into(),
            Field::SettingsEmail => "settings-email".into(),
            Field::SettingsPhone => "settings-phone".into(),
            Field::SettingsNotes => "settings-notes".into(),
            Field::SettingsWelcome => "settings-welcome".into(),
        }
    }
}

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

impl FieldError {
    pub fn new(field: Field, message: impl Into<String>) -> FieldError {
        FieldError {
            field,
            message: message.into(),
        }
    }
}

/// A title must have words in it and fit on a line.
pub fn check_title(title: &str) -> Result<(), FieldError> {
    if title.trim().is_empty() {
        return Err(FieldError::new(Field::Title, "Enter a project title"));
    }
    check_length(Field::Title, "Project title", title, limits::TITLE)
}

/// Text may be empty but not longer than `max` characters, and may hold
/// no control characters but tab and line breaks: JSON stores each as six
/// characters, which would break the bound on a record's size (see
/// `limits`), and none of them shows on screen anyway.
pub fn check_length(field: Field, name: &str, text: &str, max: usize) -> Result<(), FieldError> {
    let count = text.chars().count();
    if count > max {
        return Err(FieldError::new(
            field,
            format!("{name} must be {max} characters or fewer (it has {count})"),
        ));
    }
    let hidden = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    match text.chars().position(hidden) {
        Some(at) => Err(FieldError::new(
            field,
            format!(
                "{name} has a hidden character at character {}, often from copied text: delete it or type that part again",
                at + 1
            ),
        )),
        None => Ok(()),
    }
}

/// Reads a date input's value: empty means no date.
pub fn parse_date(field: Field, name: &str, text: &str) -> Result<Option<Date>, FieldError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    Date::parse_iso(text).map(Some).ok_or_else(|| {
        FieldError::new(
            field,
            format!("{name} must be a real date, for example 27 3 2026"),
        )
    })
}

/// An end date cannot come before the start date.
pub fn check_dates(
    start: Option<Date>,
    end: Option<Date>,
    changed: Field,
) -> Result<(), FieldError> {
    match (start, end) {
        (Some(start), Some(end)) if end < start => Err(if changed == Field::StartDate {
            FieldError::new(
                Field::StartDate,
                "Start date must be the same as or before the end date",
            )
        } else {
            FieldError::new(
                Field::EndDate,
                "End date must be the same as or after the start date",
            )
        }),
        _ => Ok(()),
    }
}

/// Every problem with a whole project, for data that did not come through
/// the form (a backup, another version of the app).
pub fn validate(project: &Project) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |r: Result<(), FieldError>| {
        if let Err(e) = r {
            errors.push(e);
        }
    };
    push(check_title(&project.title));
    push(check_length(
        Field::Aim,
        "Aim",
        &project.aim,
        limits::LONG_TEXT,
    ));
    push(check_length(
        Field::About,
        "What the project is about",
        &project.about,
        limits::LONG_TEXT,
    ));
    push(check_length(
        Field::Lead,
        "Project lead",
        &project.lead,
        limits::SHORT_TEXT,
    ));
    push(check_length(
        Field::Service,
        "Service or location",
        &project.service,
        limits::SHORT_TEXT,
    ));
    push(check_length(
        Field::InvolvementNotes,
        "Involvement notes",
        &project.involvement_notes,
        limits::LONG_TEXT,
    ));
    push(check_dates(
        project.start_date,
        project.end_date,
        Field::EndDate,
    ));
    if project.team.len() > limits::TEAM_SIZE {
        push(Err(FieldError::new(
            Field::Team,
            format!("A team can have up to {} members", limits::TEAM_SIZE),
        )));
    }
    for member in &project.team {
        push(check_member_name(&member.id, &member.name));
        push(check_length(
            Field::MemberRole(member.id.clone()),
            "Role",
            &member.role,
            limits::SHORT_TEXT,
        ));
    }
    errors
}

/// A team member needs a name or initials.
pub fn check_member_name(id: &str, name: &str) -> Result<(), FieldError> {
    let field = Field::MemberName(id.to_string());
    if name.trim().is_empty() {
        return Err(FieldError::new(
            field,
            "Enter a name or initials for this team member",
        ));
    }
    check_length(field, "Name", name, limits::SHORT_TEXT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_rules() {
        assert!(check_title("Reducing falls").is_ok());
        assert_eq!(
            check_title("   ").unwrap_err().message,
            "Enter a project title"
        );
        let long = "x".repeat(limits::TITLE + 1);
        let err = check_title(&long).unwrap_err();
        assert_eq!(err.field, Field::Title);
        assert!(
            err.message.contains("150 characters or fewer"),
            "{}",
            err.message
        );
        // Characters, not bytes: 150 emoji are allowed.
        assert!(check_title(&"é".repeat(limits::TITLE)).is_ok());
    }

    #[test]
    fn hidden_control_characters_are_refused_but_line_breaks_are_not() {
        assert!(check_length(Field::Aim, "Aim", "One\ntwo\r\n\tthree", 100).is_ok());
        let err = check_length(Field::Aim, "Aim", "Slide\u{b}text", 100).unwrap_err();
        assert_eq!(err.field, Field::Aim);
        assert!(
            err.message
                .starts_with("Aim has a hidden character at character 6"),
            "{}",
            err.message
        );
        assert!(check_length(Field::Aim, "Aim", "\u{7f}", 100).is_err());
    }

    #[test]
    fn dates() {
        let d = |s| Date::parse_iso(s);
        assert!(check_dates(d("2026-01-01"), d("2026-01-01"), Field::EndDate).is_ok());
        assert!(check_dates(None, d("2020-01-01"), Field::EndDate).is_ok());
        let err = check_dates(d("2026-02-01"), d("2026-01-01"), Field::EndDate).unwrap_err();
        assert_eq!(err.field, Field::EndDate);
        let err = check_dates(d("2026-02-01"), d("2026-01-01"), Field::StartDate).unwrap_err();
        assert_eq!(err.field, Field::StartDate);
        assert_eq!(parse_date(Field::StartDate, "Start date", ""), Ok(None));
        assert!(parse_date(Field::StartDate, "Start date", "2026-02-30").is_err());
    }

    #[test]
    fn whole_project() {
        let mut p = Project {
            title: "Ok".into(),
            ..Project::default()
        };
        assert!(validate(&p).is_empty());
        p.title.clear();
        p.start_date = Date::parse_iso("2026-05-01");
        p.end_date = Date::parse_iso("2026-04-01");
        p.team.push(Default::default());
        let fields: Vec<_> = validate(&p).into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![
                Field::Title,
                Field::EndDate,
                Field::MemberName(String::new())
            ]
        );
    }
}
