//! The filter and its URL codec: matching rules, round trips, and a property
//! test over random filters and random junk.

use chrono::NaiveDate;
use selijas_salas::domain::filter::Filter;
use selijas_salas::domain::query::{
    decode_component, encode, parse, parse_query_string, to_query_string, with_filter, Notice,
};
use selijas_salas::domain::validate::load;
use selijas_salas::domain::{Category, Lang, MunicipalityId, PlaceKind};

fn dataset() -> selijas_salas::domain::Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/selija.json"
    ))
    .unwrap();
    load(&text).unwrap().dataset
}

fn from_url(q: &str) -> selijas_salas::domain::query::UrlState {
    let pairs = parse_query_string(q);
    parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

#[test]
fn search_ignores_case_and_diacritics() {
    let d = dataset();
    let names = |q: &str| -> Vec<String> {
        let f = Filter {
            query: q.into(),
            ..Filter::default()
        };
        let m = f.matcher();
        d.places
            .iter()
            .filter(|p| m.place(p))
            .map(|p| p.name.lv.clone())
            .collect()
    };
    assert!(names("akniste").iter().any(|n| n == "Aknīste"));
    assert!(names("AKNĪSTE").iter().any(|n| n == "Aknīste"));
    assert!(names("selpils").iter().any(|n| n.starts_with("Sēlpils")));
    assert!(names("zzzz-no-such-place").is_empty());
    assert_eq!(names("").len(), d.places.len());
}

#[test]
fn municipality_and_kind_narrow_places() {
    let d = dataset();
    let f = Filter::default().toggled_municipality(MunicipalityId::Kraslava);
    let m = f.matcher();
    let shown: Vec<_> = d.places.iter().filter(|p| m.place(p)).collect();
    assert!(!shown.is_empty());
    assert!(shown
        .iter()
        .all(|p| p.municipality == MunicipalityId::Kraslava));
    assert_eq!(d.matching_places(&f).len(), shown.len());
    let f = f.toggled_kind(PlaceKind::Hillfort);
    let m = f.matcher();
    assert!(d
        .places
        .iter()
        .filter(|p| m.place(p))
        .all(|p| p.kind == PlaceKind::Hillfort));
    // Toggling twice returns to the start.
    assert_eq!(
        Filter::default()
            .toggled_municipality(MunicipalityId::Aizkraukle)
            .toggled_municipality(MunicipalityId::Aizkraukle),
        Filter::default()
    );
    let congress = Filter::default().toggled_category(Category::Congress);
    assert!(congress.categories.contains(&Category::Congress));
    assert_eq!(
        congress.toggled_category(Category::Congress),
        Filter::default()
    );
}

#[test]
fn events_without_municipality_show_under_every_filter() {
    let d = dataset();
    let everywhere: Vec<_> = d
        .events
        .iter()
        .filter(|e| e.municipalities.is_empty())
        .collect();
    assert!(!everywhere.is_empty(), "the data has whole-Sēlija events");
    for m in MunicipalityId::ALL {
        let f = Filter::default().toggled_municipality(*m);
        let matcher = f.matcher();
        assert!(everywhere.iter().all(|e| matcher.event(e)));
    }
}

#[test]
fn event_dates_and_categories() {
    let d = dataset();
    let f = Filter {
        from: NaiveDate::from_ymd_opt(2022, 3, 19),
        to: NaiveDate::from_ymd_opt(2022, 3, 19),
        ..Filter::default()
    };
    let m = f.matcher();
    let hits: Vec<_> = d.events.iter().filter(|e| m.event(e)).collect();
    assert!(
        hits.iter().any(|e| e.start.to_string() == "2022-03-18"),
        "a multi-day event overlaps its middle day"
    );
    let f = Filter {
        categories: [Category::Congress].into(),
        ..Filter::default()
    };
    let m = f.matcher();
    assert!(d
        .events
        .iter()
        .filter(|e| m.event(e))
        .all(|e| e.category == Category::Congress));
}

#[test]
fn a_reversed_date_range_keeps_the_days_between() {
    let d = dataset();
    let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
    let forward = Filter {
        from: day(2022, 1, 1),
        to: day(2022, 12, 31),
        ..Filter::default()
    };
    let reversed = Filter {
        from: forward.to,
        to: forward.from,
        ..Filter::default()
    };
    assert!(!forward.dates_reversed());
    assert!(reversed.dates_reversed());
    assert_eq!(reversed.date_range(), (forward.from, forward.to));
    let hits = |f: &Filter| {
        let m = f.matcher();
        d.events.iter().filter(|e| m.event(e)).count()
    };
    assert!(hits(&forward) > 0);
    assert_eq!(hits(&reversed), hits(&forward));
}

#[test]
fn url_parses_and_reports_unknown_values() {
    let s = from_url("?m=jekabpils,augsdaugava,nowhere&q=Sece&kind=village&lang=en&from=2022-01-01&to=bad&p=sece");
    assert_eq!(s.filter.municipalities.len(), 2);
    assert_eq!(s.filter.query, "Sece");
    assert_eq!(s.filter.kinds.len(), 1);
    assert_eq!(s.lang, Some(Lang::En));
    assert_eq!(s.filter.from, NaiveDate::from_ymd_opt(2022, 1, 1));
    assert_eq!(s.filter.to, None);
    assert_eq!(
        s.notices,
        vec![
            Notice {
                key: "m".into(),
                value: "nowhere".into()
            },
            Notice {
                key: "to".into(),
                value: "bad".into()
            }
        ]
    );
    let s = from_url("?lang=xx");
    assert_eq!(s.lang, None);
    assert_eq!(s.notices.len(), 1);
}

#[test]
fn writing_the_filter_keeps_other_keys() {
    let current = parse_query_string("?lang=en&m=kraslava&p=sece");
    let f = Filter::default().toggled_municipality(MunicipalityId::Jekabpils);
    assert_eq!(with_filter(&current, &f), "?m=jekabpils&lang=en&p=sece");
    assert_eq!(
        with_filter(&parse_query_string("m=kraslava"), &Filter::default()),
        ""
    );
    let f = Filter {
        query: "Gārsene & co".into(),
        ..Filter::default()
    };
    assert_eq!(to_query_string(&encode(&f)), "?q=G%C4%81rsene%20%26%20co");
}

mod common;
use common::Rng;
use selijas_salas::domain::flags::{Flag, FlagSet};

/// Random filter parts for the property tests.
trait RandomFilter {
    fn subset<T: Flag>(&mut self, all: &[T]) -> FlagSet<T>;
    fn text(&mut self) -> String;
    fn date(&mut self) -> Option<NaiveDate>;
}

impl RandomFilter for Rng {
    fn subset<T: Flag>(&mut self, all: &[T]) -> FlagSet<T> {
        all.iter()
            .copied()
            .filter(|_| self.next().is_multiple_of(3))
            .collect()
    }
    fn text(&mut self) -> String {
        const CHARS: &[char] = &[
            'a', 'Ā', 'š', ' ', '&', '=', '?', '%', '+', ',', '#', 'z', '1', '/', '„', '😀',
        ];
        (0..self.below(12))
            .map(|_| CHARS[self.below(CHARS.len())])
            .collect()
    }
    fn date(&mut self) -> Option<NaiveDate> {
        self.next().is_multiple_of(2).then(|| {
            NaiveDate::from_ymd_opt(
                2000 + self.below(40) as i32,
                1 + self.below(12) as u32,
                1 + self.below(28) as u32,
            )
            .unwrap()
        })
    }
}

#[test]
fn property_random_filters_round_trip_through_the_url() {
    let mut rng = Rng(0x005e_11a5_a1a5);
    for _ in 0..2000 {
        let filter = Filter {
            municipalities: rng.subset(MunicipalityId::ALL),
            query: rng.text().trim().to_owned(),
            kinds: rng.subset(PlaceKind::ALL),
            categories: rng.subset(Category::ALL),
            from: rng.date(),
            to: rng.date(),
        };
        let url = to_query_string(&encode(&filter));
        let back = from_url(&url);
        assert_eq!(back.filter, filter, "{url}");
        assert!(back.notices.is_empty(), "{url}");
        // Encoding is canonical: the same filter always gives the same URL.
        assert_eq!(to_query_string(&encode(&back.filter)), url);
    }
}

#[test]
fn property_random_junk_never_panics_and_is_fully_reported() {
    let mut rng = Rng(42);
    const KEYS: &[&str] = &["m", "kind", "cat", "from", "to", "lang", "q", "zz"];
    for _ in 0..2000 {
        let raw: String = (0..rng.below(5))
            .map(|_| format!("{}={}&", KEYS[rng.below(KEYS.len())], rng.text()))
            .collect();
        let state = from_url(&raw);
        // Whatever survived parsing encodes back to something that parses
        // to the same filter with no complaint.
        let again = from_url(&to_query_string(&encode(&state.filter)));
        assert_eq!(again.filter, state.filter, "{raw}");
        assert!(again.notices.is_empty());
        let _ = decode_component(&raw);
    }
}

#[test]
fn percent_decoding() {
    assert_eq!(decode_component("G%C4%81rsene+x"), "Gārsene x");
    assert_eq!(decode_component("100%"), "100%");
    assert_eq!(decode_component("%zz%4"), "%zz%4");
}

#[test]
fn map_view_and_selection_in_the_url() {
    use selijas_salas::domain::query::{with_key, MapAt};
    let s = from_url("?at=9.00/56.3120/25.9010&p=sece&tiles=off&gestures=cooperative");
    assert_eq!(
        s.at,
        Some(MapAt {
            zoom: 9.0,
            lat: 56.312,
            lon: 25.901
        })
    );
    assert_eq!(s.at.unwrap().to_string(), "9.00/56.3120/25.9010");
    assert_eq!(s.place.as_deref(), Some("sece"));
    assert!(s.tiles_off && s.cooperative);
    assert!(s.notices.is_empty());
    for bad in [
        "9/56",
        "x/56/25",
        "30/56/25",
        "9/95/25",
        "9/56/25/1",
        "9/56/200",
    ] {
        let s = from_url(&format!("?at={bad}"));
        assert_eq!(s.at, None, "{bad}");
        assert_eq!(s.notices.len(), 1, "{bad}");
    }
    let s = from_url("?p=Not%20A%20Slug");
    assert_eq!(s.place, None);
    assert_eq!(s.notices.len(), 1);
    let current = parse_query_string("?m=kraslava&at=1/2/3&lang=en");
    assert_eq!(
        with_key(&current, "at", Some("9.00/56.3120/25.9010")),
        "?m=kraslava&at=9.00/56.3120/25.9010&lang=en"
    );
    assert_eq!(with_key(&current, "at", None), "?m=kraslava&lang=en");
    assert_eq!(
        with_key(&current, "p", Some("sece")),
        "?m=kraslava&at=1/2/3&lang=en&p=sece"
    );
}

#[test]
fn calendar_keys_in_the_url() {
    use selijas_salas::domain::query::View;
    let s = from_url("?month=2022-03&view=list&day=2022-03-18");
    assert_eq!(s.month.map(|m| m.to_string()).as_deref(), Some("2022-03"));
    assert_eq!(s.view, Some(View::List));
    assert_eq!(s.day, NaiveDate::from_ymd_opt(2022, 3, 18));
    let s = from_url("?month=2022-13&view=year&day=2022-02-30");
    assert_eq!((s.month, s.view, s.day), (None, None, None));
    assert_eq!(s.notices.len(), 3);
    // The home page's map view on phones.
    assert_eq!(from_url("?view=map").view, Some(View::Map));
}

#[test]
fn flag_sets_behave_like_sets_in_declaration_order() {
    use selijas_salas::domain::MunicipalityId as M;
    let mut s = FlagSet::new();
    assert!(s.is_empty());
    assert!(s.insert(M::Daugavpils));
    assert!(s.insert(M::Aizkraukle));
    assert!(
        !s.insert(M::Aizkraukle),
        "a second insert reports it was there"
    );
    assert_eq!(s.len(), 2);
    assert!(s.contains(&M::Daugavpils) && !s.contains(&M::Jekabpils));
    // Iteration follows ALL (and the URL writes it so), not insertion.
    assert_eq!(s.iter().collect::<Vec<_>>(), [M::Aizkraukle, M::Daugavpils]);
    assert_eq!(format!("{s:?}"), "{Aizkraukle, Daugavpils}");
    assert!(s.remove(&M::Aizkraukle));
    assert!(!s.remove(&M::Aizkraukle));
    assert_eq!(s, FlagSet::from([M::Daugavpils]));
    s.toggle(M::Kraslava);
    assert!(s.contains(&M::Kraslava));
    s.toggle(M::Kraslava);
    assert_eq!(s, FlagSet::from([M::Daugavpils]));
    // Every variant has its own bit.
    let all: FlagSet<M> = M::ALL.iter().copied().collect();
    assert_eq!(all.len(), M::ALL.len());
    assert_eq!(
        Category::ALL.iter().copied().collect::<FlagSet<_>>().len(),
        Category::ALL.len()
    );
    let kinds = selijas_salas::domain::PlaceKind::ALL;
    assert_eq!(
        kinds.iter().copied().collect::<FlagSet<_>>().len(),
        kinds.len()
    );
}

#[test]
fn with_keys_sets_and_removes_several_keys() {
    use selijas_salas::domain::query::with_keys;
    let q = "?m=kraslava&month=2022-03&day=2022-03-18&lang=en";
    assert_eq!(
        with_keys(
            q,
            &[("month", Some("2022-04")), ("day", None), ("view", None)]
        ),
        "?m=kraslava&month=2022-04&lang=en"
    );
    assert_eq!(with_keys("", &[("p", Some("sece"))]), "?p=sece");
    assert_eq!(with_keys("m=a", &[]), "?m=a");
    assert_eq!(with_keys("?p=x", &[("p", None)]), "");
}

#[test]
fn html_escaping_covers_text_and_attributes() {
    use selijas_salas::domain::text::escape_html;
    let mut out = String::from("<b>");
    escape_html(&mut out, r#"<img src=x onerror="a()"> & 'Sēlija'"#);
    assert_eq!(
        out,
        "<b>&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; &#39;Sēlija&#39;"
    );
    let mut plain = String::new();
    escape_html(&mut plain, "Gārsenes muiža");
    assert_eq!(plain, "Gārsenes muiža");
}

#[test]
fn embed_keys_in_the_url() {
    use selijas_salas::domain::query::{LinkTarget, View, EMBED_HEIGHT_MAX, EMBED_HEIGHT_MIN};
    let s = from_url("?m=jekabpils&lock=1&height=600&link=top&gestures=free&view=both");
    assert!(s.lock && s.gestures_free && !s.cooperative);
    assert_eq!(s.height, Some(600));
    assert_eq!(s.link, LinkTarget::Top);
    assert_eq!(s.link.target(), "_top");
    assert_eq!(s.view, Some(View::Both));
    assert!(s.notices.is_empty());
    // Defaults: unlocked, no height (the view picks 480), new tabs.
    let s = from_url("?m=jekabpils");
    assert!(!s.lock && !s.gestures_free);
    assert_eq!((s.height, s.link), (None, LinkTarget::Blank));
    assert_eq!(LinkTarget::Blank.target(), "_blank");
    // Heights are clamped to a sane range; "px" is forgiven.
    assert_eq!(from_url("?height=10").height, Some(EMBED_HEIGHT_MIN));
    assert_eq!(from_url("?height=99999").height, Some(EMBED_HEIGHT_MAX));
    assert_eq!(from_url("?height=320px").height, Some(320));
    assert!(from_url("?lock=0").notices.is_empty());
    // Malformed values are ignored, with the usual notice.
    for (key, bad) in [
        ("height", "tall"),
        ("height", "-5"),
        ("height", "1e3"),
        ("lock", "yes"),
        ("link", "parent"),
        ("gestures", "greedy"),
    ] {
        let s = from_url(&format!("?{key}={bad}"));
        assert_eq!(s.height, None, "{key}={bad}");
        assert!(!s.lock && !s.gestures_free, "{key}={bad}");
        assert_eq!(s.link, LinkTarget::Blank);
        assert_eq!(
            s.notices,
            vec![Notice {
                key: key.into(),
                value: bad.into()
            }],
            "{key}={bad}"
        );
    }
}
