//! Directions links, built when the page shows them and sent nowhere until
//! the visitor clicks. Every coordinate is written with 5 decimals (about a
//! metre): enough to find a door, short enough for a link.
//!
//! - [`osm_router_url`]: OpenStreetMap's multi-stop router
//!   (`routing.openstreetmap.de`), one link for a whole day.
//! - [`google_maps_urls`]: Google Maps, which takes at most 9 waypoints
//!   between origin and destination on desktop and only 3 in its phone apps
//!   and mobile browsers: a longer day becomes several consecutive links,
//!   each starting where the previous one ends.
//! - [`osm_leg_url`]: openstreetmap.org's directions for one leg.
//!
//! [`Trip::day_links`] builds all three for a day from its mapped stops;
//! stops without a coordinate are skipped (the UI says so).

use super::{Mode, Trip};
use crate::domain::model::{Coord, Dataset};
use crate::domain::num::fixed;
use crate::domain::text::Lang;

/// Google Maps' waypoint limit on desktop.
pub const GOOGLE_WAYPOINTS_DESKTOP: usize = 9;
/// Google Maps' waypoint limit in its phone apps and mobile browsers.
pub const GOOGLE_WAYPOINTS_PHONE: usize = 3;

impl Mode {
    /// The `srv=` of routing.openstreetmap.de: 0 car, 1 bicycle, 2 foot.
    pub fn osm_router_srv(self) -> u8 {
        match self {
            Mode::Car => 0,
            Mode::Bicycle => 1,
            Mode::Foot => 2,
        }
    }

    /// Google Maps' `travelmode=`.
    pub fn google_travelmode(self) -> &'static str {
        match self {
            Mode::Car => "driving",
            Mode::Bicycle => "bicycling",
            Mode::Foot => "walking",
        }
    }

    /// openstreetmap.org's directions `engine=`.
    pub fn osm_engine(self) -> &'static str {
        match self {
            Mode::Car => "fossgis_osrm_car",
            Mode::Bicycle => "fossgis_osrm_bike",
            Mode::Foot => "fossgis_osrm_foot",
        }
    }
}

/// `LAT{sep}LON` with 5 decimals each.
fn pair(c: Coord, sep: &str) -> String {
    format!("{}{sep}{}", fixed(c.lat, 5), fixed(c.lon, 5))
}

/// One link to OpenStreetMap's multi-stop router for the points in order:
/// `https://routing.openstreetmap.de/?loc=LAT,LON&loc=…&srv=0&hl=lv`.
/// `None` for fewer than two points (there is no route to plan).
pub fn osm_router_url(points: &[Coord], mode: Mode, lang: Lang) -> Option<String> {
    if points.len() < 2 {
        return None;
    }
    let mut url = String::from("https://routing.openstreetmap.de/?");
    for c in points {
        url.push_str("loc=");
        url.push_str(&pair(*c, ","));
        url.push('&');
    }
    url.push_str(&format!("srv={}&hl={}", mode.osm_router_srv(), lang.code()));
    Some(url)
}

/// One Google Maps link from the first point to the last through the ones
/// between (at most the caller's limit of them).
fn google_url(points: &[Coord], mode: Mode) -> Option<String> {
    let (first, last) = (points.first()?, points.last()?);
    let mut url = format!(
        "https://www.google.com/maps/dir/?api=1&origin={}&destination={}",
        pair(*first, ","),
        pair(*last, ",")
    );
    let between = &points[1..points.len().saturating_sub(1).max(1)];
    if !between.is_empty() {
        let waypoints: Vec<String> = between.iter().map(|c| pair(*c, ",")).collect();
        // `|` is not allowed in a URL: Google's documentation asks for %7C.
        url.push_str("&waypoints=");
        url.push_str(&waypoints.join("%7C"));
    }
    url.push_str("&travelmode=");
    url.push_str(mode.google_travelmode());
    Some(url)
}

/// Google Maps links covering the points in order, each with at most
/// `max_waypoints` waypoints ([`GOOGLE_WAYPOINTS_DESKTOP`],
/// [`GOOGLE_WAYPOINTS_PHONE`]); each link's destination is the next one's
/// origin. Empty for fewer than two points.
pub fn google_maps_urls(points: &[Coord], mode: Mode, max_waypoints: usize) -> Vec<String> {
    let mut urls = Vec::new();
    if points.len() < 2 {
        return urls;
    }
    // Each link spans origin, up to `max_waypoints`, and destination.
    let step = max_waypoints.saturating_add(1);
    let mut from = 0;
    while from + 1 < points.len() {
        let to = from.saturating_add(step).min(points.len() - 1);
        urls.extend(google_url(&points[from..=to], mode));
        from = to;
    }
    urls
}

/// openstreetmap.org's directions for one leg:
/// `https://www.openstreetmap.org/directions?engine=fossgis_osrm_car&route=LAT%2CLON%3BLAT%2CLON`.
pub fn osm_leg_url(from: Coord, to: Coord, mode: Mode) -> String {
    format!(
        "https://www.openstreetmap.org/directions?engine={}&route={}%3B{}",
        mode.osm_engine(),
        pair(from, "%2C"),
        pair(to, "%2C")
    )
}

/// The directions links of one day.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DayLinks {
    /// OpenStreetMap's router for the whole day (`None` with fewer than two
    /// mapped stops).
    pub osm_router: Option<String>,
    /// Google Maps, split at the waypoint limit asked for.
    pub google: Vec<String>,
    /// openstreetmap.org directions per leg, in order (one fewer than the
    /// mapped stops).
    pub legs: Vec<String>,
}

impl Trip {
    /// The directions links of day `day` through its mapped stops, in the
    /// trip's mode; `lang` is the router's language, `max_waypoints` Google's
    /// limit (desktop or phone).
    pub fn day_links(
        &self,
        data: &Dataset,
        day: usize,
        lang: Lang,
        max_waypoints: usize,
    ) -> DayLinks {
        let points = self.day_route(data, day).coords();
        DayLinks {
            osm_router: osm_router_url(&points, self.mode, lang),
            google: google_maps_urls(&points, self.mode, max_waypoints),
            legs: points
                .windows(2)
                .map(|w| osm_leg_url(w[0], w[1], self.mode))
                .collect(),
        }
    }
}
