//! "Today" and "now" from the browser's clock (tests fix it with the
//! browser's clock emulation), and its monotonic clock for gestures. The
//! calendar maths never reads a clock.

use chrono::{NaiveDate, NaiveDateTime};

/// The visitor's local date.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or(NaiveDate::MIN)
}

/// The current time in UTC (for DTSTAMP in .ics files).
pub fn now_utc() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    let day = NaiveDate::from_ymd_opt(
        d.get_utc_full_year() as i32,
        d.get_utc_month() + 1,
        d.get_utc_date(),
    );
    day.and_then(|day| day.and_hms_opt(d.get_utc_hours(), d.get_utc_minutes(), d.get_utc_seconds()))
        .unwrap_or_default()
}

/// Milliseconds on the page's monotonic clock (`performance.now()`), for
/// gesture speeds and animation steps; 0 if there is none.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The app's absolute base URL (for links inside .ics files).
pub fn app_url() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", super::prefs::base_path())
}
