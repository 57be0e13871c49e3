//! The trip layer: a trip's stops as numbered buttons in visiting order and
//! a line per day, each day in its own colour. Positioned in the pane with
//! `Layer::place` like the markers and the base map, so a pan moves it with
//! them and only a zoom lays it out again.

use super::MapCtx;
use crate::domain::num::fixed;
use crate::geo::Mercator;
use leptos::prelude::*;

/// How many day colours `main.css` defines (`.day-0` … `.day-5`); later
/// days take them again.
pub const DAY_COLOURS: usize = 6;

/// One mapped stop of a trip, as the layer draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteStop {
    /// Its number in the whole trip, from 1 (as in the list).
    pub number: usize,
    /// Its name in the current language.
    pub name: String,
    /// A stable key (the stop's URL form).
    pub key: String,
    /// Where it is.
    pub pos: Mercator,
}

/// What the trip layer draws: per day, the mapped stops in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Route {
    /// The days, each its mapped stops in visiting order.
    pub days: Vec<Vec<RouteStop>>,
}

impl Route {
    /// Every point, for fitting the map to the trip.
    pub fn points(&self) -> Vec<Mercator> {
        self.days.iter().flatten().map(|s| s.pos).collect()
    }
}

/// The class of a day's colour.
pub fn day_class(day: usize) -> String {
    format!("day-{}", day % DAY_COLOURS)
}

/// Draws the route: the lines under the numbered buttons.
#[component]
pub fn RouteLayer(
    /// The map.
    ctx: MapCtx,
    /// The trip to draw.
    route: Memo<Route>,
    /// Called with a stop's key when its button is pressed.
    on_stop: UnsyncCallback<String>,
) -> impl IntoView {
    let layer = ctx.layer;
    // The lines are laid out again on a zoom or a new route, never on a pan.
    let lines = move || {
        let l = layer.get();
        route.with(|r| {
            r.days
                .iter()
                .enumerate()
                .filter(|(_, stops)| stops.len() > 1)
                .map(|(day, stops)| {
                    let points: Vec<String> = stops
                        .iter()
                        .map(|s| {
                            let (x, y) = l.place(s.pos);
                            format!("{},{}", fixed(x, 1), fixed(y, 1))
                        })
                        .collect();
                    view! {
                        <polyline
                            class=format!("route-line {}", day_class(day))
                            points=points.join(" ")
                        />
                    }
                })
                .collect_view()
        })
    };
    let stops = move || {
        route.with(|r| {
            r.days
                .iter()
                .enumerate()
                .flat_map(|(day, stops)| stops.iter().map(move |s| (day, s.clone())))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <svg class="map-route" width="1" height="1" aria-hidden="true">
            <g>{lines}</g>
        </svg>
        <div class="map-route-stops">
            <For
                each=stops
                key=|(day, s)| (s.key.clone(), s.number, *day, s.name.clone())
                children=move |(day, s): (usize, RouteStop)| {
                    let pos = s.pos;
                    let transform = move || {
                        let (x, y) = layer.get().place(pos);
                        format!("translate3d({}px,{}px,0)", fixed(x, 1), fixed(y, 1))
                    };
                    let key = s.key.clone();
                    view! {
                        <button
                            type="button"
                            class=format!("route-marker {}", day_class(day))
                            data-stop=s.key.clone()
                            aria-label=format!("{}. {}", s.number, s.name)
                            style:transform=transform
                            on:click=move |_| on_stop.run(key.clone())
                        >
                            <span aria-hidden="true">{s.number}</span>
                        </button>
                    }
                }
            />
        </div>
    }
}
