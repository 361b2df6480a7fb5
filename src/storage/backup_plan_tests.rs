//! The import plan: how each project in a backup meets the device's, and
//! what Merge and Replace then write.

use super::*;

/// The device: unchanged, newer on the device, newer in the file, changed
/// on both sides (same revision; and higher revision but older update),
/// and one only on the device. The file adds one new project.
fn device_and_file() -> (Vec<Project>, Vec<Project>) {
    let base = |id: &str| project(id, &format!("Project {id}"));
    let unchanged = base("u");
    let mut device_newer = base("d");
    device_newer.revision = 5;
    device_newer.updated_ms += 10;
    device_newer.aim = "Changed on the device".into();
    let mut file_newer = base("f");
    file_newer.revision = 4;
    file_newer.updated_ms += 10;
    file_newer.lead = "Changed in the file".into();
    let mut same_rev = base("b");
    same_rev.aim = "Changed in the file too".into();
    let mut skewed = base("k");
    skewed.revision = 9;
    skewed.updated_ms -= 10;
    skewed.about = "A higher revision but an older update".into();
    let device = vec![
        unchanged.clone(),
        device_newer,
        base("f"),
        base("b"),
        base("k"),
        base("only"),
    ];
    let mut unchanged_resaved = unchanged;
    unchanged_resaved.revision = 8;
    unchanged_resaved.stamp = "other".into();
    let file = vec![
        unchanged_resaved,
        base("d"),
        file_newer,
        same_rev,
        skewed,
        base("n"),
    ];
    (device, file)
}

fn plan() -> ImportPlan {
    let (device, file) = device_and_file();
    validate(&export(&settings(), &file, NOW), &device).expect("a valid backup")
}

#[test]
fn each_project_is_classified() {
    let classes: Vec<(String, Class)> = plan()
        .items
        .iter()
        .map(|i| (i.project.id.clone(), i.class))
        .collect();
    let expect = |id: &str, class| (id.to_string(), class);
    assert_eq!(
        classes,
        [
            expect("u", Class::Unchanged),
            expect("d", Class::NewerOnDevice),
            expect("f", Class::NewerInFile),
            expect("b", Class::BothChanged),
            expect("k", Class::BothChanged),
            expect("n", Class::New),
        ]
    );
    assert_eq!(plan().only_on_device, ["only"]);
    assert_eq!(plan().count(Class::BothChanged), 2);
}

#[test]
fn merge_writes_the_newer_copies_and_keeps_both_where_both_changed() {
    let (_, file) = device_and_file();
    let w = plan().writes(ImportMode::Merge, &settings());
    let written: Vec<(&str, &str)> = w
        .write
        .iter()
        .map(|p| (p.id.as_str(), p.title.as_str()))
        .collect();
    assert_eq!(
        written,
        [
            ("f", "Project f"),
            ("b-b1", "Project b (from backup)"),
            ("k-b1", "Project k (from backup)"),
            ("n", "Project n")
        ]
    );
    assert_eq!(w.write[0], file[2]);
    assert_eq!(w.write[1].aim, "Changed in the file too");
    assert!(w.remove.is_empty(), "a merge removes nothing");
    assert_eq!(w.settings, None, "the device's own settings stay");
    assert_eq!(
        w.kept_both[0],
        KeptBoth {
            id: "b".into(),
            copy_id: "b-b1".into(),
            copy_title: "Project b (from backup)".into()
        }
    );
    // With no settings on the device, the file's are taken.
    assert_eq!(
        plan()
            .writes(ImportMode::Merge, &TrustSettings::default())
            .settings,
        Some(settings())
    );
    for p in &w.write {
        assert_eq!(problems(p, Date::from_unix_ms(NOW)), Vec::<String>::new());
    }
}

#[test]
fn a_copy_gets_a_free_id_and_a_title_that_fits() {
    let (mut device, mut file) = device_and_file();
    device.push(project("b-b1", "Taken"));
    let long = "T".repeat(150);
    file[3].title = long.clone();
    file[3].id = "b".repeat(40);
    device[3].id = "b".repeat(40);
    let w = validate(&export(&settings(), &file, NOW), &device)
        .expect("valid")
        .writes(ImportMode::Merge, &settings());
    let copy = &w.write[1];
    assert_eq!(copy.id, format!("{}-b1", "b".repeat(37)));
    assert_eq!(copy.title.chars().count(), 150);
    assert!(copy.title.ends_with("T (from backup)"));
    let (mut device, file) = device_and_file();
    device.push(project("b-b1", "Taken"));
    let w = validate(&export(&settings(), &file, NOW), &device)
        .expect("valid")
        .writes(ImportMode::Merge, &settings());
    assert_eq!(w.write[1].id, "b-b2");
}

#[test]
fn replace_writes_the_file_and_removes_the_rest() {
    let (_, file) = device_and_file();
    let w = plan().writes(ImportMode::Replace, &settings());
    assert_eq!(w.write, file);
    assert_eq!(w.remove, ["only"]);
    assert_eq!(w.settings, None, "the same settings need no write");
    assert!(w.kept_both.is_empty());
}
