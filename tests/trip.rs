//! The trip planner's pure core (`domain::trip`): editing, the URL and
//! storage codecs (round trips, a property test, limits, hostile input),
//! resolving against the data, distances, clashes, directions links, GPX
//! (read back by an XML parser) and the trip's `.ics` (read back by Python's
//! icalendar through `tests/ics_check.py`).

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::Rng;
use selijas_salas::domain::trip::clash::EventMark;
use selijas_salas::domain::trip::distance::haversine_km;
use selijas_salas::domain::trip::links::{
    google_maps_urls, osm_leg_url, osm_router_url, GOOGLE_WAYPOINTS_DESKTOP, GOOGLE_WAYPOINTS_PHONE,
};
use selijas_salas::domain::trip::{
    Added, DropReason, Mode, Stop, StopRef, StorageError, Toggled, Trip, TripError, MAX_DAYS,
    MAX_STOPS,
};
use selijas_salas::domain::{
    Confidence, Coord, Dataset, Event, Lang, Localized, Location, MunicipalityId, Place, PlaceKind,
};
use selijas_salas::i18n;
use serde_json::{json, Value};

const SITE: &str = "https://selija.example/app";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn place(id: &str, name: &str, coord: Option<(f64, f64)>) -> Place {
    Place {
        id: id.into(),
        kind: PlaceKind::Village,
        name: Localized::new(name, format!("{name} (en)")),
        municipality: MunicipalityId::Jekabpils,
        municipality_approximate: false,
        parish: None,
        coord: coord.map(|(lat, lon)| Coord { lat, lon }),
        confidence: Confidence::High,
        population: None,
        description: Localized::default(),
        links: vec![],
        tags: vec![],
        source: "test".into(),
        profile: Default::default(),
        search_key: String::new(),
    }
}

fn event(id: &str, start: &str, end: Option<&str>, at: Option<&str>) -> Event {
    Event {
        title: Localized::new(format!("Notikums {id}"), format!("Event {id}")),
        place: at.map(Into::into),
        ..common::event(id, start, end)
    }
}

/// Three mapped places, one unverified, and events of every kind.
fn data() -> Dataset {
    let mut venue = event("venue", "2026-06-07", None, None);
    venue.location = Some(Location {
        name: "Pļava".into(),
        coord: Some(Coord {
            lat: 56.2,
            lon: 25.9,
        }),
    });
    let mut data = Dataset::default();
    data.places = vec![
        place("sece", "Sece", Some((56.58, 25.38))),
        place("akniste", "Aknīste", Some((56.16, 25.75))),
        place("viesite", "Viesīte", Some((56.35, 25.56))),
        place("nezinama", "Nezināmā", None),
        place("ampersand", "A & B <\"c\"> 'd'", Some((56.3, 25.3))),
    ];
    data.events = vec![
        event("kafejnicas", "2026-06-06", Some("2026-06-07"), Some("sece")),
        event(
            "koncerts",
            "2026-06-06T18:00+03:00",
            Some("2026-06-06T20:00+03:00"),
            Some("akniste"),
        ),
        // Written in UTC: 19:00 in Riga, inside the concert.
        event("tirgus", "2026-06-06T16:00Z", None, Some("akniste")),
        event("rits", "2026-06-06T09:00+03:00", None, Some("akniste")),
        event("augusts", "2026-08", None, Some("viesite")),
        event("vecs", "2022-03-18", None, Some("viesite")),
        event("nekur", "2026-06-06", None, None),
        venue,
        event("otra-diena", "2026-06-07", None, Some("viesite")),
    ];
    data.index_places();
    data
}

fn trip_of(days: &[&[&str]]) -> Trip {
    Trip {
        days: days
            .iter()
            .map(|d| d.iter().map(|s| s.parse::<Stop>().unwrap()).collect())
            .collect(),
        ..Trip::default()
    }
}

// --- Editing ---------------------------------------------------------------

#[test]
fn add_goes_to_the_last_day_once() {
    let mut t = Trip::default();
    assert!(t.is_empty());
    assert_eq!(t.add(Stop::place("sece")), Added::Added);
    assert_eq!(t.add(Stop::place("sece")), Added::AlreadyThere);
    assert!(t.add_day());
    assert_eq!(t.add(Stop::event("koncerts")), Added::Added);
    // A place and an event may share an id: they are different stops.
    assert_eq!(t.add(Stop::event("sece")), Added::Added);
    assert_eq!(t.add(Stop::place("Sece")), Added::NotAnId);
    assert_eq!(t.add(Stop::event("")), Added::NotAnId);
    assert_eq!(t, trip_of(&[&["sece"], &["ev:koncerts", "ev:sece"]]));
    assert_eq!(t.count(), 3);
    assert!(t.contains(&Stop::event("koncerts")));
    assert!(!t.contains(&Stop::place("koncerts")));
    assert_eq!(
        t.find(&Stop::event("sece")),
        Some(StopRef { day: 1, index: 1 })
    );
    // A trip with no day at all (written by hand) gets one.
    let mut bare = Trip {
        days: vec![],
        ..Trip::default()
    };
    assert_eq!(bare.add(Stop::place("sece")), Added::Added);
    assert_eq!(bare.days.len(), 1);
}

#[test]
fn at_most_fifty_stops() {
    let mut t = Trip::default();
    for i in 0..MAX_STOPS {
        assert_eq!(t.add(Stop::place(format!("p{i}"))), Added::Added);
    }
    assert_eq!(t.add(Stop::place("one-more")), Added::Full);
    assert_eq!(t.toggle(Stop::place("one-more")), Toggled::Refused);
    assert_eq!(t.count(), 50);
    // Removing makes room again.
    assert_eq!(t.toggle(Stop::place("p0")), Toggled::Removed);
    assert_eq!(t.toggle(Stop::place("one-more")), Toggled::Added);
}

#[test]
fn toggle_and_remove() {
    let mut t = trip_of(&[&["sece", "akniste"], &["viesite"]]);
    assert_eq!(t.toggle(Stop::place("viesite")), Toggled::Removed);
    // The emptied day stays until removed explicitly.
    assert_eq!(t.days.len(), 2);
    assert!(t.days[1].is_empty());
    assert_eq!(t.toggle(Stop::place("viesite")), Toggled::Added);
    assert_eq!(t.days[1], vec![Stop::place("viesite")]);
    assert!(t.remove(&Stop::place("sece")));
    assert!(!t.remove(&Stop::place("sece")));
    assert_eq!(t, trip_of(&[&["akniste"], &["viesite"]]));
}

#[test]
fn move_up_and_down_cross_day_boundaries() {
    let mut t = trip_of(&[&["a", "b"], &[], &["c"]]);
    let a = Stop::place("a");
    let c = Stop::place("c");
    assert!(!t.move_up(&a), "the very first stop cannot move up");
    assert!(t.move_down(&a));
    assert_eq!(t, trip_of(&[&["b", "a"], &[], &["c"]]));
    // The last of a day goes to the start of the next, even an empty one.
    assert!(t.move_down(&a));
    assert_eq!(t, trip_of(&[&["b"], &["a"], &["c"]]));
    assert!(t.move_down(&a));
    assert_eq!(t, trip_of(&[&["b"], &[], &["a", "c"]]));
    assert!(t.move_down(&a));
    assert!(!t.move_down(&a), "the very last stop cannot move down");
    assert_eq!(t, trip_of(&[&["b"], &[], &["c", "a"]]));
    // The first of a day goes to the end of the previous one.
    assert!(t.move_up(&c));
    assert_eq!(t, trip_of(&[&["b"], &["c"], &["a"]]));
    assert!(t.move_up(&c));
    assert_eq!(t, trip_of(&[&["b", "c"], &[], &["a"]]));
    assert!(!t.move_up(&Stop::place("nope")));
    assert!(!t.move_down(&Stop::place("nope")));
    // Up then down is the identity anywhere but the ends.
    let before = t.clone();
    assert!(t.move_up(&c) && t.move_down(&c));
    assert_eq!(t, before);
}

#[test]
fn move_to_another_day_and_position() {
    let mut t = trip_of(&[&["a", "b"], &["c"]]);
    let a = Stop::place("a");
    assert!(t.move_to_day(&a, 1));
    assert_eq!(t, trip_of(&[&["b"], &["c", "a"]]));
    assert!(!t.move_to_day(&a, 1), "already on that day");
    assert!(!t.move_to_day(&a, 2), "no such day");
    assert!(!t.move_to_day(&Stop::place("x"), 0));
    assert!(t.move_to(&a, 0, 0));
    assert_eq!(t, trip_of(&[&["a", "b"], &["c"]]));
    assert!(t.move_to(&a, 0, 99), "clamped to the end");
    assert_eq!(t, trip_of(&[&["b", "a"], &["c"]]));
    assert!(!t.move_to(&a, 0, 1), "already there");
    assert!(!t.move_to(&a, 5, 0));
    assert_eq!(t, trip_of(&[&["b", "a"], &["c"]]));
}

#[test]
fn days_are_added_removed_and_cleared() {
    let mut t = trip_of(&[&["a"]]);
    assert!(!t.remove_day(0), "not empty");
    assert!(t.add_day());
    assert!(t.add_day());
    t.add(Stop::place("b"));
    assert!(t.remove_day(1));
    assert_eq!(t, trip_of(&[&["a"], &["b"]]));
    assert!(!t.remove_day(7));
    while t.add_day() {}
    assert_eq!(t.days.len(), MAX_DAYS);
    t.start = Some(day("2026-06-06"));
    t.mode = Mode::Foot;
    let before = t.clone();
    t.clear();
    assert_eq!(t.days, vec![Vec::<Stop>::new()]);
    assert_eq!((t.start, t.mode), (before.start, before.mode));
    assert!(!t.remove_day(0), "a trip keeps one day");
}

#[test]
fn stops_are_numbered_through_the_days_and_dated() {
    let mut t = trip_of(&[&["a", "b"], &[], &["c"]]);
    let order: Vec<(usize, usize, String)> = t
        .stops()
        .map(|(at, s)| (at.day, at.index, s.to_string()))
        .collect();
    assert_eq!(
        order,
        vec![(0, 0, "a".into()), (0, 1, "b".into()), (2, 0, "c".into())]
    );
    assert_eq!(t.date_of(2), None);
    t.start = Some(day("2026-12-31"));
    assert_eq!(t.date_of(1), Some(day("2027-01-01")));
    assert_eq!(t.end_date(), Some(day("2027-01-03")));
}

// --- URL codec ---------------------------------------------------------------

#[test]
fn writes_and_reads_the_documented_link() {
    let mut t = trip_of(&[&["sece", "akniste"], &["viesite", "ev:koncerts"]]);
    t.start = Some(day("2026-06-06"));
    let text = "d=sece,akniste;viesite,ev:koncerts&start=2026-06-06&mode=car";
    assert_eq!(t.to_string(), text);
    assert_eq!(text.parse::<Trip>(), Ok(t.clone()));
    let decoded = Trip::from_query(&format!("?{text}&lang=en")).unwrap();
    assert_eq!(decoded.trip, t);
    assert!(decoded.dropped.is_empty());
    assert_eq!(
        t.share_url("https://x.lv/selija/"),
        format!("https://x.lv/selija/trip?{text}")
    );
    // Percent-encoded separators decode to the same trip.
    let encoded = "d=sece%2Cakniste%3Bviesite%2Cev%3Akoncerts&start=2026-06-06&mode=car";
    assert_eq!(encoded.parse::<Trip>(), Ok(t));
    // Defaults: one empty day, no date, by car.
    assert_eq!(Trip::default().to_string(), "d=&mode=car");
    for empty in ["", "?", "d=", "?d=&mode=car", "lang=lv"] {
        let d = Trip::from_query(empty).unwrap();
        assert_eq!(d.trip, Trip::default(), "{empty:?}");
        assert!(d.dropped.is_empty(), "{empty:?}");
    }
}

#[test]
fn empty_days_survive_the_link() {
    let t = trip_of(&[&["sece"], &[], &["viesite"], &[]]);
    assert_eq!(t.to_string(), "d=sece;;viesite;&mode=car");
    let d = Trip::from_query(&t.to_string()).unwrap();
    assert_eq!(d.trip, t);
    assert!(d.dropped.is_empty());
    let two_empty = trip_of(&[&[], &[]]);
    assert_eq!(two_empty.to_string().parse::<Trip>(), Ok(two_empty));
}

fn reasons(query: &str) -> (Trip, Vec<(&'static str, String, DropReason)>) {
    let d = Trip::from_query(query).unwrap();
    let r = d
        .dropped
        .into_iter()
        .map(|x| (x.key, x.value, x.reason))
        .collect();
    (d.trip, r)
}

#[test]
fn hostile_links_give_a_clean_trip_and_say_what_was_dropped() {
    use DropReason::*;
    let (t, r) = reasons("d=sece,,akniste,;ev:,ev:koncerts,Sece,sece,%E2%80%AE,%ZZ,a%00b");
    assert_eq!(t, trip_of(&[&["sece", "akniste"], &["ev:koncerts"]]));
    assert_eq!(
        r,
        vec![
            ("d", "".into(), EmptyStop),
            ("d", "".into(), EmptyStop),
            ("d", "ev:".into(), NotAnId),
            ("d", "Sece".into(), NotAnId),
            ("d", "sece".into(), Duplicate),
            ("d", "\u{202e}".into(), NotAnId),
            ("d", "%ZZ".into(), NotAnId),
            ("d", "a\0b".into(), NotAnId),
        ]
    );
    // Bad values of start and mode, and repeated keys.
    let (t, r) = reasons("d=sece&start=2026-02-30&mode=plane&d=akniste&mode=foot");
    assert_eq!(t, trip_of(&[&["sece"]]));
    assert_eq!(
        r,
        vec![
            ("start", "2026-02-30".into(), BadStart),
            ("mode", "plane".into(), BadMode),
            ("d", "akniste".into(), RepeatedKey),
            ("mode", "foot".into(), RepeatedKey),
        ]
    );
    // Overlong values are cut in the report; an overlong id is not a slug.
    let long = "x".repeat(500);
    let (t, r) = reasons(&format!("d={long}&start={long}&mode={long}"));
    assert_eq!(t, Trip::default());
    assert_eq!(r.len(), 3);
    assert!(r.iter().all(|(_, v, _)| v.chars().count() == 40));
    // Too many days: the days past the limit are dropped with their stops.
    let many = format!("d={}z", "a;".repeat(MAX_DAYS - 1));
    let (t, r) = reasons(&format!("{many};y;;"));
    assert_eq!(t.days.len(), MAX_DAYS);
    assert_eq!(r.iter().filter(|x| x.2 == TooManyDays).count(), 3);
    assert!(t.contains(&Stop::place("z")) && !t.contains(&Stop::place("y")));
    // Separators alone.
    let (t, r) = reasons("d=,;,;,");
    assert_eq!(t.days.len(), 3);
    assert_eq!(t.count(), 0);
    assert_eq!(r.len(), 6);
    let (t, _) = reasons("d=;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;");
    assert_eq!(t.days.len(), MAX_DAYS);
    // `&`, `=` and `+` inside values.
    let (t, r) = reasons("d=sece+akniste&=&&d&start&mode=");
    assert_eq!(t, Trip::default());
    assert_eq!(r[0], ("d", "sece akniste".into(), NotAnId));
}

#[test]
fn more_than_fifty_stops_is_refused() {
    let ids: Vec<String> = (0..=MAX_STOPS).map(|i| format!("p{i}")).collect();
    let fifty = format!("d={}", ids[..MAX_STOPS].join(","));
    let ok = Trip::from_query(&fifty).unwrap();
    assert_eq!(ok.trip.count(), MAX_STOPS);
    // Repeats and junk do not count towards the limit.
    assert!(Trip::from_query(&format!("{fifty},p0,,BAD")).is_ok());
    let over = format!("d={};{}", ids[..25].join(","), ids[25..].join(","));
    assert_eq!(
        Trip::from_query(&over),
        Err(TripError::TooManyStops(MAX_STOPS + 1))
    );
    assert_eq!(
        Trip::from_query(&format!("d={}", "a,".repeat(5000))),
        Err(TripError::TooLong(10000))
    );
    // The UI's wording says what happened, in both languages.
    let lv = i18n::trip_refused(Lang::Lv, &TripError::TooManyStops(51));
    let en = i18n::trip_refused(Lang::En, &TripError::TooManyStops(51));
    assert!(lv.contains("50") && lv.contains("51"), "{lv}");
    assert!(en.contains("50") && en.contains("51"), "{en}");
}

/// A random valid trip: up to 5 days (some empty), distinct ids from a pool
/// with events mixed in, any start and mode.
fn random_trip(rng: &mut Rng) -> Trip {
    let mut t = Trip::default();
    for _ in 0..rng.below(5) {
        t.add_day();
    }
    for _ in 0..rng.below(MAX_STOPS + 10) {
        let id = format!(
            "{}-{}",
            ["sece", "a", "z9", "x-1-y"][rng.below(4)],
            rng.below(40)
        );
        let stop = if rng.below(3) == 0 {
            Stop::event(id)
        } else {
            Stop::place(id)
        };
        t.add(stop.clone());
        let day = rng.below(t.days.len());
        t.move_to(&stop, day, rng.below(5));
    }
    if rng.below(2) == 0 {
        t.start = NaiveDate::from_ymd_opt(2000 + rng.below(100) as i32, 1, 1)
            .and_then(|d| d.checked_add_days(chrono::Days::new(rng.below(366) as u64)));
    }
    t.mode = Mode::ALL[rng.below(3)];
    t
}

/// The invariants every decoded trip keeps.
fn assert_clean(t: &Trip, input: &str) {
    assert!(
        (1..=MAX_DAYS).contains(&t.days.len()),
        "{input:?}: {} days",
        t.days.len()
    );
    assert!(t.count() <= MAX_STOPS, "{input:?}");
    let mut seen = std::collections::BTreeSet::new();
    for (_, s) in t.stops() {
        assert!(s.is_valid(), "{input:?}: {s:?}");
        assert!(seen.insert(s.clone()), "{input:?}: {s:?} twice");
    }
}

#[test]
fn property_random_trips_round_trip_through_link_and_storage() {
    let mut rng = Rng(0x005e_11a5_a1a5_2026);
    for _ in 0..2000 {
        let t = random_trip(&mut rng);
        assert_clean(&t, "generated");
        let link = t.to_string();
        let back = Trip::from_query(&link).unwrap();
        assert_eq!(back.trip, t, "{link}");
        assert!(back.dropped.is_empty(), "{link}");
        let stored = t.to_storage();
        let back = Trip::from_storage(&stored).unwrap();
        assert_eq!(back.trip, t, "{stored}");
        assert!(back.dropped.is_empty(), "{stored}");
    }
}

#[test]
fn property_random_strings_never_panic_and_decode_clean() {
    const PIECES: &[&str] = &[
        "d=",
        "&",
        "=",
        ";",
        ",",
        ",",
        ";",
        "ev:",
        "ev",
        ":",
        "%",
        "%2C",
        "%3B",
        "%3A",
        "%E2",
        "%80",
        "%ZZ",
        "+",
        "?",
        "sece",
        "a",
        "b-c",
        "-",
        "--",
        "Ā",
        "ž",
        "\u{0}",
        "\u{202e}",
        "start=",
        "2026-06-06",
        "2026-02-30",
        "mode=",
        "car",
        "foot",
        "x",
        "9",
        " ",
        "#",
    ];
    let mut rng = Rng(0xdead_beef_1234_5678);
    for _ in 0..5000 {
        let mut s = String::new();
        for _ in 0..rng.below(60) {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
        if let Ok(d) = Trip::from_query(&s) {
            assert_clean(&d.trip, &s);
            // What comes out is canonical: it writes and reads back unchanged.
            let again = Trip::from_query(&d.trip.to_string()).unwrap();
            assert_eq!(again.trip, d.trip, "{s:?}");
            assert!(again.dropped.is_empty());
        }
        // The same bytes as storage text: an error or a clean trip.
        if let Ok(d) = Trip::from_storage(&s) {
            assert_clean(&d.trip, &s);
        }
    }
    // Random bytes, decoded lossily, through the storage reader as a stop list.
    for _ in 0..500 {
        let bytes: Vec<u8> = (0..rng.below(40)).map(|_| rng.next() as u8).collect();
        let junk = String::from_utf8_lossy(&bytes).into_owned();
        let doc =
            json!({"v": 1, "days": [[junk.clone(), "sece"]], "start": junk.clone(), "mode": junk});
        let d = Trip::from_storage(&doc.to_string()).unwrap();
        assert_clean(&d.trip, "storage");
        assert!(d.trip.contains(&Stop::place("sece")));
    }
}

// --- Storage -----------------------------------------------------------------

#[test]
fn storage_format_is_versioned_json() {
    let mut t = trip_of(&[&["sece", "akniste"], &["ev:x"]]);
    t.start = Some(day("2026-06-06"));
    let v: Value = serde_json::from_str(&t.to_storage()).unwrap();
    assert_eq!(
        v,
        json!({"v": 1, "days": [["sece", "akniste"], ["ev:x"]], "start": "2026-06-06", "mode": "car"})
    );
    let no_start: Value = serde_json::from_str(&Trip::default().to_storage()).unwrap();
    assert_eq!(no_start, json!({"v": 1, "days": [[]], "mode": "car"}));
    // Minimal and lenient where only values are wrong.
    let d = Trip::from_storage(
        r#"{"v":1,"days":[["sece",7,"",null,"sece"]],"start":5,"mode":"jet","extra":true}"#,
    )
    .unwrap();
    assert_eq!(d.trip, trip_of(&[&["sece"]]));
    let r: Vec<DropReason> = d.dropped.iter().map(|x| x.reason).collect();
    use DropReason::*;
    assert_eq!(
        r,
        vec![NotAnId, EmptyStop, NotAnId, Duplicate, BadStart, BadMode]
    );
    assert_eq!(d.dropped[0].value, "7");
    let d = Trip::from_storage(r#"{"v":1,"days":[],"start":null}"#).unwrap();
    assert_eq!(d.trip, Trip::default());
}

#[test]
fn corrupt_old_or_unknown_storage_is_an_error() {
    use StorageError::*;
    let cases: &[(&str, StorageError)] = &[
        ("", NotJson),
        ("{", NotJson),
        ("sece,akniste", NotJson),
        ("\u{feff}{}", NotJson),
        ("[1,2]", NotAnObject),
        ("null", NotAnObject),
        ("{}", Version(String::new())),
        (r#"{"days":[]}"#, Version(String::new())),
        (r#"{"v":2,"days":[]}"#, Version("2".into())),
        (r#"{"v":"1","days":[]}"#, Version("\"1\"".into())),
        (r#"{"v":1.5,"days":[]}"#, Version("1.5".into())),
        (r#"{"v":0,"days":[]}"#, Version("0".into())),
        (r#"{"v":1}"#, Shape("days")),
        (r#"{"v":1,"days":"sece"}"#, Shape("days")),
        (r#"{"v":1,"days":["sece"]}"#, Shape("days")),
        (r#"{"v":1,"days":[["a"],{}]}"#, Shape("days")),
    ];
    for (text, want) in cases {
        assert_eq!(Trip::from_storage(text).as_ref(), Err(want), "{text}");
    }
    let many: Vec<String> = (0..60).map(|i| format!("p{i}")).collect();
    let doc = json!({"v": 1, "days": [many]}).to_string();
    assert_eq!(Trip::from_storage(&doc), Err(TooManyStops(60)));
    // Every error is worded in both languages.
    for (_, e) in cases {
        for lang in Lang::ALL {
            assert!(!i18n::trip_storage_error(lang, e).is_empty());
        }
    }
}

// --- Resolving against the data ---------------------------------------------------

#[test]
fn ids_no_longer_in_the_data_are_dropped_and_counted() {
    let t = trip_of(&[
        &["sece", "gone-place", "ev:koncerts"],
        &["ev:gone-event", "ev:sece"],
    ]);
    let r = t.resolve(&data());
    assert_eq!(r.trip, trip_of(&[&["sece", "ev:koncerts"], &[]]));
    assert_eq!(
        r.gone,
        vec![
            Stop::place("gone-place"),
            Stop::event("gone-event"),
            Stop::event("sece")
        ]
    );
    assert_eq!(
        i18n::trip_gone(Lang::En, r.gone.len()),
        "3 stops are no longer in the data and left the trip."
    );
    assert_eq!(
        i18n::trip_gone(Lang::Lv, 1),
        "1 pietura vairs nav datos, tās izņemtas no ceļojuma."
    );
}

// --- Distances ---------------------------------------------------------------------

fn c(lat: f64, lon: f64) -> Coord {
    Coord { lat, lon }
}

fn close(got: f64, want: f64, rel: f64) {
    assert!(
        (got - want).abs() <= want * rel,
        "{got} km, expected {want} ± {}%",
        rel * 100.0
    );
}

#[test]
fn haversine_matches_known_distances() {
    // Paris (Notre-Dame) – London (Charing Cross): 343.5 km great-circle,
    // the figure the usual distance tables give (~344 km).
    close(
        haversine_km(c(48.8566, 2.3522), c(51.5074, -0.1278)),
        343.5,
        0.005,
    );
    // Rosetta Code's haversine task: Nashville BNA – Los Angeles LAX,
    // 2887.26 km on a 6372.8 km sphere, so 2886.4 km on the mean radius.
    close(
        haversine_km(c(36.12, -86.67), c(33.94, -118.40)),
        2886.4,
        0.005,
    );
    // Rīga – Daugavpils city centres: 191.4 km great-circle (checked with an
    // independent haversine in Python; the road is about 230 km).
    let rd = haversine_km(c(56.9496, 24.1052), c(55.8747, 26.5362));
    close(rd, 191.4, 0.005);
    // Symmetric; zero to itself; half the circumference to the antipode.
    assert_eq!(rd, haversine_km(c(55.8747, 26.5362), c(56.9496, 24.1052)));
    assert_eq!(haversine_km(c(56.5, 25.5), c(56.5, 25.5)), 0.0);
    close(
        haversine_km(c(0.0, 0.0), c(0.0, 180.0)),
        std::f64::consts::PI * 6371.0088,
        1e-9,
    );
    // One degree of latitude is about 111.2 km.
    close(haversine_km(c(56.0, 25.0), c(57.0, 25.0)), 111.195, 0.001);
}

#[test]
fn day_routes_skip_stops_without_coordinates() {
    let data = data();
    let t = trip_of(&[
        &["sece", "nezinama", "ev:nekur", "akniste", "ev:venue"],
        &["nezinama"],
        &["viesite"],
    ]);
    let r0 = t.day_route(&data, 0);
    let at = |index| StopRef { day: 0, index };
    assert_eq!(
        r0.points.iter().map(|p| p.at).collect::<Vec<_>>(),
        vec![at(0), at(3), at(4)]
    );
    assert_eq!(r0.unmapped, vec![at(1), at(2)]);
    assert_eq!(r0.legs.len(), 2);
    assert_eq!((r0.legs[0].from, r0.legs[0].to), (at(0), at(3)));
    let sece_akniste = haversine_km(c(56.58, 25.38), c(56.16, 25.75));
    assert_eq!(r0.legs[0].km, sece_akniste);
    // The event's own venue coordinate is used.
    assert_eq!(r0.legs[1].km, haversine_km(c(56.16, 25.75), c(56.2, 25.9)));
    close(r0.total_km, r0.legs[0].km + r0.legs[1].km, 1e-12);
    let routes = t.routes(&data);
    assert_eq!(routes.len(), 3);
    assert!(routes[1].points.is_empty() && routes[1].total_km == 0.0);
    assert_eq!(routes[1].unmapped, vec![StopRef { day: 1, index: 0 }]);
    assert_eq!(routes[2].points.len(), 1);
    assert!(routes[2].legs.is_empty());
    let none = t.day_route(&data, 9);
    assert!(none.points.is_empty() && none.unmapped.is_empty() && none.total_km == 0.0);
    // The UI's wording says it is no road distance.
    assert_eq!(
        i18n::crow_distance(Lang::Lv, 34.4),
        "~34 km taisnā līnijā (nevis pa ceļiem)"
    );
    assert_eq!(
        i18n::crow_distance(Lang::En, 3.45),
        "~3.5 km as the crow flies (not by road)"
    );
    assert_eq!(
        i18n::crow_distance(Lang::Lv, 3.45),
        "~3,5 km taisnā līnijā (nevis pa ceļiem)"
    );
}

// --- Clashes -----------------------------------------------------------------------

#[test]
fn events_outside_the_days_and_overlapping_are_clashes() {
    let data = data();
    let today = day("2026-05-01");
    let mut t = trip_of(&[
        &[
            "akniste",
            "ev:koncerts",
            "ev:tirgus",
            "ev:rits",
            "ev:kafejnicas",
        ],
        &[
            "ev:augusts",
            "ev:vecs",
            "ev:otra-diena",
            "ev:nekur",
            "ev:gone",
        ],
    ]);
    let at = |day, index| StopRef { day, index };

    // Without a start date nothing is outside; overlaps still count.
    let check = t.check_events(&data, today);
    assert_eq!(check.events.len(), 8, "unknown ids are skipped");
    assert_eq!(check.overlaps.len(), 1);
    assert_eq!(
        (check.overlaps[0].first, check.overlaps[0].second),
        (at(0, 1), at(0, 2))
    );
    assert_eq!(check.overlapping(at(0, 2)), vec![at(0, 1)]);
    assert_eq!(check.mark(at(0, 3)), Some(EventMark::Fine));
    assert_eq!(check.mark(at(1, 0)), Some(EventMark::MonthOnly));
    assert_eq!(check.mark(at(1, 1)), Some(EventMark::Past));
    assert_eq!(check.mark(at(0, 0)), None, "a place");
    assert_eq!(check.clashes(), 1);

    // Day 1 is 6 June, day 2 is 7 June.
    t.start = Some(day("2026-06-06"));
    let check = t.check_events(&data, today);
    // The two-day café day covers both; "nekur" is on the 6th only.
    assert_eq!(check.mark(at(0, 4)), Some(EventMark::Fine));
    assert_eq!(check.mark(at(1, 2)), Some(EventMark::Fine));
    match check.mark(at(1, 3)) {
        Some(EventMark::Outside { trip_date, span }) => {
            assert_eq!(trip_date, day("2026-06-07"));
            assert_eq!(span.start, day("2026-06-06"));
        }
        other => panic!("{other:?}"),
    }
    // Month-only and past are marked, never clashes, even outside.
    assert_eq!(check.mark(at(1, 0)), Some(EventMark::MonthOnly));
    assert_eq!(check.mark(at(1, 1)), Some(EventMark::Past));
    assert_eq!(check.clashes(), 2);

    // A day later everything on day 1 is outside; the overlap stays.
    t.start = Some(day("2026-06-07"));
    let check = t.check_events(&data, today);
    assert_eq!(check.clashes(), 4 + 1 + 1);

    // Once they are over, they are past, not clashes.
    let check = t.check_events(&data, day("2026-07-01"));
    assert_eq!(check.clashes(), 0);
    assert_eq!(check.mark(at(0, 1)), Some(EventMark::Past));
    // The day an event ends it is not past yet (half-open days).
    let check = t.check_events(&data, day("2026-06-07"));
    assert_eq!(check.mark(at(0, 4)), Some(EventMark::Fine));
    assert_eq!(check.mark(at(0, 1)), Some(EventMark::Past));
}

#[test]
fn overlap_rules_for_moments_and_all_day_events() {
    let mut data = data();
    data.events.push(event(
        "same-moment",
        "2026-06-06T16:00+00:00",
        None,
        Some("akniste"),
    ));
    data.events.push(event(
        "after-concert",
        "2026-06-06T20:00+03:00",
        Some("2026-06-06T21:00+03:00"),
        None,
    ));
    let t = trip_of(&[&[
        "ev:tirgus",
        "ev:same-moment",
        "ev:after-concert",
        "ev:koncerts",
        "ev:nekur",
    ]]);
    let check = t.check_events(&data, day("2026-01-01"));
    let pairs: Vec<(usize, usize)> = check
        .overlaps
        .iter()
        .map(|o| (o.first.index, o.second.index))
        .collect();
    // Two moments at the same instant; both inside the concert; the concert
    // ends when the next begins (no overlap); the all-day event clashes
    // with nothing.
    assert_eq!(pairs, vec![(0, 1), (0, 3), (1, 3)]);
}

#[test]
fn suggests_the_days_events_at_its_places() {
    let data = data();
    let t = trip_of(&[&["akniste", "sece", "ev:koncerts"], &["viesite"]]);
    let ids = |v: Vec<&Event>| v.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(t.suggestions(&data, 0, day("2026-06-06"))),
        vec!["kafejnicas", "tirgus", "rits"]
    );
    assert_eq!(
        ids(t.suggestions(&data, 0, day("2026-06-07"))),
        vec!["kafejnicas"]
    );
    // Month-only events have no day to suggest them on.
    assert_eq!(
        ids(t.suggestions(&data, 1, day("2026-08-01"))),
        Vec::<String>::new()
    );
    assert_eq!(
        ids(t.suggestions(&data, 1, day("2026-06-07"))),
        vec!["otra-diena"]
    );
    assert!(t.suggestions(&data, 5, day("2026-06-06")).is_empty());
}

// --- Directions ----------------------------------------------------------------------

fn line(n: usize) -> Vec<Coord> {
    (0..n)
        .map(|i| c(56.0 + i as f64 * 0.01, 25.0 + i as f64 * 0.001))
        .collect()
}

/// The `LAT,LON` pairs of one Google link: origin, waypoints, destination.
fn google_points(url: &str) -> Vec<String> {
    let query = url
        .strip_prefix("https://www.google.com/maps/dir/?api=1&")
        .unwrap();
    let mut origin = String::new();
    let mut destination = String::new();
    let mut waypoints = Vec::new();
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap();
        match k {
            "origin" => origin = v.to_owned(),
            "destination" => destination = v.to_owned(),
            "waypoints" => waypoints = v.split("%7C").map(str::to_owned).collect(),
            "travelmode" => {}
            _ => panic!("unexpected {k}"),
        }
    }
    assert!(!query.contains('|'));
    let mut all = vec![origin];
    all.extend(waypoints);
    all.push(destination);
    all
}

#[test]
fn google_links_split_at_nine_and_three_waypoints() {
    for (n, max, links) in [
        (2, GOOGLE_WAYPOINTS_DESKTOP, 1),
        (11, GOOGLE_WAYPOINTS_DESKTOP, 1),
        (12, GOOGLE_WAYPOINTS_DESKTOP, 2),
        (21, GOOGLE_WAYPOINTS_DESKTOP, 2),
        (22, GOOGLE_WAYPOINTS_DESKTOP, 3),
        (5, GOOGLE_WAYPOINTS_PHONE, 1),
        (6, GOOGLE_WAYPOINTS_PHONE, 2),
        (12, GOOGLE_WAYPOINTS_PHONE, 3),
        (50, GOOGLE_WAYPOINTS_PHONE, 13),
        (4, 0, 3),
    ] {
        let points = line(n);
        let urls = google_maps_urls(&points, Mode::Bicycle, max);
        assert_eq!(urls.len(), links, "{n} points, {max} waypoints");
        let mut covered: Vec<String> = Vec::new();
        for (i, url) in urls.iter().enumerate() {
            assert!(url.ends_with("&travelmode=bicycling"), "{url}");
            let pts = google_points(url);
            assert!(pts.len() - 2 <= max, "{url}");
            if i > 0 {
                // This link starts where the previous one ended.
                assert_eq!(covered.last(), pts.first());
                covered.extend(pts.into_iter().skip(1));
            } else {
                covered = pts;
            }
        }
        let want: Vec<String> = points
            .iter()
            .map(|p| format!("{:.5},{:.5}", p.lat, p.lon))
            .collect();
        assert_eq!(covered, want, "every stop once, in order");
    }
    assert!(google_maps_urls(&line(1), Mode::Car, 9).is_empty());
    assert!(google_maps_urls(&[], Mode::Car, 9).is_empty());
    assert_eq!(
        google_maps_urls(&[c(56.5, 25.25), c(56.123456, 25.654321), c(56.0, 25.0)], Mode::Foot, 9),
        vec!["https://www.google.com/maps/dir/?api=1&origin=56.50000,25.25000&destination=56.00000,25.00000&waypoints=56.12346,25.65432&travelmode=walking"]
    );
}

#[test]
fn openstreetmap_links() {
    let pts = [c(56.58, 25.38), c(56.16, 25.75), c(56.123456, 25.0)];
    assert_eq!(
        osm_router_url(&pts, Mode::Car, Lang::Lv).as_deref(),
        Some("https://routing.openstreetmap.de/?loc=56.58000,25.38000&loc=56.16000,25.75000&loc=56.12346,25.00000&srv=0&hl=lv")
    );
    assert!(osm_router_url(&pts, Mode::Foot, Lang::En)
        .unwrap()
        .ends_with("&srv=2&hl=en"));
    assert!(osm_router_url(&pts, Mode::Bicycle, Lang::En)
        .unwrap()
        .ends_with("&srv=1&hl=en"));
    assert_eq!(osm_router_url(&pts[..1], Mode::Car, Lang::Lv), None);
    assert_eq!(
        osm_leg_url(pts[0], pts[2], Mode::Car),
        "https://www.openstreetmap.org/directions?engine=fossgis_osrm_car&route=56.58000%2C25.38000%3B56.12346%2C25.00000"
    );
    assert!(osm_leg_url(pts[0], pts[1], Mode::Bicycle).contains("engine=fossgis_osrm_bike&"));
    assert!(osm_leg_url(pts[0], pts[1], Mode::Foot).contains("engine=fossgis_osrm_foot&"));
}

#[test]
fn day_links_use_the_mapped_stops_in_order() {
    let data = data();
    let mut t = trip_of(&[&["sece", "nezinama", "akniste", "viesite"], &["sece-x"]]);
    t.mode = Mode::Foot;
    let links = t.day_links(&data, 0, Lang::En, GOOGLE_WAYPOINTS_PHONE);
    let router = links.osm_router.unwrap();
    assert!(
        router.contains(
            "loc=56.58000,25.38000&loc=56.16000,25.75000&loc=56.35000,25.56000&srv=2&hl=en"
        ),
        "{router}"
    );
    assert_eq!(links.google.len(), 1);
    assert_eq!(
        google_points(&links.google[0]),
        vec![
            "56.58000,25.38000",
            "56.16000,25.75000",
            "56.35000,25.56000"
        ]
    );
    assert_eq!(links.legs.len(), 2);
    assert!(links.legs[1].ends_with("route=56.16000%2C25.75000%3B56.35000%2C25.56000"));
    let empty = t.day_links(&data, 1, Lang::En, 9);
    assert_eq!(empty, Default::default());
}

// --- GPX -----------------------------------------------------------------------------

const NS: &str = "http://www.topografix.com/GPX/1/1";

/// The child elements of `n` named `name` in the GPX namespace.
fn kids<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Vec<roxmltree::Node<'a, 'i>> {
    n.children()
        .filter(|c| c.is_element() && c.tag_name().name() == name)
        .filter(|c| c.tag_name().namespace() == Some(NS))
        .collect()
}

#[test]
fn gpx_parses_back_with_an_xml_parser() {
    let data = data();
    let t = trip_of(&[
        &["sece", "nezinama", "ampersand", "ev:koncerts"],
        &["nezinama"],
        &["viesite", "ev:venue"],
    ]);
    let gpx = t.to_gpx(&data, Lang::Lv, "https://selija.example/app/");
    // Raw checks.
    assert!(gpx.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"Sēlijas salas\" xmlns=\"http://www.topografix.com/GPX/1/1\">"));
    assert!(gpx.contains("<name>A &amp; B &lt;&quot;c&quot;&gt; &apos;d&apos;</name>"));
    assert!(gpx.contains("<wpt lat=\"56.580000\" lon=\"25.380000\">"));
    assert!(
        !gpx.contains("Nezināmā"),
        "unmapped stops are not in the GPX"
    );

    let doc = roxmltree::Document::parse(&gpx).expect("well-formed GPX");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "gpx");
    assert_eq!(root.tag_name().namespace(), Some(NS));
    assert_eq!(root.attribute("version"), Some("1.1"));
    assert_eq!(root.attribute("creator"), Some("Sēlijas salas"));
    let text = |n: roxmltree::Node<'_, '_>, name: &str| {
        kids(n, name)
            .first()
            .and_then(|c| c.text())
            .unwrap_or("")
            .to_owned()
    };
    // Schema order: metadata, then every wpt, then every rte.
    let order: Vec<&str> = root
        .children()
        .filter(|c| c.is_element())
        .map(|c| c.tag_name().name())
        .collect();
    assert_eq!(
        order,
        vec!["metadata", "wpt", "wpt", "wpt", "wpt", "wpt", "rte", "rte"]
    );
    let meta = kids(root, "metadata")[0];
    assert_eq!(text(meta, "name"), "Ceļojums");
    assert_eq!(
        kids(meta, "link")[0].attribute("href"),
        Some("https://selija.example/app/trip?d=sece,nezinama,ampersand,ev:koncerts;nezinama;viesite,ev:venue&mode=car")
    );

    let wpts = kids(root, "wpt");
    let names: Vec<String> = wpts.iter().map(|w| text(*w, "name")).collect();
    assert_eq!(
        names,
        vec![
            "Sece",
            "A & B <\"c\"> 'd'",
            "Notikums koncerts",
            "Viesīte",
            "Notikums venue"
        ]
    );
    let hrefs: Vec<&str> = wpts
        .iter()
        .map(|w| kids(*w, "link")[0].attribute("href").unwrap())
        .collect();
    assert_eq!(hrefs[0], "https://selija.example/app/place/sece");
    assert_eq!(hrefs[2], "https://selija.example/app/event/koncerts");
    // The concert is at Aknīste; its coordinate is the place's.
    let lat: f64 = wpts[2].attribute("lat").unwrap().parse().unwrap();
    let lon: f64 = wpts[2].attribute("lon").unwrap().parse().unwrap();
    assert_eq!((lat, lon), (56.16, 25.75));

    let routes = kids(root, "rte");
    assert_eq!(text(routes[0], "name"), "Ceļojuma 1. diena");
    assert_eq!(text(routes[1], "name"), "Ceļojuma 3. diena");
    let rtepts: Vec<String> = kids(routes[0], "rtept")
        .iter()
        .map(|p| text(*p, "name"))
        .collect();
    assert_eq!(
        rtepts,
        vec!["Sece", "A & B <\"c\"> 'd'", "Notikums koncerts"]
    );
    assert_eq!(kids(routes[1], "rtept").len(), 2);

    let en = t.to_gpx(&data, Lang::En, "https://selija.example/app");
    assert!(en.contains("<name>Trip day 3</name>"));
    assert!(en.contains("<name>Sece (en)</name>"));
}

#[test]
fn gpx_drops_characters_xml_cannot_hold() {
    let mut data = data();
    data.places[0].name = Localized::new("Se\u{1}ce\u{0}]]>\u{7f}", "");
    let gpx = trip_of(&[&["sece"]]).to_gpx(&data, Lang::Lv, SITE);
    let doc = roxmltree::Document::parse(&gpx).expect("well-formed");
    let name = doc
        .descendants()
        .find(|n| {
            n.tag_name().name() == "name"
                && n.parent().is_some_and(|p| p.tag_name().name() == "wpt")
        })
        .and_then(|n| n.text());
    assert_eq!(name, Some("Sece]]>"));
}

// --- iCalendar -----------------------------------------------------------------------

fn now() -> NaiveDateTime {
    day("2026-05-01").and_hms_opt(8, 0, 0).unwrap()
}

/// Unfolded content lines (the physical format is checked in tests/ics.rs).
fn content_lines(ics: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in ics.trim_end_matches("\r\n").split("\r\n") {
        assert!(line.len() <= 75);
        match line.strip_prefix(' ') {
            Some(rest) => out.last_mut().unwrap().push_str(rest),
            None => out.push(line.to_owned()),
        }
    }
    out
}

#[test]
fn trip_ics_has_the_events_and_a_day_entry_per_day() {
    let data = data();
    let mut t = trip_of(&[
        &["sece", "ev:koncerts", "nezinama"],
        &[],
        &["ev:augusts", "ev:gone"],
    ]);
    let without_start = content_lines(&t.to_ics(&data, Lang::Lv, now(), SITE));
    let count = |lines: &[String], l: &str| lines.iter().filter(|x| *x == l).count();
    assert_eq!(count(&without_start, "BEGIN:VEVENT"), 2, "only the events");

    t.start = Some(day("2026-06-06"));
    let lines = content_lines(&t.to_ics(&data, Lang::Lv, now(), SITE));
    assert_eq!(count(&lines, "BEGIN:VEVENT"), 5);
    assert!(lines.contains(&"UID:koncerts@selijas-salas".to_owned()));
    assert!(lines.contains(&"UID:trip-2026-06-06-1@selijas-salas".to_owned()));
    assert!(lines.contains(&"UID:trip-2026-06-08-3@selijas-salas".to_owned()));
    assert!(lines.contains(&"SUMMARY:Ceļojuma 2. diena".to_owned()));
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20260607".to_owned()));
    assert!(lines.contains(&"DESCRIPTION:1. Sece\\n2. Notikums koncerts\\n3. Nezināmā".to_owned()));
    assert!(lines.contains(&"DESCRIPTION:4. Notikums augusts\\n5. gone".to_owned()));
    assert!(lines.contains(&"CATEGORIES:trip".to_owned()));
}

/// Writes the trip's `.ics` for `tests/ics_check.py` under `$ICS_OUT/trip`
/// (its own folder, so it does not replace `tests/ics.rs`'s expected.json).
#[test]
fn writes_a_trip_ics_for_the_independent_parser() {
    let dir = std::env::var_os("ICS_OUT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("selijas-salas-ics"))
        .join("trip");
    std::fs::create_dir_all(&dir).unwrap();
    let mut data = data();
    data.places[0].name = Localized::new("Sece; \"Rūme\", \\ A&B", "");
    let mut t = trip_of(&[&["sece", "ev:koncerts"], &["ev:augusts"]]);
    t.start = Some(day("2026-06-06"));
    let share = t.share_url(SITE);
    std::fs::write(dir.join("trip.ics"), t.to_ics(&data, Lang::Lv, now(), SITE)).unwrap();
    let entry =
        |uid: &str, summary: &str, start: &str, end: &str, loc: &str, geo: Value, desc: &str| {
            json!({"uid": uid, "summary": summary, "dtstart": start, "dtend": end,
               "location": loc, "geo": geo, "description": desc})
        };
    let expected = json!({ "trip.ics": [
        entry("koncerts@selijas-salas", "Notikums koncerts", "20260606T150000Z", "20260606T170000Z",
              "Aknīste", json!([56.16, 25.75]), ""),
        entry("augusts@selijas-salas", "Notikums augusts", "20260801", "20260901",
              "Viesīte", json!([56.35, 25.56]), "Precīzs datums nav zināms, tikai mēnesis."),
        entry("trip-2026-06-06-1@selijas-salas", "Ceļojuma 1. diena", "20260606", "20260607",
              "", Value::Null, "1. Sece; \"Rūme\", \\ A&B\n2. Notikums koncerts"),
        entry("trip-2026-06-07-2@selijas-salas", "Ceļojuma 2. diena", "20260607", "20260608",
              "", Value::Null, "3. Notikums augusts"),
    ]});
    std::fs::write(
        dir.join("expected.json"),
        serde_json::to_string_pretty(&expected).unwrap(),
    )
    .unwrap();
    assert!(share.starts_with(SITE));
}
