//! Straight-line ("as the crow flies") distances of a trip: per leg between
//! consecutive mapped stops of a day, and per day. Not road distances: the
//! UI says so ("~34 km taisnā līnijā").
//!
//! Stops without a coordinate (unverified places, events without a located
//! venue or place, ids not in the data) are skipped: the leg joins the
//! mapped stops on either side, and the stop is listed in
//! [`DayRoute::unmapped`] so the UI can say why it is not drawn.

use super::{StopRef, Trip};
use crate::domain::model::{Coord, Dataset};
use crate::geo::clamp;
use crate::geo::math::{asin, cos, sin};

/// The Earth's mean radius (IUGG), km: the sphere haversine assumes.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// The great-circle distance between two points, km (haversine formula,
/// well-conditioned for the short distances of a trip). The trigonometry
/// comes from `geo::math`, so the browser uses the engine's and the bundle
/// carries no software sine.
pub fn haversine_km(a: Coord, b: Coord) -> f64 {
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let half_dlat = (lat2 - lat1) / 2.0;
    let half_dlon = (b.lon - a.lon).to_radians() / 2.0;
    let (s_lat, s_lon) = (sin(half_dlat), sin(half_dlon));
    let h = s_lat * s_lat + cos(lat1) * cos(lat2) * s_lon * s_lon;
    // Rounding can push h a hair past 1 for antipodes; asin needs ≤ 1.
    2.0 * EARTH_RADIUS_KM * asin(clamp(h, 0.0, 1.0).sqrt())
}

/// One stop that is drawn: where it is in the trip, and its coordinate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MappedStop {
    /// Where the stop is in the trip.
    pub at: StopRef,
    /// Its coordinate.
    pub coord: Coord,
}

/// One straight leg between consecutive mapped stops of a day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Leg {
    /// The stop the leg starts at.
    pub from: StopRef,
    /// The stop the leg ends at.
    pub to: StopRef,
    /// Great-circle length, km.
    pub km: f64,
}

/// One day's line on the map and its distances.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DayRoute {
    /// The day, from 0.
    pub day: usize,
    /// The stops with a coordinate, in order: the line's points.
    pub points: Vec<MappedStop>,
    /// The legs between consecutive points (one fewer than the points).
    pub legs: Vec<Leg>,
    /// The sum of the legs, km.
    pub total_km: f64,
    /// The stops without a coordinate, listed but not drawn.
    pub unmapped: Vec<StopRef>,
}

impl DayRoute {
    /// The points' coordinates in order (what the directions links take).
    pub fn coords(&self) -> Vec<Coord> {
        self.points.iter().map(|p| p.coord).collect()
    }
}

impl Trip {
    /// The line and distances of day `day` (an empty route for a day that
    /// does not exist).
    pub fn day_route(&self, data: &Dataset, day: usize) -> DayRoute {
        let mut route = DayRoute {
            day,
            ..DayRoute::default()
        };
        let Some(stops) = self.days.get(day) else {
            return route;
        };
        for (index, stop) in stops.iter().enumerate() {
            let at = StopRef { day, index };
            match stop.coord(data) {
                Some(coord) => {
                    if let Some(prev) = route.points.last() {
                        let km = haversine_km(prev.coord, coord);
                        route.legs.push(Leg {
                            from: prev.at,
                            to: at,
                            km,
                        });
                        route.total_km += km;
                    }
                    route.points.push(MappedStop { at, coord });
                }
                None => route.unmapped.push(at),
            }
        }
        route
    }

    /// [`Trip::day_route`] of every day, in order.
    pub fn routes(&self, data: &Dataset) -> Vec<DayRoute> {
        (0..self.days.len())
            .map(|d| self.day_route(data, d))
            .collect()
    }
}
