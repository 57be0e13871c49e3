//! The interactive map, drawn by our own code, in the layers Leaflet has:
//!
//! - `model`: what is drawn — the view, the layer origin, the clustered
//!   places, and [`MapCtx`], which every part takes;
//! - `pane` and its layers: `basemap` (offline SVG), `tiles` (online),
//!   `markers` (clustered, buttons), `here` ("you are here");
//! - `fit`: fitting the filtered places, centring the selected one;
//! - `handlers`: one per gesture (drag, pinch, wheel, double click,
//!   keyboard, focus), attached as the map needs;
//! - `zoom` (the one zoom API) and `animate` (inertia, animated zoom);
//! - `controls` (buttons) and `panel` (the selected place).
//!
//! The view (centre, zoom) is local state; it goes to the URL (`at=`) when
//! a gesture ends.

mod animate;
mod basemap;
mod controls;
mod fit;
mod handlers;
mod here;
mod markers;
mod model;
mod pane;
mod panel;
pub mod route;
mod tiles;
mod zoom;

pub use model::{
    Base, Clustered, Drawn, Layer, MapCtx, Mapped, CLUSTER_RADIUS, MAX_ZOOM, MIN_ZOOM,
};

use crate::domain::query::MapAt;
use crate::domain::validate::Loaded;
use crate::i18n::{places_unmapped, texts};
use crate::state::{tr, use_lang};
use handlers::dblclick::DoubleClick;
use handlers::drag::Drag;
use handlers::focus::FollowFocus;
use handlers::keyboard::Keyboard;
use handlers::pinch::Pinch;
use handlers::wheel::Wheel;
use handlers::{Handler, Handlers, Hint, Hints};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

/// The map of the filtered places.
#[component]
pub fn MapView(
    /// The dataset.
    loaded: Arc<Loaded>,
    /// Indices of the places that pass the filter.
    visible: Memo<Vec<usize>>,
    /// The selected place (index), from `p=`.
    selected: Memo<Option<usize>>,
    /// Selects a place (or clears the selection).
    on_select: UnsyncCallback<Option<usize>>,
    /// Reports the view when a gesture ends (for `at=`); `None` when the
    /// map fitted a new filter's places, which a link without `at=` does too.
    on_view: UnsyncCallback<Option<MapAt>>,
    /// The view from the link, if any; otherwise the map fits the places.
    initial: Option<MapAt>,
    /// Page-friendly gestures for embedding: Ctrl+wheel, two fingers.
    #[prop(optional)]
    cooperative: bool,
    /// Never load online tiles.
    #[prop(optional)]
    tiles_off: bool,
    /// Whether the map is shown (phones toggle list and map); it re-measures
    /// itself when it appears.
    #[prop(into)]
    shown: Signal<bool>,
    /// Opens the place panel on selection (off where the page already shows
    /// the place, as on its own page; the list of a cluster that cannot
    /// split still opens).
    #[prop(default = true)]
    with_panel: bool,
    /// A trip to draw as a layer of its own (the `/trip` page); the map
    /// fits its stops, again whenever they spread differently.
    #[prop(optional)]
    route: Option<Memo<route::Route>>,
    /// Hears which trip stop's button was pressed (its key).
    #[prop(optional)]
    on_route_stop: Option<UnsyncCallback<String>>,
    /// Says how many of the filtered places have no location and so are
    /// not on the map (on the maps of a filtered list: home, the embed,
    /// /check).
    #[prop(optional)]
    count_unmapped: bool,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let mut ctx = MapCtx::new(&loaded, visible, selected, initial, on_view);
    ctx.route = route;
    if let Some(r) = route {
        // A reorder keeps the bounds (and the view); a new stop far away
        // or a removed outlier fits the map again.
        let bounds = Memo::new(move |_| r.with(|r| crate::geo::Bounds::of(r.points())));
        Effect::new(move |prev: Option<()>| {
            bounds.track();
            if prev.is_some() {
                fit::fit_all(ctx);
            }
        });
    }
    let fit = fit::Fit::new(ctx, loaded.clone(), with_panel);
    let show_all = move || {
        fit::fit_all(ctx);
        ctx.report_view();
    };
    fit::keep_fitted(fit, node, shown, selected, initial.is_none(), on_view);

    // A map inside a page that scrolls leaves one finger and the plain
    // wheel to the page: it attaches the cooperative drag and wheel.
    let hints = Hints::default();
    let (drag, wheel) = if cooperative {
        (
            Drag::cooperative(ctx, node, hints),
            Wheel::cooperative(ctx, node, hints),
        )
    } else {
        (Drag::new(ctx, node), Wheel::new(ctx, node))
    };
    let attached: Vec<Box<dyn Handler>> = vec![
        Box::new(drag),
        Box::new(Pinch::new(ctx)),
        Box::new(wheel),
        Box::new(DoubleClick::new(ctx, node)),
        Box::new(Keyboard::new(ctx)),
        Box::new(FollowFocus::new(ctx, node)),
    ];
    let h = Handlers::new(ctx, node, attached);
    let tiles = tiles::TileSwitch::new(tiles_off);
    let lang = use_lang();
    let t = move || texts(lang.get());
    // Why "locate me" found nothing, kept as the kind of failure (worded
    // when drawn, so it follows a change of language).
    let locate_error = RwSignal::new(None::<crate::web::locate::LocateError>);
    // Filtered places the map cannot show (no verified location): without
    // a word the visitor sees 7 results and 1 marker.
    let unmapped = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            if !count_unmapped {
                return 0;
            }
            visible.with(|v| {
                v.iter()
                    .filter(|&&i| {
                        loaded
                            .dataset
                            .places
                            .get(i)
                            .is_some_and(|p| p.coord.is_none())
                    })
                    .count()
            })
        })
    };
    // (The pane's children are built later: each layer gets its own copy.)
    let (for_base, for_markers) = (loaded.clone(), loaded.clone());

    view! {
        <div
            class="map"
            class:cooperative=cooperative
            node_ref=node
            role="region"
            tabindex="0"
            aria-label=tr(|t| t.map)
            aria-describedby="map-keys"
            on:pointerdown=h.on(Handlers::pointerdown)
            on:pointermove=h.on(Handlers::pointermove)
            on:pointerup=h.on(Handlers::pointerup)
            on:pointercancel=h.on(Handlers::pointerup)
            on:click:capture=h.on(Handlers::click)
            on:wheel=h.on(Handlers::wheel)
            on:dblclick=h.on(Handlers::dblclick)
            on:keydown=h.on(Handlers::keydown)
            on:focusin=h.on(Handlers::focusin)
            on:focusout=h.on(Handlers::focusout)
            on:scroll=h.on(Handlers::scroll)
        >
            <pane::Pane ctx>
                <basemap::BaseMap ctx loaded=for_base selected names=Signal::derive(move || !tiles.in_use()) />
                {move || tiles.in_use().then(|| view! { <tiles::TileLayer ctx on_fail=move || tiles.fail() /> })}
                <markers::Markers ctx loaded=for_markers selected on_select />
                {route.map(|r| {
                    let on_stop = on_route_stop.unwrap_or_else(|| UnsyncCallback::new(|_: String| {}));
                    view! { <route::RouteLayer ctx route=r on_stop /> }
                })}
                <here::YouAreHere ctx />
            </pane::Pane>
            <controls::Controls ctx on_fit=show_all locate_error />
            <panel::Panel ctx loaded selected on_select show_selected=with_panel />
            <p id="map-keys" class="map-keys">{tr(|t| t.map_keys)}</p>
            // One column, so that two notices never lie on each other.
            <div class="map-notices">
                {move || tiles.notice().then(|| view! {
                    <p class="map-notice" role="status">{tr(|t| t.tiles_failed)}</p>
                })}
                {move || locate_error.get().map(|e| view! {
                    <p class="map-notice map-notice-locate" role="status">{controls::locate_message(lang.get(), e)}</p>
                })}
                {move || (unmapped.get() > 0).then(|| view! {
                    <p class="map-notice map-notice-unmapped">{move || places_unmapped(lang.get(), unmapped.get())}</p>
                })}
            </div>
            {move || hints.get().map(|h| view! {
                <p class="map-hint" aria-live="polite">
                    {match h {
                        Hint::Wheel => t().hint_wheel,
                        Hint::Touch => t().hint_touch,
                    }}
                </p>
            })}
            <p class="map-attribution">
                {move || if tiles.in_use() { t().attribution_tiles } else { t().attribution_basemap }}
            </p>
        </div>
    }
}
