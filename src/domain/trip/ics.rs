//! The trip as an iCalendar file, written by the calendar's own writer
//! ([`crate::domain::ics`]): the trip's events as the calendar exports them,
//! and, when the trip has a start date, one all-day entry per trip day
//! ("Ceļojuma 1. diena") listing its stops, numbered as on the map.

use super::{Stop, Trip};
use crate::domain::dates::format_day;
use crate::domain::ics::{calendar_ics_with_days, AllDay};
use crate::domain::model::Dataset;
use crate::domain::text::Lang;
use crate::i18n;
use chrono::NaiveDateTime;

impl Trip {
    /// The trip's all-day entries, one per day, when it has a start date
    /// (empty without). Each lists the day's stops, one a line, numbered
    /// through the whole trip like the map's markers, and links to the
    /// trip's share link under `app_url`.
    pub fn day_entries(&self, data: &Dataset, lang: Lang, app_url: &str) -> Vec<AllDay> {
        let share = self.share_url(app_url);
        let mut number = 0;
        let mut entries = Vec::new();
        for (day, stops) in self.days.iter().enumerate() {
            let lines: Vec<String> = stops
                .iter()
                .map(|s| {
                    number += 1;
                    format!("{number}. {}", s.name(data, lang))
                })
                .collect();
            let Some(date) = self.date_of(day) else {
                continue;
            };
            entries.push(AllDay {
                uid: format!("trip-{}-{}", format_day(date), day + 1),
                date,
                summary: i18n::trip_day_title(lang, day + 1),
                description: lines.join("\n"),
                url: share.clone(),
                category: "trip".to_owned(),
            });
        }
        entries
    }

    /// The `.ics` file of the trip in `lang`, stamped `now_utc`: its events
    /// in trip order (ids the data does not have are skipped), then the
    /// days' entries ([`Trip::day_entries`]).
    pub fn to_ics(
        &self,
        data: &Dataset,
        lang: Lang,
        now_utc: NaiveDateTime,
        app_url: &str,
    ) -> String {
        let events: Vec<_> = self
            .stops()
            .filter_map(|(_, s)| match s {
                Stop::Event(id) => data.event(id),
                Stop::Place(_) => None,
            })
            .map(|e| (e, e.place.as_deref().and_then(|p| data.place(p))))
            .collect();
        let days = self.day_entries(data, lang, app_url);
        calendar_ics_with_days(&events, &days, lang, now_utc, app_url)
    }
}
