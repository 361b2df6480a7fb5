//! Text ready to paste into Life QI, whose General tab has a "Service user
//! involvement" drop-down and a notes box beside it.

use super::Project;

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
    use crate::model::InvolvementLevel;

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
