//! Field-wise changes to one item of a list (a person, an activity).
//!
//! A form shows an item as it was when the form opened; by the time it is
//! saved, the stored item may have moved on (a button on the item's row,
//! another tab). Saving the whole item would undo those changes, so a form
//! saves only the fields the person changed, onto the item as it is now.

use super::activity::Activity;
use super::expert::ExpertDetails;
use super::TeamMember;

/// An item whose fields can be changed one by one.
pub trait Patch {
    /// Sets on `self` each field in which `after` differs from `before`,
    /// and leaves every other field as it is. The id never changes.
    fn patch(&mut self, before: &Self, after: Self);
}

/// Implements [`Patch`] by listing every field. `after` is destructured
/// without `..`, so a field added to the struct does not compile until it
/// is listed here: no field can be forgotten and silently never saved.
/// A field named after `nested` is patched field by field itself.
macro_rules! patch_fields {
    ($ty:ident, keep: [$($kept:ident),*], fields: [$($field:ident),+] $(, nested: $inner:ident)?) => {
        impl Patch for $ty {
            fn patch(&mut self, before: &Self, after: Self) {
                let $ty { $($kept: _,)* $($field,)+ $($inner)? } = after;
                $(
                    if $field != before.$field {
                        self.$field = $field;
                    }
                )+
                $(patch_nested(&mut self.$inner, &before.$inner, $inner);)?
            }
        }
    };
}

patch_fields!(ExpertDetails, keep: [], fields: [kind, joined, induction_given, guidance_given, notes]);
patch_fields!(TeamMember, keep: [id], fields: [name, role], nested: expert);
patch_fields!(Activity, keep: [id], fields: [date, kind, people, hours_tenths, said, changed]);

/// An optional part (a team member's Expert by Experience details): where
/// it is there before, after and now, it is patched field by field; where
/// the form added or took it away, that is the change.
fn patch_nested<T: Patch + PartialEq>(
    current: &mut Option<T>,
    before: &Option<T>,
    after: Option<T>,
) {
    match (current.as_mut(), before, after) {
        (Some(now), Some(before), Some(after)) => now.patch(before, after),
        (_, before, after) if after != *before => *current = after,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::activity::ActivityKind;
    use crate::model::expert::ExpertRole;
    use crate::model::Date;

    fn expert() -> TeamMember {
        TeamMember {
            id: "e1".into(),
            name: "R. K.".into(),
            role: "Carer".into(),
            expert: Some(ExpertDetails {
                kind: ExpertRole::Carer,
                ..ExpertDetails::default()
            }),
        }
    }

    fn details(m: &mut TeamMember) -> &mut ExpertDetails {
        m.expert.as_mut().expect("an Expert by Experience")
    }

    #[test]
    fn only_changed_fields_are_applied() {
        let before = expert();
        let mut after = before.clone();
        after.name = "Rita K.".into();
        // Meanwhile the row's button recorded the guidance document.
        let mut current = before.clone();
        details(&mut current).guidance_given = true;
        current.patch(&before, after);
        assert_eq!(current.name, "Rita K.");
        assert!(
            details(&mut current).guidance_given,
            "the change made meanwhile is kept"
        );
        assert_eq!(details(&mut current).kind, ExpertRole::Carer);
    }

    #[test]
    fn the_details_are_patched_field_by_field() {
        let before = expert();
        let mut after = before.clone();
        details(&mut after).kind = ExpertRole::ServiceUser;
        let mut current = before.clone();
        details(&mut current).induction_given = Date::new(2026, 1, 9);
        current.patch(&before, after);
        let now = details(&mut current);
        assert_eq!(now.kind, ExpertRole::ServiceUser);
        assert_eq!(now.induction_given, Date::new(2026, 1, 9));
    }

    #[test]
    fn details_added_or_taken_away_are_the_change() {
        let staff = TeamMember {
            expert: None,
            ..expert()
        };
        let mut current = staff.clone();
        current.patch(&staff, expert());
        assert_eq!(current, expert());
        current.patch(&expert(), staff.clone());
        assert_eq!(current, staff);
        // Untouched on the form: whatever is there now stays.
        let mut current = expert();
        current.patch(&staff, staff.clone());
        assert_eq!(current, expert());
    }

    #[test]
    fn a_field_changed_on_both_sides_takes_the_form() {
        let before = expert();
        let mut after = before.clone();
        details(&mut after).notes = "From the form".into();
        let mut current = before.clone();
        details(&mut current).notes = "From another tab".into();
        current.patch(&before, after);
        assert_eq!(details(&mut current).notes, "From the form");
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
