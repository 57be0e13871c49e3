//! The `/trip` page's map: the trip as a layer of its own (numbered stops,
//! a line per day) over the base map, fitted to the stops, with a legend of
//! the days' colours.

use super::edit::TripEdit;
use crate::domain::validate::Loaded;
use crate::geo::{project, LatLng};
use crate::i18n::{texts, trip_day_title};
use crate::state::use_lang;
use crate::ui::map::route::{day_class, Route, RouteStop};
use crate::ui::map::MapView;
use leptos::prelude::*;
use std::sync::Arc;

/// The trip's map and its legend.
#[component]
pub fn TripMap(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    let edit = expect_context::<TripEdit>();
    let route = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let l = lang.get();
            let data = &loaded.dataset;
            edit.shown.with(|s| {
                let mut number = 0;
                let days = s
                    .trip
                    .days
                    .iter()
                    .map(|stops| {
                        stops
                            .iter()
                            .filter_map(|stop| {
                                number += 1;
                                let c = stop.coord(data)?;
                                Some(RouteStop {
                                    number,
                                    name: stop.name(data, l).to_owned(),
                                    key: stop.to_string(),
                                    pos: project(LatLng::new(c.lat, c.lon)),
                                })
                            })
                            .collect()
                    })
                    .collect();
                Route { days }
            })
        })
    };
    // No place markers: the trip's own buttons stand for its places.
    let visible = Memo::new(|_| Vec::<usize>::new());
    let selected = Memo::new(|_| None::<usize>);
    let on_select = UnsyncCallback::new(|_: Option<usize>| {});
    let on_view = UnsyncCallback::new(|_| {});
    // A stop's button brings its row in the list into view, focused.
    let on_route_stop = UnsyncCallback::new(|key: String| {
        crate::web::focus::focus(&format!(".trip-stop[data-key=\"{key}\"] .stop-name"));
    });
    let legend = move || {
        let l = lang.get();
        let days = edit.shown.with(|s| s.trip.days.len());
        (days > 1).then(|| {
            let items = (0..days)
                .map(|d| {
                    view! {
                        <li><span class=format!("day-swatch {}", day_class(d)) aria-hidden="true"></span>{trip_day_title(l, d + 1)}</li>
                    }
                })
                .collect_view();
            view! {
                <div class="trip-legend">
                    <p class="visually-hidden">{texts(l).trip_legend}</p>
                    <ul aria-label=texts(l).trip_legend>{items}</ul>
                </div>
            }
        })
    };
    view! {
        <div class="trip-map">
            <MapView
                loaded
                visible
                selected
                on_select
                on_view
                initial=None
                cooperative=true
                shown=Signal::stored(true)
                with_panel=false
                route
                on_route_stop
            />
        </div>
        {legend}
    }
}
