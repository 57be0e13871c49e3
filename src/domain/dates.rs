//! The three ways the data writes when an event happens, parsed without
//! chrono's format strings (they cost bundle size and give poor messages).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use std::fmt;

/// When an event starts or ends, at the precision the data knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// A whole day: `2022-03-18`.
    Day(NaiveDate),
    /// A local time with its UTC offset: `2024-10-05T11:00+03:00`.
    Time(DateTime<FixedOffset>),
    /// Only the month is known: `2022-08`.
    Month {
        /// Calendar year.
        year: i32,
        /// Month, 1–12.
        month: u32,
    },
}

/// Why a date text was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not one of the three accepted forms.
    Format,
    /// The form is right but the day does not exist (2023-02-30, 25:00).
    NotReal,
}

impl When {
    /// Parses `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`.
    pub fn parse(text: &str) -> Result<When, DateError> {
        let b = text.as_bytes();
        match b.len() {
            7 => {
                let (year, month) = year_month(b)?;
                if (1..=12).contains(&month) {
                    Ok(When::Month { year, month })
                } else {
                    Err(DateError::NotReal)
                }
            }
            10 => day(b).map(When::Day),
            16.. if b[10] == b'T' => {
                let date = day(&b[..10])?;
                let rest = &b[11..];
                let hour = digits(rest, 0, 2)?;
                expect(rest, 2, b':')?;
                let minute = digits(rest, 3, 2)?;
                let (second, zone) = if rest.get(5) == Some(&b':') {
                    (digits(rest, 6, 2)?, &rest[8..])
                } else {
                    (0, &rest[5..])
                };
                let offset = offset(zone)?;
                let time =
                    NaiveTime::from_hms_opt(hour, minute, second).ok_or(DateError::NotReal)?;
                offset
                    .from_local_datetime(&date.and_time(time))
                    .single()
                    .map(When::Time)
                    .ok_or(DateError::NotReal)
            }
            _ => Err(DateError::Format),
        }
    }

    /// The first day this covers, in Riga: a day itself, a time's day on
    /// Riga's wall clock (whatever offset the data wrote: `2024-10-05T23:30Z`
    /// is 6 October), a month's first day. The one day rule of the app; an
    /// event's whole span is [`crate::domain::calendar::DaySpan`].
    pub fn first_day(&self) -> NaiveDate {
        match *self {
            When::Day(d) => d,
            When::Time(t) => super::calendar::to_riga(t).date(),
            When::Month { year, month } => first_of_month(year, month),
        }
    }

    /// The last day this covers, in Riga (for a month, its last day; for a
    /// time, its Riga day as in [`When::first_day`]).
    pub fn last_day(&self) -> NaiveDate {
        match *self {
            When::Month { year, month } => last_of_month(year, month),
            other => other.first_day(),
        }
    }
}

impl fmt::Display for When {
    /// Writes the same form that was parsed (times as `YYYY-MM-DDTHH:MM±HH:MM`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::Day(d) => write_day(f, *d),
            When::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            When::Time(t) => {
                use chrono::Timelike;
                write_day(f, t.date_naive())?;
                write!(f, "T{:02}:{:02}", t.hour(), t.minute())?;
                let secs = t.offset().local_minus_utc();
                let sign = if secs < 0 { '-' } else { '+' };
                let m = secs.abs() / 60;
                write!(f, "{sign}{:02}:{:02}", m / 60, m % 60)
            }
        }
    }
}

/// Writes a date as `YYYY-MM-DD`.
fn write_day(f: &mut fmt::Formatter<'_>, d: NaiveDate) -> fmt::Result {
    use chrono::Datelike;
    write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// The years the app reads and writes: four digits, without year 0 (which
/// the calendar would show as "January 0" and cannot step back from). Every
/// date form ([`When::parse`], [`parse_day`], the calendar's `month=`) refuses
/// the rest as [`DateError::NotReal`], so no page can reach a month outside
/// `0001-01..=9999-12`.
pub const SUPPORTED_YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// Parses a plain `YYYY-MM-DD` date (used by the `from`/`to` filters too).
pub fn parse_day(text: &str) -> Result<NaiveDate, DateError> {
    if text.len() != 10 {
        return Err(DateError::Format);
    }
    day(text.as_bytes())
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_day(d: NaiveDate) -> String {
    When::Day(d).to_string()
}

/// The first day of a month; months outside 1–12 are clamped.
pub fn first_of_month(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month.clamp(1, 12), 1).unwrap_or(NaiveDate::MIN)
}

/// The last day of a month.
pub fn last_of_month(year: i32, month: u32) -> NaiveDate {
    let (y, m) = if month >= 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    first_of_month(y, m).pred_opt().unwrap_or(NaiveDate::MIN)
}

fn year_month(b: &[u8]) -> Result<(i32, u32), DateError> {
    let year = digits(b, 0, 4)? as i32;
    expect(b, 4, b'-')?;
    let month = digits(b, 5, 2)?;
    if SUPPORTED_YEARS.contains(&year) {
        Ok((year, month))
    } else {
        Err(DateError::NotReal)
    }
}

fn day(b: &[u8]) -> Result<NaiveDate, DateError> {
    if b.len() != 10 {
        return Err(DateError::Format);
    }
    let (year, month) = year_month(b)?;
    expect(b, 7, b'-')?;
    let d = digits(b, 8, 2)?;
    NaiveDate::from_ymd_opt(year, month, d).ok_or(DateError::NotReal)
}

fn offset(zone: &[u8]) -> Result<FixedOffset, DateError> {
    match zone {
        b"Z" => FixedOffset::east_opt(0).ok_or(DateError::NotReal),
        [sign @ (b'+' | b'-'), ..] if zone.len() == 6 => {
            let h = digits(zone, 1, 2)?;
            expect(zone, 3, b':')?;
            let m = digits(zone, 4, 2)?;
            if h > 14 || m > 59 {
                return Err(DateError::NotReal);
            }
            let secs = (h * 3600 + m * 60) as i32;
            let secs = if *sign == b'-' { -secs } else { secs };
            FixedOffset::east_opt(secs).ok_or(DateError::NotReal)
        }
        _ => Err(DateError::Format),
    }
}

fn digits(b: &[u8], at: usize, n: usize) -> Result<u32, DateError> {
    let part = b.get(at..at + n).ok_or(DateError::Format)?;
    part.iter().try_fold(0u32, |acc, &c| {
        if c.is_ascii_digit() {
            Ok(acc * 10 + u32::from(c - b'0'))
        } else {
            Err(DateError::Format)
        }
    })
}

fn expect(b: &[u8], at: usize, c: u8) -> Result<(), DateError> {
    if b.get(at) == Some(&c) {
        Ok(())
    } else {
        Err(DateError::Format)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_forms() {
        assert_eq!(
            When::parse("2022-03-18"),
            Ok(When::Day(NaiveDate::from_ymd_opt(2022, 3, 18).unwrap()))
        );
        assert_eq!(
            When::parse("2022-08"),
            Ok(When::Month {
                year: 2022,
                month: 8
            })
        );
        let t = When::parse("2024-10-05T11:00+03:00");
        assert_eq!(
            t.map(|t| t.to_string()),
            Ok("2024-10-05T11:00+03:00".to_owned())
        );
        assert_eq!(
            When::parse("2024-01-05T09:30:15Z").map(|t| t.to_string()),
            Ok("2024-01-05T09:30+00:00".to_owned())
        );
    }

    #[test]
    fn rejects_unreal_and_malformed_dates() {
        assert_eq!(When::parse("2023-02-30"), Err(DateError::NotReal));
        assert_eq!(When::parse("2023-13"), Err(DateError::NotReal));
        assert_eq!(
            When::parse("2024-10-05T25:00+03:00"),
            Err(DateError::NotReal)
        );
        assert_eq!(When::parse("18.03.2022"), Err(DateError::Format));
        assert_eq!(When::parse("2022-3-18"), Err(DateError::Format));
        assert_eq!(When::parse("2024-10-05T11:00"), Err(DateError::Format));
        assert_eq!(When::parse(""), Err(DateError::Format));
        // 29 February exists in a leap year only.
        assert_eq!(When::parse("2023-02-29"), Err(DateError::NotReal));
        assert_eq!(
            When::parse("2024-02-29"),
            Ok(When::Day(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()))
        );
    }

    #[test]
    fn months_span_their_days() {
        let m = When::Month {
            year: 2024,
            month: 2,
        };
        assert_eq!(When::parse("2024-02"), Ok(m));
        assert_eq!(m.first_day().to_string(), "2024-02-01");
        assert_eq!(m.last_day().to_string(), "2024-02-29");
        let m = When::Month {
            year: 2023,
            month: 12,
        };
        assert_eq!(m.last_day().to_string(), "2023-12-31");
        assert_eq!(
            parse_day("2021-07-01").map(format_day),
            Ok("2021-07-01".into())
        );
    }
}
