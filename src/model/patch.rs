//! Field-wise changes to one item of a list (a person, an activity).
//!
//! A form shows an item as it was when the form opened; by the time it is
//! saved, the stored item may have moved on (a button on the item's row,
//! another tab). Saving the whole item would undo those changes, so a form
//! saves only the fields the person changed, onto the item as it is now.

use super::activity::Activity;
use super::expert::Expert;

/// An item whose fields can be changed one by one.
pub trait Patch {
    /// Sets on `self` each field in which `after` differs from `before`,
    /// and leaves every other field as it is. The id never changes.
    fn patch(&mut self, before: &Self, after: Self);
}

/// Implements [`Patch`] by listing every field. `after` is destructured
/// without `..`, so a field added to the struct does not compile until it
/// is listed here: no field can be forgotten and silently never saved.
macro_rules! patch_fields {
    ($ty:ident, keep: $kept:ident, fields: $($field:ident),+ $(,)?) => {
        impl Patch for $ty {
            fn patch(&mut self, before: &Self, after: Self) {
                let $ty { $kept: _, $($field),+ } = after;
                $(
                    if $field != before.$field {
                        self.$field = $field;
                    }
                )+
            }
        }
    };
}

patch_fields!(Expert, keep: id, fields: name, role, joined, induction_given, guidance_given, notes);
patch_fields!(Activity, keep: id, fields: date, kind, people, hours_tenths, said, changed);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::activity::ActivityKind;
    use crate::model::expert::ExpertRole;
    use crate::model::Date;

    fn expert() -> Expert {
        Expert {
            id: "e1".into(),
            name: "R. K.".into(),
            role: ExpertRole::Carer,
            ..Expert::default()
        }
    }

    #[test]
    fn only_changed_fields_are_applied() {
        let before = expert();
        let mut after = before.clone();
        after.name = "Rita K.".into();
        // Meanwhile the row's button recorded the guidance document.
        let mut current = before.clone();
        current.guidance_given = true;
        current.patch(&before, after);
        assert_eq!(current.name, "Rita K.");
        assert!(current.guidance_given, "the change made meanwhile is kept");
        assert_eq!(current.role, ExpertRole::Carer);
    }

    #[test]
    fn a_field_changed_on_both_sides_takes_the_form() {
        let before = expert();
        let mut after = before.clone();
        after.notes = "From the form".into();
        let mut current = before.clone();
        current.notes = "From another tab".into();
        current.patch(&before, after);
        assert_eq!(current.notes, "From the form");
    }

    #[test]
    fn the_id_never_changes() {
        let before = expert();
        let mut after = before.clone();
        after.id = "other".into();
        let mut current = before.clone();
        current.patch(&before, after);
        assert_eq!(current.id, "e1");
    }

    #[test]
    fn every_activity_field_is_patched() {
        let before = Activity {
            id: "a1".into(),
            date: Date::parse_iso("2026-11-01").unwrap(),
            kind: ActivityKind::Survey,
            people: 1,
            hours_tenths: 10,
            said: String::new(),
            changed: String::new(),
        };
        let after = Activity {
            id: "a1".into(),
            date: Date::parse_iso("2026-11-02").unwrap(),
            kind: ActivityKind::PdsaTest,
            people: 2,
            hours_tenths: 15,
            said: "said".into(),
            changed: "changed".into(),
        };
        let mut current = before.clone();
        current.patch(&before, after.clone());
        assert_eq!(current, after);
    }
}
