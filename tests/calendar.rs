//! Calendar math: Riga days, the month grid, week segments and lanes, the
//! agenda, and the month helpers behind `month=2022-03`.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::event as ev;
use selijas_salas::domain::calendar::{
    agenda, latest_month_with_events, layout_month, month_has_events, nearest_months_with_events,
    riga_offset, to_riga, truncate_agenda, AgendaGroup, DaySpan, Direction, MonthGrid, YearMonth,
};
use selijas_salas::domain::dates::{DateError, When};
use selijas_salas::domain::Event;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn utc(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn span(e: &Event) -> (String, String) {
    let s = DaySpan::of_event(e).unwrap();
    (s.start.to_string(), s.end.to_string())
}

fn dates(grid: &MonthGrid) -> Vec<NaiveDate> {
    grid.weeks
        .iter()
        .flat_map(|w| w.days.iter().map(|d| d.date))
        .collect()
}

/// Checks what every grid must be: whole weeks from a Monday, consecutive days,
/// and `in_month` exactly for the month's own days.
fn assert_well_formed(grid: &MonthGrid) {
    let all = dates(grid);
    assert_eq!(all[0].format("%a").to_string(), "Mon");
    for pair in all.windows(2) {
        assert_eq!(pair[1], pair[0].succ_opt().unwrap());
    }
    let month = YearMonth::new(grid.year, grid.month).unwrap();
    for w in &grid.weeks {
        for d in &w.days {
            assert_eq!(d.in_month, YearMonth::of(d.date) == month, "{}", d.date);
        }
    }
    let in_month = grid
        .weeks
        .iter()
        .flat_map(|w| w.days)
        .filter(|d| d.in_month);
    assert_eq!(
        in_month.count() as i64,
        (month.last_day() - month.first_day()).num_days() + 1
    );
}

#[test]
fn february_in_leap_and_common_years() {
    let leap = MonthGrid::new(2024, 2, day("2024-02-29"));
    assert_well_formed(&leap);
    assert_eq!(leap.weeks.len(), 5);
    assert_eq!(dates(&leap)[0], day("2024-01-29"));
    assert_eq!(*dates(&leap).last().unwrap(), day("2024-03-03"));
    let today: Vec<_> = leap
        .weeks
        .iter()
        .flat_map(|w| w.days)
        .filter(|d| d.is_today)
        .collect();
    assert_eq!(today.len(), 1);
    assert_eq!(today[0].date, day("2024-02-29"));

    let common = MonthGrid::new(2023, 2, day("2000-01-01"));
    assert_well_formed(&common);
    assert_eq!(common.weeks.len(), 5);
    assert_eq!(dates(&common)[0], day("2023-01-30"));
    assert!(common
        .weeks
        .iter()
        .flat_map(|w| w.days)
        .all(|d| !d.is_today));

    // February 2021 starts on a Monday and has 28 days: exactly four rows.
    let four = MonthGrid::new(2021, 2, day("2021-02-01"));
    assert_well_formed(&four);
    assert_eq!(four.weeks.len(), 4);
    assert_eq!(dates(&four)[0], day("2021-02-01"));
    assert!(four.weeks[0].days[0].is_today);
}

#[test]
fn month_starting_on_sunday_needs_six_rows() {
    let jan = MonthGrid::new(2023, 1, day("2022-12-27"));
    assert_well_formed(&jan);
    assert_eq!(jan.weeks.len(), 6);
    assert_eq!(jan.weeks[0].days[0].date, day("2022-12-26"));
    assert_eq!(jan.weeks[0].days[6].date, day("2023-01-01"));
    assert!(jan.weeks[0].days[6].in_month);
    // Today may be a neighbouring month's day shown in the grid.
    assert!(jan.weeks[0].days[1].is_today && !jan.weeks[0].days[1].in_month);

    let july = MonthGrid::new(2023, 7, day("2023-07-01"));
    assert_well_formed(&july);
    assert_eq!(july.weeks.len(), 6);
    assert_eq!(july.weeks[5].days[0].date, day("2023-07-31"));
    assert_eq!(july.weeks[5].days[6].date, day("2023-08-06"));
}

#[test]
fn fixed_grids_always_have_six_rows() {
    for (y, m) in [(2021, 2), (2023, 1), (2024, 2), (2024, 12)] {
        let fixed = MonthGrid::new_fixed(y, m, day("2024-01-01"));
        assert_well_formed(&fixed);
        assert_eq!(fixed.weeks.len(), 6, "{y}-{m}");
        let flexible = MonthGrid::new(y, m, day("2024-01-01"));
        assert_eq!(fixed.weeks[..flexible.weeks.len()], flexible.weeks[..]);
    }
    let feb = MonthGrid::new_fixed(2021, 2, day("2021-03-14"));
    assert_eq!(feb.weeks[5].days[6].date, day("2021-03-14"));
    assert!(feb.weeks[5].days[6].is_today);
}

#[test]
fn inclusive_day_ends_become_half_open() {
    let e = ev("a", "2022-03-18", Some("2022-03-20"));
    let s = DaySpan::of_event(&e).unwrap();
    assert_eq!((s.start, s.end), (day("2022-03-18"), day("2022-03-21")));
    assert_eq!(s.days(), 3);
    assert_eq!(s.last_day(), day("2022-03-20"));
    assert!(s.contains(day("2022-03-18")) && s.contains(day("2022-03-20")));
    assert!(!s.contains(day("2022-03-21")) && !s.contains(day("2022-03-17")));
    let next = DaySpan::of_event(&ev("b", "2022-03-21", None)).unwrap();
    assert_eq!(next.days(), 1);
    assert!(!s.overlaps(&next) && !next.overlaps(&s));
    let last = DaySpan::of_event(&ev("c", "2022-03-20", None)).unwrap();
    assert!(s.overlaps(&last) && last.overlaps(&s));
    assert_eq!(DaySpan::of_event(&ev("m", "2022-08", None)), None);
    assert_eq!(
        DaySpan::of_event(&ev("m", "2022-08", Some("2022-09"))),
        None
    );
}

#[test]
fn riga_switches_to_summer_time_and_back() {
    let hours = |t: &str| riga_offset(utc(t)).local_minus_utc() / 3600;
    assert_eq!(hours("2024-03-31 00:59:59"), 2);
    assert_eq!(hours("2024-03-31 01:00:00"), 3);
    assert_eq!(hours("2024-10-27 00:59:59"), 3);
    assert_eq!(hours("2024-10-27 01:00:00"), 2);
    assert_eq!(hours("2024-07-15 12:00:00"), 3);
    assert_eq!(hours("2024-01-15 12:00:00"), 2);
    // 2023: last Sundays are 26 March and 29 October.
    assert_eq!(hours("2023-03-26 00:30:00"), 2);
    assert_eq!(hours("2023-03-26 01:30:00"), 3);
    assert_eq!(hours("2023-10-29 00:30:00"), 3);
    assert_eq!(hours("2023-10-29 01:30:00"), 2);
    assert_eq!(hours("2023-10-22 01:30:00"), 3);
}

#[test]
fn times_land_on_their_riga_day() {
    let local = |s: &str| match When::parse(s).unwrap() {
        When::Time(t) => to_riga(t).to_string(),
        _ => unreachable!(),
    };
    // 00:30 UTC, still summer time: 03:30 in Riga.
    assert_eq!(local("2024-10-27T02:30+02:00"), "2024-10-27 03:30:00");
    assert_eq!(local("2024-10-27T02:30+03:00"), "2024-10-27 02:30:00");
    assert_eq!(local("2024-10-27T01:30Z"), "2024-10-27 03:30:00");
    assert_eq!(local("2024-10-26T22:30Z"), "2024-10-27 01:30:00");
    assert_eq!(local("2024-03-30T22:30Z"), "2024-03-31 00:30:00");
    assert_eq!(local("2024-03-31T01:00Z"), "2024-03-31 04:00:00");

    let on = |s: &str| span(&ev("t", s, None));
    assert_eq!(
        on("2024-10-27T02:30+02:00"),
        ("2024-10-27".into(), "2024-10-28".into())
    );
    assert_eq!(
        on("2024-10-26T21:30Z"),
        ("2024-10-27".into(), "2024-10-28".into())
    );
    assert_eq!(
        on("2024-10-26T20:59Z"),
        ("2024-10-26".into(), "2024-10-27".into())
    );
    assert_eq!(
        on("2024-12-31T22:00Z"),
        ("2025-01-01".into(), "2025-01-02".into())
    );
    assert_eq!(
        on("2024-12-31T21:59Z"),
        ("2024-12-31".into(), "2025-01-01".into())
    );
    // Written with the winter offset in July, still 00:30 on the 2nd in Riga.
    assert_eq!(
        on("2024-07-01T23:30+02:00"),
        ("2024-07-02".into(), "2024-07-03".into())
    );
}

#[test]
fn midnight_starts_a_day_and_does_not_extend_one() {
    let at = |start: &str, end: Option<&str>| span(&ev("t", start, end));
    assert_eq!(
        at("2024-05-01T00:00+03:00", None),
        ("2024-05-01".into(), "2024-05-02".into())
    );
    assert_eq!(
        at("2024-05-01T22:00+03:00", Some("2024-05-02T00:00+03:00")),
        ("2024-05-01".into(), "2024-05-02".into())
    );
    assert_eq!(
        at("2024-05-01T22:00+03:00", Some("2024-05-02T00:01+03:00")),
        ("2024-05-01".into(), "2024-05-03".into())
    );
    // Midnight written in UTC is 03:00 in Riga, so it does reach into the day.
    assert_eq!(
        at("2024-05-01T22:00+03:00", Some("2024-05-02T00:00Z")),
        ("2024-05-01".into(), "2024-05-03".into())
    );
    // A zero-length event at midnight still shows on its day.
    assert_eq!(
        at("2024-05-01T00:00+03:00", Some("2024-05-01T00:00+03:00")),
        ("2024-05-01".into(), "2024-05-02".into())
    );
    assert_eq!(
        at("2024-05-01T10:00+03:00", Some("2024-05-03")),
        ("2024-05-01".into(), "2024-05-04".into())
    );
}

#[test]
fn events_across_month_and_year_ends_are_sliced() {
    let e = ev("nye", "2023-12-30", Some("2024-01-02"));
    let events = [&e];

    let dec = MonthGrid::new(2023, 12, day("2023-12-01"));
    assert_eq!(dec.weeks.len(), 5);
    let layout = layout_month(&dec, &events, 3);
    assert_eq!(layout.segments.len(), 1);
    let s = layout.segments[0];
    assert_eq!((s.week, s.first_col, s.span), (4, 5, 2));
    assert!(s.is_start && !s.is_end);

    let jan = MonthGrid::new(2024, 1, day("2024-01-01"));
    let layout = layout_month(&jan, &events, 3);
    assert_eq!(layout.segments.len(), 1);
    let s = layout.segments[0];
    assert_eq!((s.week, s.first_col, s.span), (0, 0, 2));
    assert!(!s.is_start && s.is_end);

    // The six-row December grid shows the first days of January too.
    let dec6 = MonthGrid::new_fixed(2023, 12, day("2023-12-01"));
    let layout = layout_month(&dec6, &events, 3);
    let cut: Vec<_> = layout
        .segments
        .iter()
        .map(|s| (s.week, s.first_col, s.span, s.is_start, s.is_end))
        .collect();
    assert_eq!(cut, [(4, 5, 2, true, false), (5, 0, 2, false, true)]);

    // A long event gets one segment per week, flagged only at its ends.
    let long = ev("long", "2024-01-03", Some("2024-01-24"));
    let layout = layout_month(&jan, &[&long], 3);
    let cut: Vec<_> = layout
        .segments
        .iter()
        .map(|s| (s.week, s.first_col, s.span, s.is_start, s.is_end))
        .collect();
    assert_eq!(
        cut,
        [
            (0, 2, 5, true, false),
            (1, 0, 7, false, false),
            (2, 0, 7, false, false),
            (3, 0, 3, false, true)
        ]
    );
    // Outside the grid: nothing.
    let far = ev("far", "2024-03-01", None);
    assert!(layout_month(&jan, &[&far], 3).segments.is_empty());
}

#[test]
fn overlapping_segments_get_their_own_lanes() {
    // Week of Mon 2024-01-08 in the January 2024 grid (week 1).
    let a = ev("a", "2024-01-08", Some("2024-01-10")); // Mon–Wed
    let b = ev("b", "2024-01-09", None); // Tue
    let c = ev("c", "2024-01-11", Some("2024-01-12")); // Thu–Fri: reuses lane 0
    let d = ev("d", "2024-01-08", Some("2024-01-14")); // whole week, longest: lane 0
    let e = ev("e", "2024-01-09", Some("2024-01-09")); // same as b; index decides
    let events = [&a, &b, &c, &d, &e];
    let grid = MonthGrid::new(2024, 1, day("2024-01-01"));
    let layout = layout_month(&grid, &events, 10);
    let lane = |i: usize| {
        layout
            .segments
            .iter()
            .find(|s| s.event == i)
            .map(|s| s.lane)
            .unwrap()
    };
    assert_eq!(lane(3), 0);
    assert_eq!(lane(0), 1);
    assert_eq!(lane(1), 2);
    assert_eq!(lane(4), 3);
    assert_eq!(lane(2), 1);
    assert!(layout.more.iter().all(|w| *w == [0; 7]));

    // With two lanes, b and e do not fit and are counted on their day; c
    // still finds lane 1 free after a.
    let layout = layout_month(&grid, &events, 2);
    assert_eq!(layout.segments.len(), 3);
    assert_eq!(lane(2), 1);
    assert_eq!(layout.more[1], [0, 2, 0, 0, 0, 0, 0]);
    let layout = layout_month(&grid, &events, 0);
    assert!(layout.segments.is_empty());
    assert_eq!(layout.more[1], [2, 4, 2, 2, 2, 1, 1]);
}

/// A small deterministic generator, so the property test needs no crate.
struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn random_layouts_never_share_lanes_and_count_every_hidden_day() {
    let mut rng = Lcg(42);
    for round in 0..40 {
        let grid = if round % 2 == 0 {
            MonthGrid::new(2024, 3, day("2024-03-10"))
        } else {
            MonthGrid::new_fixed(2024, 3, day("2024-03-10"))
        };
        let events: Vec<Event> = (0..60)
            .map(|i| {
                let start = day("2024-02-20") + chrono::Days::new(rng.below(50));
                let end = start + chrono::Days::new(rng.below(9));
                ev(&format!("e{i}"), &start.to_string(), Some(&end.to_string()))
            })
            .collect();
        let refs: Vec<&Event> = events.iter().collect();
        let max_lanes = rng.below(6) as usize;
        let layout = layout_month(&grid, &refs, max_lanes);
        assert_eq!(layout.more.len(), grid.weeks.len());
        for (i, s) in layout.segments.iter().enumerate() {
            assert!(s.lane < max_lanes && s.span >= 1 && s.first_col + s.span <= 7);
            for t in &layout.segments[i + 1..] {
                let overlap =
                    s.first_col < t.first_col + t.span && t.first_col < s.first_col + s.span;
                assert!(
                    !(s.week == t.week && s.lane == t.lane && overlap),
                    "{s:?} and {t:?} share a lane"
                );
            }
        }
        // Every event covering a day is either drawn there or counted in "+N".
        for (w, week) in grid.weeks.iter().enumerate() {
            for (col, cell) in week.days.iter().enumerate() {
                let covering = refs
                    .iter()
                    .filter(|e| DaySpan::of_event(e).unwrap().contains(cell.date))
                    .count();
                let drawn = layout
                    .segments
                    .iter()
                    .filter(|s| s.week == w && s.first_col <= col && col < s.first_col + s.span)
                    .count();
                assert_eq!(drawn + layout.more[w][col], covering, "{}", cell.date);
            }
        }
    }
}

#[test]
fn month_only_events_are_listed_beside_the_grid() {
    let aug = ev("aug", "2022-08", None);
    let summer = ev("summer", "2022-07", Some("2022-09"));
    let dated = ev("dated", "2022-08-13", None);
    let events = [&aug, &dated, &summer];
    let layout = layout_month(&MonthGrid::new(2022, 8, day("2022-08-01")), &events, 3);
    assert_eq!(layout.month_only, [0, 2]);
    assert_eq!(layout.segments.len(), 1);
    assert_eq!(layout.segments[0].event, 1);
    let layout = layout_month(&MonthGrid::new(2022, 10, day("2022-08-01")), &events, 3);
    assert!(layout.month_only.is_empty() && layout.segments.is_empty());
}

fn ids(groups: &[AgendaGroup]) -> Vec<String> {
    groups
        .iter()
        .map(|g| {
            let head = match g {
                AgendaGroup::Day { date, .. } => date.to_string(),
                AgendaGroup::Month { year, month, .. } => format!("{year}-{month:02}"),
            };
            let names: Vec<&str> = g.events().iter().map(|e| e.id.as_str()).collect();
            format!("{head}: {}", names.join(" "))
        })
        .collect()
}

#[test]
fn agenda_lists_upcoming_and_past_with_month_only_events_last_in_their_month() {
    let events = [
        ev("feb", "2024-02-03", None),
        ev("evening", "2024-01-15T18:00+02:00", None),
        ev("past", "2024-01-10", None),
        ev("jan-month", "2024-01", None),
        ev("allday", "2024-01-15", None),
        ev("ongoing", "2024-01-14", Some("2024-01-16")),
        ev(
            "morning",
            "2024-01-15T09:00+02:00",
            Some("2024-01-15T12:00+02:00"),
        ),
        ev("feb-month", "2024-02", None),
        ev("later", "2024-01-20", None),
        ev("ended-yesterday", "2024-01-12", Some("2024-01-14")),
        ev("dec-a", "2023-12-05", None),
        ev("dec-b", "2023-12-20", None),
        ev("dec-month", "2023-12", None),
        ev("long-past", "2023-11-30", Some("2024-01-14T23:59+02:00")),
    ];
    let refs: Vec<&Event> = events.iter().collect();
    let from = day("2024-01-15");

    // A cut agenda is the whole one truncated, at every length.
    for direction in [Direction::Upcoming, Direction::Past] {
        for n in 0..=refs.len() + 1 {
            assert_eq!(
                truncate_agenda(agenda(&refs, from, direction, None), n),
                agenda(&refs, from, direction, Some(n)),
                "{n} events"
            );
        }
    }

    let up = agenda(&refs, from, Direction::Upcoming, None);
    assert_eq!(
        ids(&up),
        [
            "2024-01-15: ongoing allday morning evening",
            "2024-01-20: later",
            "2024-01: jan-month",
            "2024-02-03: feb",
            "2024-02: feb-month",
        ]
    );

    let past = agenda(&refs, from, Direction::Past, None);
    assert_eq!(
        ids(&past),
        [
            "2024-01-12: ended-yesterday",
            "2024-01-10: past",
            "2023-12-20: dec-b",
            "2023-12-05: dec-a",
            "2023-12: dec-month",
            "2023-11-30: long-past",
        ]
    );

    // Every event is in exactly one of the two lists.
    let listed = |g: &[AgendaGroup]| g.iter().map(|g| g.events().len()).sum::<usize>();
    assert_eq!(listed(&up) + listed(&past), events.len());

    // The limit counts events; the last group may be cut.
    let first = agenda(&refs, from, Direction::Upcoming, Some(2));
    assert_eq!(ids(&first), ["2024-01-15: ongoing allday"]);
    let five = agenda(&refs, from, Direction::Upcoming, Some(5));
    assert_eq!(
        ids(&five),
        [
            "2024-01-15: ongoing allday morning evening",
            "2024-01-20: later"
        ]
    );
    assert!(agenda(&refs, from, Direction::Past, Some(0)).is_empty());

    // A month-only event of an earlier month that is not over yet shows in `from`'s month.
    let season = ev("season", "2023-12", Some("2024-01"));
    let up = agenda(&[&season], from, Direction::Upcoming, None);
    assert_eq!(ids(&up), ["2024-01: season"]);
}

#[test]
fn year_month_parses_prints_and_steps() {
    let m: YearMonth = "2022-03".parse().unwrap();
    assert_eq!((m.year(), m.month()), (2022, 3));
    assert_eq!(m.to_string(), "2022-03");
    let show = |m: Option<YearMonth>| m.map(|m| m.to_string());
    assert_eq!(show(m.next()), Some("2022-04".into()));
    assert_eq!(show(m.prev()), Some("2022-02".into()));
    let dec: YearMonth = "2023-12".parse().unwrap();
    assert_eq!(show(dec.next()), Some("2024-01".into()));
    assert_eq!(dec.next().and_then(YearMonth::prev), Some(dec));
    assert_eq!("2024-01".parse::<YearMonth>().unwrap().prev(), Some(dec));
    assert!(Some(dec) < dec.next() && m < dec);
    assert_eq!(dec.first_day(), day("2023-12-01"));
    assert_eq!(dec.last_day(), day("2023-12-31"));
    assert_eq!(YearMonth::of(day("2024-02-29")).to_string(), "2024-02");
    assert_eq!(YearMonth::new(2024, 0), None);
    assert_eq!(YearMonth::new(2024, 13), None);
    // PageUp/PageDown keep the day's number where the month has it.
    let jan: YearMonth = "2024-01".parse().unwrap();
    let like = |m: Option<YearMonth>, d| m.map(|m| m.day_like(day(d)));
    assert_eq!(like(jan.next(), "2024-01-31"), Some(day("2024-02-29")));
    assert_eq!(
        like(jan.plus_years(1).and_then(YearMonth::next), "2024-01-31"),
        Some(day("2025-02-28"))
    );
    assert_eq!(like(jan.prev(), "2024-01-15"), Some(day("2023-12-15")));
    assert_eq!(show(jan.plus_years(-1)), Some("2023-01".into()));

    assert_eq!("2022-00".parse::<YearMonth>(), Err(DateError::NotReal));
    assert_eq!("2022-13".parse::<YearMonth>(), Err(DateError::NotReal));
    for junk in [
        "",
        "2022-3",
        "22-03",
        "2022-03-01",
        "2022/03",
        " 2022-03",
        "abcd-ef",
        "2022-3 ",
        "२०२२-०३",
    ] {
        assert_eq!(
            junk.parse::<YearMonth>(),
            Err(DateError::Format),
            "{junk:?}"
        );
    }
}

#[test]
fn nearest_months_with_events_in_both_directions() {
    let events = [
        ev("march", "2022-03-05", None),
        ev("august", "2022-08", None),
        ev("turn", "2023-01-30", Some("2023-02-02")),
    ];
    let refs: Vec<&Event> = events.iter().collect();
    let ym = |y, m| YearMonth::new(y, m).unwrap();
    let near = |y, m| nearest_months_with_events(&refs, ym(y, m));
    let some = |y, m| Some(ym(y, m));
    assert_eq!(near(2022, 6), (some(2022, 3), some(2022, 8)));
    assert_eq!(near(2022, 8), (some(2022, 3), some(2023, 1)));
    assert_eq!(near(2023, 1), (some(2022, 8), some(2023, 2)));
    assert_eq!(near(2023, 2), (some(2023, 1), None));
    assert_eq!(near(2022, 3), (None, some(2022, 8)));
    assert_eq!(near(2021, 1), (None, some(2022, 3)));
    assert_eq!(near(2030, 1), (some(2023, 2), None));
    // At the ends of the supported range there is no month beyond.
    assert_eq!(
        nearest_months_with_events(&refs, YearMonth::MIN),
        (None, some(2022, 3))
    );
    assert_eq!(
        nearest_months_with_events(&refs, YearMonth::MAX),
        (some(2023, 2), None)
    );

    assert!(month_has_events(&refs, ym(2023, 2)));
    assert!(month_has_events(&refs, ym(2022, 8)));
    assert!(!month_has_events(&refs, ym(2022, 9)));
    assert_eq!(latest_month_with_events(&refs), some(2023, 2));
    assert_eq!(latest_month_with_events(&[]), None);

    // A long event counts for every month it covers, on both sides.
    let long = ev("long", "2021-11-20", Some("2022-05-02"));
    let near = nearest_months_with_events(&[&long], ym(2022, 1));
    assert_eq!(near, (some(2021, 12), some(2022, 2)));
    assert!(month_has_events(&[&long], ym(2022, 1)));
    assert_eq!(nearest_months_with_events(&[], ym(2022, 1)), (None, None));
}

#[test]
fn month_index_finds_exactly_the_events_touching_the_months() {
    use selijas_salas::domain::calendar::{MonthIndex, YearMonth};
    let events = [
        ev("a", "2023-12-30", Some("2024-01-02")),
        ev("b", "2024-01-15", None),
        ev("c", "2024-03", None),
        ev("d", "2022-01-01", Some("2024-10-31")),
        ev("e", "2024-02-10", None),
    ];
    let refs: Vec<_> = events.iter().collect();
    let index = MonthIndex::new(&refs);
    let ym = |s: &str| s.parse::<YearMonth>().unwrap();
    assert_eq!(index.between(ym("2024-01"), ym("2024-01")), vec![0, 1, 3]);
    assert_eq!(
        index.between(ym("2023-12"), ym("2024-02")),
        vec![0, 1, 3, 4]
    );
    assert_eq!(index.between(ym("2024-03"), ym("2024-03")), vec![2, 3]);
    assert_eq!(
        index.between(ym("2025-01"), ym("2025-12")),
        Vec::<usize>::new()
    );
}

#[test]
fn a_grid_shows_exactly_the_events_its_layout_uses() {
    // Dated events from January to May and month-only ones, laid out on
    // March 2024 (whose grid runs from Monday 26 February to 31 March).
    let mut rng = Lcg(7);
    let mut events: Vec<Event> = (0..300)
        .map(|i| {
            let start = day("2024-01-01") + chrono::Days::new(rng.below(150));
            let end = start + chrono::Days::new(rng.below(20));
            ev(&format!("d{i}"), &start.to_string(), Some(&end.to_string()))
        })
        .collect();
    for (i, (start, end)) in [
        ("2024-03", None),
        ("2024-02", Some("2024-04")),
        ("2024-02", None),
    ]
    .into_iter()
    .enumerate()
    {
        events.push(ev(&format!("m{i}"), start, end));
    }
    let grid = MonthGrid::new(2024, 3, day("2024-03-10"));
    let all: Vec<&Event> = events.iter().collect();
    let kept: Vec<&Event> = all.iter().copied().filter(|e| grid.shows(e)).collect();
    assert!(kept.len() < all.len() && !kept.is_empty());
    // The edges: 25 February is not shown, 26 February and 31 March are.
    assert!(!grid.shows(&ev("before", "2024-02-25", None)));
    assert!(grid.shows(&ev("first", "2024-02-26", None)));
    assert!(grid.shows(&ev("last", "2024-03-31", None)));
    assert!(!grid.shows(&ev("after", "2024-04-01", None)));
    // Laying out only the kept events draws the same bars and counts.
    let full = layout_month(&grid, &all, 3);
    let part = layout_month(&grid, &kept, 3);
    let named = |l: &selijas_salas::domain::calendar::MonthLayout, evs: &[&Event]| {
        let mut v: Vec<_> = l
            .segments
            .iter()
            .map(|s| (evs[s.event].id.clone(), s.week, s.first_col, s.span, s.lane))
            .collect();
        v.sort();
        v
    };
    assert_eq!(named(&full, &all), named(&part, &kept));
    assert_eq!(full.more, part.more);
    let only = |l: &selijas_salas::domain::calendar::MonthLayout, evs: &[&Event]| {
        l.month_only
            .iter()
            .map(|&i| evs[i].id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(only(&full, &all), ["m0", "m1"]);
    assert_eq!(only(&part, &kept), ["m0", "m1"]);
}
