//! At least 100 hostile links (`tests/fixtures/hostile-urls.txt`) through the
//! router and the URL codec: none panics, each opens the expected page with
//! a well-formed state, and each value that was dropped gives a notice.

use selijas_salas::domain::calendar::YearMonth;
use selijas_salas::domain::is_slug;
use selijas_salas::domain::query::{
    encode, parse, parse_query_string, shared_query, to_query_string, UrlState, QUERY_MAX,
};
use selijas_salas::domain::route::Page;
use std::collections::BTreeSet;

const LIST: &str = include_str!("fixtures/hostile-urls.txt");

fn state_of(query: &str) -> UrlState {
    let pairs = parse_query_string(query);
    parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

fn page_name(p: &Page) -> &'static str {
    match p {
        Page::Home => "home",
        Page::Place(_) => "place",
        Page::Calendar => "calendar",
        Page::Event(_) => "event",
        Page::Embed => "embed",
        Page::EmbedCalendar => "embed-calendar",
        Page::EmbedNotFound => "embed-notfound",
        Page::Share => "share",
        Page::Trip => "trip",
        Page::Data => "check",
        Page::NotFound => "notfound",
    }
}

/// What every state the codec gives must satisfy, whatever the link.
fn well_formed(s: &UrlState) -> Result<(), String> {
    let distinct: BTreeSet<_> = s.notices.iter().map(|n| (&n.key, &n.value)).collect();
    if distinct.len() != s.notices.len() {
        return Err("a notice is repeated".into());
    }
    if s.notices.iter().any(|n| n.value.chars().count() > 40) {
        return Err("a notice quotes more than 40 characters".into());
    }
    if s.filter.query.chars().count() > QUERY_MAX {
        return Err("search text longer than allowed".into());
    }
    if let Some(at) = s.at {
        let ok = [at.zoom, at.lat, at.lon].iter().all(|x| x.is_finite())
            && (0.0..=20.0).contains(&at.zoom)
            && at.lat.abs() <= 85.0
            && at.lon.abs() <= 180.0;
        if !ok {
            return Err(format!("map view out of range: {at:?}"));
        }
    }
    if let Some(m) = s.month {
        if !(YearMonth::MIN..=YearMonth::MAX).contains(&m) || m.to_string().parse() != Ok(m) {
            return Err(format!("month {m} does not round-trip"));
        }
        if let Some(d) = s.day {
            if YearMonth::checked_of(d) != Some(m) {
                return Err(format!("day {d} outside month {m}"));
            }
        }
    }
    if s.place.as_deref().is_some_and(|p| !is_slug(p)) {
        return Err("place is not a slug".into());
    }
    // What the app writes back reads the same, with nothing to report.
    let again = state_of(&to_query_string(&encode(&s.filter)));
    if again.filter != s.filter || !again.notices.is_empty() {
        return Err(format!("filter does not round-trip: {:?}", again.notices));
    }
    Ok(())
}

#[test]
fn hostile_links_never_break_the_page() {
    let mut count = 0;
    let mut failures = Vec::new();
    for line in LIST
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let mut cols = line.splitn(3, '\t');
        let (Some(page), Some(keys), Some(url)) = (cols.next(), cols.next(), cols.next()) else {
            panic!("malformed line: {line}");
        };
        count += 1;
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let short: String = url.chars().take(80).collect();
        let got = std::panic::catch_unwind(|| (Page::from_path(path, ""), state_of(query)));
        let Ok((got_page, state)) = got else {
            failures.push(format!("{short}: panicked"));
            continue;
        };
        if page_name(&got_page) != page {
            failures.push(format!("{short}: page {got_page:?}, expected {page}"));
        }
        let want: BTreeSet<&str> = keys.split(',').filter(|k| *k != "-").collect();
        let got_keys: BTreeSet<&str> = state.notices.iter().map(|n| n.key.as_str()).collect();
        if got_keys != want {
            failures.push(format!(
                "{short}: notices {:?}, expected {want:?}",
                state.notices
            ));
        }
        if let Err(e) = well_formed(&state) {
            failures.push(format!("{short}: {e}"));
        }
        // Links to other pages built from it are well formed too.
        let shared = to_query_string(&shared_query(&parse_query_string(query)));
        if let Err(e) = well_formed(&state_of(&shared)) {
            failures.push(format!("{short}: shared part: {e}"));
        }
    }
    assert!(count >= 100, "only {count} links");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
