//! The iCalendar export and the Google Calendar link: line format (CRLF,
//! folding at 75 octets without splitting characters), escaping, dates, and
//! sample files for the independent check in `tests/ics_check.py`.

use chrono::{NaiveDate, NaiveDateTime};
use selijas_salas::domain::ics::{calendar_ics, event_ics, google_calendar_url};
use selijas_salas::domain::query::decode_component;
use selijas_salas::domain::{
    Category, Confidence, Coord, Event, Lang, Localized, Location, MunicipalityId, Place,
    PlaceKind, When,
};
use serde_json::{json, Value};

const APP: &str = "https://selija.example/app";
const HOSTILE: &str = "Ģērķšņūļžāčīēā";

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2024, 9, 1)
        .unwrap()
        .and_hms_opt(12, 34, 56)
        .unwrap()
}

fn ev(id: &str, start: &str, end: Option<&str>) -> Event {
    Event {
        id: id.into(),
        title: Localized::new(format!("Pasākums {id}"), format!("Event {id}")),
        start: When::parse(start).unwrap(),
        end: end.map(|e| When::parse(e).unwrap()),
        place: None,
        location: None,
        municipalities: vec![MunicipalityId::Jekabpils],
        category: Category::Congress,
        description: Localized::default(),
        url: None,
        source: "test".into(),
        search_key: String::new(),
    }
}

fn place(coord: Option<Coord>) -> Place {
    Place {
        id: "sece".into(),
        kind: PlaceKind::Village,
        name: Localized::new("Sece", "Sece village"),
        municipality: MunicipalityId::Jekabpils,
        municipality_approximate: false,
        parish: None,
        coord,
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

/// Long hostile text: separators, backslashes, line breaks and two-octet letters.
fn hostile(pad: usize) -> String {
    format!(
        "{}Sēlija, salas; C:\\ceļš\\mape\r\nOtrā rinda, {}\n{}",
        "x".repeat(pad),
        HOSTILE.repeat(4),
        HOSTILE.repeat(9)
    )
}

/// What RFC 5545 makes of the text after escaping (CR dropped).
fn escaped(s: &str) -> String {
    s.replace('\r', "")
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Checks the physical format and returns the unfolded content lines.
fn lines(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"), "file must end with CRLF");
    let physical: Vec<&str> = ics[..ics.len() - 2].split("\r\n").collect();
    for line in &physical {
        assert!(
            !line.contains('\r') && !line.contains('\n'),
            "bare CR or LF in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.is_empty(), "empty line");
    }
    let mut out: Vec<String> = Vec::new();
    for line in physical {
        match line.strip_prefix(' ') {
            Some(rest) => out.last_mut().expect("fold after a line").push_str(rest),
            None => out.push(line.to_owned()),
        }
    }
    out
}

fn value<'a>(lines: &'a [String], name: &str) -> Option<&'a str> {
    lines.iter().find_map(|l| {
        l.strip_prefix(name)
            .and_then(|rest| rest.strip_prefix(':').or_else(|| rest.strip_prefix(";")))
    })
}

#[test]
fn lines_end_with_crlf_and_fold_at_75_octets_between_characters() {
    let mut crossed = 0;
    for pad in 0..6 {
        let mut e = ev("hostile", "2022-03-18", Some("2022-03-20"));
        e.title = Localized::new(hostile(pad), "");
        e.description = Localized::new(hostile(pad + 3), "");
        let ics = event_ics(&e, None, Lang::En, now(), APP);
        let content = lines(&ics);
        assert_eq!(
            value(&content, "SUMMARY"),
            Some(escaped(&hostile(pad)).as_str())
        );
        assert_eq!(
            value(&content, "DESCRIPTION"),
            Some(escaped(&hostile(pad + 3)).as_str())
        );
        // A folded line shorter than 75 octets means the next letter would
        // have crossed octet 75 and was moved whole to the continuation.
        let physical: Vec<&str> = ics.split("\r\n").collect();
        for pair in physical.windows(2) {
            if let Some(rest) = pair[1].strip_prefix(' ') {
                assert!(pair[0].len() >= 74, "folded too early: {:?}", pair[0]);
                if pair[0].len() == 74 {
                    assert_eq!(rest.chars().next().map(char::len_utf8), Some(2));
                    crossed += 1;
                }
            }
        }
    }
    assert!(crossed > 0, "no sample put a letter across octet 75");
}

#[test]
fn text_values_are_escaped() {
    let mut e = ev("esc", "2022-03-18", None);
    e.title = Localized::new("A, B; C\\D", "");
    e.description = Localized::new("line 1\r\nline 2\nend\u{7}", "");
    e.location = Some(Location {
        name: "Zāle; 2. stāvs, Sece".into(),
        coord: None,
    });
    let content = lines(&event_ics(&e, None, Lang::Lv, now(), APP));
    assert_eq!(value(&content, "SUMMARY"), Some("A\\, B\\; C\\\\D"));
    assert_eq!(
        value(&content, "DESCRIPTION"),
        Some("line 1\\nline 2\\nend")
    );
    assert_eq!(
        value(&content, "LOCATION"),
        Some("Zāle\\; 2. stāvs\\, Sece")
    );
}

#[test]
fn calendar_and_event_properties() {
    let mut e = ev("kongress-2022", "2022-03-18", Some("2022-03-20"));
    e.description = Localized::new("Apraksts", "Description");
    let p = place(Some(Coord {
        lat: 56.4,
        lon: 25.4,
    }));
    let content = lines(&event_ics(&e, Some(&p), Lang::En, now(), APP));
    assert_eq!(
        content[..5],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Selijas salas//LV",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH"
        ]
    );
    assert_eq!(content.last().map(String::as_str), Some("END:VCALENDAR"));
    assert_eq!(value(&content, "UID"), Some("kongress-2022@selijas-salas"));
    assert_eq!(value(&content, "DTSTAMP"), Some("20240901T123456Z"));
    assert_eq!(value(&content, "DTSTART"), Some("VALUE=DATE:20220318"));
    assert_eq!(value(&content, "DTEND"), Some("VALUE=DATE:20220321"));
    assert_eq!(value(&content, "SUMMARY"), Some("Event kongress-2022"));
    assert_eq!(value(&content, "DESCRIPTION"), Some("Description"));
    assert_eq!(value(&content, "LOCATION"), Some("Sece village"));
    assert_eq!(value(&content, "GEO"), Some("56.400000;25.400000"));
    assert_eq!(
        value(&content, "URL"),
        Some("https://selija.example/app/event/kongress-2022")
    );
    assert_eq!(value(&content, "CATEGORIES"), Some("congress"));

    // Latvian, no coordinates, the organiser's URL, a trailing slash on the app.
    e.url = Some("https://selija.com/kongress".into());
    let content = lines(&event_ics(
        &e,
        Some(&place(None)),
        Lang::Lv,
        now(),
        "https://x.lv/",
    ));
    assert_eq!(value(&content, "SUMMARY"), Some("Pasākums kongress-2022"));
    assert_eq!(value(&content, "LOCATION"), Some("Sece"));
    assert_eq!(value(&content, "GEO"), None);
    assert_eq!(value(&content, "URL"), Some("https://selija.com/kongress"));
    let plain = ev("plain", "2022-03-18", None);
    let content = lines(&event_ics(&plain, None, Lang::Lv, now(), "https://x.lv/"));
    assert_eq!(value(&content, "URL"), Some("https://x.lv/event/plain"));
    assert_eq!(value(&content, "DTEND"), Some("VALUE=DATE:20220319"));
    assert_eq!(value(&content, "LOCATION"), None);
    assert_eq!(value(&content, "DESCRIPTION"), None);
}

#[test]
fn times_are_written_in_utc() {
    let mut e = ev(
        "forums",
        "2024-10-05T11:00+03:00",
        Some("2024-10-05T15:30+03:00"),
    );
    e.location = Some(Location {
        name: "Kultūras nams".into(),
        coord: Some(Coord {
            lat: 56.1234567,
            lon: 25.7654321,
        }),
    });
    let p = place(Some(Coord {
        lat: 56.4,
        lon: 25.4,
    }));
    let content = lines(&event_ics(&e, Some(&p), Lang::Lv, now(), APP));
    assert_eq!(value(&content, "DTSTART"), Some("20241005T080000Z"));
    assert_eq!(value(&content, "DTEND"), Some("20241005T123000Z"));
    // The venue's own position wins over the place's; both names are given.
    assert_eq!(value(&content, "GEO"), Some("56.123457;25.765432"));
    assert_eq!(value(&content, "LOCATION"), Some("Kultūras nams\\, Sece"));

    // No end: no DTEND (the event ends when it starts, RFC 5545 §3.6.1).
    let open = ev("open", "2024-01-05T09:30Z", None);
    let content = lines(&event_ics(&open, None, Lang::Lv, now(), APP));
    assert_eq!(value(&content, "DTSTART"), Some("20240105T093000Z"));
    assert_eq!(value(&content, "DTEND"), None);

    // A time with a day as its end: all-day, both as dates.
    let mixed = ev("mixed", "2024-10-26T22:30Z", Some("2024-10-28"));
    let content = lines(&event_ics(&mixed, None, Lang::Lv, now(), APP));
    assert_eq!(value(&content, "DTSTART"), Some("VALUE=DATE:20241027"));
    assert_eq!(value(&content, "DTEND"), Some("VALUE=DATE:20241029"));
}

#[test]
fn month_only_events_span_their_month_with_a_note() {
    let mut e = ev("augusts", "2022-08", None);
    e.description = Localized::new("Teksts", "Text");
    let content = lines(&event_ics(&e, None, Lang::En, now(), APP));
    assert_eq!(value(&content, "DTSTART"), Some("VALUE=DATE:20220801"));
    assert_eq!(value(&content, "DTEND"), Some("VALUE=DATE:20220901"));
    assert_eq!(
        value(&content, "DESCRIPTION"),
        Some("The exact date is not known\\, only the month.\\n\\nText")
    );
    assert_eq!(value(&content, "SUMMARY"), Some("Event augusts"));
    let dec = ev("dec", "2022-12", Some("2023-01"));
    let content = lines(&event_ics(&dec, None, Lang::Lv, now(), APP));
    assert_eq!(value(&content, "DTSTART"), Some("VALUE=DATE:20221201"));
    assert_eq!(value(&content, "DTEND"), Some("VALUE=DATE:20230201"));
    assert!(value(&content, "DESCRIPTION")
        .unwrap()
        .starts_with("Precīzs datums"));
}

#[test]
fn calendar_holds_every_event() {
    let a = ev("a", "2022-03-18", None);
    let b = ev("b", "2024-10-05T11:00+03:00", None);
    let p = place(None);
    let ics = calendar_ics(&[(&a, Some(&p)), (&b, None)], Lang::Lv, now(), APP);
    let content = lines(&ics);
    assert_eq!(content.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 2);
    assert_eq!(content.iter().filter(|l| *l == "END:VEVENT").count(), 2);
    assert_eq!(content.iter().filter(|l| l.starts_with("UID:")).count(), 2);
    assert_eq!(
        content.iter().filter(|l| *l == "BEGIN:VCALENDAR").count(),
        1
    );
    let empty = lines(&calendar_ics(&[], Lang::Lv, now(), APP));
    assert_eq!(empty.len(), 6);
}

/// The decoded query parameters of a link.
fn params(url: &str) -> Vec<(String, String)> {
    let (base, query) = url.split_once('?').unwrap();
    assert_eq!(base, "https://calendar.google.com/calendar/render");
    query
        .split('&')
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap();
            assert!(
                !v.contains(' ') && !v.contains('&') && !v.contains('#'),
                "{v}"
            );
            (k.to_owned(), decode_component(v))
        })
        .collect()
}

#[test]
fn google_calendar_links() {
    let mut e = ev("kongress", "2022-03-18", Some("2022-03-20"));
    e.title = Localized::new("Sēlijas kongress & forums #1", "");
    e.description = Localized::new("Rīta kafija, 9:00\nSākums 10:00", "");
    let p = place(None);
    let url = google_calendar_url(&e, Some(&p), Lang::Lv);
    let get = |k: &str| {
        params(&url)
            .into_iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v)
    };
    assert_eq!(get("action").as_deref(), Some("TEMPLATE"));
    assert_eq!(get("text").as_deref(), Some("Sēlijas kongress & forums #1"));
    assert_eq!(get("dates").as_deref(), Some("20220318/20220321"));
    assert_eq!(
        get("details").as_deref(),
        Some("Rīta kafija, 9:00\nSākums 10:00")
    );
    assert_eq!(get("location").as_deref(), Some("Sece"));

    let timed = ev(
        "t",
        "2024-10-05T11:00+03:00",
        Some("2024-10-05T13:00+03:00"),
    );
    let url = google_calendar_url(&timed, None, Lang::En);
    let p = params(&url);
    assert!(p.contains(&("dates".into(), "20241005T080000Z/20241005T100000Z".into())));
    assert!(p.iter().all(|(k, _)| k != "location" && k != "details"));
    let open = ev("o", "2024-10-05T11:00+03:00", None);
    let p = params(&google_calendar_url(&open, None, Lang::En));
    assert!(p.contains(&("dates".into(), "20241005T080000Z/20241005T080000Z".into())));
    let month = ev("m", "2022-08", None);
    let p = params(&google_calendar_url(&month, None, Lang::En));
    assert!(p.contains(&("dates".into(), "20220801/20220901".into())));
    assert!(p.contains(&(
        "details".into(),
        "The exact date is not known, only the month.".into()
    )));
}

/// Writes sample files and the fields they should hold, for
/// `python3 tests/ics_check.py DIR` to read back with the `icalendar` package.
/// The directory is `$ICS_OUT`, else `selijas-salas-ics` in the temp dir.
#[test]
fn writes_samples_for_the_independent_parser() {
    let dir = std::env::var_os("ICS_OUT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("selijas-salas-ics"));
    std::fs::create_dir_all(&dir).unwrap();

    let p = place(Some(Coord {
        lat: 56.5,
        lon: 25.25,
    }));
    let mut allday = ev("kongress-2022", "2022-03-18", Some("2022-03-20"));
    allday.title = Localized::new(hostile(1), "");
    allday.description = Localized::new(hostile(2), "");
    let mut timed = ev(
        "forums-2024",
        "2024-10-05T11:00+03:00",
        Some("2024-10-05T15:30+03:00"),
    );
    timed.location = Some(Location {
        name: "Zāle; 2. stāvs, \"Rūme\"".into(),
        coord: Some(Coord {
            lat: 56.123456,
            lon: 25.654321,
        }),
    });
    timed.description = Localized::new("Apraksts", "Description, with a comma");
    let open = ev("atklasana", "2024-10-27T02:30+02:00", None);
    let mut month = ev("augusts", "2022-08", None);
    month.description = Localized::new(HOSTILE.repeat(8), "");

    let field = |e: &Event, dtstart: &str, dtend: Option<&str>, loc: &str, geo: Value, lang| {
        json!({
            "uid": format!("{}@selijas-salas", e.id),
            "summary": e.title.get(lang).replace('\r', ""),
            "dtstart": dtstart,
            "dtend": dtend,
            "location": loc,
            "geo": geo,
            "description": null,
        })
    };
    let mut expected = serde_json::Map::new();
    let mut write = |name: &str, ics: String, events: Vec<Value>| {
        std::fs::write(dir.join(name), ics).unwrap();
        expected.insert(name.into(), Value::Array(events));
    };

    let mut a = field(
        &allday,
        "20220318",
        Some("20220321"),
        "Sece",
        json!([56.5, 25.25]),
        Lang::Lv,
    );
    a["description"] = hostile(2).replace('\r', "").into();
    write(
        "allday.ics",
        event_ics(&allday, Some(&p), Lang::Lv, now(), APP),
        vec![a],
    );

    let mut t = field(
        &timed,
        "20241005T080000Z",
        Some("20241005T123000Z"),
        "Zāle; 2. stāvs, \"Rūme\", Sece village",
        json!([56.123456, 25.654321]),
        Lang::En,
    );
    t["description"] = "Description, with a comma".into();
    write(
        "timed.ics",
        event_ics(&timed, Some(&p), Lang::En, now(), APP),
        vec![t.clone()],
    );

    // The calendar is in English; the month's texts fall back to Latvian.
    let mut m = field(
        &month,
        "20220801",
        Some("20220901"),
        "",
        Value::Null,
        Lang::En,
    );
    m["description"] = format!(
        "The exact date is not known, only the month.\n\n{}",
        HOSTILE.repeat(8)
    )
    .into();
    let o = field(&open, "20241027T003000Z", None, "", Value::Null, Lang::En);
    let all = [(&timed, Some(&p)), (&open, None), (&month, None)];
    write(
        "calendar.ics",
        calendar_ics(&all, Lang::En, now(), APP),
        vec![t, o, m],
    );

    let path = dir.join("expected.json");
    std::fs::write(&path, serde_json::to_string_pretty(&expected).unwrap()).unwrap();
    assert!(path.exists());
}

/// The venue's `LOCATION` is written in the calendar's language.
#[test]
fn location_follows_the_language() {
    let mut e = ev("venue", "2022-03-18", None);
    e.location = Some(Location {
        name: Localized::new("Seces tautas nams", "Sece community centre"),
        coord: None,
    });
    let lv = lines(&event_ics(&e, None, Lang::Lv, now(), APP));
    let en = lines(&event_ics(&e, None, Lang::En, now(), APP));
    assert_eq!(value(&lv, "LOCATION"), Some("Seces tautas nams"));
    assert_eq!(value(&en, "LOCATION"), Some("Sece community centre"));
    // Latvian only: both calendars say it in Latvian.
    e.location = Some(Location {
        name: "Ilgu muiža".into(),
        coord: None,
    });
    let en = lines(&event_ics(&e, None, Lang::En, now(), APP));
    assert_eq!(value(&en, "LOCATION"), Some("Ilgu muiža"));
    let google = google_calendar_url(&e, None, Lang::En);
    assert!(google.contains("location=Ilgu"), "{google}");
}
