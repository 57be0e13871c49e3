//! "Add to calendar": iCalendar files (RFC 5545) and Google Calendar links.
//!
//! Choices where the data is less precise than a calendar wants:
//! - All-day events are `VALUE=DATE` with the exclusive end RFC 5545 expects
//!   (the day after the data's inclusive end).
//! - Timed events are written in UTC (`...Z`), so no `VTIMEZONE` is needed and
//!   every calendar lands them on the same instant.
//! - A timed event without an end has no `DTEND`: RFC 5545 then makes it end
//!   when it starts, which is honest, where inventing a duration would not be.
//!   The Google link, which needs an end, repeats the start.
//! - An event known only to the month becomes an all-day event over the whole
//!   month (1st to the 1st of the next), and its description starts with a
//!   note that the exact date is not known.
//! - A start and end of different precision (a time and a day) fall back to
//!   all-day, because `DTSTART` and `DTEND` must share a value type.

use super::calendar::{month_range, DaySpan};
use super::dates::When;
use super::model::{Event, Place};
use super::query::to_query_string;
use super::text::Lang;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// Longest content line, in octets, before it is folded (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// When an event happens, in the two shapes calendars understand.
enum Dates {
    /// All day, `[start, end)`; `month_only` when the day is not known.
    Days {
        start: NaiveDate,
        end: NaiveDate,
        month_only: bool,
    },
    /// From a UTC instant, until another one when known.
    Times {
        start: NaiveDateTime,
        end: Option<NaiveDateTime>,
    },
}

impl Dates {
    fn of(e: &Event) -> Dates {
        match (e.start, e.end) {
            (When::Time(s), None) => Dates::Times {
                start: s.naive_utc(),
                end: None,
            },
            (When::Time(s), Some(When::Time(t))) => Dates::Times {
                start: s.naive_utc(),
                end: Some(t.naive_utc()),
            },
            _ => match DaySpan::of_event(e) {
                Some(span) => Dates::Days {
                    start: span.start,
                    end: span.end,
                    month_only: false,
                },
                None => {
                    // The whole months, by the calendar's own rule.
                    let (first, last) = month_range(e);
                    let last = last.last_day();
                    Dates::Days {
                        start: first.first_day(),
                        end: last.succ_opt().unwrap_or(last),
                        month_only: true,
                    }
                }
            },
        }
    }
}

/// `YYYYMMDD`, the iCalendar DATE form.
fn ics_date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `YYYYMMDDTHHMMSSZ`, the iCalendar UTC DATE-TIME form.
fn ics_utc(t: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        ics_date(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// The note that replaces a missing day, in the export's language (worded
/// in the language tables of `i18n`, like every other text).
fn month_only_note(lang: Lang) -> &'static str {
    crate::i18n::texts(lang).month_only_note
}

/// The description to export: the month-only note (when needed), then the text.
fn description(e: &Event, dates: &Dates, lang: Lang) -> String {
    let text = e.description.get(lang);
    match dates {
        Dates::Days {
            month_only: true, ..
        } if text.is_empty() => month_only_note(lang).to_owned(),
        Dates::Days {
            month_only: true, ..
        } => format!("{}\n\n{text}", month_only_note(lang)),
        _ => text.to_owned(),
    }
}

/// The venue, then our place, when they differ: "Zasas dzirnavas, Zasa".
fn location(e: &Event, place: Option<&Place>, lang: Lang) -> String {
    // The venue's name in the calendar's language, like every other text.
    let venue = e.location.as_ref().map(|l| l.name.get(lang));
    let place = place.map(|p| p.name.get(lang));
    match (venue, place) {
        (Some(v), Some(p)) if !v.is_empty() && !p.is_empty() && !v.contains(p) => {
            format!("{v}, {p}")
        }
        (Some(v), _) if !v.is_empty() => v.to_owned(),
        (_, Some(p)) => p.to_owned(),
        _ => String::new(),
    }
}

/// Escapes a TEXT value: `\` `;` `,` and newlines, dropping CR and other
/// control characters that TEXT may not hold.
fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (CRLF + space) without ever
/// splitting a UTF-8 character, and ended with CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// Appends one VEVENT.
fn push_event(
    out: &mut String,
    e: &Event,
    place: Option<&Place>,
    lang: Lang,
    now_utc: NaiveDateTime,
    app_url: &str,
) {
    let dates = Dates::of(e);
    let mut line = |l: String| push_line(out, &l);
    line("BEGIN:VEVENT".into());
    line(format!("UID:{}@selijas-salas", e.id));
    line(format!("DTSTAMP:{}", ics_utc(now_utc)));
    match dates {
        Dates::Days { start, end, .. } => {
            line(format!("DTSTART;VALUE=DATE:{}", ics_date(start)));
            line(format!("DTEND;VALUE=DATE:{}", ics_date(end)));
        }
        Dates::Times { start, end } => {
            line(format!("DTSTART:{}", ics_utc(start)));
            if let Some(end) = end {
                line(format!("DTEND:{}", ics_utc(end)));
            }
        }
    }
    line(format!("SUMMARY:{}", escape_text(e.title.get(lang))));
    let loc = location(e, place, lang);
    if !loc.is_empty() {
        line(format!("LOCATION:{}", escape_text(&loc)));
    }
    // The venue's own coordinates are more precise than our place's.
    let coord = e
        .location
        .as_ref()
        .and_then(|l| l.coord)
        .or_else(|| place.and_then(|p| p.coord));
    if let Some(c) = coord {
        line(format!(
            "GEO:{};{}",
            super::num::fixed(c.lat, 6),
            super::num::fixed(c.lon, 6)
        ));
    }
    let text = description(e, &dates, lang);
    if !text.is_empty() {
        line(format!("DESCRIPTION:{}", escape_text(&text)));
    }
    let url = match &e.url {
        Some(u) => u.clone(),
        None => format!("{}/event/{}", app_url.trim_end_matches('/'), e.id),
    };
    line(format!("URL:{url}"));
    line(format!("CATEGORIES:{}", escape_text(e.category.slug())));
    line("END:VEVENT".into());
}

/// An all-day entry that is not an event of the data, such as a trip's day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllDay {
    /// Unique and stable id; `@selijas-salas` is appended.
    pub uid: String,
    /// The day.
    pub date: NaiveDate,
    /// The title.
    pub summary: String,
    /// The description (may be empty; line breaks are kept).
    pub description: String,
    /// Where it leads (the trip's share link).
    pub url: String,
    /// Its `CATEGORIES` value.
    pub category: String,
}

/// Appends one all-day VEVENT for `d`, in the same form as the data's
/// all-day events.
fn push_all_day(out: &mut String, d: &AllDay, now_utc: NaiveDateTime) {
    let mut line = |l: String| push_line(out, &l);
    line("BEGIN:VEVENT".into());
    line(format!("UID:{}@selijas-salas", d.uid));
    line(format!("DTSTAMP:{}", ics_utc(now_utc)));
    line(format!("DTSTART;VALUE=DATE:{}", ics_date(d.date)));
    let end = d.date.succ_opt().unwrap_or(d.date);
    line(format!("DTEND;VALUE=DATE:{}", ics_date(end)));
    line(format!("SUMMARY:{}", escape_text(&d.summary)));
    if !d.description.is_empty() {
        line(format!("DESCRIPTION:{}", escape_text(&d.description)));
    }
    line(format!("URL:{}", d.url));
    line(format!("CATEGORIES:{}", escape_text(&d.category)));
    line("END:VEVENT".into());
}

/// A whole `.ics` file with many events, in `lang`, stamped `now_utc`; events
/// without a URL link to `{app_url}/event/{id}`.
pub fn calendar_ics(
    events: &[(&Event, Option<&Place>)],
    lang: Lang,
    now_utc: NaiveDateTime,
    app_url: &str,
) -> String {
    calendar_ics_with_days(events, &[], lang, now_utc, app_url)
}

/// [`calendar_ics`] followed by all-day entries of our own (a trip's days).
pub fn calendar_ics_with_days(
    events: &[(&Event, Option<&Place>)],
    days: &[AllDay],
    lang: Lang,
    now_utc: NaiveDateTime,
    app_url: &str,
) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Selijas salas//LV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for (e, place) in events {
        push_event(&mut out, e, *place, lang, now_utc, app_url);
    }
    for d in days {
        push_all_day(&mut out, d, now_utc);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// A whole `.ics` file with one event (see [`calendar_ics`]).
pub fn event_ics(
    e: &Event,
    place: Option<&Place>,
    lang: Lang,
    now_utc: NaiveDateTime,
    app_url: &str,
) -> String {
    calendar_ics(&[(e, place)], lang, now_utc, app_url)
}

/// A link that opens Google Calendar's "new event" form filled with the event.
pub fn google_calendar_url(e: &Event, place: Option<&Place>, lang: Lang) -> String {
    let dates = Dates::of(e);
    let span = match dates {
        Dates::Days { start, end, .. } => format!("{}/{}", ics_date(start), ics_date(end)),
        Dates::Times { start, end } => {
            format!("{}/{}", ics_utc(start), ics_utc(end.unwrap_or(start)))
        }
    };
    let mut pairs = vec![
        ("action", "TEMPLATE".to_owned()),
        ("text", e.title.get(lang).to_owned()),
        ("dates", span),
    ];
    let details = description(e, &dates, lang);
    if !details.is_empty() {
        pairs.push(("details", details));
    }
    let loc = location(e, place, lang);
    if !loc.is_empty() {
        pairs.push(("location", loc));
    }
    format!(
        "https://calendar.google.com/calendar/render{}",
        to_query_string(&pairs)
    )
}
