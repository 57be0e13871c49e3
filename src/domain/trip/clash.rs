//! Which of a trip's events need a second look, by the calendar's own day
//! rule ([`DaySpan`]: Riga days, half-open), and which events of a day
//! could be added.
//!
//! - An event known only to its month is marked [`EventMark::MonthOnly`],
//!   one that ended before "today" [`EventMark::Past`]; both can be in a
//!   trip and are never counted as clashes.
//! - When the trip has a start date (day `k` is `start + k`), an event
//!   that does not cover its trip day's date is [`EventMark::Outside`].
//! - Two timed events of the same trip day whose times overlap are an
//!   [`Overlap`]. A time without an end is a moment; the times are compared
//!   as instants, whatever offsets the data wrote. All-day events never
//!   overlap anything: a visitor can drop in during the day.

use super::{Stop, StopRef, Trip};
use crate::domain::calendar::DaySpan;
use crate::domain::dates::When;
use crate::domain::model::{Dataset, Event};
use chrono::{DateTime, FixedOffset, NaiveDate};

/// What the check says about one event of the trip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventMark {
    /// Nothing to say.
    Fine,
    /// Only the month is known: "date not known yet". Not a clash.
    MonthOnly,
    /// It ended before today. Not a clash.
    Past,
    /// A clash: it does not happen on its trip day's date.
    Outside {
        /// The date of the event's trip day.
        trip_date: NaiveDate,
        /// The days the event covers.
        span: DaySpan,
    },
}

/// One event of the trip and its mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventCheck {
    /// Where the event is in the trip.
    pub at: StopRef,
    /// Its mark.
    pub mark: EventMark,
}

/// A clash: two events of one trip day whose times overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overlap {
    /// The earlier of the two in the trip.
    pub first: StopRef,
    /// The later of the two in the trip.
    pub second: StopRef,
}

/// The result of [`Trip::check_events`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Check {
    /// Every event of the trip that the data has, in trip order.
    pub events: Vec<EventCheck>,
    /// Every overlapping pair, in trip order.
    pub overlaps: Vec<Overlap>,
}

impl Check {
    /// The mark of the event at `at` (`None` for a place or an unknown id).
    pub fn mark(&self, at: StopRef) -> Option<EventMark> {
        self.events.iter().find(|c| c.at == at).map(|c| c.mark)
    }

    /// The events that overlap the one at `at`.
    pub fn overlapping(&self, at: StopRef) -> Vec<StopRef> {
        self.overlaps
            .iter()
            .filter_map(|o| match (o.first == at, o.second == at) {
                (true, _) => Some(o.second),
                (_, true) => Some(o.first),
                _ => None,
            })
            .collect()
    }

    /// How many clashes: events outside their day plus overlapping pairs.
    pub fn clashes(&self) -> usize {
        let outside = self
            .events
            .iter()
            .filter(|c| matches!(c.mark, EventMark::Outside { .. }))
            .count();
        outside + self.overlaps.len()
    }
}

/// The event's time as instants `[start, end]`, or `None` for an event
/// known to days (or months) only. A start time with an end day is treated
/// as all-day, as the calendar's export does.
fn times(e: &Event) -> Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)> {
    match (e.start, e.end) {
        (When::Time(s), None) => Some((s, s)),
        (When::Time(s), Some(When::Time(t))) => Some((s, t.max(s))),
        _ => None,
    }
}

/// True when two timed events share a moment: half-open intervals that
/// intersect, or a moment inside (or at the start of) the other.
fn times_overlap(a: &Event, b: &Event) -> bool {
    match (times(a), times(b)) {
        (Some((s1, e1)), Some((s2, e2))) => s1 == s2 || (s1 < e2 && s2 < e1),
        _ => false,
    }
}

impl Trip {
    /// Marks every event of the trip and finds the overlapping pairs;
    /// `today` is the visitor's date in Riga (passed in, never read here).
    pub fn check_events(&self, data: &Dataset, today: NaiveDate) -> Check {
        let mut check = Check::default();
        for (day, stops) in self.days.iter().enumerate() {
            // The events of this day that take part in the overlap check.
            let mut timed: Vec<(StopRef, &Event)> = Vec::new();
            for (index, stop) in stops.iter().enumerate() {
                let Stop::Event(id) = stop else { continue };
                let Some(e) = data.event(id) else { continue };
                let at = StopRef { day, index };
                let mark = match DaySpan::of_event(e) {
                    None => EventMark::MonthOnly,
                    Some(span) if span.end <= today => EventMark::Past,
                    Some(span) => match self.date_of(day) {
                        Some(trip_date) if !span.contains(trip_date) => {
                            EventMark::Outside { trip_date, span }
                        }
                        _ => EventMark::Fine,
                    },
                };
                if !matches!(mark, EventMark::MonthOnly | EventMark::Past) {
                    for &(other_at, other) in &timed {
                        if times_overlap(other, e) {
                            check.overlaps.push(Overlap {
                                first: other_at,
                                second: at,
                            });
                        }
                    }
                    timed.push((at, e));
                }
                check.events.push(EventCheck { at, mark });
            }
        }
        check
    }

    /// The events on `date` at the places of day `day` that are not in the
    /// trip yet ("Šajā dienā: …"), in the data's order. Empty for a day that
    /// does not exist or has no places.
    pub fn suggestions<'a>(
        &self,
        data: &'a Dataset,
        day: usize,
        date: NaiveDate,
    ) -> Vec<&'a Event> {
        let Some(stops) = self.days.get(day) else {
            return Vec::new();
        };
        let places: Vec<&str> = stops
            .iter()
            .filter_map(|s| match s {
                Stop::Place(id) => Some(id.as_str()),
                Stop::Event(_) => None,
            })
            .collect();
        data.events
            .iter()
            .filter(|e| e.place.as_deref().is_some_and(|p| places.contains(&p)))
            .filter(|e| DaySpan::of_event(e).is_some_and(|span| span.contains(date)))
            .filter(|e| !self.contains(&Stop::event(e.id.as_str())))
            .collect()
    }
}
