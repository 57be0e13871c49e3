//! One rule for an event's days: the Riga-time half-open `DaySpan` the grid
//! uses is the rule of the `from`/`to` filter, the agenda, validation's
//! "end before start" and the .ics writer. Events at 23:30 UTC, across both
//! daylight-saving changes, and with different offsets in `start` and `end`.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::event as ev;
use selijas_salas::domain::calendar::{
    agenda, layout_month, DaySpan, Direction, MonthGrid, YearMonth,
};
use selijas_salas::domain::dates::{parse_day, DateError};
use selijas_salas::domain::filter::Filter;
use selijas_salas::domain::ics::event_ics;
use selijas_salas::domain::validate::{load, Problem};
use selijas_salas::domain::{Event, Lang, When};
use serde_json::json;

fn day(s: &str) -> NaiveDate {
    parse_day(s).unwrap()
}

/// True when the filter `from=to=d` keeps `e`.
fn kept_on(e: &Event, d: &str) -> bool {
    let f = Filter {
        from: Some(day(d)),
        to: Some(day(d)),
        ..Filter::default()
    };
    f.matcher().event(e)
}

/// The days the month grid draws `e` on.
fn grid_days(e: &Event) -> Vec<NaiveDate> {
    let span = DaySpan::of_event(e).unwrap();
    let month = YearMonth::of(span.start);
    let mut out = Vec::new();
    for m in [month.prev(), Some(month), month.next()]
        .into_iter()
        .flatten()
    {
        let grid = MonthGrid::new(m.year(), m.month(), day("2000-01-01"));
        let layout = layout_month(&grid, &[e], 4);
        for s in layout.segments {
            let week = &grid.weeks[s.week];
            for col in s.first_col..s.first_col + s.span {
                let d = week.days[col].date;
                if YearMonth::of(d) == m {
                    out.push(d);
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Events whose UTC date (or written date) differs from their Riga day.
fn tricky() -> Vec<Event> {
    vec![
        // 23:30 UTC on 5 October is 02:30 on the 6th in Riga (summer time).
        ev("late-utc", "2024-10-05T23:30Z", None),
        // 23:30 UTC in winter is 01:30 the next day in Riga.
        ev("late-utc-winter", "2024-01-14T23:30Z", None),
        // Spring forward (31 March 2024, 01:00 UTC): before it +2, after +3.
        ev("spring-before", "2024-03-30T22:30Z", None),
        ev("spring-after", "2024-03-31T21:30Z", None),
        // Fall back (27 October 2024, 01:00 UTC): before it +3, after +2.
        ev("fall-before", "2024-10-26T21:30Z", None),
        ev("fall-after-same-day", "2024-10-27T21:30Z", None),
        ev("fall-after-next-day", "2024-10-27T22:30Z", None),
        // Written in New York and Tokyo time: 6 October 03:00 to 23:00 in Riga.
        ev(
            "mixed-offsets",
            "2024-10-05T20:00-04:00",
            Some("2024-10-07T01:00+05:00"),
        ),
        // Ends at Riga midnight written in UTC: covers one day only.
        ev(
            "midnight-end",
            "2024-10-05T18:00+03:00",
            Some("2024-10-05T21:00Z"),
        ),
        // A time start with an all-day end, across the autumn change.
        ev("time-to-day", "2024-10-26T22:30Z", Some("2024-10-28")),
    ]
}

#[test]
fn riga_days_of_the_tricky_events() {
    let spans: Vec<(String, String, String)> = tricky()
        .iter()
        .map(|e| {
            let s = DaySpan::of_event(e).unwrap();
            (e.id.clone(), s.start.to_string(), s.end.to_string())
        })
        .collect();
    let want = [
        ("late-utc", "2024-10-06", "2024-10-07"),
        ("late-utc-winter", "2024-01-15", "2024-01-16"),
        ("spring-before", "2024-03-31", "2024-04-01"),
        ("spring-after", "2024-04-01", "2024-04-02"),
        ("fall-before", "2024-10-27", "2024-10-28"),
        ("fall-after-same-day", "2024-10-27", "2024-10-28"),
        ("fall-after-next-day", "2024-10-28", "2024-10-29"),
        ("mixed-offsets", "2024-10-06", "2024-10-07"),
        ("midnight-end", "2024-10-05", "2024-10-06"),
        ("time-to-day", "2024-10-27", "2024-10-29"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(spans, want);
}

/// The bug of the issue: shown on 6 October in the grid, but `from=to=
/// 2024-10-06` dropped it and `from=to=2024-10-05` listed it.
#[test]
fn the_filter_keeps_an_event_on_its_riga_day() {
    let e = ev("late-utc", "2024-10-05T23:30Z", None);
    assert_eq!(grid_days(&e), [day("2024-10-06")]);
    assert!(kept_on(&e, "2024-10-06"));
    assert!(!kept_on(&e, "2024-10-05"));
}

#[test]
fn the_filter_follows_both_daylight_saving_changes() {
    let events = tricky();
    let get = |id: &str| events.iter().find(|e| e.id == id).unwrap();
    assert!(kept_on(get("spring-before"), "2024-03-31"));
    assert!(!kept_on(get("spring-before"), "2024-03-30"));
    assert!(kept_on(get("spring-after"), "2024-04-01"));
    assert!(!kept_on(get("spring-after"), "2024-03-31"));
    assert!(kept_on(get("fall-before"), "2024-10-27"));
    assert!(!kept_on(get("fall-before"), "2024-10-26"));
    assert!(kept_on(get("fall-after-next-day"), "2024-10-28"));
    assert!(!kept_on(get("fall-after-next-day"), "2024-10-27"));
}

#[test]
fn the_filter_reads_start_and_end_in_riga_whatever_their_offsets() {
    let e = ev(
        "mixed-offsets",
        "2024-10-05T20:00-04:00",
        Some("2024-10-07T01:00+05:00"),
    );
    assert!(!kept_on(&e, "2024-10-05"), "written date of the start");
    assert!(kept_on(&e, "2024-10-06"));
    assert!(!kept_on(&e, "2024-10-07"), "written date of the end");
}

/// For every tricky event and every day around it, the filter, the grid
/// and the span agree.
#[test]
fn filter_grid_and_span_agree_on_every_day() {
    for e in tricky() {
        let span = DaySpan::of_event(&e).unwrap();
        let grid = grid_days(&e);
        let mut d = span.start - chrono::TimeDelta::days(3);
        while d < span.end + chrono::TimeDelta::days(3) {
            let text = d.to_string();
            assert_eq!(kept_on(&e, &text), span.contains(d), "{} on {d}", e.id);
            assert_eq!(grid.contains(&d), span.contains(d), "{} on {d}", e.id);
            d = d.succ_opt().unwrap();
        }
    }
}

/// `from=to=2024-10-05` listed the event under 6 October in the agenda.
#[test]
fn the_agenda_of_a_filtered_day_lists_only_that_day() {
    let events = tricky();
    for d in ["2024-10-05", "2024-10-06", "2024-10-27", "2024-10-28"] {
        let kept: Vec<&Event> = events.iter().filter(|e| kept_on(e, d)).collect();
        let groups = agenda(&kept, day(d), Direction::Upcoming, None);
        for g in &groups {
            match g {
                selijas_salas::domain::calendar::AgendaGroup::Day { date, .. } => {
                    assert_eq!(*date, day(d), "filter {d}")
                }
                other => panic!("unexpected group {other:?}"),
            }
        }
    }
}

#[test]
fn when_days_are_riga_days() {
    let w = When::parse("2024-10-05T23:30Z").unwrap();
    assert_eq!(w.first_day(), day("2024-10-06"));
    assert_eq!(w.last_day(), day("2024-10-06"));
    let w = When::parse("2024-10-06T01:00+05:00").unwrap();
    assert_eq!(w.first_day(), day("2024-10-05"));
}

fn file_with_event(start: &str, end: &str) -> String {
    json!({
        "version": 1,
        "places": [],
        "events": [{
            "id": "e", "title": {"lv": "E"}, "start": start, "end": end,
            "category": "community", "source": "test"
        }]
    })
    .to_string()
}

fn end_problems(start: &str, end: &str) -> Vec<(String, Problem)> {
    load(&file_with_event(start, end))
        .unwrap()
        .issues
        .into_iter()
        .map(|i| (i.field, i.problem))
        .collect()
}

#[test]
fn validation_compares_riga_days() {
    // 02:30 on 6 October in Riga cannot end on 5 October.
    assert_eq!(
        end_problems("2024-10-05T23:30Z", "2024-10-05"),
        [(
            "end".to_owned(),
            Problem::EndBeforeStart("2024-10-05".into(), "2024-10-05T23:30Z".into())
        )]
    );
    // 22:00 UTC on the 5th is 01:00 on the 6th in Riga: the same day.
    assert_eq!(end_problems("2024-10-06", "2024-10-05T22:00Z"), []);
    // Across the autumn change, in different offsets.
    assert_eq!(
        end_problems("2024-10-27T22:30Z", "2024-10-27"),
        [(
            "end".to_owned(),
            Problem::EndBeforeStart("2024-10-27".into(), "2024-10-27T22:30Z".into())
        )]
    );
    assert_eq!(end_problems("2024-10-27T21:30Z", "2024-10-27"), []);
    // Two times still compare as instants, whatever their offsets.
    assert_eq!(
        end_problems("2024-10-05T20:00-04:00", "2024-10-06T08:59+09:00"),
        [(
            "end".to_owned(),
            Problem::EndBeforeStart(
                "2024-10-06T08:59+09:00".into(),
                "2024-10-05T20:00-04:00".into()
            )
        )]
    );
    assert_eq!(
        end_problems("2024-10-05T20:00-04:00", "2024-10-06T09:00+09:00"),
        []
    );
}

#[test]
fn ics_all_day_dates_are_the_riga_days() {
    let now = NaiveDateTime::parse_from_str("2024-09-01 12:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
    let e = ev("time-to-day", "2024-10-26T22:30Z", Some("2024-10-28"));
    let text = event_ics(&e, None, Lang::En, now, "https://example.lv/");
    assert!(text.contains("DTSTART;VALUE=DATE:20241027\r\n"), "{text}");
    assert!(text.contains("DTEND;VALUE=DATE:20241029\r\n"), "{text}");
}

#[test]
fn year_zero_is_not_a_date() {
    for s in ["0000-01", "0000-01-01", "0000-12-31T10:00Z"] {
        assert_eq!(When::parse(s), Err(DateError::NotReal), "{s}");
    }
    assert_eq!(parse_day("0000-06-01"), Err(DateError::NotReal));
    assert!(When::parse("0001-01-01").is_ok());
    assert!(When::parse("9999-12-31").is_ok());
}

#[test]
fn months_stay_inside_the_supported_range() {
    assert_eq!(YearMonth::MIN.to_string(), "0001-01");
    assert_eq!(YearMonth::MAX.to_string(), "9999-12");
    assert_eq!(YearMonth::MAX.next(), None);
    assert_eq!(YearMonth::MIN.prev(), None);
    assert_eq!(YearMonth::MAX.plus_years(1), None);
    assert_eq!(YearMonth::MIN.plus_years(-1), None);
    assert_eq!(YearMonth::MIN.plus_years(i32::MIN), None);
    assert_eq!(YearMonth::MAX.plus_years(i32::MAX), None);
    assert_eq!(
        YearMonth::MAX.prev().map(|m| m.to_string()),
        Some("9999-11".into())
    );
    assert_eq!(YearMonth::new(0, 1), None);
    assert_eq!(YearMonth::new(10000, 1), None);
    assert_eq!("0000-01".parse::<YearMonth>(), Err(DateError::NotReal));
    assert!("9999-12".parse::<YearMonth>().is_ok());
    // Days beyond the ends map to the end months; day_like stays in the month.
    let last = day("9999-12-31");
    assert_eq!(YearMonth::of(last), YearMonth::MAX);
    assert_eq!(YearMonth::checked_of(last), Some(YearMonth::MAX));
    let before = NaiveDate::from_ymd_opt(0, 12, 31).unwrap();
    assert_eq!(YearMonth::checked_of(before), None);
    assert_eq!(YearMonth::of(before), YearMonth::MIN);
    assert_eq!(
        YearMonth::MAX.day_like(day("2024-02-29")),
        day("9999-12-29")
    );
    // Every month of the range steps to a month that prints and parses back.
    let mut m = YearMonth::MAX;
    for _ in 0..30 {
        let p = m.prev().unwrap();
        assert_eq!(p.to_string().parse::<YearMonth>(), Ok(p));
        m = p;
    }
}
