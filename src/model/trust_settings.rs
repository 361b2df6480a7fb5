//! Details a trust fills in once: who the Patient Involvement Team is and
//! how to reach them. Empty until someone enters them on Settings.

use serde::{Deserialize, Serialize};

use super::validation::check_length;
use super::{limits, Field, FieldError};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrustSettings {
    /// What the team is called locally, e.g. "Patient Involvement Team".
    pub team_name: String,
    pub email: String,
    pub phone: String,
    /// Anything else: opening hours, a web page, a named contact.
    pub notes: String,
    /// A local welcome shown at the start of the induction guide.
    pub welcome_note: String,
}

impl TrustSettings {
    /// Whether any contact detail has been entered.
    pub fn has_contact(&self) -> bool {
        [&self.team_name, &self.email, &self.phone, &self.notes]
            .iter()
            .any(|s| !s.trim().is_empty())
    }

    /// Every problem with the details, for the Settings form.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let checks = [
            check_length(
                Field::SettingsTeam,
                "Team name",
                &self.team_name,
                limits::SHORT_TEXT,
            ),
            check_length(
                Field::SettingsEmail,
                "Email",
                &self.email,
                limits::SHORT_TEXT,
            ),
            check_length(Field::SettingsPhone, "Phone", &self.phone, 40),
            check_length(
                Field::SettingsNotes,
                "Other contact details",
                &self.notes,
                limits::NOTES,
            ),
            check_length(
                Field::SettingsWelcome,
                "Welcome note",
                &self.welcome_note,
                limits::NOTES,
            ),
        ];
        errors.extend(checks.into_iter().filter_map(Result::err));
        let email = self.email.trim();
        if !email.is_empty() && !looks_like_email(email) {
            errors.push(FieldError::new(
                Field::SettingsEmail,
                "Enter an email address in the right form, like name@nhs.net",
            ));
        }
        errors
    }
}

fn looks_like_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_and_email() {
        let mut s = TrustSettings::default();
        assert!(!s.has_contact());
        assert!(s.validate().is_empty());
        s.email = "pit@nhs.net".into();
        assert!(s.has_contact());
        assert!(s.validate().is_empty());
        for bad in ["pit", "pit@nhs", "@nhs.net", "p it@nhs.net", "pit@.net"] {
            s.email = bad.into();
            assert_eq!(s.validate()[0].field, Field::SettingsEmail, "{bad}");
        }
    }
}
