//! The language tables: today's wording (dates, plurals, names), and checks
//! that hold for every table, so a new language is checked as soon as it is
//! in `Lang::ALL`: no empty text, the plural rule, every data problem worded.

use selijas_salas::domain::dates::parse_day;
use selijas_salas::domain::validate::{Issue, LoadError, Problem, RecordRef, Section, ShapeError};
use selijas_salas::domain::{Category, Confidence, Lang, PlaceKind, When};
use selijas_salas::i18n::plural::{en_singular, lv_singular};
use selijas_salas::i18n::*;

#[test]
fn dates_in_both_languages() -> Result<(), &'static str> {
    let d = parse_day("2022-03-18").map_err(|_| "date")?;
    assert_eq!(format_date(Lang::Lv, d), "2022. gada 18. marts");
    assert_eq!(format_date(Lang::En, d), "18 March 2022");
    assert_eq!(
        format_date_long(Lang::Lv, d),
        "piektdiena, 2022. gada 18. marts"
    );
    assert_eq!(format_date_long(Lang::En, d), "Friday, 18 March 2022");
    assert_eq!(month_title(Lang::En, 2022, 8), "August 2022");
    assert_eq!(month_title(Lang::Lv, 2022, 8), "2022. gada augusts");
    let m = When::parse("2022-08").map_err(|_| "month")?;
    assert_eq!(
        format_when(Lang::Lv, m, None),
        "2022. gada augusts, datums nav zināms"
    );
    // A span of days in one year says the year once, the month once if
    // it is one; across years both dates are whole.
    let day = |s: &str| When::parse(s).map_err(|_| "day");
    let span = |lang, a: &str, b: &str| -> Result<String, &'static str> {
        Ok(format_when(lang, day(a)?, Some(day(b)?)))
    };
    for (lang, from, to, said) in [
        (
            Lang::Lv,
            "2025-09-13",
            "2025-09-14",
            "2025. gada 13.–14. septembris",
        ),
        (Lang::En, "2025-09-13", "2025-09-14", "13–14 September 2025"),
        (
            Lang::Lv,
            "2025-09-30",
            "2025-10-02",
            "2025. gada 30. septembris – 2. oktobris",
        ),
        (
            Lang::En,
            "2025-09-30",
            "2025-10-02",
            "30 September – 2 October 2025",
        ),
        (
            Lang::En,
            "2025-12-30",
            "2026-01-02",
            "30 December 2025 – 2 January 2026",
        ),
        (Lang::En, "2025-09-13", "2025-09-13", "13 September 2025"),
    ] {
        assert_eq!(span(lang, from, to)?, said, "{from} – {to}");
    }
    assert_eq!(
        format_when(Lang::En, m, None),
        "August 2022, date not known"
    );
    let t = When::parse("2024-10-05T08:00Z").map_err(|_| "time")?;
    assert_eq!(format_when(Lang::En, t, None), "5 October 2024 11:00");
    let end = When::parse("2024-10-06").map_err(|_| "end")?;
    assert_eq!(
        format_when(Lang::Lv, t, Some(end)),
        "2024. gada 5. oktobris 11:00 – 2024. gada 6. oktobris"
    );
    assert_eq!(events_count(Lang::Lv, 21), "21 notikums");
    assert_eq!(more_events(Lang::Lv, 2), "+2 vēl");
    assert_eq!(more_events(Lang::En, 2), "+2 more");
    assert_eq!(weekday_short(Lang::Lv, 6), "Sv");
    // Out-of-range indexes are clamped, never a panic.
    assert_eq!(month_name(Lang::En, 0), "January");
    assert_eq!(month_name(Lang::En, 13), "December");
    assert_eq!(weekday_name(Lang::Lv, 9), "svētdiena");
    Ok(())
}

#[test]
fn latvian_plurals() {
    assert_eq!(places_count(Lang::Lv, 1), "1 vieta");
    assert_eq!(places_count(Lang::Lv, 2), "2 vietas");
    assert_eq!(places_count(Lang::Lv, 21), "21 vieta");
    assert_eq!(places_count(Lang::Lv, 11), "11 vietas");
    assert_eq!(places_count(Lang::Lv, 111), "111 vietas");
    assert_eq!(places_count(Lang::Lv, 0), "0 vietas");
    assert_eq!(places_shown(Lang::Lv, 3, 21), "3 no 21 vietas");
    assert_eq!(places_shown(Lang::Lv, 3, 80), "3 no 80 vietām");
    assert_eq!(records_skipped(Lang::Lv, 1), "1 ieraksts izlaists");
    assert_eq!(records_skipped(Lang::Lv, 3), "3 ieraksti izlaisti");
}

#[test]
fn english_plurals() {
    assert_eq!(places_count(Lang::En, 1), "1 place");
    assert_eq!(places_count(Lang::En, 21), "21 places");
    assert_eq!(places_shown(Lang::En, 1, 1), "1 of 1 place");
    assert_eq!(places_shown(Lang::En, 3, 80), "3 of 80 places");
    assert_eq!(records_skipped(Lang::En, 2), "2 records skipped");
    assert_eq!(events_count(Lang::En, 1), "1 event");
}

/// The Latvian rule, restated on the number's digits rather than with `%`,
/// so the test is not the code again: the last digit is 1 and the last two
/// are not 11.
#[test]
fn latvian_rule_for_0_to_200() {
    for n in 0..200usize {
        let digits = n.to_string();
        let singular = digits.ends_with('1') && !digits.ends_with("11");
        assert_eq!(lv_singular(n), singular, "{n}");
        let word = if singular { "vieta" } else { "vietas" };
        assert_eq!(places_count(Lang::Lv, n), format!("{n} {word}"));
        assert_eq!(en_singular(n), n == 1, "{n}");
    }
}

/// The lines of a `{:#?}` dump that are an empty string: `field: ""` or an
/// array element `""`. (Debug escapes quotes inside a string, so a text
/// that merely contains `""` is not mistaken for an empty one.)
fn empty_strings(debug: &str) -> Vec<String> {
    debug
        .lines()
        .map(|l| l.trim().trim_end_matches(','))
        .filter(|l| *l == "\"\"" || l.ends_with(": \"\""))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_empty_string_check_finds_empty_fields() {
    #[derive(Debug)]
    #[allow(dead_code)] // read through Debug only
    struct T {
        full: &'static str,
        empty: &'static str,
        quoted: &'static str,
        list: [&'static str; 2],
    }
    let t = T {
        full: "a",
        empty: "",
        quoted: "say \"\"",
        list: ["b", ""],
    };
    assert_eq!(empty_strings(&format!("{t:#?}")), ["empty: \"\"", "\"\""]);
}

#[test]
fn no_table_has_an_empty_string() {
    for lang in Lang::ALL {
        let dump = format!("{:#?}", texts(lang));
        assert!(dump.contains("app_name:"), "the dump shows the fields");
        assert_eq!(empty_strings(&dump), Vec::<String>::new(), "{lang}");
    }
}

#[test]
fn every_name_is_worded_and_differs_between_languages() {
    let [lv, en] = [Lang::Lv, Lang::En];
    for k in PlaceKind::ALL {
        assert!(!kind_name(lv, *k).is_empty() && !kind_name(en, *k).is_empty());
        assert_ne!(kind_name(lv, *k), kind_name(en, *k), "{k}");
    }
    for c in Category::ALL {
        assert!(!category_name(lv, *c).is_empty() && !category_name(en, *c).is_empty());
        assert_ne!(category_name(lv, *c), category_name(en, *c), "{c}");
    }
    for c in Confidence::ALL {
        assert!(!confidence_name(lv, *c).is_empty() && !confidence_name(en, *c).is_empty());
        assert_ne!(confidence_name(lv, *c), confidence_name(en, *c), "{c}");
    }
    assert_ne!(language_name(lv), language_name(en));
    assert_ne!(texts(lv).search, texts(en).search);
}

/// One value of every `Problem` variant. `variant` below has no wildcard, so
/// a new variant does not compile until it is numbered there, and the test
/// then fails until it has a sample here.
fn every_problem() -> Vec<Problem> {
    use Problem::*;
    let v = || "x".to_owned();
    vec![
        Missing,
        NotText,
        NotNumber,
        NotList,
        NotObject,
        NotBool,
        RecordNotObject,
        Empty,
        TooLong(80),
        TooMany(3),
        NotSlug(v()),
        DuplicateId(v()),
        UnknownMunicipality(v()),
        UnknownPlace(v()),
        UnknownKind(v()),
        UnknownCategory(v()),
        UnknownConfidence(v()),
        OutsideLatvia(61.2),
        LatLonPair,
        DateFormat(v()),
        DateNotReal(v()),
        EndBeforeStart(v(), v()),
        BadLink(v()),
        NotCount,
        NotWebLink(v()),
        BadEmail(v()),
        BadPhone(v()),
        NotYear,
        NotLocalImage(v()),
    ]
}

/// The variant's number, and how many variants there are.
fn variant(p: &Problem) -> (usize, usize) {
    use Problem::*;
    let i = match p {
        Missing => 0,
        NotText => 1,
        NotNumber => 2,
        NotList => 3,
        NotObject => 4,
        NotBool => 5,
        RecordNotObject => 6,
        Empty => 7,
        TooLong(_) => 8,
        TooMany(_) => 9,
        NotSlug(_) => 10,
        DuplicateId(_) => 11,
        UnknownMunicipality(_) => 12,
        UnknownPlace(_) => 13,
        UnknownKind(_) => 14,
        UnknownCategory(_) => 15,
        UnknownConfidence(_) => 16,
        OutsideLatvia(_) => 17,
        LatLonPair => 18,
        DateFormat(_) => 19,
        DateNotReal(_) => 20,
        EndBeforeStart(..) => 21,
        BadLink(_) => 22,
        NotCount => 23,
        NotWebLink(_) => 24,
        BadEmail(_) => 25,
        BadPhone(_) => 26,
        NotYear => 27,
        NotLocalImage(_) => 28,
    };
    (i, 29)
}

#[test]
fn every_problem_is_worded_distinctly_in_every_language() {
    let problems = every_problem();
    let mut seen: Vec<usize> = problems.iter().map(|p| variant(p).0).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen, (0..variant(&Problem::Missing).1).collect::<Vec<_>>());

    for lang in Lang::ALL {
        let mut words: Vec<String> = problems.iter().map(|p| problem(lang, p)).collect();
        assert!(words.iter().all(|w| !w.is_empty()), "{lang}");
        words.sort_unstable();
        words.dedup();
        assert_eq!(
            words.len(),
            problems.len(),
            "{lang}: two problems read alike"
        );
    }
    for p in &problems {
        assert_ne!(problem(Lang::Lv, p), problem(Lang::En, p), "{p:?}");
    }
}

#[test]
fn every_load_error_and_report_line_is_worded() {
    let errors = [
        LoadError::Network("offline".into()),
        LoadError::Http(404),
        LoadError::NotJson { line: 3, column: 9 },
        LoadError::Shape(ShapeError::NotAnObject),
        LoadError::Shape(ShapeError::MissingList("places")),
        LoadError::Shape(ShapeError::NotAList("events")),
        LoadError::Version(String::new()),
        LoadError::Version("2".into()),
    ];
    for e in &errors {
        let (lv, en) = (load_error(Lang::Lv, e), load_error(Lang::En, e));
        assert!(!lv.is_empty() && !en.is_empty());
        assert_ne!(lv, en, "{e:?}");
    }
    let issue_at = |field: &str| Issue {
        section: Section::Places,
        index: 0,
        record: RecordRef::Id("sece".into()),
        field: field.into(),
        problem: Problem::OutsideLatvia(61.2),
    };
    assert_eq!(
        issue(Lang::Lv, &issue_at("lat")),
        "vietas, ieraksts „sece”, lauks lat: 61.2 ir ārpus Latvijas robežām"
    );
    assert_eq!(
        issue(Lang::En, &issue_at("")),
        "places, record “sece”: 61.2 lies outside Latvia"
    );
    let by_position = Issue {
        section: Section::Sources,
        record: RecordRef::Position(3),
        ..issue_at("url")
    };
    assert_eq!(
        issue(Lang::Lv, &by_position),
        "avoti, 3. ieraksts, lauks url: 61.2 ir ārpus Latvijas robežām"
    );
    // Latvian nouns agree in gender; an embed's setting is named by its key.
    for (lang, key, value, notice) in [
        (
            Lang::En,
            "m",
            "nowhere",
            "The municipality “nowhere” in the link is not known; it was ignored.",
        ),
        (
            Lang::Lv,
            "m",
            "nowhere",
            "Saitē minētais novads „nowhere” nav atpazīts; tas ignorēts.",
        ),
        (
            Lang::Lv,
            "lang",
            "xx",
            "Saitē minētā valoda „xx” nav atpazīta; tā ignorēta.",
        ),
        (
            Lang::En,
            "gestures",
            "wild",
            "The link has a value “wild” for gestures that is not understood; it was ignored.",
        ),
    ] {
        assert_eq!(url_notice(lang, key, value), notice, "{lang} {key}={value}");
    }
}

#[test]
fn locked_embeds_speak_of_their_preset() {
    use selijas_salas::domain::embed::EmbedView;
    use selijas_salas::domain::MunicipalityId::{Jekabpils, Kraslava};
    use selijas_salas::i18n::{embed_title, events_in, places_in};
    assert_eq!(
        places_in(Lang::Lv, 12, &[Jekabpils]),
        "12 vietas Jēkabpils novadā"
    );
    assert_eq!(
        places_in(Lang::Lv, 21, &[Jekabpils]),
        "21 vieta Jēkabpils novadā"
    );
    assert_eq!(
        places_in(Lang::Lv, 3, &[Jekabpils, Kraslava]),
        "3 vietas Jēkabpils novadā un Krāslavas novadā"
    );
    assert_eq!(places_in(Lang::Lv, 80, &[]), "80 vietas Sēlijā");
    assert_eq!(
        places_in(Lang::En, 1, &[Jekabpils]),
        "1 place in Jēkabpils Municipality"
    );
    assert_eq!(
        events_in(Lang::Lv, 1, &[Kraslava]),
        "1 notikums Krāslavas novadā"
    );
    assert_eq!(events_in(Lang::En, 2, &[]), "2 events in Sēlija");
    assert_eq!(
        embed_title(Lang::Lv, EmbedView::List, &[Jekabpils]),
        "Sēlijas salas: vietu saraksts Jēkabpils novadā"
    );
    assert_eq!(
        embed_title(Lang::En, EmbedView::CalendarMonth, &[]),
        "Sēlijas salas: calendar of events in Sēlija"
    );
}
