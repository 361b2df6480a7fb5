use super::*;
use crate::model::activity::{Activity, ActivityKind};
use crate::model::expert::{ExpertDetails, ExpertRole};
use crate::model::{Edit, InvolvementLevel, Status, TeamMember};
use proptest::prelude::*;

fn base() -> Project {
    Project {
        id: "p".into(),
        revision: 3,
        stamp: "s3".into(),
        title: "Falls".into(),
        aim: "Fewer falls".into(),
        team: vec![member("t1", "Priya"), expert("e1", "R. K.")],
        activities: vec![activity("a1", 5), activity("a2", 6)],
        ..Project::default()
    }
}

fn member(id: &str, name: &str) -> TeamMember {
    TeamMember {
        id: id.into(),
        name: name.into(),
        role: "Nurse".into(),
        expert: None,
    }
}

fn expert(id: &str, name: &str) -> TeamMember {
    TeamMember {
        id: id.into(),
        name: name.into(),
        role: "Carer".into(),
        expert: Some(ExpertDetails {
            kind: ExpertRole::Carer,
            joined: Date::new(2026, 1, 5),
            ..ExpertDetails::default()
        }),
    }
}

/// The details of R. K., the base's service user on the team.
fn rk(p: &mut Project) -> &mut ExpertDetails {
    p.team[1]
        .expert
        .as_mut()
        .expect("R. K. is an Expert by Experience")
}

fn activity(id: &str, day: u8) -> Activity {
    Activity {
        id: id.into(),
        date: Date::new(2026, 2, day).expect("a real date"),
        kind: ActivityKind::FocusGroup,
        people: 4,
        hours_tenths: 15,
        said: String::new(),
        changed: String::new(),
    }
}

fn ids<T>(list: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    list.iter().map(|x| id(x).to_string()).collect()
}

fn activity_ids(p: &Project) -> Vec<String> {
    ids(&p.activities, |a| &a.id)
}

#[test]
fn different_fields_both_survive() {
    let mut ours = base();
    ours.aim = "Halve falls by June".into();
    let mut theirs = base();
    theirs.revision = 4;
    theirs.stamp = "s4".into();
    theirs.involvement = InvolvementLevel::BigI;
    let (merged, conflicts) = merge(&base(), &ours, &theirs);
    assert!(conflicts.is_empty());
    assert_eq!(merged.aim, "Halve falls by June");
    assert_eq!(merged.involvement, InvolvementLevel::BigI);
    assert_eq!((merged.revision, merged.stamp.as_str()), (4, "s4"));
}

#[test]
fn same_field_keeps_ours_and_reports_theirs() {
    let mut ours = base();
    ours.aim = "Ours".into();
    ours.status = Status::OnHold;
    let mut theirs = base();
    theirs.aim = "Theirs".into();
    theirs.status = Status::OnHold;
    let (merged, conflicts) = merge(&base(), &ours, &theirs);
    assert_eq!(merged.aim, "Ours");
    assert_eq!(
        conflicts,
        vec![Conflict {
            field: "Aim",
            theirs: "Theirs".into(),
            kind: ConflictKind::BothChanged,
        }],
        "an identical change on both sides is no conflict"
    );
    assert_eq!(conflicts[0].text(), "Aim (the other tab had: “Theirs”)");
}

#[test]
fn nothing_changed_here_takes_theirs_whole() {
    let mut theirs = base();
    theirs.title = "New".into();
    theirs.archived = true;
    theirs.activities.reverse();
    let (merged, conflicts) = merge(&base(), &base(), &theirs);
    assert_eq!(merged, theirs);
    assert!(conflicts.is_empty());
}

#[test]
fn an_item_added_on_each_side_survives_in_theirs_order_then_ours() {
    let mut ours = base();
    ours.activities.push(activity("ours", 10));
    ours.team.push(member("t-ours", "Ours"));
    ours.team.push(expert("e-ours", "Ours"));
    let mut theirs = base();
    theirs.activities.push(activity("theirs", 11));
    theirs.team.push(expert("e-theirs", "Theirs"));
    theirs.team.push(member("t-theirs", "Theirs"));
    let (merged, conflicts) = merge(&base(), &ours, &theirs);
    assert!(conflicts.is_empty(), "{conflicts:?}");
    assert_eq!(activity_ids(&merged), ["a1", "a2", "theirs", "ours"]);
    assert_eq!(
        ids(&merged.team, |m| &m.id),
        ["t1", "e1", "e-theirs", "t-theirs", "t-ours", "e-ours"]
    );
}

#[test]
fn an_item_removed_on_one_side_and_untouched_on_the_other_is_removed() {
    let mut ours = base();
    ours.activities.retain(|a| a.id != "a1");
    ours.team.remove(0);
    let mut theirs = base();
    theirs.activities.retain(|a| a.id != "a2");
    theirs.activities.push(activity("theirs", 11));
    theirs.team.remove(1);
    theirs.team.push(member("t2", "Sam"));
    let (merged, conflicts) = merge(&base(), &ours, &theirs);
    assert!(conflicts.is_empty(), "{conflicts:?}");
    assert_eq!(activity_ids(&merged), ["theirs"]);
    assert_eq!(ids(&merged.team, |m| &m.id), ["t2"]);
}

#[test]
fn an_item_changed_on_one_side_takes_that_change() {
    let mut ours = base();
    ours.activities[0].people = 9;
    ours.activities.push(activity("ours", 10));
    let mut theirs = base();
    theirs.activities[1].said = "Too many letters".into();
    rk(&mut theirs).guidance_given = true;
    let (mut merged, conflicts) = merge(&base(), &ours, &theirs);
    assert!(conflicts.is_empty(), "{conflicts:?}");
    assert_eq!(merged.activities[0].people, 9);
    assert_eq!(merged.activities[1].said, "Too many letters");
    assert!(rk(&mut merged).guidance_given);
    assert_eq!(activity_ids(&merged), ["a1", "a2", "ours"]);
}

#[test]
fn an_activity_changed_on_both_sides_keeps_ours_and_shows_theirs_whole() {
    let mut ours = base();
    ours.activities[0].people = 9;
    ours.activities.push(activity("ours", 10));
    let mut theirs = base();
    theirs.activities[0].kind = ActivityKind::CoDesignWorkshop;
    theirs.activities[0].said = "The letter is full of jargon".into();
    theirs.activities[0].changed = "We rewrote it".into();
    theirs.activities[0].hours_tenths = 20;
    let (merged, conflicts) = merge(&base(), &ours, &theirs);
    assert_eq!(merged.activities[0], ours.activities[0]);
    assert_eq!(activity_ids(&merged), ["a1", "a2", "ours"]);
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].kind, ConflictKind::BothChanged);
    assert_eq!(
        conflicts[0].text(),
        "Involvement activity (the other tab had: “5 February 2026, Co-design workshop, 4 people, \
         2 hours, what people said: ‘The letter is full of jargon’, what changed: ‘We rewrote it’”)"
    );
}

#[test]
fn an_expert_and_a_team_member_changed_on_both_sides_are_shown_whole() {
    let mut ours = base();
    rk(&mut ours).notes = "Ours".into();
    ours.team[0].role = "Matron".into();
    let mut theirs = base();
    let details = rk(&mut theirs);
    details.induction_given = Date::new(2026, 1, 9);
    details.guidance_given = true;
    details.notes = "Prefers mornings".into();
    theirs.team[0].expert = Some(ExpertDetails::default());
    let (merged, conflicts) = merge(&base(), &ours, &theirs);
    assert_eq!(merged.team, ours.team);
    let texts: Vec<String> = conflicts.iter().map(Conflict::text).collect();
    assert_eq!(
        texts,
        [
            "Team member (the other tab had: “Priya, role: ‘Nurse’, Expert by Experience: yes \
             (Service user), joined: none, induction given: none, guidance document given: no, \
             notes: none”)",
            "Team member (the other tab had: “R. K., role: ‘Carer’, Expert by Experience: yes \
             (Carer), joined: 5 January 2026, induction given: 9 January 2026, guidance document \
             given: yes, notes: ‘Prefers mornings’”)",
        ]
    );
}

#[test]
fn removed_here_but_changed_there_comes_back_and_is_reported() {
    let mut ours = base();
    ours.activities.retain(|a| a.id != "a1");
    let mut theirs = base();
    theirs.activities[0].said = "More evening clinics".into();
    let (merged, conflicts) = merge(&base(), &ours, &theirs);
    assert_eq!(merged.activities, theirs.activities);
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].kind, ConflictKind::RemovedHere);
    assert_eq!(
        conflicts[0].text(),
        "Involvement activity removed here but changed in the other tab, so it has been put back: \
         “5 February 2026, Focus group, 4 people, 1.5 hours, what people said: ‘More evening clinics’, \
         what changed: none”"
    );
}

#[test]
fn removed_there_but_changed_here_is_kept_and_reported() {
    let mut ours = base();
    ours.team[0].name = "Priya S.".into();
    let mut theirs = base();
    theirs.team.remove(0);
    theirs.team.push(member("t2", "Sam"));
    let (merged, conflicts) = merge(&base(), &ours, &theirs);
    assert_eq!(ids(&merged.team, |m| &m.id), ["e1", "t2", "t1"]);
    assert_eq!(merged.team[2].name, "Priya S.");
    assert_eq!(
        conflicts[0].text(),
        "Team member removed in the other tab but changed here, so it has been kept: \
         “Priya S., role: ‘Nurse’, Expert by Experience: no”"
    );
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let mut ours = base();
    ours.activities[1].people = 7;
    ours.activities.push(activity("ours", 10));
    let mut theirs = base();
    theirs.activities[1].people = 7;
    let (merged, conflicts) = merge(&base(), &ours, &theirs);
    assert!(conflicts.is_empty());
    assert_eq!(merged.activities, ours.activities);
}

prop_compose! {
    fn any_activity()(id in "[a-c]", day in 1u8..28, people in 0u32..3, said in "[xy]{0,2}") -> Activity {
        Activity { people, said, ..activity(&id, day) }
    }
}

prop_compose! {
    fn any_project()(
        title in "[ab]{0,2}",
        aim in "[ab]{0,2}",
        archived in any::<bool>(),
        team in proptest::collection::vec(("[a-c]", "[ab]{0,2}"), 0..4),
        activities in proptest::collection::vec(any_activity(), 0..4),
        revision in 0u64..5,
        updated_ms in 0i64..5,
    ) -> Project {
        let mut p = Project { title, aim, archived, revision, updated_ms, ..base() };
        p.team = team.iter().map(|(id, name)| member(id, name)).collect();
        p.activities = activities;
        // Ids are unique in a real record (decoding refuses repeats).
        p.team.sort_by(|a, b| a.id.cmp(&b.id));
        p.team.dedup_by(|a, b| a.id == b.id);
        p.activities.sort_by(|a, b| a.id.cmp(&b.id));
        p.activities.dedup_by(|a, b| a.id == b.id);
        p
    }
}

proptest! {
    #[test]
    fn one_side_unchanged_takes_the_other_whole(base in any_project(), other in any_project()) {
        let mut ours = other.clone();
        ours.updated_ms = ours.updated_ms.max(base.updated_ms);
        let (merged, conflicts) = merge(&base, &ours, &base);
        prop_assert!(conflicts.is_empty());
        prop_assert_eq!(merged, Project { revision: base.revision, stamp: base.stamp.clone(), ..ours.clone() });
        let (merged, conflicts) = merge(&base, &base, &ours);
        prop_assert!(conflicts.is_empty());
        prop_assert_eq!(merged, ours);
    }

    #[test]
    fn every_item_on_either_side_is_kept_unless_a_side_removed_it_unchanged(
        base in any_project(), ours in any_project(), theirs in any_project(),
    ) {
        let (merged, _) = merge(&base, &ours, &theirs);
        let kept = activity_ids(&merged);
        let mut unique = kept.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), kept.len(), "no id twice");
        for side in [&ours, &theirs] {
            for item in &side.activities {
                let removable = base.activities.contains(item);
                prop_assert!(removable || kept.contains(&item.id), "{} lost", item.id);
            }
        }
    }
}

#[test]
fn level_histories_are_joined_and_end_at_the_merged_level() {
    use crate::model::level_history::LevelChange;
    let day = |d| Date::new(2026, 3, d).expect("a real date");
    let at = |d, level| LevelChange {
        date: day(d),
        level,
    };
    let mut start = base();
    start.involvement = InvolvementLevel::LittleI;
    start.level_history = vec![at(1, InvolvementLevel::LittleI)];
    let mut ours = start.clone();
    ours.apply(Edit::Involvement(InvolvementLevel::BigI), 1, day(5))
        .expect("a valid edit");
    let mut theirs = start.clone();
    theirs
        .apply(Edit::Involvement(InvolvementLevel::Both), 1, day(8))
        .expect("a valid edit");
    let (merged, conflicts) = merge(&start, &ours, &theirs);
    // Both changed the level: ours is kept (and reported), and the last
    // day of the history says so.
    assert_eq!(merged.involvement, InvolvementLevel::BigI);
    assert_eq!(conflicts.len(), 1);
    assert_eq!(
        merged.level_history,
        [
            at(1, InvolvementLevel::LittleI),
            at(5, InvolvementLevel::BigI),
            at(8, InvolvementLevel::BigI)
        ]
    );
    // Only the other tab changed it: its change arrives whole.
    let (merged, _) = merge(&start, &start, &theirs);
    assert_eq!(merged.level_history, theirs.level_history);
}

#[test]
fn a_repeated_id_that_slips_through_keeps_its_first_copy_on_each_side() {
    let mut ours = base();
    ours.activities.push(activity("ours", 10));
    ours.activities.push(activity("ours", 12));
    let mut theirs = base();
    theirs.activities.push(activity("theirs", 11));
    theirs.activities.push(activity("theirs", 13));
    theirs.activities.push(activity("a1", 14));
    let (merged, _) = merge(&base(), &ours, &theirs);
    assert_eq!(activity_ids(&merged), ["a1", "a2", "theirs", "ours"]);
    let day = |id: &str| {
        merged
            .activities
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.date)
    };
    assert_eq!(day("theirs"), Date::new(2026, 2, 11));
    assert_eq!(day("ours"), Date::new(2026, 2, 10));
}

#[test]
fn a_list_with_a_repeated_id_is_named() {
    let mut project = base();
    assert_eq!(project.list_with_repeated_id(), None);
    project.activities.push(activity("a1", 9));
    assert_eq!(project.list_with_repeated_id(), Some("activities"));
    project.team.push(member("t1", "Again"));
    assert_eq!(project.list_with_repeated_id(), Some("team members"));
}
