//! The words around a one-click change of the service user involvement
//! level: the button says what it changes from and to (so a change that
//! lowers the level is never a surprise), and the message afterwards says
//! what changed.

use super::InvolvementLevel;

/// The text of a button that sets the level from `from` to `to`.
pub fn change_button(from: InvolvementLevel, to: InvolvementLevel) -> String {
    format!("Change from {} to {}", from.label(), to.label())
}

/// What to say once the level has changed.
pub fn changed_message(from: InvolvementLevel, to: InvolvementLevel) -> String {
    format!(
        "Service user involvement changed from {} to {}.",
        from.label(),
        to.label()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_both_levels_whichever_way_it_goes() {
        use InvolvementLevel::*;
        assert_eq!(
            change_button(BigI, LittleI),
            "Change from Big I to Little i"
        );
        assert_eq!(
            change_button(Both, NoneYet),
            "Change from Little i and Big I to No involvement yet"
        );
        assert_eq!(
            changed_message(LittleI, BigI),
            "Service user involvement changed from Little i to Big I."
        );
    }
}
