//! Defects of the URL codec and router found in testing: repeated notices,
//! a `day=` outside `month=` dropped silently, `/index.html` not found,
//! header links carrying page-only parameters, and `month=0000-01`.

use selijas_salas::domain::query::{
    parse, parse_query_string, shared_query, to_query_string, Notice, SHARED_KEYS,
};
use selijas_salas::domain::route::Page;

fn from_url(q: &str) -> selijas_salas::domain::query::UrlState {
    let pairs = parse_query_string(q);
    parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

fn notice(key: &str, value: &str) -> Notice {
    Notice {
        key: key.into(),
        value: value.into(),
    }
}

#[test]
fn each_distinct_notice_is_reported_once() {
    let q = format!("?cat={}", vec!["x"; 500].join(","));
    assert_eq!(from_url(&q).notices, [notice("cat", "x")]);
    // Repeated keys too, and distinct values each once, in order.
    let s = from_url("?cat=x&cat=x,y&lang=xx&lang=xx&cat=festival,y");
    assert_eq!(
        s.notices,
        [notice("cat", "x"), notice("cat", "y"), notice("lang", "xx")]
    );
    assert_eq!(s.filter.categories.len(), 1);
}

#[test]
fn a_day_outside_the_month_is_reported() {
    let s = from_url("?month=2022-03&day=2022-04-02");
    assert_eq!(s.day, None);
    assert_eq!(s.notices, [notice("day", "2022-04-02")]);
    // Inside the month it is kept, silently.
    let s = from_url("?month=2022-03&day=2022-03-31");
    assert!(s.day.is_some() && s.notices.is_empty());
    // Order in the link does not matter.
    let s = from_url("?day=2021-03-01&month=2022-03");
    assert_eq!((s.day, s.notices.len()), (None, 1));
}

#[test]
fn month_zero_and_the_range_ends() {
    let s = from_url("?month=0000-01");
    assert_eq!(s.month, None);
    assert_eq!(s.notices, [notice("month", "0000-01")]);
    for ok in ["0001-01", "9999-12"] {
        let s = from_url(&format!("?month={ok}"));
        assert_eq!(s.month.map(|m| m.to_string()), Some(ok.to_owned()));
        assert!(s.notices.is_empty());
    }
    for bad in ["10000-01", "-001-12", "0000-13", "9999-13"] {
        let s = from_url(&format!("?month={bad}"));
        assert_eq!((s.month, s.notices.len()), (None, 1), "{bad}");
    }
}

#[test]
fn index_html_is_the_home_page() {
    assert_eq!(Page::from_path("/index.html", ""), Page::Home);
    assert_eq!(Page::from_path("/selija/index.html", "/selija"), Page::Home);
    assert_eq!(Page::from_path("/selija/index.html", ""), Page::NotFound);
    assert_eq!(Page::from_path("/index.htm", ""), Page::NotFound);
    assert_eq!(Page::from_path("/calendar/index.html", ""), Page::NotFound);
}

#[test]
fn links_to_other_pages_keep_only_the_shared_keys() {
    let q = "?p=sece&m=jekabpils&view=map&at=9.00/56.3/25.9&q=sēl&lang=en\
             &month=2022-03&day=2022-03-02&cat=festival&tiles=off&from=2022-01-01\
             &to=2022-12-31&gestures=cooperative&kind=manor&x=1";
    let kept = shared_query(&parse_query_string(q));
    let keys: Vec<&str> = kept.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        ["m", "q", "lang", "cat", "tiles", "from", "to", "gestures", "kind"]
    );
    assert!(keys.iter().all(|k| SHARED_KEYS.contains(k)));
    assert_eq!(
        to_query_string(&shared_query(&parse_query_string("?p=sece&view=map"))),
        ""
    );
    // What is kept parses to the same filter and language.
    let (all, shared) = (from_url(q), from_url(&to_query_string(&kept)));
    assert_eq!(shared.filter, all.filter);
    assert_eq!(shared.lang, all.lang);
    assert_eq!(
        (
            shared.place,
            shared.at,
            shared.view,
            shared.month,
            shared.day
        ),
        (None, None, None, None, None)
    );
}
