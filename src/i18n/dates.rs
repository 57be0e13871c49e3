//! Dates in words, the same way in every language: the names and the word
//! order come from the language's [`Texts`](super::Texts) (`months`,
//! `weekdays`, `month_title`, `date`, `day_not_known`); what is put together
//! here (the weekday before the date, the Riga time after it, the dash of a
//! range) is the same in Latvian and English.

use super::texts;
use crate::domain::calendar::to_riga;
use crate::domain::{Lang, When};
use chrono::{Datelike, NaiveDate, Timelike};

/// A month's name ("marts" / "March"), month 1–12 (out of range is clamped).
pub fn month_name(lang: Lang, month: u32) -> &'static str {
    let i = (month.clamp(1, 12) - 1) as usize;
    texts(lang).months[i]
}

/// A weekday's name, 0 = Monday ("pirmdiena" / "Monday"); past 6 is Sunday.
pub fn weekday_name(lang: Lang, day: usize) -> &'static str {
    texts(lang).weekdays[day.min(6)]
}

/// A weekday's short name for grid headers ("P" / "Mon"); past 6 is Sunday.
pub fn weekday_short(lang: Lang, day: usize) -> &'static str {
    texts(lang).weekdays_short[day.min(6)]
}

/// "2022. gada marts" / "March 2022".
pub fn month_title(lang: Lang, year: i32, month: u32) -> String {
    (texts(lang).month_title)(year, month_name(lang, month))
}

/// "2022. gada 18. marts" / "18 March 2022".
pub fn format_date(lang: Lang, d: NaiveDate) -> String {
    (texts(lang).date)(d.year(), d.day(), month_name(lang, d.month()))
}

/// "pirmdiena, 2022. gada 18. marts" / "Monday, 18 March 2022".
pub fn format_date_long(lang: Lang, d: NaiveDate) -> String {
    let wd = weekday_name(lang, d.weekday().num_days_from_monday() as usize);
    format!("{wd}, {}", format_date(lang, d))
}

/// When an event happens, in words: days (a span in one year says its year
/// once: "2025. gada 13.–14. septembris"), a time (Riga), or a month whose
/// day is not known ("2022. gada augusts, datums nav zināms").
pub fn format_when(lang: Lang, start: When, end: Option<When>) -> String {
    let one = |w: When| match w {
        When::Day(d) => format_date(lang, d),
        When::Time(t) => {
            let local = to_riga(t);
            format!(
                "{} {:02}:{:02}",
                format_date(lang, local.date()),
                local.hour(),
                local.minute()
            )
        }
        When::Month { year, month } => format!(
            "{}, {}",
            month_title(lang, year, month),
            texts(lang).day_not_known
        ),
    };
    match (start, end) {
        (When::Day(a), Some(When::Day(b))) if a < b && a.year() == b.year() => {
            let (m1, m2) = (month_name(lang, a.month()), month_name(lang, b.month()));
            (texts(lang).date_span)(a.year(), a.day(), m1, b.day(), m2)
        }
        (_, Some(e)) if e != start => format!("{} – {}", one(start), one(e)),
        _ => one(start),
    }
}
