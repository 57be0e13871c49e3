//! Calendar math, headless: which days an event covers, the month grid, the
//! per-week segments of multi-day events, and the agenda list. Nothing here
//! reads the clock; "today" and "now" are always parameters.
//!
//! # Day ranges are half-open
//!
//! Every range of days here is `[start, end)`: `end` is the first day *not*
//! covered. The data writes the `end` of all-day events inclusively, so it is
//! converted once, in [`DaySpan::of_event`]: an event `2022-03-18`..`2022-03-20`
//! covers `[2022-03-18, 2022-03-21)`, three days.
//!
//! Times are converted to Riga wall time first ([`to_riga`]), whatever offset
//! the data wrote, and then cover the local days from their start to their
//! end. An end at exactly 00:00 local does not cover the day it opens (an
//! evening event until midnight belongs to one day); a timed event without
//! an end covers its start day. Events known only to the month
//! ([`When::Month`]) cover no days: the grid and the agenda list them per
//! month instead.

use super::dates::{first_of_month, last_of_month, DateError, When, SUPPORTED_YEARS};
use super::model::Event;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use std::cmp::Reverse;
use std::fmt;
use std::str::FromStr;

/// Riga in winter (EET, UTC+2).
const WINTER: FixedOffset = hours_east(2);
/// Riga in summer (EEST, UTC+3).
const SUMMER: FixedOffset = hours_east(3);

/// An offset of whole hours; evaluated at compile time, so it cannot fail at run time.
const fn hours_east(h: i32) -> FixedOffset {
    match FixedOffset::east_opt(h * 3600) {
        Some(o) => o,
        None => panic!("offset out of range"),
    }
}

/// Riga's UTC offset at a UTC instant, by the EU rule: summer time from the
/// last Sunday of March 01:00 UTC until the last Sunday of October 01:00 UTC.
pub fn riga_offset(utc: NaiveDateTime) -> FixedOffset {
    let switch = |month| {
        let last = last_of_month(utc.year(), month);
        let sunday = last - TimeDelta::days(i64::from(last.weekday().num_days_from_sunday()));
        sunday.and_time(NaiveTime::MIN) + TimeDelta::hours(1)
    };
    if (switch(3)..switch(10)).contains(&utc) {
        SUMMER
    } else {
        WINTER
    }
}

/// The wall-clock time in Riga at the instant `t`, whatever offset `t` was
/// written with (`Z`, `+02:00`, ...).
pub fn to_riga(t: DateTime<FixedOffset>) -> NaiveDateTime {
    let utc = t.naive_utc();
    let offset = TimeDelta::seconds(i64::from(riga_offset(utc).local_minus_utc()));
    utc.checked_add_signed(offset).unwrap_or(utc)
}

/// The day after `d` (`d` itself at the end of time, which no event reaches).
fn next_day(d: NaiveDate) -> NaiveDate {
    d.succ_opt().unwrap_or(d)
}

/// The days an event covers, `[start, end)` (see the module doc).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DaySpan {
    /// The first day covered.
    pub start: NaiveDate,
    /// The first day not covered; always after `start`.
    pub end: NaiveDate,
}

impl DaySpan {
    /// The days `e` covers in Riga, or `None` for an event known only to the month.
    pub fn of_event(e: &Event) -> Option<DaySpan> {
        match e.start {
            When::Month { .. } => None,
            _ => Some(DaySpan::reach(e)),
        }
    }

    /// Every day `e` may fall on, in Riga: [`DaySpan::of_event`] for an
    /// event with a known day, and the whole month(s) for one known only to
    /// the month. The `from`/`to` filter and the month index use this, so a
    /// filter keeps an event exactly on the days the grid shows it.
    pub fn reach(e: &Event) -> DaySpan {
        let start = e.start.first_day();
        let end = match e.end {
            None => next_day(e.start.last_day()),
            Some(When::Time(t)) => {
                let local = to_riga(t);
                if local.time() == NaiveTime::MIN {
                    local.date()
                } else {
                    next_day(local.date())
                }
            }
            // Inclusive in the data: the day after is the first not covered.
            Some(other) => next_day(other.last_day()),
        };
        // An end at the start's own midnight still shows the event on its day.
        DaySpan {
            start,
            end: end.max(next_day(start)),
        }
    }

    /// True when `day` is covered.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day < self.end
    }

    /// True when the two spans share at least one day.
    pub fn overlaps(&self, other: &DaySpan) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// How many days are covered.
    pub fn days(&self) -> usize {
        (self.end - self.start).num_days().max(0) as usize
    }

    /// The last day covered (the inclusive end).
    pub fn last_day(&self) -> NaiveDate {
        self.end.pred_opt().unwrap_or(self.start).max(self.start)
    }
}

/// A calendar month, as written in URLs: `2022-03`. Always valid (month 1–12)
/// and always inside the supported range [`YearMonth::MIN`]..=[`YearMonth::MAX`]
/// (years 1–9999, see [`SUPPORTED_YEARS`]); orders chronologically.
///
/// Stepping past either end gives `None` rather than a month the URL codec
/// would then refuse (`10000-01`, `-001-12`): callers keep the month they
/// have, and the calendar disables its buttons there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    /// The first supported month, `0001-01`.
    pub const MIN: YearMonth = YearMonth {
        year: *SUPPORTED_YEARS.start(),
        month: 1,
    };
    /// The last supported month, `9999-12`.
    pub const MAX: YearMonth = YearMonth {
        year: *SUPPORTED_YEARS.end(),
        month: 12,
    };

    /// The month, or `None` when `month` is not 1–12 or `year` is outside
    /// the supported range.
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        ((1..=12).contains(&month) && SUPPORTED_YEARS.contains(&year))
            .then_some(YearMonth { year, month })
    }

    /// The month `day` lies in, clamped into the supported range (a day
    /// beyond either end, which no valid data reaches, maps to that end).
    pub fn of(day: NaiveDate) -> YearMonth {
        YearMonth::checked_of(day).unwrap_or(if day.year() < *SUPPORTED_YEARS.start() {
            YearMonth::MIN
        } else {
            YearMonth::MAX
        })
    }

    /// The month `day` lies in, or `None` outside the supported range.
    pub fn checked_of(day: NaiveDate) -> Option<YearMonth> {
        YearMonth::new(day.year(), day.month())
    }

    /// The calendar year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The following month (December is followed by January of the next
    /// year), or `None` after [`YearMonth::MAX`].
    pub fn next(self) -> Option<YearMonth> {
        match self.month {
            12 => YearMonth::new(self.year + 1, 1),
            m => YearMonth::new(self.year, m + 1),
        }
    }

    /// The preceding month (January is preceded by December of the year
    /// before), or `None` before [`YearMonth::MIN`].
    pub fn prev(self) -> Option<YearMonth> {
        match self.month {
            1 => YearMonth::new(self.year - 1, 12),
            m => YearMonth::new(self.year, m - 1),
        }
    }

    /// The day of this month with `day`'s number, or the month's last day
    /// when it is shorter (31 January → 28 or 29 February): where PageUp
    /// and PageDown take the keyboard, as in date pickers. Always a day of
    /// this month, so always inside the supported range.
    pub fn day_like(self, day: NaiveDate) -> NaiveDate {
        let last = self.last_day();
        last.with_day(day.day().min(last.day())).unwrap_or(last)
    }

    /// The same month `years` later (`years` may be negative), or `None`
    /// when that leaves the supported range.
    pub fn plus_years(self, years: i32) -> Option<YearMonth> {
        YearMonth::new(self.year.checked_add(years)?, self.month)
    }

    /// The first day of the month.
    pub fn first_day(self) -> NaiveDate {
        first_of_month(self.year, self.month)
    }

    /// The last day of the month.
    pub fn last_day(self) -> NaiveDate {
        last_of_month(self.year, self.month)
    }
}

impl fmt::Display for YearMonth {
    /// Writes `YYYY-MM`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for YearMonth {
    type Err = DateError;

    /// Parses exactly `YYYY-MM`; month 00 or 13, and year 0000, are
    /// [`DateError::NotReal`].
    fn from_str(s: &str) -> Result<YearMonth, DateError> {
        if s.len() != 7 {
            return Err(DateError::Format);
        }
        match When::parse(s)? {
            When::Month { year, month } => YearMonth::new(year, month).ok_or(DateError::NotReal),
            _ => Err(DateError::Format),
        }
    }
}

/// The months an event is listed under, first and last inclusive.
/// Events filed under every month they touch, so a month's view looks at
/// its own events only, not at all of them (built once per filter change).
/// A sorted list of (month, event) pairs: smaller code than a map, and one
/// binary search finds a month's range.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MonthIndex {
    filed: Vec<(YearMonth, usize)>,
}

impl MonthIndex {
    /// Files each event (by its position in `events`) under its months.
    pub fn new(events: &[&Event]) -> MonthIndex {
        let mut filed = Vec::with_capacity(events.len());
        for (i, e) in events.iter().enumerate() {
            let (first, last) = month_range(e);
            let mut m = first;
            loop {
                filed.push((m, i));
                match m.next() {
                    Some(n) if m < last => m = n,
                    _ => break,
                }
            }
        }
        crate::sort::by(&mut filed, |a, b| a.cmp(b));
        MonthIndex { filed }
    }

    /// The events touching any month from `first` to `last` (inclusive),
    /// each once, in their original order.
    pub fn between(&self, first: YearMonth, last: YearMonth) -> Vec<usize> {
        let lo = self.filed.partition_point(|&(m, _)| m < first);
        let hi = self.filed.partition_point(|&(m, _)| m <= last);
        let mut out: Vec<usize> = self.filed[lo..hi.max(lo)].iter().map(|&(_, i)| i).collect();
        crate::sort::by(&mut out, |a, b| a.cmp(b));
        out.dedup();
        out
    }
}

/// The first and last month `e` is listed under (inclusive), from its
/// [`DaySpan::reach`].
pub fn month_range(e: &Event) -> (YearMonth, YearMonth) {
    let span = DaySpan::reach(e);
    (YearMonth::of(span.start), YearMonth::of(span.last_day()))
}

/// True when `end` lies before `start`, by the same Riga days as
/// [`DaySpan`]: two times compare as instants; anything else compares by
/// Riga day (a month spans all its days), so `2024-10-05T23:30Z` (6 October
/// in Riga) cannot end on `2024-10-05`.
pub fn ends_before(start: When, end: When) -> bool {
    match (start, end) {
        (When::Time(s), When::Time(e)) => e < s,
        _ => end.last_day() < start.first_day(),
    }
}

/// True when any event covers a day of the month, or is known only to it.
pub fn month_has_events(events: &[&Event], m: YearMonth) -> bool {
    events.iter().any(|e| {
        let (first, last) = month_range(e);
        first <= m && m <= last
    })
}

/// The nearest month before and the nearest month after `m` that have
/// events, for the "nothing this month" state.
pub fn nearest_months_with_events(
    events: &[&Event],
    m: YearMonth,
) -> (Option<YearMonth>, Option<YearMonth>) {
    let (prev, next) = (m.prev(), m.next());
    let mut before: Option<YearMonth> = None;
    let mut after: Option<YearMonth> = None;
    for e in events {
        let (first, last) = month_range(e);
        // The part of the event's months on each side of `m`, clipped to it.
        if let Some(prev) = prev.filter(|&p| first <= p) {
            before = before.max(Some(last.min(prev)));
        }
        if let Some(next) = next.filter(|&n| last >= n) {
            let candidate = first.max(next);
            after = Some(after.map_or(candidate, |a| a.min(candidate)));
        }
    }
    (before, after)
}

/// The last month any event reaches, to open the calendar where the data is.
pub fn latest_month_with_events(events: &[&Event]) -> Option<YearMonth> {
    events.iter().map(|e| month_range(e).1).max()
}

/// One cell of the month grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GridDay {
    /// The day.
    pub date: NaiveDate,
    /// False for the days of the neighbouring months that fill the first and last week.
    pub in_month: bool,
    /// True for the `today` the grid was built with.
    pub is_today: bool,
}

/// One row of the month grid, Monday (column 0) to Sunday (column 6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Week {
    /// The seven days.
    pub days: [GridDay; 7],
}

impl Week {
    /// The days of the week, `[monday, next monday)`.
    pub fn span(&self) -> DaySpan {
        let start = self.days[0].date;
        DaySpan {
            start,
            end: next_day(self.days[6].date),
        }
    }
}

/// The weeks shown for a month, starting on Mondays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGrid {
    /// Calendar year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Four to six weeks (always six from [`MonthGrid::new_fixed`]).
    pub weeks: Vec<Week>,
}

impl MonthGrid {
    /// As many weeks as the month touches (4–6). A month outside 1–12 is clamped.
    pub fn new(year: i32, month: u32, today: NaiveDate) -> MonthGrid {
        Self::build(year, month, today, false)
    }

    /// Always six weeks, so the grid keeps its height from month to month.
    pub fn new_fixed(year: i32, month: u32, today: NaiveDate) -> MonthGrid {
        Self::build(year, month, today, true)
    }

    fn build(year: i32, month: u32, today: NaiveDate, six_rows: bool) -> MonthGrid {
        let month = month.clamp(1, 12);
        let first = first_of_month(year, month);
        let lead = first.weekday().num_days_from_monday();
        let rows = if six_rows {
            6
        } else {
            (lead + last_of_month(year, month).day()).div_ceil(7)
        };
        let monday = first - TimeDelta::days(i64::from(lead));
        let weeks = (0..rows)
            .map(|w| Week {
                days: std::array::from_fn(|col| {
                    let date = monday + TimeDelta::days(i64::from(w * 7) + col as i64);
                    GridDay {
                        date,
                        in_month: date.month() == month,
                        is_today: date == today,
                    }
                }),
            })
            .collect();
        MonthGrid { year, month, weeks }
    }

    /// Every day shown, from the first Monday to the day after the last Sunday.
    pub fn span(&self) -> DaySpan {
        match (self.weeks.first(), self.weeks.last()) {
            (Some(first), Some(last)) => DaySpan {
                start: first.span().start,
                end: last.span().end,
            },
            // Never built empty; an empty span keeps every event out.
            _ => {
                let d = first_of_month(self.year, self.month);
                DaySpan { start: d, end: d }
            }
        }
    }

    /// True when `e` appears on this grid: it covers a shown day, or it is
    /// known only to the month and that month is this one. The view keeps
    /// only these before laying out and listing a month.
    pub fn shows(&self, e: &Event) -> bool {
        match DaySpan::of_event(e) {
            Some(span) => span.overlaps(&self.span()),
            None => self.month_only(e),
        }
    }

    /// True when `e`, an event known only to its month(s), belongs to this one.
    fn month_only(&self, e: &Event) -> bool {
        let (first, last) = month_range(e);
        YearMonth::new(self.year, self.month).is_some_and(|m| first <= m && m <= last)
    }
}

/// The part of one event that lies in one week of the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Index of the event in the slice given to [`layout_month`].
    pub event: usize,
    /// Week (row) of the grid.
    pub week: usize,
    /// First column covered, 0 = Monday.
    pub first_col: usize,
    /// How many columns are covered (1–7).
    pub span: usize,
    /// True when the event starts in this week (draw a rounded left end).
    pub is_start: bool,
    /// True when the event ends in this week (draw a rounded right end).
    pub is_end: bool,
    /// The row inside the week, 0 at the top; always below `max_lanes`.
    pub lane: usize,
}

/// Where a month grid's events go.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MonthLayout {
    /// The placed segments, week by week.
    pub segments: Vec<Segment>,
    /// Per week and column, how many events did not fit ("+N more").
    pub more: Vec<[usize; 7]>,
    /// Indices of the events known only to this month (listed under the grid).
    pub month_only: Vec<usize>,
}

/// Slices the events into per-week segments and stacks them into at most
/// `max_lanes` lanes per week; what does not fit is counted in `more`.
///
/// Lanes are assigned greedily in one order for every week (earlier start
/// first, then longer event, then slice index), so overlapping segments never
/// share a lane and the result is deterministic. Sorting once and tracking
/// only the visible lanes keeps it `O(n log n + n · max_lanes)`.
pub fn layout_month(grid: &MonthGrid, events: &[&Event], max_lanes: usize) -> MonthLayout {
    let shown = grid.span();
    let mut month_only = Vec::new();
    let mut dated = Vec::new();
    for (i, e) in events.iter().enumerate() {
        match DaySpan::of_event(e) {
            Some(span) if span.overlaps(&shown) => dated.push((i, span)),
            Some(_) => {}
            None if grid.month_only(e) => month_only.push(i),
            None => {}
        }
    }
    crate::sort::by(&mut dated, |&(i, a), &(j, b)| {
        (a.start, Reverse(a.days()), i).cmp(&(b.start, Reverse(b.days()), j))
    });

    let mut segments = Vec::new();
    let mut more = vec![[0; 7]; grid.weeks.len()];
    for (w, week) in grid.weeks.iter().enumerate() {
        let days = week.span();
        // Exclusive end column of the last segment in each visible lane. Sorted
        // by start, first columns only grow, so a lane is free when its end is
        // not past the new first column.
        let mut lane_end = vec![0usize; max_lanes];
        for &(event, span) in dated.iter().filter(|(_, s)| s.overlaps(&days)) {
            let first_col = (span.start.max(days.start) - days.start).num_days() as usize;
            let end_col = (span.end.min(days.end) - days.start).num_days() as usize;
            match lane_end.iter().position(|&end| end <= first_col) {
                Some(lane) => {
                    lane_end[lane] = end_col;
                    segments.push(Segment {
                        event,
                        week: w,
                        first_col,
                        span: end_col - first_col,
                        is_start: span.start >= days.start,
                        is_end: span.end <= days.end,
                        lane,
                    });
                }
                None => more[w][first_col..end_col].iter_mut().for_each(|n| *n += 1),
            }
        }
    }
    MonthLayout {
        segments,
        more,
        month_only,
    }
}

/// Which way the agenda lists from its day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Events not yet over (including ongoing ones), soonest first.
    Upcoming,
    /// Events already over, most recent first.
    Past,
}

/// One heading of the agenda list and its events.
///
/// Events known only to the month have no day to sit under, so they get a
/// group of their own, placed after the day groups of that month in either
/// direction.
#[derive(Clone, Debug, PartialEq)]
pub enum AgendaGroup<'a> {
    /// The events listed under one day.
    Day {
        /// The day.
        date: NaiveDate,
        /// Its events, in order of start.
        events: Vec<&'a Event>,
    },
    /// The events of a month whose day is not known.
    Month {
        /// Calendar year.
        year: i32,
        /// Month, 1–12.
        month: u32,
        /// Its events, in the order given.
        events: Vec<&'a Event>,
    },
}

impl<'a> AgendaGroup<'a> {
    /// The events of the group.
    pub fn events(&self) -> &[&'a Event] {
        match self {
            AgendaGroup::Day { events, .. } | AgendaGroup::Month { events, .. } => events,
        }
    }
}

/// The first `limit` events of an agenda, in their groups (the last group
/// may be cut): what [`agenda`] gives with that limit, without listing the
/// events again when the whole agenda is at hand.
pub fn truncate_agenda(groups: Vec<AgendaGroup<'_>>, limit: usize) -> Vec<AgendaGroup<'_>> {
    let mut left = limit;
    let mut out = Vec::new();
    for mut g in groups {
        if left == 0 {
            break;
        }
        let (AgendaGroup::Day { events, .. } | AgendaGroup::Month { events, .. }) = &mut g;
        events.truncate(left);
        left -= events.len();
        out.push(g);
    }
    out
}

/// An agenda heading: its month, whether it is the month-only group, and its day.
type GroupKey = (YearMonth, bool, NaiveDate);

/// The agenda list from the day `from`, grouped by day (and by month for
/// month-only events), with at most `limit` events (the last group may be cut).
///
/// Upcoming lists every event whose span ends after `from`, under the later of
/// its start and `from` (so ongoing events show under `from`), ascending.
/// Past lists every event that ended before `from`, under its start day, most
/// recent first. A month-only event counts as ending on its month's last day.
/// Within a day, events are in order of start (all-day before timed), then as given.
pub fn agenda<'a>(
    events: &[&'a Event],
    from: NaiveDate,
    direction: Direction,
    limit: Option<usize>,
) -> Vec<AgendaGroup<'a>> {
    let upcoming = direction == Direction::Upcoming;
    // (heading, order of start inside the heading, index into `events`)
    let mut placed: Vec<(GroupKey, (NaiveDate, Option<NaiveTime>), usize)> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let entry = match DaySpan::of_event(e) {
            Some(span) if (span.end > from) == upcoming => {
                let day = if upcoming {
                    span.start.max(from)
                } else {
                    span.start
                };
                let time = match e.start {
                    When::Time(t) => Some(to_riga(t).time()),
                    _ => None,
                };
                ((YearMonth::of(day), false, day), (span.start, time))
            }
            Some(_) => continue,
            None => {
                let (first, last) = month_range(e);
                if (last.last_day() >= from) != upcoming {
                    continue;
                }
                let month = if upcoming {
                    first.max(YearMonth::of(from))
                } else {
                    first
                };
                ((month, true, NaiveDate::MIN), (month.first_day(), None))
            }
        };
        placed.push((entry.0, entry.1, i));
    }
    crate::sort::by(&mut placed, |(a, a_start, a_i), (b, b_start, b_i)| {
        let (months, days) = (a.0.cmp(&b.0), a.2.cmp(&b.2));
        // Past runs backwards through months and days, but a month's own
        // group still comes after its days, as in the upcoming list.
        let (months, days) = if upcoming {
            (months, days)
        } else {
            (months.reverse(), days.reverse())
        };
        months
            .then(a.1.cmp(&b.1))
            .then(days)
            .then((a_start, a_i).cmp(&(b_start, b_i)))
    });

    let mut groups: Vec<AgendaGroup<'a>> = Vec::new();
    let mut last_key = None;
    for (key, _, i) in placed.into_iter().take(limit.unwrap_or(usize::MAX)) {
        let e = events[i];
        match groups.last_mut() {
            Some(AgendaGroup::Day { events, .. } | AgendaGroup::Month { events, .. })
                if last_key == Some(key) =>
            {
                events.push(e)
            }
            _ => {
                let (month, month_only, date) = key;
                groups.push(if month_only {
                    AgendaGroup::Month {
                        year: month.year,
                        month: month.month,
                        events: vec![e],
                    }
                } else {
                    AgendaGroup::Day {
                        date,
                        events: vec![e],
                    }
                });
                last_key = Some(key);
            }
        }
    }
    groups
}
