//! `selija-data`'s commands against golden files in
//! `tests/fixtures/data-tools/`: spreadsheets as Excel and LibreOffice save
//! them, bad ones with their exact messages, GeoJSON read back by the
//! `geojson` crate, and round trips. `UPDATE_GOLDEN=1 cargo test --test
//! data_tools` rewrites the `.expected` files (review the diff).

use selijas_salas::datatools::{self, Format, Report};
use selijas_salas::domain::validate::load;
use selijas_salas::domain::Lang;
use std::fs;
use std::path::{Path, PathBuf};

const DIR: &str = "tests/fixtures/data-tools";

fn fixture(name: &str) -> PathBuf {
    Path::new(DIR).join(name)
}

/// A fresh scratch directory under target/.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Compares a report with its golden file (paths made relative to DIR and
/// the scratch directory, so the file is the same on every machine).
fn golden(name: &str, report: &Report, scratch: &Path) {
    let text = format!("exit {}\n{}\n", report.code, report.lines.join("\n"))
        .replace(&format!("{}/", scratch.display()), "OUT/")
        .replace(&format!("{DIR}/"), "");
    let path = fixture(&format!("{name}.expected"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&path, &text).expect("write golden");
    }
    let want = fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(text, want, "{name}: differs from {}", path.display());
}

#[test]
fn excel_and_libreoffice_csv_import() {
    let out = scratch("excel");
    let json = out.join("selija.json");
    let report = datatools::import_csv(
        &fixture("excel-places.csv"),
        Some(&fixture("libreoffice-events.csv")),
        None,
        &json,
        false,
        Lang::En,
    );
    golden("excel-import", &report, &out);
    let text = fs::read_to_string(&json).expect("written");
    let d = load(&text).expect("loads").dataset;
    let sece = d.place("sece").expect("sece");
    // Decimal comma, a quoted cell with `;` and a CRLF line break in it.
    assert_eq!(
        sece.coord.map(|c| (c.lat, c.lon)),
        Some((56.55944, 25.39806))
    );
    assert_eq!(sece.description.lv, "Ciems; pie Daugavas\r\notrā rinda");
    assert_eq!(sece.links.len(), 2);
    assert_eq!(sece.links[0].label, "Vikipēdija");
    assert_eq!(sece.profile.member_since, Some(2017));
    // Riga's clock in September is +03:00.
    let mkd = d.event("mkd-2024").expect("event");
    assert_eq!(mkd.start.to_string(), "2024-09-07T11:00+03:00");
    assert_eq!(mkd.municipalities.len(), 2);
    // A second run refuses to overwrite without --force.
    let again = datatools::import_csv(
        &fixture("excel-places.csv"),
        None,
        None,
        &json,
        false,
        Lang::En,
    );
    assert_eq!(again.code, 1);
    golden("excel-import-exists", &again, &out);
}

#[test]
fn bad_csv_is_reported_by_row_and_column_and_not_written() {
    let out = scratch("bad");
    let json = out.join("selija.json");
    for (name, places, events, lang) in [
        ("bad-header", "bad-header.csv", None, Lang::En),
        ("bad-places-en", "bad-places.csv", None, Lang::En),
        ("bad-places-lv", "bad-places.csv", None, Lang::Lv),
        (
            "bad-events",
            "excel-places.csv",
            Some("bad-events.csv"),
            Lang::En,
        ),
    ] {
        let events = events.map(fixture);
        let report = datatools::import_csv(
            &fixture(places),
            events.as_deref(),
            None,
            &json,
            false,
            lang,
        );
        assert_eq!(report.code, 1, "{name}");
        golden(name, &report, &out);
        assert!(!json.exists(), "{name}: a bad dataset was written");
    }
}

#[test]
fn check_places_problems_at_lines_and_columns() {
    let out = scratch("check");
    let bad = out.join("bad.json");
    let text = r#"{
  "version": 2,
  "places": [
    {"id": "sece", "kind": "village", "name": {"lv": "Sece"},
     "municipality": "aizkraukle", "confidence": "high", "source": "x"},
    {"id": "zasa", "kind": "village", "name": {"lv": "Zasa"},
     "municipality": "jekabpls", "confidence": "high", "source": "x"},
    {"id": "sece", "kind": "village", "name": {"lv": "Sece"},
     "municipality": "aizkraukle", "confidence": "high", "source": "x"}
  ],
  "events": [
    {"id": "mkd", "title": {"lv": "Dienas"}, "start": "2024-09-07",
     "end": "2024-09-06", "category": "home-cafes", "source": "x"}
  ]
}
"#;
    fs::write(&bad, text).expect("write");
    golden("check-bad-en", &datatools::check(&bad, Lang::En), &out);
    golden("check-bad-lv", &datatools::check(&bad, Lang::Lv), &out);
    fs::write(&bad, "{\"version\": 2,\n \"places\": [}\n").expect("write");
    golden("check-not-json", &datatools::check(&bad, Lang::En), &out);
    let missing = datatools::check(&out.join("missing.json"), Lang::En);
    assert_eq!(missing.code, 2);
    let shipped = datatools::check(Path::new("public/data/selija.json"), Lang::En);
    assert_eq!(shipped.code, 0, "{:?}", shipped.lines);
}

/// Export then import gives the same dataset.
fn round_trip(data: &Path, name: &str) {
    let out = scratch(name);
    let original = load(&fs::read_to_string(data).expect("read")).expect("loads");
    assert!(original.issues.is_empty(), "{:?}", original.issues);
    assert_eq!(datatools::export(data, Format::Csv, &out, Lang::En).code, 0);
    let back = out.join("back.json");
    let report = datatools::import_csv(
        &out.join("places.csv"),
        Some(&out.join("events.csv")),
        Some(&out.join("sources.csv")),
        &back,
        false,
        Lang::En,
    );
    assert_eq!(report.code, 0, "{:?}", report.lines);
    let again = load(&fs::read_to_string(&back).expect("read")).expect("loads");
    assert_eq!(again.dataset.places, original.dataset.places);
    assert_eq!(again.dataset.events, original.dataset.events);
    assert_eq!(again.dataset.sources, original.dataset.sources);

    // GeoJSON: read back by the geojson crate, then imported as places.
    assert_eq!(
        datatools::export(data, Format::GeoJson, &out, Lang::En).code,
        0
    );
    let geo = fs::read_to_string(out.join("places.geojson")).expect("read");
    let parsed: geojson::FeatureCollection = geo.parse().expect("RFC 7946 GeoJSON");
    let mapped: Vec<_> = original
        .dataset
        .places
        .iter()
        .filter(|p| p.coord.is_some())
        .collect();
    assert_eq!(parsed.features.len(), mapped.len());
    let geo_back = out.join("geo.json");
    // Without --base: the GeoJSON holds only the mapped places, and events
    // at the others would point nowhere.
    let report = datatools::import_geojson(
        &out.join("places.geojson"),
        None,
        &geo_back,
        false,
        Lang::En,
    );
    assert_eq!(report.code, 0, "{:?}", report.lines);
    let from_geo = load(&fs::read_to_string(&geo_back).expect("read")).expect("loads");
    let mapped: Vec<_> = mapped.into_iter().cloned().collect();
    assert_eq!(from_geo.dataset.places, mapped);
    assert!(from_geo.dataset.events.is_empty());
}

#[test]
fn shipped_data_round_trips() {
    let path = Path::new("public/data/selija.json");
    // The round trip must carry texts in both languages where the shipped
    // data has them: English parishes, population notes, source names and
    // licences.
    let d = load(&fs::read_to_string(path).expect("read"))
        .expect("loads")
        .dataset;
    let sece = d.place("sece").expect("sece");
    let parish = sece.parish.as_ref().expect("a parish");
    assert_eq!(
        (parish.lv.as_str(), parish.en.as_str()),
        ("Seces pagasts", "Sece Parish")
    );
    let zalve = d.place("zalve").expect("zalve");
    let (_, note) = zalve.population.as_ref().expect("a population");
    assert_eq!(
        (note.lv.as_str(), note.en.as_str()),
        ("2024, pagastā", "2024, parish")
    );
    assert!(d.sources.iter().any(|s| !s.name.en.is_empty()));
    assert!(d
        .sources
        .iter()
        .any(|s| s.license.as_ref().is_some_and(|l| !l.en.is_empty())));
    round_trip(path, "round-shipped");
}

/// Spreadsheets and GeoJSON of the first format, with one column for a
/// parish, a population note, a source note, a venue, a source's name and
/// licence, still
/// import: the cell is the Latvian. A problem in such a column is reported
/// under the column the sheet has.
#[test]
fn first_format_single_language_columns_still_import() {
    let out = scratch("first-format");
    let places = out.join("places.csv");
    let events = out.join("events.csv");
    let sources = out.join("sources.csv");
    fs::write(
        &places,
        "id;kind;name_lv;municipality;parish;confidence;population;population_year;source\n\
         sece;village;Sece;aizkraukle;Seces pagasts;high;340;2021. gadā;lv.wikipedia\n",
    )
    .expect("write");
    fs::write(
        &events,
        "id;title_lv;start;category;location_name;source\n\
         forums;Forums;2024-10-05;forum;Seces tautas nams;selija.com\n",
    )
    .expect("write");
    fs::write(&sources, "id;name;license\nosm;OpenStreetMap;ODbL\n").expect("write");
    let json = out.join("selija.json");
    let report = datatools::import_csv(
        &places,
        Some(&events),
        Some(&sources),
        &json,
        false,
        Lang::En,
    );
    assert_eq!(report.code, 0, "{:?}", report.lines);
    let d = load(&fs::read_to_string(&json).expect("read"))
        .expect("loads")
        .dataset;
    let sece = d.place("sece").expect("sece");
    assert_eq!(
        sece.parish.clone().map(|p| (p.lv, p.en)),
        Some(("Seces pagasts".to_owned(), String::new()))
    );
    assert_eq!(
        sece.population.clone().map(|(n, y)| (n, y.lv, y.en)),
        Some((340, "2021. gadā".to_owned(), String::new()))
    );
    assert_eq!(sece.source.lv, "lv.wikipedia");
    let venue = d.events[0].location.clone().expect("a venue");
    assert_eq!(venue.name.lv, "Seces tautas nams");
    assert_eq!(d.events[0].source.lv, "selija.com");
    assert_eq!(d.sources[0].name.lv, "OpenStreetMap");
    assert_eq!(
        d.sources[0].license.clone().map(|l| l.lv).as_deref(),
        Some("ODbL")
    );

    // A fault in the old column is reported under its own name.
    fs::write(
        &places,
        format!(
            "id;kind;name_lv;municipality;parish;confidence;source\n\
             sece;village;Sece;aizkraukle;{};high;lv.wikipedia\n",
            "x".repeat(201)
        ),
    )
    .expect("write");
    let report = datatools::import_csv(&places, None, None, &json, true, Lang::En);
    assert_eq!(report.code, 1);
    assert!(
        report.lines[0].contains("row 2, column parish (record “sece”)"),
        "{:?}",
        report.lines
    );
    fs::write(
        &places,
        format!(
            "id;kind;name_lv;municipality;confidence;population;population_year;source\n\
             sece;village;Sece;aizkraukle;high;340;{};lv.wikipedia\n",
            "x".repeat(201)
        ),
    )
    .expect("write");
    let report = datatools::import_csv(&places, None, None, &json, true, Lang::En);
    assert_eq!(report.code, 1);
    assert!(
        report.lines[0].contains("row 2, column population_year (record “sece”)"),
        "{:?}",
        report.lines
    );

    // GeoJSON: old `parish` and `population_year` properties.
    let geo = out.join("old.geojson");
    fs::write(
        &geo,
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"sece",
        "geometry":{"type":"Point","coordinates":[25.39806,56.55944]},
        "properties":{"kind":"village","name_lv":"Sece","municipality":"aizkraukle",
        "parish":"Seces pagasts","confidence":"high","population":340,
        "population_year":"2021. gadā","source":"lv.wikipedia"}}]}"#,
    )
    .expect("write");
    let from_geo = out.join("geo.json");
    let report = datatools::import_geojson(&geo, None, &from_geo, false, Lang::En);
    assert_eq!(report.code, 0, "{:?}", report.lines);
    let d = load(&fs::read_to_string(&from_geo).expect("read"))
        .expect("loads")
        .dataset;
    let sece = d.place("sece").expect("sece");
    assert_eq!(
        sece.parish.clone().map(|p| p.lv).as_deref(),
        Some("Seces pagasts")
    );
    assert_eq!(
        sece.population.clone().map(|(n, y)| (n, y.lv)),
        Some((340, "2021. gadā".to_owned()))
    );
}

#[test]
fn generated_data_round_trips() {
    // Every field and awkward texts: quotes, separators, line breaks,
    // times in summer, in winter and in another zone, month-only dates.
    let out = scratch("generated-src");
    let mut places = Vec::new();
    let mut events = Vec::new();
    for i in 0..60u32 {
        // Seven decimals, as precise as any source (and as export writes).
        let lat: f64 = format!("{}.{:07}", 55 + i / 30, 7_000_000 + i * 31_234)
            .parse()
            .unwrap_or(56.0);
        let kind = ["town", "village", "manor", "nature"][i as usize % 4];
        let municipality = [
            "aizkraukle",
            "jekabpils",
            "augsdaugava",
            "kraslava",
            "daugavpils",
        ][i as usize % 5];
        places.push(serde_json::json!({
            "id": format!("p-{i}"),
            "kind": kind,
            "name": {"lv": format!("Vieta „{i}”; \"x\""), "en": if i % 3 == 0 { serde_json::Value::Null } else { format!("Place, {i}").into() }},
            "municipality": municipality,
            "municipality_approximate": i % 7 == 0,
            "lat": if i % 5 == 0 { serde_json::Value::Null } else { serde_json::json!(lat) },
            "lon": if i % 5 == 0 { serde_json::Value::Null } else { serde_json::json!(25.1234567) },
            "confidence": "medium",
            "population": i * 13,
            // A note in one language or two, with separators and quotes, or none.
            "population_year": match i % 4 {
                0 => serde_json::json!({"lv": format!("{}. gadā; pagastā", 2000 + i), "en": format!("{}, \"parish\"\nroughly", 2000 + i)}),
                1 => serde_json::json!("2021"),
                2 => serde_json::json!({"lv": "gads nav norādīts"}),
                _ => serde_json::Value::Null,
            },
            "description": {"lv": format!("Pirmā rinda\notrā; rinda {i}")},
            "links": [{"url": format!("https://example.lv/{i}"), "label": "Lapa ar; semikolu"}, {"url": "tel:+37120000000"}],
            "tags": ["a", "b c"],
            // One or two languages, both forms, and none.
            "parish": match i % 3 {
                0 => serde_json::json!({"lv": format!("Pagasts; „{i}”"), "en": format!("Parish \"{i}\"")}),
                1 => serde_json::json!("Vecais pagasts"),
                _ => serde_json::Value::Null,
            },
            "source": if i % 2 == 0 { serde_json::json!("ģenerēts") } else { serde_json::json!({"lv": "ģenerēts; lv", "en": "generated\nen"}) },
            "island": {"lv": format!("Sala {i}"), "en": format!("Island {i}")},
            "member_since": 2017 + (i % 8),
            "contacts": {"website": "https://example.lv/", "email": "a@example.lv", "phone": "+371 2000 0000", "social": ["https://facebook.com/x"]},
            "identity_sign": "images/signs/x.svg"
        }));
        let start = match i % 4 {
            0 => format!("2024-{:02}-10", 1 + i % 12),
            1 => format!(
                "2024-{:02}-10T18:30+0{}:00",
                1 + i % 12,
                if (4..=10).contains(&(1 + i % 12)) {
                    3
                } else {
                    2
                }
            ),
            2 => format!("2023-{:02}", 1 + i % 12),
            _ => "2024-05-01T09:00Z".to_owned(),
        };
        events.push(serde_json::json!({
            "id": format!("e-{i}"),
            "title": {"lv": format!("Notikums {i}"), "en": "Event"},
            "start": start,
            "place": format!("p-{}", i % 10),
            "location": {"name": "Klubs; zāle", "lat": 56.1, "lon": 25.9},
            "municipalities": ["jekabpils", "kraslava"],
            "category": "community",
            "url": "https://example.lv/e",
            "source": if i % 2 == 0 { serde_json::json!("ģenerēts") } else { serde_json::json!({"lv": "ģenerēts", "en": "generated"}) }
        }));
    }
    let data = serde_json::json!({
        "version": 2, "places": places, "events": events,
        "sources": [
            {"id": "s", "name": "Avots; „pēdiņas”", "license": "CC BY 4.0", "url": "https://example.lv"},
            {"id": "t", "name": {"lv": "Dalībnieki", "en": "Contributors; \"all\""}, "license": {"lv": "tikai fakti", "en": "facts only"}}
        ]
    });
    let path = out.join("generated.json");
    fs::write(&path, data.to_string()).expect("write");
    round_trip(&path, "round-generated");
}

/// The csv crate's reading, as `selija-data` did it before the app's
/// `/check` page needed the same reader (it now uses csv-core, the crate's
/// own low-level reader, without the `std::io` layer): header trimmed and
/// lower case, rows of only separators kept as empty rows.
fn csv_crate_reading(text: &str, separator: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.expect("record");
            if r.iter().all(|c| c.trim().is_empty()) {
                Vec::new()
            } else {
                r.iter().map(str::to_owned).collect()
            }
        })
        .collect();
    (header, rows)
}

#[test]
fn the_csv_reader_reads_as_the_csv_crate() {
    use selijas_salas::datatools::table::read_csv;
    let same = |text: &str, separator: u8| {
        let ours = read_csv(text.as_bytes()).expect("reads");
        assert_eq!(
            (ours.header, ours.rows),
            csv_crate_reading(text, separator),
            "{text:?}"
        );
    };
    // What spreadsheets save, and what they get wrong.
    for (text, separator) in [
        ("\u{feff}id;Name\r\na;\"x;y\r\nz\"\r\n", b';'),
        ("id,name\n\na,b\n\n\nc,d", b','),
        ("id,name\na,\"open\nb,c\n", b','),
        ("id;name;;\nx;;;\n;;;\ny;\"q\"\"uote\"\n", b';'),
        ("id\tname\na\tb", b'\t'),
        ("id,name\r\na,b\rc,d\r\n", b','),
        ("a,b\n\"x\"y,z\n\"\"\n", b','),
        ("ĀBOLS;Pūce\nā;ū\n", b';'),
        ("id;name", b';'),
    ] {
        same(text, separator);
    }
    // Every body of up to five characters from the ones that matter,
    // under a header that makes `;` the separator.
    let alphabet = ['a', ';', ',', '"', '\r', '\n'];
    let mut level = vec![String::new()];
    let mut bodies = level.clone();
    for _ in 0..5 {
        level = level
            .iter()
            .flat_map(|b| alphabet.iter().map(move |c| format!("{b}{c}")))
            .collect();
        bodies.extend(level.iter().cloned());
    }
    assert_eq!(bodies.len(), 1 + 6 + 36 + 216 + 1296 + 7776);
    for body in &bodies {
        same(&format!("id;name\n{body}"), b';');
    }
}

/// The templates volunteers start from (served at /data/templates/ and
/// linked from /check) import cleanly, together.
#[test]
fn the_templates_import_together() {
    let out = scratch("templates");
    let report = datatools::import_csv(
        Path::new("public/data/templates/places.csv"),
        Some(Path::new("public/data/templates/events.csv")),
        None,
        &out.join("selija.json"),
        false,
        Lang::En,
    );
    assert_eq!(report.code, 0, "{:?}", report.lines);
}

/// `publish` into an existing build: the data, and with it the service
/// worker's version (a fingerprint of the files it precaches, the data
/// among them), so a visitor whose worker holds the old data gets the new;
/// the same data leaves the version as it was (no needless re-download).
#[test]
fn publish_moves_the_service_workers_version_with_the_data() {
    let dist = scratch("publish-dist");
    let src = scratch("publish-src");
    // A build as trunk leaves it: the shell with its inline loader, the
    // hashed script and wasm, the shipped data.
    let shell = r#"<!DOCTYPE html><html lang="lv"><head>
<meta charset="utf-8" />
<title>Sēlijas salas</title>
<base href="/" />
</head><body><div id="boot" class="boot"><main></main></div>
<script type="module">import init from '/app-0123456789abcdef.js'; await init();</script>
</body></html>"#;
    fs::write(dist.join("index.html"), shell).expect("shell");
    fs::write(dist.join("app-0123456789abcdef.js"), "export default 1;").expect("js");
    fs::write(dist.join("app-0123456789abcdef_bg.wasm"), b"\0asm").expect("wasm");
    fs::create_dir_all(dist.join("data")).expect("data dir");
    let shipped = fs::read("tests/fixtures/selija-test.json").expect("fixture");
    fs::write(dist.join("data/selija.json"), &shipped).expect("shipped data");
    let data = src.join("selija.json");
    let version = || {
        let sw = fs::read_to_string(dist.join("sw.js")).expect("sw.js written");
        let (_, rest) = sw.split_once("const VERSION = \"").expect("a version");
        let (v, _) = rest.split_once('"').expect("quoted");
        assert!(
            sw.contains("\"data/selija.json\""),
            "the worker precaches the data"
        );
        v.to_owned()
    };
    let publish = || datatools::publish(&dist, &data, "https://example.lv", Lang::En);

    fs::write(&data, &shipped).expect("data");
    assert_eq!(publish().code, 0);
    let first = version();
    assert_eq!(publish().code, 0);
    assert_eq!(version(), first, "the same data, the same version");

    let mut edited: serde_json::Value = serde_json::from_slice(&shipped).expect("json");
    edited["places"][0]["name"]["lv"] = "Jaunjelgava (labots)".into();
    let edited = serde_json::to_vec_pretty(&edited).expect("json");
    fs::write(&data, &edited).expect("edited data");
    let report = publish();
    assert_eq!(report.code, 0, "{:?}", report.lines);
    let second = version();
    assert_ne!(second, first, "new data, a new version");
    assert_eq!(
        fs::read(dist.join("data/selija.json")).expect("read"),
        edited
    );
    // An edit no pre-rendered shell shows (the home page lists places,
    // not events' descriptions): the data's own bytes move the version.
    let shell_before = fs::read(dist.join("index.html")).expect("shell");
    let mut quiet: serde_json::Value = serde_json::from_slice(&edited).expect("json");
    quiet["events"][0]["description"]["en"] = "Described anew.".into();
    let edited = serde_json::to_vec_pretty(&quiet).expect("json");
    fs::write(&data, &edited).expect("quiet edit");
    assert_eq!(publish().code, 0);
    assert_eq!(
        fs::read(dist.join("index.html")).expect("shell"),
        shell_before
    );
    let third = version();
    assert_ne!(third, second, "an event's new description, a new version");

    // Data that does not validate changes nothing.
    let mut bad: serde_json::Value = serde_json::from_slice(&edited).expect("json");
    bad["places"][0]["lat"] = 61.2.into();
    fs::write(&data, serde_json::to_vec(&bad).expect("json")).expect("bad data");
    assert_eq!(publish().code, 1);
    assert_eq!(version(), third);
    assert_eq!(
        fs::read(dist.join("data/selija.json")).expect("read"),
        edited
    );
}
