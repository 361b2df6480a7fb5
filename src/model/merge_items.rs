//! The two-tab merge of a project's lists (team, with its Experts by
//! Experience, and activities), item by item and keyed by id, so that an
//! item added in one tab is never lost when the other tab saves its own
//! copy of the list.

use super::{show_date, Conflict, ConflictKind};
use crate::model::activity::Activity;
use crate::model::expert::ExpertDetails;
use crate::model::hours::hours_phrase;
use crate::model::TeamMember;

/// A list item the merge can match up across tabs and describe in words.
pub(super) trait Item: Clone + PartialEq {
    /// What one item is called, to start a conflict's line.
    const NOUN: &'static str;
    fn id(&self) -> &str;
    /// The whole item in words, so a person can see everything the other
    /// tab had and copy it across by hand.
    fn describe(&self) -> String;
}

/// Merges one list. The result keeps `theirs`' order, then this tab's
/// additions (and items it kept that the other tab removed) in its order.
pub(super) fn merge_list<T: Item>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    conflicts: &mut Vec<Conflict>,
) -> Vec<T> {
    // Only one side touched the list: take that side whole, order and all.
    if ours == base {
        return theirs.to_vec();
    }
    if theirs == base || theirs == ours {
        return ours.to_vec();
    }
    let mut merged = Vec::with_capacity(theirs.len().max(ours.len()));
    // Decoding refuses lists with a repeated id; should one slip through,
    // the first copy wins rather than showing two rows with one key: an
    // item is taken only if it is the one its side's index holds.
    let first = |list: &[T], item: &T| find(list, item.id()).is_some_and(|f| std::ptr::eq(f, item));
    for item in theirs {
        let id = item.id();
        if !first(theirs, item) {
            continue;
        }
        let before = find(base, id);
        match (find(ours, id), before) {
            (Some(mine), _) => merged.push(both_have(before, mine, item, conflicts)),
            // Added in the other tab.
            (None, None) => merged.push(item.clone()),
            // Removed here, untouched there: removed.
            (None, Some(before)) if item == before => {}
            (None, Some(_)) => {
                conflicts.push(Conflict {
                    field: T::NOUN,
                    theirs: item.describe(),
                    kind: ConflictKind::RemovedHere,
                });
                merged.push(item.clone());
            }
        }
    }
    for mine in ours {
        let id = mine.id();
        if find(theirs, id).is_some() || !first(ours, mine) {
            continue;
        }
        match find(base, id) {
            // Added here.
            None => merged.push(mine.clone()),
            // Removed there, untouched here: removed.
            Some(before) if mine == before => {}
            Some(_) => {
                conflicts.push(Conflict {
                    field: T::NOUN,
                    theirs: String::new(),
                    kind: ConflictKind::RemovedThere {
                        kept: mine.describe(),
                    },
                });
                merged.push(mine.clone());
            }
        }
    }
    merged
}

/// An item on both sides: the side that changed it wins; if both changed
/// it differently (or both added one id), ours is kept and theirs reported.
fn both_have<T: Item>(
    before: Option<&T>,
    mine: &T,
    theirs: &T,
    conflicts: &mut Vec<Conflict>,
) -> T {
    if mine == theirs || before == Some(theirs) {
        return mine.clone();
    }
    if before == Some(mine) {
        return theirs.clone();
    }
    conflicts.push(Conflict {
        field: T::NOUN,
        theirs: theirs.describe(),
        kind: ConflictKind::BothChanged,
    });
    mine.clone()
}

/// The first item with `id`. Found by looking along the list: a merge of
/// one list is rare and its lists short, and a map type here added its own
/// copy of the tree's code to the first download.
fn find<'a, T: Item>(list: &'a [T], id: &str) -> Option<&'a T> {
    list.iter().find(|item| item.id() == id)
}

/// Quoted text inside a conflict line (which is itself in double quotes),
/// or a plain "none".
fn quoted(text: &str) -> String {
    if text.trim().is_empty() {
        "none".into()
    } else {
        format!("\u{2018}{text}\u{2019}")
    }
}

fn yes_no(yes: bool) -> &'static str {
    if yes {
        "yes"
    } else {
        "no"
    }
}

impl Item for TeamMember {
    const NOUN: &'static str = "Team member";
    fn id(&self) -> &str {
        &self.id
    }
    /// Every field, named with no `..`, so a new one cannot be left out
    /// of what the person is shown.
    fn describe(&self) -> String {
        let TeamMember {
            id: _,
            name,
            role,
            expert,
        } = self;
        let expert = match expert {
            None => "no".to_string(),
            Some(ExpertDetails {
                kind,
                joined,
                induction_given,
                guidance_given,
                notes,
            }) => format!(
                "yes ({}), joined: {}, induction given: {}, guidance document given: {}, notes: {}",
                kind.label(),
                show_date(*joined),
                show_date(*induction_given),
                yes_no(*guidance_given),
                quoted(notes)
            ),
        };
        format!(
            "{name}, role: {}, Expert by Experience: {expert}",
            quoted(role)
        )
    }
}

impl Item for Activity {
    const NOUN: &'static str = "Involvement activity";
    fn id(&self) -> &str {
        &self.id
    }
    fn describe(&self) -> String {
        let people = match self.people {
            1 => "1 person".to_string(),
            n => format!("{n} people"),
        };
        let hours = hours_phrase(self.hours_tenths);
        format!(
            "{}, {}, {people}, {hours}, what people said: {}, what changed: {}",
            self.date.long(),
            self.kind.label(),
            quoted(&self.said),
            quoted(&self.changed)
        )
    }
}
