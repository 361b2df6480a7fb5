//! Details a trust fills in once: who the Patient Involvement Team is and
//! how to reach them. Empty until someone enters them on Settings.

use serde::{Deserialize, Serialize};

use super::validation::check_length;
use super::{limits, Field, FieldError};

mod contact;
pub use contact::{is_plain_email, mailto_href, phone_problem, tel_href};

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
        if !email.is_empty() && !is_plain_email(email) {
            errors.push(FieldError::new(
                Field::SettingsEmail,
                "Enter an email address in the right form, like name@nhs.net",
            ));
        }
        let phone = self.phone.trim();
        if let Some(problem) = (!phone.is_empty()).then(|| phone_problem(phone)).flatten() {
            errors.push(FieldError::new(Field::SettingsPhone, problem));
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_details_are_valid() {
        let s = TrustSettings::default();
        assert!(!s.has_contact());
        assert!(s.validate().is_empty());
        let blank = TrustSettings {
            email: "  ".into(),
            phone: " ".into(),
            ..TrustSettings::default()
        };
        assert!(blank.validate().is_empty());
    }

    #[test]
    fn email_and_phone_errors_point_at_their_fields() {
        let cases = [
            ("pit@nhs.net", "01234 567890", vec![]),
            (" pit@nhs.net ", " +44 1234 567890 ", vec![]),
            ("pit@nhs.net?cc=x@y.z", "", vec![Field::SettingsEmail]),
            ("pit", "", vec![Field::SettingsEmail]),
            ("", "0123 ext 4", vec![Field::SettingsPhone]),
            ("", "123", vec![Field::SettingsPhone]),
            (
                "a@b.c&body=x",
                "1;2",
                vec![Field::SettingsEmail, Field::SettingsPhone],
            ),
        ];
        for (email, phone, fields) in cases {
            let s = TrustSettings {
                email: email.into(),
                phone: phone.into(),
                ..TrustSettings::default()
            };
            let got: Vec<Field> = s.validate().into_iter().map(|e| e.field).collect();
            assert_eq!(got, fields, "{email:?} {phone:?}");
            assert!(s.has_contact());
        }
    }
}
