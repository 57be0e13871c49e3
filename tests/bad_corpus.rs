//! Bad input never breaks the page: every malformed dataset in
//! `tests/fixtures/bad/` (written by `generate.py` there, with what loading
//! it must give) goes through the app's loader. Loading never panics, gives
//! exactly the expected survivors and problems, and every report line names
//! its record and field, in every language.

use selijas_salas::domain::validate::{load, Issue, LoadError, Loaded, RecordRef, Section};
use selijas_salas::domain::Lang;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bad");

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The value at `path` (object keys and list positions) inside `v`.
fn at<'a>(v: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        Value::String(k) => &mut v[k.as_str()],
        Value::Number(n) => &mut v[n.as_u64().unwrap() as usize],
        other => panic!("bad path step {other}"),
    })
}

/// Replaces `{i}` in every string of `v`.
fn fill(v: &Value, i: usize) -> Value {
    match v {
        Value::String(s) => Value::String(s.replace("{i}", &i.to_string())),
        Value::Array(a) => Value::Array(a.iter().map(|x| fill(x, i)).collect()),
        Value::Object(o) => Value::Object(o.iter().map(|(k, x)| (k.clone(), fill(x, i))).collect()),
        other => other.clone(),
    }
}

/// Builds a big case from its recipe and `base.json` (see generate.py).
fn expand(recipe: &Value) -> String {
    let mut data = json(&Path::new(DIR).join("base.json"));
    match recipe["op"].as_str() {
        Some("set_repeat") => {
            let unit = recipe["unit"].as_str().unwrap();
            let count = recipe["count"].as_u64().unwrap() as usize;
            *at(&mut data, recipe["path"].as_array().unwrap()) = Value::String(unit.repeat(count));
        }
        Some("bulk") => {
            let section = recipe["section"].as_str().unwrap();
            let every = recipe["drop_every"].as_u64().unwrap() as usize;
            let drop = recipe["drop_field"].as_str().unwrap();
            let list = data[section].as_array_mut().unwrap();
            for i in 0..recipe["count"].as_u64().unwrap() as usize {
                let mut rec = fill(&recipe["template"], i);
                if i % every == 0 {
                    rec.as_object_mut().unwrap().remove(drop);
                }
                list.push(rec);
            }
        }
        other => panic!("unknown recipe {other:?}"),
    }
    data.to_string()
}

fn section_name(s: Section) -> &'static str {
    match s {
        Section::Municipalities => "municipalities",
        Section::Places => "places",
        Section::Events => "events",
        Section::Sources => "sources",
    }
}

/// `(section, record, field, problem variant)`, as the expectation writes it.
fn key(i: &Issue) -> (String, String, String, String) {
    let record = match &i.record {
        RecordRef::Id(id) => Value::String(id.clone()).to_string(),
        RecordRef::Position(n) => n.to_string(),
    };
    let debug = format!("{:?}", i.problem);
    let variant = debug.split('(').next().unwrap_or_default().to_owned();
    (
        section_name(i.section).to_owned(),
        record,
        i.field.clone(),
        variant,
    )
}

fn expected_key(p: &Value) -> (String, String, String, String) {
    let s = |k: &str| p[k].as_str().unwrap().to_owned();
    (
        s("section"),
        p["record"].to_string(),
        s("field"),
        s("problem"),
    )
}

fn error_kind(e: &LoadError) -> &'static str {
    match e {
        LoadError::NotJson { .. } => "NotJson",
        LoadError::Shape(_) => "Shape",
        LoadError::Version(_) => "Version",
        LoadError::Network(_) => "Network",
        LoadError::Http(_) => "Http",
    }
}

fn survivors(l: &Loaded) -> BTreeMap<&'static str, Vec<String>> {
    let d = &l.dataset;
    BTreeMap::from([
        (
            "municipalities",
            d.municipalities
                .iter()
                .map(|m| m.id.slug().to_owned())
                .collect(),
        ),
        ("places", d.places.iter().map(|p| p.id.clone()).collect()),
        ("events", d.events.iter().map(|e| e.id.clone()).collect()),
        ("sources", d.sources.iter().map(|s| s.id.clone()).collect()),
    ])
}

/// Checks one case; returns what differs from its expectation.
fn check(name: &str, text: &str, expect: &Value) -> Result<(), String> {
    let result = std::panic::catch_unwind(|| load(text))
        .map_err(|_| format!("{name}: the loader panicked"))?;
    let loads = expect["loads"].as_bool().unwrap();
    let loaded = match (result, loads) {
        (Ok(l), true) => l,
        (Err(e), false) if error_kind(&e) == expect["error"] => return Ok(()),
        (Err(e), _) => return Err(format!("{name}: refused as {e:?}, expected {expect}")),
        (Ok(l), false) => {
            return Err(format!(
                "{name}: loaded ({} issues), expected {}",
                l.issues.len(),
                expect["error"]
            ))
        }
    };
    let want: BTreeMap<&str, Vec<String>> = ["municipalities", "places", "events", "sources"]
        .into_iter()
        .map(|s| {
            let ids = expect["survive"][s].as_array().unwrap();
            (
                s,
                ids.iter().map(|v| v.as_str().unwrap().to_owned()).collect(),
            )
        })
        .collect();
    if survivors(&loaded) != want {
        return Err(format!(
            "{name}: survivors {:?}, expected {want:?}",
            survivors(&loaded)
        ));
    }
    let mut got: Vec<_> = loaded.issues.iter().map(key).collect();
    let mut expected: Vec<_> = expect["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(expected_key)
        .collect();
    got.sort();
    expected.sort();
    if got != expected {
        return Err(format!("{name}: problems {got:?}, expected {expected:?}"));
    }
    // Every report line names its record (id or position) and its field.
    for issue in &loaded.issues {
        for lang in Lang::ALL {
            let line = selijas_salas::i18n::issue(lang, issue);
            let record = match &issue.record {
                RecordRef::Id(id) => id.clone(),
                RecordRef::Position(n) => n.to_string(),
            };
            if !line.contains(&record) || !line.contains(&issue.field) {
                return Err(format!("{name}: {lang:?} line {line:?} lacks {issue:?}"));
            }
        }
    }
    Ok(())
}

fn cases() -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(DIR)
        .unwrap()
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?.strip_suffix(".expect.json")?;
            Some((name.to_owned(), path.clone()))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_bad_dataset_loads_as_the_generator_expects() {
    let cases = cases();
    assert!(cases.len() >= 200, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for (name, expect_path) in &cases {
        let expect = json(expect_path);
        let data = Path::new(DIR).join(format!("{name}.json"));
        let recipe = Path::new(DIR).join(format!("{name}.recipe.json"));
        let text = if data.exists() {
            read(&data)
        } else {
            expand(&json(&recipe))
        };
        if let Err(e) = check(name, &text, &expect) {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
