//! Every validation rule, with a record that breaks it and one that passes.

use selijas_salas::domain::validate::{load, LoadError, Problem, RecordRef, Section, ShapeError};
use serde_json::{json, Value};

/// A minimal valid place.
fn place() -> Value {
    json!({
        "id": "sece", "kind": "village", "name": {"lv": "Sece", "en": "Sece"},
        "municipality": "aizkraukle", "parish": "Seces pagasts",
        "lat": 56.55944, "lon": 25.39806, "confidence": "high",
        "description": {"lv": "Ciems.", "en": "A village."},
        "links": [{"label": "Vikipēdija", "url": "https://lv.wikipedia.org/wiki/Sece"}],
        "tags": ["original-island"], "source": "lv.wikipedia"
    })
}

/// A minimal valid event at `sece`.
fn event() -> Value {
    json!({
        "id": "training-2022", "title": {"lv": "Mācības", "en": "Training"},
        "start": "2022-03-18", "end": "2022-03-20", "place": "sece",
        "location": {"name": "Ilgu muiža"}, "municipalities": ["augsdaugava"],
        "category": "training", "description": {"lv": "…", "en": "…"},
        "url": "https://selija.com/", "source": "selija.com"
    })
}

fn file(places: Vec<Value>, events: Vec<Value>) -> String {
    json!({
        "version": 1,
        "municipalities": [{"id": "aizkraukle", "name": {"lv": "Aizkraukles novads", "en": "Aizkraukle Municipality"}}],
        "places": places, "events": events,
        "sources": [{"id": "osm", "name": "OpenStreetMap contributors", "license": "ODbL", "url": "https://www.openstreetmap.org/copyright"}]
    })
    .to_string()
}

/// Loads a file with the place changed by `edit`, returning its problems.
fn place_problems(edit: impl FnOnce(&mut Value)) -> Vec<(String, Problem)> {
    let mut p = place();
    edit(&mut p);
    let loaded = load(&file(vec![p], vec![])).expect("file loads");
    loaded
        .issues
        .into_iter()
        .inspect(|i| assert_eq!(i.section, Section::Places))
        .map(|i| (i.field, i.problem))
        .collect()
}

/// Loads a file with the event changed by `edit`, returning its problems.
fn event_problems(edit: impl FnOnce(&mut Value)) -> Vec<(String, Problem)> {
    let mut e = event();
    edit(&mut e);
    let loaded = load(&file(vec![place()], vec![e])).expect("file loads");
    assert!(loaded.issues.iter().all(|i| i.section == Section::Events));
    loaded
        .issues
        .into_iter()
        .map(|i| (i.field, i.problem))
        .collect()
}

fn one(field: &str, problem: Problem) -> Vec<(String, Problem)> {
    vec![(field.to_owned(), problem)]
}

#[test]
fn valid_records_pass() {
    let loaded = load(&file(vec![place()], vec![event()])).unwrap();
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    assert_eq!(loaded.dataset.places.len(), 1);
    assert_eq!(loaded.dataset.events.len(), 1);
    assert_eq!(loaded.dataset.sources.len(), 1);
    let p = &loaded.dataset.places[0];
    assert_eq!(p.coord.map(|c| c.lat), Some(56.55944));
    assert!(p.search_key.contains("seces pagasts"));
}

#[test]
fn required_fields() {
    for field in ["id", "kind", "name", "municipality", "confidence", "source"] {
        assert_eq!(
            place_problems(|p| {
                p.as_object_mut().unwrap().remove(field);
            }),
            one(field, Problem::Missing),
            "{field}"
        );
    }
    assert_eq!(
        place_problems(|p| p["name"] = json!({"en": "Sece"})),
        one("name.lv", Problem::Missing)
    );
    for field in ["id", "title", "start", "category", "source"] {
        assert_eq!(
            event_problems(|e| {
                e.as_object_mut().unwrap().remove(field);
            }),
            one(field, Problem::Missing),
            "{field}"
        );
    }
    // Optional fields may be absent.
    assert!(place_problems(|p| {
        let o = p.as_object_mut().unwrap();
        for f in ["parish", "lat", "lon", "description", "links", "tags"] {
            o.remove(f);
        }
    })
    .is_empty());
    assert!(event_problems(|e| {
        let o = e.as_object_mut().unwrap();
        for f in [
            "end",
            "place",
            "location",
            "municipalities",
            "description",
            "url",
        ] {
            o.remove(f);
        }
    })
    .is_empty());
}

#[test]
fn field_types() {
    assert_eq!(
        place_problems(|p| p["parish"] = json!(7)),
        one("parish", Problem::NotText)
    );
    assert_eq!(
        place_problems(|p| p["name"] = json!("Sece")),
        one("name", Problem::NotObject)
    );
    assert_eq!(
        place_problems(|p| p["lat"] = json!("56.5")),
        one("lat", Problem::NotNumber)
    );
    assert_eq!(
        place_problems(|p| p["tags"] = json!("a")),
        one("tags", Problem::NotList)
    );
    assert_eq!(
        place_problems(|p| p["municipality_approximate"] = json!("yes")),
        one("municipality_approximate", Problem::NotBool)
    );
    assert_eq!(
        place_problems(|p| p["population"] = json!(-3)),
        one("population", Problem::NotCount)
    );
    assert!(place_problems(|p| p["population"] = json!(340)).is_empty());
    assert_eq!(
        place_problems(|p| p["name"]["lv"] = json!("  ")),
        one("name.lv", Problem::Empty)
    );
}

#[test]
fn ids_are_unique_slugs() {
    assert_eq!(
        place_problems(|p| p["id"] = json!("Gārsene")),
        one("id", Problem::NotSlug("Gārsene".into()))
    );
    let loaded = load(&file(vec![place(), place()], vec![])).unwrap();
    assert_eq!(loaded.dataset.places.len(), 1, "the first one is kept");
    assert_eq!(loaded.issues.len(), 1);
    assert_eq!(
        loaded.issues[0].problem,
        Problem::DuplicateId("sece".into())
    );
    assert_eq!(loaded.issues[0].record, RecordRef::Id("sece".into()));
}

#[test]
fn municipality_kind_confidence_and_category_are_known() {
    assert_eq!(
        place_problems(|p| p["municipality"] = json!("riga")),
        one("municipality", Problem::UnknownMunicipality("riga".into()))
    );
    assert_eq!(
        place_problems(|p| p["kind"] = json!("castle")),
        one("kind", Problem::UnknownKind("castle".into()))
    );
    assert_eq!(
        place_problems(|p| p["confidence"] = json!("sure")),
        one("confidence", Problem::UnknownConfidence("sure".into()))
    );
    assert_eq!(
        event_problems(|e| e["category"] = json!("party")),
        one("category", Problem::UnknownCategory("party".into()))
    );
    assert_eq!(
        event_problems(|e| e["municipalities"] = json!(["jekabpils", "nowhere"])),
        one(
            "municipalities[2]",
            Problem::UnknownMunicipality("nowhere".into())
        )
    );
}

#[test]
fn place_references_exist() {
    assert_eq!(
        event_problems(|e| e["place"] = json!("atlantis")),
        one("place", Problem::UnknownPlace("atlantis".into()))
    );
}

#[test]
fn coordinates_within_latvia_and_paired() {
    assert_eq!(
        place_problems(|p| p["lat"] = json!(59.44)),
        one("lat", Problem::OutsideLatvia(59.44))
    );
    assert_eq!(
        place_problems(|p| p["lon"] = json!(30.0)),
        one("lon", Problem::OutsideLatvia(30.0))
    );
    assert_eq!(
        place_problems(|p| {
            p.as_object_mut().unwrap().remove("lon");
        }),
        one("lon", Problem::LatLonPair)
    );
    assert_eq!(
        event_problems(|e| e["location"] = json!({"name": "Tallinn", "lat": 59.44, "lon": 24.75})),
        one("location.lat", Problem::OutsideLatvia(59.44))
    );
    assert!(event_problems(
        |e| e["location"] = json!({"name": "Ilūkste", "lat": 55.97754, "lon": 26.29655})
    )
    .is_empty());
}

#[test]
fn dates_in_the_three_forms_and_real() {
    for ok in ["2022-03-18", "2022-08", "2024-10-05T11:00+03:00"] {
        assert!(
            event_problems(|e| {
                e["start"] = json!(ok);
                e.as_object_mut().unwrap().remove("end");
            })
            .is_empty(),
            "{ok}"
        );
    }
    assert_eq!(
        event_problems(|e| e["start"] = json!("18.03.2022")),
        one("start", Problem::DateFormat("18.03.2022".into()))
    );
    assert_eq!(
        event_problems(|e| e["end"] = json!("2023-02-30")),
        one("end", Problem::DateNotReal("2023-02-30".into()))
    );
}

#[test]
fn end_not_before_start() {
    assert_eq!(
        event_problems(|e| e["end"] = json!("2022-03-17")),
        one(
            "end",
            Problem::EndBeforeStart("2022-03-17".into(), "2022-03-18".into())
        )
    );
    // Same day is fine; a month ending covers its days.
    assert!(event_problems(|e| e["end"] = json!("2022-03-18")).is_empty());
    assert!(event_problems(|e| e["end"] = json!("2022-03")).is_empty());
    assert_eq!(
        event_problems(|e| {
            e["start"] = json!("2024-10-05T11:00+03:00");
            e["end"] = json!("2024-10-05T10:00+03:00");
        }),
        one(
            "end",
            Problem::EndBeforeStart(
                "2024-10-05T10:00+03:00".into(),
                "2024-10-05T11:00+03:00".into()
            )
        )
    );
    // 09:30 in Riga summer time is 06:30 UTC: later than 06:00 UTC.
    assert!(event_problems(|e| {
        e["start"] = json!("2024-10-05T06:00Z");
        e["end"] = json!("2024-10-05T09:30+03:00");
    })
    .is_empty());
}

#[test]
fn links_only_safe_schemes() {
    for bad in [
        "javascript:alert(1)",
        "ftp://x",
        "/relative",
        "https://a b",
        "data:text/html,x",
    ] {
        assert_eq!(
            place_problems(|p| p["links"] = json!([{"url": bad}])),
            one("links[1].url", Problem::BadLink(bad.into())),
            "{bad}"
        );
    }
    for good in [
        "https://selija.com",
        "http://x.lv",
        "mailto:info@selija.com",
        "tel:+37120000000",
    ] {
        assert!(
            place_problems(|p| p["links"] = json!([{"url": good}])).is_empty(),
            "{good}"
        );
    }
    assert_eq!(
        event_problems(|e| e["url"] = json!("javascript:void(0)")),
        one("url", Problem::BadLink("javascript:void(0)".into()))
    );
}

#[test]
fn text_lengths() {
    let long = "ā".repeat(121);
    assert_eq!(
        place_problems(|p| p["name"]["lv"] = json!(long)),
        one("name.lv", Problem::TooLong(120))
    );
    assert!(place_problems(|p| p["name"]["lv"] = json!("ā".repeat(120))).is_empty());
    assert_eq!(
        place_problems(|p| p["description"]["en"] = json!("x".repeat(2001))),
        one("description.en", Problem::TooLong(2000))
    );
    assert_eq!(
        place_problems(|p| p["tags"] = json!(vec!["t"; 31])),
        one("tags", Problem::TooMany(30))
    );
}

#[test]
fn a_bad_record_is_skipped_and_the_rest_kept() {
    let mut bad = place();
    bad["id"] = json!("bad-one");
    bad["lat"] = json!(91);
    bad["kind"] = json!("?");
    let mut second = place();
    second["id"] = json!("sala");
    let loaded = load(&file(
        vec![place(), bad, second, json!("not a record")],
        vec![],
    ))
    .unwrap();
    let ids: Vec<_> = loaded
        .dataset
        .places
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(ids, ["sece", "sala"]);
    assert_eq!(loaded.skipped_records(), 2);
    assert_eq!(
        loaded.issues.len(),
        3,
        "every problem of a record is reported"
    );
    assert_eq!(loaded.issues[2].record, RecordRef::Position(4));
    assert_eq!(loaded.issues[2].problem, Problem::RecordNotObject);
}

#[test]
fn whole_file_errors() {
    assert!(matches!(
        load("{\"version\": 1, \"places\": ["),
        Err(LoadError::NotJson { line: 1, .. })
    ));
    assert_eq!(load("[]"), Err(LoadError::Shape(ShapeError::NotAnObject)));
    assert_eq!(
        load("{\"version\": 1}"),
        Err(LoadError::Shape(ShapeError::MissingList("places")))
    );
    assert_eq!(
        load("{\"version\": 1, \"places\": {}}"),
        Err(LoadError::Shape(ShapeError::NotAList("places")))
    );
    assert_eq!(
        load("{\"version\": 3, \"places\": []}"),
        Err(LoadError::Version("3".into()))
    );
    assert_eq!(
        load("{\"places\": []}"),
        Err(LoadError::Version(String::new()))
    );
    assert!(load("{\"version\": 1, \"places\": []}").is_ok());
}

#[test]
fn text_is_kept_verbatim_not_interpreted() {
    let loaded = load(&file(
        vec![{
            let mut p = place();
            p["name"]["lv"] = json!("<img src=x onerror=alert(1)>");
            p
        }],
        vec![],
    ))
    .unwrap();
    assert_eq!(
        loaded.dataset.places[0].name.lv,
        "<img src=x onerror=alert(1)>"
    );
}

#[test]
fn an_event_at_a_skipped_place_is_kept() {
    let mut bad_place = place();
    bad_place["lat"] = json!(70.0);
    let loaded = load(&file(vec![bad_place], vec![event()])).unwrap();
    assert!(loaded.dataset.places.is_empty());
    assert_eq!(
        loaded.dataset.events.len(),
        1,
        "only the place's own fault is reported"
    );
    assert_eq!(loaded.skipped_records(), 1);
}

/// A venue's name is `{lv, en}` like other texts; the first format's plain
/// string still loads, as the Latvian name shown in both languages.
#[test]
fn venue_name_in_both_languages_or_as_plain_text() {
    use selijas_salas::domain::Lang;
    let venue = |name: Value| {
        let mut e = event();
        e["location"] = json!({ "name": name });
        let loaded = load(&file(vec![place()], vec![e])).expect("file loads");
        assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
        let loc = loaded.dataset.events[0].location.clone().expect("a venue");
        (
            loc.name.get(Lang::Lv).to_owned(),
            loc.name.get(Lang::En).to_owned(),
        )
    };
    assert_eq!(
        venue(json!({"lv": "Seces tautas nams", "en": "Sece community centre"})),
        (
            "Seces tautas nams".to_owned(),
            "Sece community centre".to_owned()
        )
    );
    assert_eq!(
        venue(json!("Ilgu muiža")),
        ("Ilgu muiža".to_owned(), "Ilgu muiža".to_owned())
    );
    assert_eq!(
        venue(json!({"lv": "Zāle"})),
        ("Zāle".to_owned(), "Zāle".to_owned())
    );
}

#[test]
fn venue_name_problems_name_their_field() {
    let problems = |name: Value| event_problems(|e| e["location"] = json!({ "name": name }));
    assert_eq!(
        problems(json!({"en": "Hall"})),
        vec![("location.name.lv".to_owned(), Problem::Missing)]
    );
    assert_eq!(
        problems(json!({"lv": 5})),
        vec![("location.name.lv".to_owned(), Problem::NotText)]
    );
    assert_eq!(
        problems(json!({"lv": "Zāle", "en": "x".repeat(201)})),
        vec![("location.name.en".to_owned(), Problem::TooLong(200))]
    );
    assert_eq!(
        problems(json!(5)),
        vec![("location.name".to_owned(), Problem::NotText)]
    );
    assert_eq!(
        problems(json!([])),
        vec![("location.name".to_owned(), Problem::NotText)]
    );
}

/// A file whose first source is `source`, with its problems.
fn source_problems(source: Value) -> (Vec<(String, Problem)>, Vec<String>) {
    let mut data: Value = serde_json::from_str(&file(vec![place()], vec![])).unwrap();
    data["sources"] = json!([source]);
    let loaded = load(&data.to_string()).expect("file loads");
    let lines = loaded
        .issues
        .iter()
        .map(|i| selijas_salas::i18n::issue(selijas_salas::domain::Lang::En, i))
        .collect();
    let problems = loaded
        .issues
        .into_iter()
        .inspect(|i| assert_eq!(i.section, Section::Sources))
        .map(|i| (i.field, i.problem))
        .collect();
    (problems, lines)
}

/// A place's parish and source, an event's source, and a source's name and
/// licence are `{lv, en}` like other texts, or (the first files' form, in
/// version 1 and 2 alike) a plain string: the Latvian, shown in both.
#[test]
fn one_language_texts_load_as_plain_strings_or_in_both_languages() {
    use selijas_salas::domain::Lang;
    for version in [1, 2] {
        let mut data: Value = serde_json::from_str(&file(
            vec![
                place(),
                json!({
                    "id": "zasa", "kind": "village", "name": {"lv": "Zasa"},
                    "municipality": "aizkraukle", "confidence": "low",
                    "parish": {"lv": "Zasas pagasts", "en": "Zasa Parish"},
                    "source": {"lv": "koordināta nav pārbaudīta", "en": "coordinate not verified"}
                }),
            ],
            vec![json!({
                "id": "forum", "title": {"lv": "Forums"}, "start": "2024-10-05",
                "category": "forum",
                "source": {"lv": "selija.com", "en": "selija.com (in Latvian)"}
            })],
        ))
        .unwrap();
        data["version"] = json!(version);
        data["sources"] = json!([
            {"id": "osm", "name": {"lv": "OpenStreetMap dalībnieki", "en": "OpenStreetMap contributors"}, "license": "ODbL"},
            {"id": "selija-com", "name": "selija.com", "license": {"lv": "tikai fakti", "en": "facts only"}}
        ]);
        let loaded = load(&data.to_string()).expect("file loads");
        assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
        let d = &loaded.dataset;
        let both = |l: &selijas_salas::domain::Localized| {
            (l.get(Lang::Lv).to_owned(), l.get(Lang::En).to_owned())
        };
        let pair = |lv: &str, en: &str| (lv.to_owned(), en.to_owned());
        let sece = d.place("sece").unwrap();
        let zasa = d.place("zasa").unwrap();
        assert_eq!(
            both(sece.parish.as_ref().unwrap()),
            pair("Seces pagasts", "Seces pagasts")
        );
        assert_eq!(
            both(zasa.parish.as_ref().unwrap()),
            pair("Zasas pagasts", "Zasa Parish")
        );
        assert_eq!(both(&sece.source), pair("lv.wikipedia", "lv.wikipedia"));
        assert_eq!(
            both(&zasa.source),
            pair("koordināta nav pārbaudīta", "coordinate not verified")
        );
        assert_eq!(
            both(&d.events[0].source),
            pair("selija.com", "selija.com (in Latvian)")
        );
        assert_eq!(
            both(&d.sources[0].name),
            pair("OpenStreetMap dalībnieki", "OpenStreetMap contributors")
        );
        assert_eq!(
            both(d.sources[0].license.as_ref().unwrap()),
            pair("ODbL", "ODbL")
        );
        assert_eq!(both(&d.sources[1].name), pair("selija.com", "selija.com"));
        assert_eq!(
            both(d.sources[1].license.as_ref().unwrap()),
            pair("tikai fakti", "facts only")
        );
    }
}

/// A wrong type is reported on the field, a bad part on the part, and the
/// report line names the record and the field.
#[test]
fn one_language_text_problems_name_record_and_field() {
    assert_eq!(
        place_problems(|p| p["parish"] = json!(["Seces pagasts"])),
        one("parish", Problem::NotText)
    );
    assert_eq!(
        place_problems(|p| p["parish"] = json!({"en": "Sece Parish"})),
        one("parish.lv", Problem::Missing)
    );
    assert_eq!(
        place_problems(|p| p["parish"] = json!({"lv": "Seces pagasts", "en": 5})),
        one("parish.en", Problem::NotText)
    );
    assert_eq!(
        place_problems(|p| p["parish"] = json!({"lv": "x".repeat(201)})),
        one("parish.lv", Problem::TooLong(200))
    );
    assert_eq!(
        place_problems(|p| p["source"] = json!({"lv": " "})),
        one("source.lv", Problem::Empty)
    );
    assert_eq!(
        event_problems(|e| e["source"] = json!(42)),
        one("source", Problem::NotText)
    );
    let (problems, lines) = source_problems(json!({"id": "osm", "name": 7}));
    assert_eq!(problems, one("name", Problem::NotText));
    assert_eq!(lines, ["sources, record “osm”, field name: must be text"]);
    let (problems, lines) =
        source_problems(json!({"id": "osm", "name": "OSM", "license": {"en": "ODbL"}}));
    assert_eq!(problems, one("license.lv", Problem::Missing));
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].contains("“osm”") && lines[0].contains("license.lv"),
        "{lines:?}"
    );

    // The place's report line, in both languages.
    let mut p = place();
    p["parish"] = json!(7);
    let loaded = load(&file(vec![p], vec![])).unwrap();
    let line = |lang| selijas_salas::i18n::issue(lang, &loaded.issues[0]);
    assert_eq!(
        line(selijas_salas::domain::Lang::Lv),
        "vietas, ieraksts „sece”, lauks parish: jābūt tekstam"
    );
    assert_eq!(
        line(selijas_salas::domain::Lang::En),
        "places, record “sece”, field parish: must be text"
    );
}

/// Search finds a place by its parish in either language.
#[test]
fn search_finds_a_place_by_its_parish_in_both_languages() {
    use selijas_salas::domain::filter::Filter;
    let mut p = place();
    p["parish"] = json!({"lv": "Seces pagasts", "en": "Sece Parish"});
    let mut other = place();
    other["id"] = json!("zasa");
    other["name"] = json!({"lv": "Zasa"});
    other["parish"] = json!("Zasas pagasts");
    let d = load(&file(vec![p, other], vec![])).unwrap().dataset;
    let find = |q: &str| {
        let f = Filter {
            query: q.to_owned(),
            ..Filter::default()
        };
        d.matching_places(&f)
            .into_iter()
            .map(|i| d.places[i].id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(find("Sece Parish"), ["sece"]);
    assert_eq!(find("seces pagasts"), ["sece"]);
    assert_eq!(find("Zasas pagasts"), ["zasa"]);
    // Not by a parish neither place has.
    assert!(find("Zasa Parish").is_empty());
}

/// The note after a place's population (which year, what it counts) is
/// `{lv, en}` or, as the first files wrote it, a plain string shown in
/// both languages; a population without a note has an empty one.
#[test]
fn population_notes_load_as_plain_strings_or_in_both_languages() {
    use selijas_salas::domain::{Lang, Localized};
    let note = |year: Option<Value>| -> Option<(u32, Localized)> {
        let mut p = place();
        p["population"] = json!(511);
        if let Some(year) = year {
            p["population_year"] = year;
        }
        let loaded = load(&file(vec![p], vec![])).expect("file loads");
        assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
        loaded.dataset.places[0].population.clone()
    };
    let shown = |population: Option<(u32, Localized)>| {
        population.map(|(n, y)| (n, y.get(Lang::Lv).to_owned(), y.get(Lang::En).to_owned()))
    };
    let both = json!({"lv": "2024, pagastā", "en": "2024, parish"});
    assert_eq!(
        shown(note(Some(both))),
        Some((511, "2024, pagastā".to_owned(), "2024, parish".to_owned()))
    );
    assert_eq!(
        shown(note(Some(json!("2021")))),
        Some((511, "2021".to_owned(), "2021".to_owned()))
    );
    assert_eq!(
        shown(note(Some(json!({"lv": "gads nav norādīts"})))),
        Some((
            511,
            "gads nav norādīts".to_owned(),
            "gads nav norādīts".to_owned()
        ))
    );
    assert_eq!(note(None), Some((511, Localized::default())));
}

/// A wrong population note is reported on the field or its part, and the
/// report line names the record and the field.
#[test]
fn population_note_problems_name_record_and_field() {
    assert_eq!(
        place_problems(|p| p["population_year"] = json!(2021)),
        one("population_year", Problem::NotText)
    );
    assert_eq!(
        place_problems(|p| p["population_year"] = json!({"en": "2024, parish"})),
        one("population_year.lv", Problem::Missing)
    );
    assert_eq!(
        place_problems(|p| p["population_year"] = json!({"lv": "2024, pagastā", "en": ["x"]})),
        one("population_year.en", Problem::NotText)
    );
    assert_eq!(
        place_problems(|p| p["population_year"] = json!({"lv": "x".repeat(201)})),
        one("population_year.lv", Problem::TooLong(200))
    );
    let mut p = place();
    p["population"] = json!(511);
    p["population_year"] = json!(["2024"]);
    let loaded = load(&file(vec![p], vec![])).unwrap();
    assert!(loaded.dataset.places.is_empty(), "the record is skipped");
    let line = |lang| selijas_salas::i18n::issue(lang, &loaded.issues[0]);
    assert_eq!(
        line(selijas_salas::domain::Lang::Lv),
        "vietas, ieraksts „sece”, lauks population_year: jābūt tekstam"
    );
    assert_eq!(
        line(selijas_salas::domain::Lang::En),
        "places, record “sece”, field population_year: must be text"
    );
}
