//! A day's directions: OpenStreetMap's router for the whole day, Google
//! Maps (split at 3 waypoints on phones, 9 on desktop) and openstreetmap.org
//! per leg. Plain links opening a new tab: nothing is sent anywhere until
//! the visitor clicks.

use crate::domain::trip::links::{GOOGLE_WAYPOINTS_DESKTOP, GOOGLE_WAYPOINTS_PHONE};
use crate::domain::trip::Trip;
use crate::domain::validate::Loaded;
use crate::i18n::texts;
use crate::state::use_lang;
use crate::web::media::is_phone;
use leptos::prelude::*;
use std::sync::Arc;

/// The directions links of one day (nothing for fewer than two mapped stops).
#[component]
pub fn DayDirections(loaded: Arc<Loaded>, trip: Arc<Trip>, day: usize) -> impl IntoView {
    let lang = use_lang();
    let phone = is_phone();
    move || {
        let l = lang.get();
        let t = texts(l);
        let limit = if phone.get() {
            GOOGLE_WAYPOINTS_PHONE
        } else {
            GOOGLE_WAYPOINTS_DESKTOP
        };
        let data = &loaded.dataset;
        let links = trip.day_links(data, day, l, limit);
        let router = links.osm_router.clone()?;
        let route = trip.day_route(data, day);
        let parts = links.google.len();
        let google = links
            .google
            .iter()
            .enumerate()
            .map(|(i, href)| {
                view! {
                    <li><a class="directions-google" href=href.clone() target="_blank" rel="noopener">{(t.trip_google)(i + 1, parts)}</a></li>
                }
            })
            .collect_view();
        let stops = trip.days.get(day).cloned().unwrap_or_default();
        let legs = route
            .legs
            .iter()
            .zip(&links.legs)
            .map(|(leg, href)| {
                let from = stops.get(leg.from.index).map(|s| s.name(data, l).to_owned()).unwrap_or_default();
                let to = stops.get(leg.to.index).map(|s| s.name(data, l).to_owned()).unwrap_or_default();
                view! {
                    <li><a class="directions-leg" href=href.clone() target="_blank" rel="noopener">{from} " → " {to}</a></li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="trip-directions">
                <h4>{t.trip_directions}</h4>
                <ul class="directions-main">
                    <li><a class="directions-osm" href=router target="_blank" rel="noopener">{t.trip_osm_router}</a></li>
                    {google}
                </ul>
                <details class="directions-legs">
                    <summary>{t.trip_legs}</summary>
                    <ul>{legs}</ul>
                </details>
            </div>
        })
    }
}
