//! Text ready to paste into Life QI, whose General tab has a "Service user
//! involvement" drop-down and a notes box beside it, and the fields of the
//! General tab one by one.

use super::{Date, Project};

/// A General tab field that Life QI also has, copied one at a time: Life
/// QI keeps each in its own box, so a block of them all would have to be
/// split up again by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneralField {
    Title,
    Aim,
    About,
    Lead,
    StartDate,
    EndDate,
    Progress,
}

impl GeneralField {
    /// Every field, in the order Life QI shows them.
    pub const ALL: [GeneralField; 7] = [
        GeneralField::Title,
        GeneralField::Aim,
        GeneralField::About,
        GeneralField::Lead,
        GeneralField::StartDate,
        GeneralField::EndDate,
        GeneralField::Progress,
    ];

    /// The field's name, as its Copy button names it ("Copy Aim").
    pub fn name(self) -> &'static str {
        match self {
            GeneralField::Title => "Project title",
            GeneralField::Aim => "Aim",
            GeneralField::About => "What the project is about",
            GeneralField::Lead => "Project lead",
            GeneralField::StartDate => "Start date",
            GeneralField::EndDate => "End date",
            GeneralField::Progress => "Progress score",
        }
    }

    /// A short code for element ids.
    pub fn code(self) -> &'static str {
        match self {
            GeneralField::Title => "title",
            GeneralField::Aim => "aim",
            GeneralField::About => "about",
            GeneralField::Lead => "lead",
            GeneralField::StartDate => "start-date",
            GeneralField::EndDate => "end-date",
            GeneralField::Progress => "progress",
        }
    }

    /// The text to paste into Life QI: text trimmed, dates as Life QI
    /// shows UK dates (`05/01/2026`), the score with its meaning as the
    /// IHI scale words it. Empty when the field is empty.
    pub fn text(self, project: &Project) -> String {
        let date = |d: Option<Date>| d.map(uk_date).unwrap_or_default();
        match self {
            GeneralField::Title => project.title.trim().to_string(),
            GeneralField::Aim => project.aim.trim().to_string(),
            GeneralField::About => project.about.trim().to_string(),
            GeneralField::Lead => project.lead.trim().to_string(),
            GeneralField::StartDate => date(project.start_date),
            GeneralField::EndDate => date(project.end_date),
            GeneralField::Progress => project.progress.map(|s| s.label()).unwrap_or_default(),
        }
    }
}

/// `DD/MM/YYYY`.
fn uk_date(date: Date) -> String {
    // `iso` is always the ten ASCII characters `YYYY-MM-DD`.
    let iso = date.iso();
    format!("{}/{}/{}", &iso[8..10], &iso[5..7], &iso[0..4])
}

/// The level and the notes, laid out for Life QI's notes box: the level on
/// the first line so it can be matched to the drop-down, then the notes.
pub fn notes_for_life_qi(project: &Project) -> String {
    let notes = project.involvement_notes.trim();
    let mut text = format!("Service user involvement: {}", project.involvement.label());
    if !notes.is_empty() {
        text.push_str("\n\n");
        text.push_str(notes);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InvolvementLevel, ProgressScore};

    #[test]
    fn each_general_field_copies_as_life_qi_takes_it() {
        let p = Project {
            title: " Reducing falls on Ward 7 ".into(),
            aim: "Halve falls by March 2027".into(),
            about: "Night-time falls\namong older patients".into(),
            lead: "Priya Shah".into(),
            start_date: Date::parse_iso("2026-01-05"),
            end_date: None,
            progress: ProgressScore::parse("2.5"),
            ..Project::default()
        };
        let copied: Vec<(&str, String)> = GeneralField::ALL
            .iter()
            .map(|f| (f.name(), f.text(&p)))
            .collect();
        assert_eq!(
            copied,
            [
                ("Project title", "Reducing falls on Ward 7".to_string()),
                ("Aim", "Halve falls by March 2027".into()),
                (
                    "What the project is about",
                    "Night-time falls\namong older patients".into()
                ),
                ("Project lead", "Priya Shah".into()),
                ("Start date", "05/01/2026".into()),
                ("End date", String::new()),
                (
                    "Progress score",
                    "2.5 \u{2013} Changes tested, but no improvement".into()
                ),
            ]
        );
    }

    #[test]
    fn level_then_notes() {
        let mut p = Project {
            involvement: InvolvementLevel::BigI,
            involvement_notes: "  Two carers sit on the project team.\nThey co-wrote the survey.  "
                .into(),
            ..Project::default()
        };
        assert_eq!(
            notes_for_life_qi(&p),
            "Service user involvement: Big I\n\nTwo carers sit on the project team.\nThey co-wrote the survey."
        );
        p.involvement_notes.clear();
        p.involvement = InvolvementLevel::Both;
        assert_eq!(
            notes_for_life_qi(&p),
            "Service user involvement: Little i and Big I"
        );
    }
}
