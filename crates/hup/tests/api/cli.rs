use std::process::Command;

fn hup() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hup"));
    for (key, _) in std::env::vars() {
        if key.starts_with("HUP_") {
            c.env_remove(key);
        }
    }
    c
}

#[test]
fn help_lists_the_commands() {
    let out = hup().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("serve") && text.contains("migrate"), "{text}");
    let out = hup().args(["serve", "--help"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("--demo"));
}

#[test]
fn a_bad_setting_stops_with_one_line_naming_the_key() {
    let out = hup()
        .arg("migrate")
        .env("HUP_DATABASE_URL", "mysql://db/hup")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim(),
        "HUP_DATABASE_URL: unsupported scheme \"mysql\" (use sqlite:// or postgres://)"
    );
}

#[test]
fn a_bad_hup_toml_is_refused_with_its_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hup.toml"), "listen = \"nowhere\"\n").unwrap();
    let out = hup()
        .arg("migrate")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("HUP_LISTEN: "));
}

#[test]
fn migrate_creates_the_sqlite_database_and_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = hup()
        .arg("migrate")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("hup-data/hup.db").exists());
    // Running it again is harmless.
    let again = hup()
        .arg("migrate")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(again.status.success());
}
