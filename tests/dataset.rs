//! The dataset we ship validates cleanly and holds what the issue asks for.

use selijas_salas::domain::validate::load;
use selijas_salas::domain::{Lang, MunicipalityId, When};
use std::collections::HashSet;

fn shipped() -> selijas_salas::domain::validate::Loaded {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/selija.json"
    ))
    .expect("public/data/selija.json exists");
    load(&text).expect("the shipped dataset loads")
}

#[test]
fn shipped_dataset_has_no_issues() {
    let loaded = shipped();
    assert!(loaded.issues.is_empty(), "{:#?}", loaded.issues);
}

#[test]
fn shipped_dataset_is_rich_enough() {
    let d = shipped().dataset;
    let mapped: Vec<_> = d.places.iter().filter(|p| p.coord.is_some()).collect();
    assert!(
        mapped.len() >= 45,
        "{} places with coordinates",
        mapped.len()
    );
    for m in [
        MunicipalityId::Aizkraukle,
        MunicipalityId::Jekabpils,
        MunicipalityId::Augsdaugava,
        MunicipalityId::Kraslava,
    ] {
        assert!(
            mapped.iter().any(|p| p.municipality == m),
            "{m} has mapped places"
        );
    }
    assert!(
        d.places.iter().any(|p| p.coord.is_none()),
        "unverified communities are listed"
    );
    assert!(d.events.len() >= 20, "{} events", d.events.len());
    assert_eq!(d.municipalities.len(), 5);
    let sources: HashSet<_> = d.sources.iter().map(|s| s.name.get(Lang::En)).collect();
    assert!(sources.iter().any(|s| s.contains("GeoNames")));
    assert!(sources.iter().any(|s| s.contains("OpenStreetMap")));
}

#[test]
fn shipped_dates_match_the_facts() {
    let d = shipped().dataset;
    // The training at Ilgas, 18–20 March 2022 (selija.com 2022-03-01).
    let ilgas = d
        .events
        .iter()
        .find(|e| e.start.to_string() == "2022-03-18")
        .expect("the March 2022 training");
    assert_eq!(
        ilgas.end.map(|e| e.to_string()).as_deref(),
        Some("2022-03-20")
    );
    assert!(d.events.iter().any(|e| matches!(
        e.start,
        When::Month {
            year: 2022,
            month: 9
        }
    )));
}

/// Places are found by id through an index built at load, not a search per
/// lookup; the index never gives a wrong answer when places change later.
#[test]
fn places_are_indexed_by_id_at_load() {
    let places: Vec<serde_json::Value> = (0..10_000)
        .map(|i| {
            serde_json::json!({
                "id": format!("p-{i}"), "kind": "village", "name": {"lv": format!("P {i}")},
                "municipality": "jekabpils", "confidence": "low", "source": "test"
            })
        })
        .collect();
    let text = serde_json::json!({"version": 1, "places": places}).to_string();
    let mut d = load(&text).unwrap().dataset;
    assert!(d.places_indexed());
    for i in (0..10_000).step_by(7) {
        assert_eq!(d.place_index(&format!("p-{i}")), Some(i));
    }
    assert_eq!(d.place_index("p-10000"), None);
    assert_eq!(d.place("p-42").map(|p| p.id.as_str()), Some("p-42"));
    // Changed by hand after loading: still right (by search) until re-indexed.
    let first = d.places.remove(0);
    assert!(!d.places_indexed());
    assert_eq!(d.place_index("p-1"), Some(0));
    assert_eq!(d.place_index("p-0"), None);
    d.places.push(first);
    d.index_places();
    assert_eq!(d.place_index("p-0"), Some(9_999));
}
