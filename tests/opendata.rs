//! The open-data writers (the app's downloads and `selija-data export`):
//! texts shown to visitors carry a column, or a GeoJSON property, per
//! language.

use selijas_salas::domain::opendata::{
    places_csv, places_geojson, sources_csv, PLACE_COLUMNS, SOURCE_COLUMNS,
};
use selijas_salas::domain::validate::load;
use selijas_salas::domain::Dataset;
use serde_json::{json, Value};

fn dataset() -> Dataset {
    let data = json!({
        "version": 2,
        "places": [
            {"id": "sece", "kind": "village", "name": {"lv": "Sece", "en": "Sece"},
             "municipality": "aizkraukle", "confidence": "high",
             "lat": 56.55944, "lon": 25.39806,
             "parish": {"lv": "Seces pagasts", "en": "Sece Parish"},
             "population": 511,
             "population_year": {"lv": "2024, pagastā", "en": "2024, parish"},
             "source": {"lv": "Vikipēdija", "en": "Wikipedia"}},
            {"id": "zasa", "kind": "village", "name": {"lv": "Zasa"},
             "municipality": "jekabpils", "confidence": "medium",
             "lat": 56.29, "lon": 25.97,
             "parish": "Zasas pagasts", "population": 1282,
             "population_year": "2021", "source": "GeoNames"}
        ],
        "sources": [
            {"id": "osm", "name": {"lv": "OpenStreetMap dalībnieki", "en": "OpenStreetMap contributors"},
             "license": "ODbL", "url": "https://www.openstreetmap.org/copyright"},
            {"id": "selija-com", "name": "selija.com",
             "license": {"lv": "tikai fakti, teksts nav pārpublicēts", "en": "facts only, text not reproduced"}}
        ]
    });
    let loaded = load(&data.to_string()).expect("loads");
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    loaded.dataset
}

/// The CSV's rows as cells (no cell here holds a separator or a quote).
fn rows(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
    body.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split(';').map(str::to_owned).collect())
        .collect()
}

#[test]
fn places_csv_has_a_column_per_language_for_parish_population_note_and_source() {
    let d = dataset();
    let rows = rows(&places_csv(&d.places));
    let header: Vec<&str> = rows[0].iter().map(String::as_str).collect();
    assert_eq!(header, PLACE_COLUMNS);
    for gone in ["parish", "population_year", "source"] {
        assert!(!header.contains(&gone), "no single-language {gone} column");
    }
    let col = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let (sece, zasa) = (&rows[1], &rows[2]);
    assert_eq!(sece[col("parish_lv")], "Seces pagasts");
    assert_eq!(sece[col("parish_en")], "Sece Parish");
    assert_eq!(sece[col("source_lv")], "Vikipēdija");
    assert_eq!(sece[col("source_en")], "Wikipedia");
    assert_eq!(sece[col("population")], "511");
    assert_eq!(sece[col("population_year_lv")], "2024, pagastā");
    assert_eq!(sece[col("population_year_en")], "2024, parish");
    // A plain string is the Latvian; the English cell stays empty.
    assert_eq!(zasa[col("parish_lv")], "Zasas pagasts");
    assert_eq!(zasa[col("parish_en")], "");
    assert_eq!(zasa[col("source_lv")], "GeoNames");
    assert_eq!(zasa[col("population_year_lv")], "2021");
    assert_eq!(zasa[col("population_year_en")], "");
}

#[test]
fn geojson_properties_in_both_languages() {
    let d = dataset();
    let (text, left_out) = places_geojson(&d.places);
    assert_eq!(left_out, 0);
    let doc: Value = serde_json::from_str(&text).expect("JSON");
    let props = |i: usize| doc["features"][i]["properties"].clone();
    assert_eq!(props(0)["parish_lv"], "Seces pagasts");
    assert_eq!(props(0)["parish_en"], "Sece Parish");
    assert_eq!(props(0)["source_en"], "Wikipedia");
    assert_eq!(props(0)["population_year_lv"], "2024, pagastā");
    assert_eq!(props(0)["population_year_en"], "2024, parish");
    assert_eq!(props(1)["population_year_lv"], "2021");
    assert_eq!(props(1)["parish_lv"], "Zasas pagasts");
    // Empty properties are left out.
    assert!(props(1).get("parish_en").is_none());
    assert!(props(1).get("parish").is_none());
    assert!(props(1).get("population_year_en").is_none());
    assert!(props(0).get("population_year").is_none());
}

#[test]
fn sources_csv_has_names_and_licences_in_both_languages() {
    let d = dataset();
    let rows = rows(&sources_csv(&d.sources));
    assert_eq!(rows[0], SOURCE_COLUMNS);
    assert_eq!(
        SOURCE_COLUMNS,
        [
            "id",
            "name_lv",
            "name_en",
            "license_lv",
            "license_en",
            "url"
        ]
    );
    assert_eq!(
        rows[1],
        [
            "osm",
            "OpenStreetMap dalībnieki",
            "OpenStreetMap contributors",
            "ODbL",
            "",
            "https://www.openstreetmap.org/copyright"
        ]
    );
    assert_eq!(
        rows[2],
        [
            "selija-com",
            "selija.com",
            "",
            "tikai fakti, teksts nav pārpublicēts",
            "facts only, text not reproduced",
            ""
        ]
    );
}
