//! The interactive map, drawn by our own code: an offline SVG base map
//! (or online tiles), clustered markers as buttons, a place panel, and one
//! handler per gesture. The view (centre, zoom) is local state; it goes to
//! the URL (`at=`) when a gesture ends.

mod basemap;
mod controls;
mod markers;
mod panel;
mod tiles;

use crate::domain::num::fixed;
use crate::domain::query::MapAt;
use crate::domain::validate::Loaded;
use crate::geo::cluster::{ClusterIndex, Subset};
use crate::geo::gestures::{Change, Pointers};
use crate::geo::math;
use crate::geo::panel::clear_of_panel;
use crate::geo::{project, Bounds, ContainerPx, LatLng, Mercator, Offset, Viewport, WorldPx};
use crate::i18n::texts;
use crate::state::{tr, use_lang};
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Zoom limits of the map.
pub const MIN_ZOOM: f64 = 6.0;
/// The closest zoom.
pub const MAX_ZOOM: f64 = 18.0;
/// Marker clustering radius in pixels.
pub const CLUSTER_RADIUS: f64 = 60.0;
/// Space kept free around fitted places.
const FIT_PADDING: f64 = 48.0;
/// Zoom for a single fitted place.
const POINT_ZOOM: f64 = 13.0;
/// The least zoom at which a selected place is shown.
const SELECTED_ZOOM: f64 = 11.0;
/// The most a selection zooms in to split the place from its neighbours:
/// places metres apart never split, and the selected one is drawn apart
/// anyway; closer than this the map would show nothing around it.
const SELECTED_MAX_ZOOM: f64 = 15.0;
/// How far inside the map's edge a marker that takes focus is brought.
const FOCUS_MARGIN: f64 = 40.0;
/// Pixels an arrow key pans.
const KEY_PAN: f64 = 100.0;
/// The centre of Sēlija, for a map with nothing to fit.
const SELIJA: LatLng = LatLng::new(56.15, 26.0);

/// The layer origin: world pixel of the container's top-left at the last
/// zoom change. Markers and tiles are positioned relative to it, so a pan
/// only moves the pane that holds them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layer {
    /// The zoom the layer was laid out at.
    pub zoom: f64,
    /// Its origin in world pixels.
    pub origin: WorldPx,
}

impl Layer {
    /// A point's position inside the pane.
    pub fn place(&self, m: Mercator) -> (f64, f64) {
        let p = m.to_world(self.zoom).to_layer(self.origin);
        (p.x, p.y)
    }
}

/// Every place with coordinates, clustered once per dataset.
pub struct Base {
    /// The place (dataset index) of each point.
    pub places: Vec<usize>,
    /// The point of each place, if it is mapped.
    pub point_of: Vec<Option<u32>>,
    /// The clusters of all points at every zoom.
    pub index: ClusterIndex,
}

/// The clusters as the filter leaves them: the base's clusters, counting
/// only the filtered places (no new clustering on a filter change).
pub struct Mapped {
    /// All mapped places.
    pub base: Arc<Base>,
    /// Which points the filter keeps, and the clusters' counts of them.
    pub subset: Subset,
}

/// [`Mapped`], shared and compared by identity: rebuilt only when the
/// filter or the data change, never while panning.
#[derive(Clone)]
pub struct Clustered(pub Arc<Mapped>);

impl PartialEq for Clustered {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// What the markers draw: the filter's clusters with the selected place
/// taken out of them and drawn as itself (`apart`). Some places are metres
/// apart and never split (Gārsene village and manor); without this a
/// selected one would stay hidden inside its cluster at every zoom.
#[derive(Clone, PartialEq)]
pub struct Drawn {
    /// The clusters of the other kept places.
    pub clusters: Clustered,
    /// The selected place's point, when it is mapped and kept.
    pub apart: Option<u32>,
}

/// Shared state of one map, handed to its parts.
#[derive(Clone, Copy)]
pub struct MapCtx {
    /// The current view.
    pub view: RwSignal<Viewport>,
    /// The pane's layer origin.
    pub layer: Memo<Layer>,
    /// Mapped places and clusters.
    pub clustered: Memo<Clustered>,
    /// What the markers draw (the selected place apart).
    pub drawn: Memo<Drawn>,
    /// The clustering level of the current zoom.
    pub level: Memo<u8>,
    /// The markers in and around the view.
    pub markers: Memo<Vec<markers::Marker>>,
    /// Cluster members listed in the panel (a cluster that cannot split).
    pub listing: RwSignal<Option<Vec<usize>>>,
    /// Reports the view (for `at=`) after a change made by a control.
    pub report: UnsyncCallback<()>,
    /// Where "locate me" found the visitor.
    pub here: RwSignal<Option<Mercator>>,
}

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
) -> impl IntoView {
    let lang = use_lang();
    let node = NodeRef::<Div>::new();
    let start = initial.map_or(SELIJA, |a| LatLng::new(a.lat, a.lon));
    let view = RwSignal::new(Viewport::new(
        start,
        initial.map_or(8.0, |a| a.zoom),
        800.0,
        600.0,
        MIN_ZOOM,
        MAX_ZOOM,
    ));
    let layer = Memo::new(move |prev: Option<&Layer>| {
        let v = view.get();
        match prev {
            Some(l) if l.zoom == v.zoom => *l,
            _ => Layer {
                zoom: v.zoom,
                origin: v.top_left_world(),
            },
        }
    });
    // Every mapped place projected and clustered once; a filter only
    // recounts the clusters.
    let base = {
        let mut places = Vec::new();
        let mut points = Vec::new();
        let mut point_of = vec![None; loaded.dataset.places.len()];
        for (i, slot) in point_of.iter_mut().enumerate() {
            if let Some(m) = loaded_coord(&loaded, i) {
                *slot = Some(points.len() as u32);
                places.push(i);
                points.push(m);
            }
        }
        let index = ClusterIndex::new(&points, MIN_ZOOM as u8, MAX_ZOOM as u8, CLUSTER_RADIUS);
        Arc::new(Base {
            places,
            point_of,
            index,
        })
    };
    let clustered = Memo::new(move |_| {
        let mut shown = vec![false; base.point_of.len()];
        visible.with(|v| v.iter().for_each(|&i| shown[i] = true));
        let subset = base.index.subset(|p| shown[base.places[p as usize]]);
        Clustered(Arc::new(Mapped {
            base: base.clone(),
            subset,
        }))
    });
    let drawn = Memo::new(move |_| {
        let sel = selected.get();
        clustered.with(|c| {
            let Mapped { base, subset } = &*c.0;
            let apart = sel
                .and_then(|i| base.point_of.get(i).copied().flatten())
                .filter(|&p| subset.keeps(p));
            let clusters = match apart {
                Some(p) => Clustered(Arc::new(Mapped {
                    base: base.clone(),
                    subset: subset.without(&base.index, p),
                })),
                None => c.clone(),
            };
            Drawn { clusters, apart }
        })
    });
    let listing = RwSignal::new(None::<Vec<usize>>);
    let report = move || {
        let v = view.get_untracked();
        let c = v.center_latlng();
        on_view.run(Some(MapAt {
            zoom: v.zoom,
            lat: c.lat,
            lon: c.lng,
        }));
    };
    let here = RwSignal::new(None::<Mercator>);
    let (level, in_view) = markers::in_view(view, clustered, drawn);
    let ctx = MapCtx {
        view,
        layer,
        clustered,
        drawn,
        level,
        markers: in_view,
        listing,
        report: UnsyncCallback::new(move |()| report()),
        here,
    };
    let fit = move |report_after: bool| {
        let bounds = clustered.with_untracked(|c| {
            let index = &c.0.base.index;
            Bounds::of(
                (0..index.len() as u32)
                    .filter(|&p| c.0.subset.keeps(p))
                    .filter_map(|p| index.point(p)),
            )
        });
        view.update(|v| match bounds {
            Some(b) => v.fit_bounds(b, FIT_PADDING, POINT_ZOOM),
            None => *v = Viewport::new(SELIJA, 8.0, v.width, v.height, MIN_ZOOM, MAX_ZOOM),
        });
        if report_after {
            report();
        }
    };
    let measure = move || {
        if let Some(el) = node.get_untracked() {
            let (w, h) = (f64::from(el.client_width()), f64::from(el.client_height()));
            if w > 0.0 && h > 0.0 {
                view.update(|v| v.resize(w, h));
            }
        }
    };

    // Lay out once the element has a size. A link's `at=` wins; else a
    // selected place is centred; else the map fits the places.
    let first_fit = StoredValue::new(initial.is_none());
    // Centre a place. It is drawn apart from its cluster anyway (`drawn`);
    // zooming in until it stands alone (up to SELECTED_MAX_ZOOM) also
    // spreads its neighbours, so the visitor sees which markers are near.
    let center_on = {
        let loaded = loaded.clone();
        move |i: usize| {
            let Some(m) = loaded_coord(&loaded, i) else {
                return;
            };
            let alone = clustered.with_untracked(|c| {
                let Mapped { base, subset } = &*c.0;
                match base.point_of.get(i).copied().flatten() {
                    Some(p) if subset.keeps(p) => {
                        f64::from(subset.alone_from(&base.index, p, SELECTED_ZOOM as u8))
                    }
                    Some(p) => f64::from(base.index.alone_from(p, SELECTED_ZOOM as u8)),
                    None => SELECTED_ZOOM,
                }
            });
            view.update(|v| {
                v.zoom = v.clamp_zoom(v.zoom.max(alone.min(SELECTED_MAX_ZOOM)).round());
                v.center = m;
                if with_panel {
                    let sheet = crate::web::prefs::is_narrow();
                    v.pan_by(clear_of_panel(v.width, v.height, sheet, root_font_px()));
                }
            });
        }
    };
    // A map shown again (a phone's list/map toggle; a window narrowed to a
    // phone's and back) may have a new size: a selected place is centred
    // again, where the panel leaves room for it.
    {
        let center_on = center_on.clone();
        Effect::new(move |was_shown: Option<bool>| {
            let is_shown = shown.get() && node.get().is_some();
            if is_shown {
                let center_on = center_on.clone();
                let again = was_shown == Some(false);
                request_animation_frame(move || {
                    measure();
                    if first_fit.get_value() {
                        first_fit.set_value(false);
                        match selected.get_untracked() {
                            Some(i) => center_on(i),
                            None => fit(false),
                        }
                    } else if let (true, Some(i)) = (again, selected.get_untracked()) {
                        center_on(i);
                    }
                });
            }
            is_shown
        });
    }
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // A new filter fits the map to the places it leaves (not on first run:
    // a link's `at=` wins then).
    Effect::new(move |prev: Option<()>| {
        clustered.track();
        if prev.is_some() {
            listing.set(None);
            fit(false);
            on_view.run(None);
        }
    });

    // Selecting a place (from the list or a marker) centres it.
    Effect::new(move |prev: Option<()>| {
        let sel = selected.get();
        if let (Some(i), Some(())) = (sel, prev) {
            center_on(i);
        }
    });

    let Handlers {
        pointerdown,
        pointermove,
        pointerup,
        click,
        wheel,
        dblclick,
        keydown,
        hint,
    } = gesture_handlers(ctx, node, cooperative, report);
    let pointercancel = pointerup.clone();
    // Tab walks the markers, and some lie in the margin beyond the view:
    // the map follows the focus. The browser's own answer would be to
    // scroll the map's box, which breaks its layout; that is undone below.
    let focusin = move |e: ev::FocusEvent| {
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let (Some(el), Some(map)) = (target, node.get_untracked()) else {
            return;
        };
        let list = el.class_list();
        if !(list.contains("marker") || list.contains("cluster")) {
            return;
        }
        let (r, m) = (
            el.get_bounding_client_rect(),
            map.get_bounding_client_rect(),
        );
        let x = (r.left() + r.right()) / 2.0 - m.left() + f64::from(map.scroll_left());
        let y = (r.top() + r.bottom()) / 2.0 - m.top() + f64::from(map.scroll_top());
        let off = |at: f64, size: f64| {
            if at < FOCUS_MARGIN {
                at - FOCUS_MARGIN
            } else if at > size - FOCUS_MARGIN {
                at - (size - FOCUS_MARGIN)
            } else {
                0.0
            }
        };
        // Any scroll the browser already gave the box is undone at once.
        map.set_scroll_left(0);
        map.set_scroll_top(0);
        let (dx, dy) = (off(x, m.width()), off(y, m.height()));
        if dx != 0.0 || dy != 0.0 {
            view.update(|v| v.pan_by(Offset::new(dx, dy)));
            report();
        }
    };
    let unscroll = move |_| {
        if let Some(map) = node.get_untracked() {
            map.set_scroll_left(0);
            map.set_scroll_top(0);
        }
    };
    let t = move || texts(lang.get());
    let (tiles_failed, set_tiles_failed) = signal(false);
    // The fallback notice shows for a while; the attribution line keeps
    // saying which map this is.
    let (fallback_notice, set_fallback_notice) = signal(false);
    let on_tiles_fail = move || {
        // (A map already gone counts as failed: nothing to switch.)
        if !tiles_failed.try_get_untracked().unwrap_or(true) {
            set_tiles_failed.set(true);
            set_fallback_notice.set(true);
            set_timeout(
                move || set_fallback_notice.set(false),
                std::time::Duration::from_secs(8),
            );
        }
    };
    let use_tiles = move || !tiles_off && !tiles_failed.get();

    view! {
        <div
            class="map"
            class:cooperative=cooperative
            node_ref=node
            role="region"
            tabindex="0"
            aria-label=tr(|t| t.map)
            aria-describedby="map-keys"
            on:pointerdown=pointerdown
            on:pointermove=pointermove
            on:pointerup=move |e| pointerup(e)
            on:pointercancel=move |e| pointercancel(e)
            on:click:capture=click
            on:wheel=wheel
            on:dblclick=dblclick
            on:keydown=keydown
            on:focusin=focusin
            on:scroll=unscroll
        >
            <div class="map-pane" style:transform=move || {
                let l = layer.get();
                let tl = view.with(|v| v.top_left_world());
                format!("translate3d({}px,{}px,0)", fixed(l.origin.x - tl.x, 2), fixed(l.origin.y - tl.y, 2))
            }>
                <basemap::BaseMap ctx loaded=loaded.clone() />
                {move || use_tiles().then(|| view! { <tiles::TileLayer ctx on_fail=on_tiles_fail /> })}
                <markers::Markers ctx loaded=loaded.clone() selected on_select />
                {move || here.get().map(|m| {
                    let (x, y) = layer.get().place(m);
                    view! {
                        <div
                            class="you-are-here"
                            role="img"
                            aria-label=t().you_are_here
                            style:transform=format!("translate3d({}px,{}px,0)", fixed(x, 1), fixed(y, 1))
                        ></div>
                    }
                })}
            </div>
            <controls::Controls ctx on_fit=move || fit(true) />
            <panel::Panel ctx loaded=loaded.clone() selected on_select show_selected=with_panel />
            <p id="map-keys" class="map-keys">{tr(|t| t.map_keys)}</p>
            {move || fallback_notice.get().then(|| view! {
                <p class="map-notice" role="status">{tr(|t| t.tiles_failed)}</p>
            })}
            {move || hint.get().map(|h| view! {
                <p class="map-hint" aria-live="polite">
                    {match h {
                        Hint::Wheel => t().hint_wheel,
                        _ => t().hint_touch,
                    }}
                </p>
            })}
            <p class="map-attribution">
                {move || if use_tiles() { t().attribution_tiles } else { t().attribution_basemap }}
            </p>
        </div>
    }
}

/// The root font size in pixels (what `rem` is), 16 if unknown.
fn root_font_px() -> f64 {
    web_sys::window()
        .and_then(|w| {
            let root = w.document()?.document_element()?;
            w.get_computed_style(&root).ok().flatten()
        })
        .and_then(|style| style.get_property_value("font-size").ok())
        .and_then(|size| crate::domain::num::parse_decimal(size.trim_end_matches("px")))
        .filter(|&px| px > 0.0)
        .unwrap_or(16.0)
}

/// A place's projected coordinate, if it has one.
fn loaded_coord(loaded: &Loaded, i: usize) -> Option<Mercator> {
    loaded
        .dataset
        .places
        .get(i)?
        .coord
        .map(|c| project(LatLng::new(c.lat, c.lon)))
}

/// Which gesture hint the cooperative map shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Hint {
    /// "Use Ctrl + scroll to zoom".
    Wheel,
    /// "Use two fingers to move the map".
    Touch,
}

/// The event handlers of one map.
struct Handlers {
    pointerdown: Box<dyn Fn(ev::PointerEvent)>,
    pointermove: Box<dyn Fn(ev::PointerEvent)>,
    pointerup: Rc<dyn Fn(ev::PointerEvent)>,
    click: Box<dyn Fn(ev::MouseEvent)>,
    wheel: Box<dyn Fn(ev::WheelEvent)>,
    dblclick: Box<dyn Fn(ev::MouseEvent)>,
    keydown: Box<dyn Fn(ev::KeyboardEvent)>,
    hint: RwSignal<Option<Hint>>,
}

/// True when the visitor asked the system for reduced motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The pointer's position in the map container.
fn container_point(node: NodeRef<Div>, x: i32, y: i32) -> ContainerPx {
    node.get_untracked()
        .map(|el| {
            let r = el.get_bounding_client_rect();
            ContainerPx::new(f64::from(x) - r.left(), f64::from(y) - r.top())
        })
        .unwrap_or_default()
}

/// Builds the gesture handlers: drag (with inertia), pinch, wheel, double
/// click and keyboard, each small; `report` is called when one ends.
fn gesture_handlers(
    ctx: MapCtx,
    node: NodeRef<Div>,
    cooperative: bool,
    report: impl Fn() + Copy + 'static,
) -> Handlers {
    let view = ctx.view;
    let pointers = Rc::new(RefCell::new(Pointers::default()));
    let hint = RwSignal::new(None::<Hint>);
    // Bumped to cancel a running animation (inertia, wheel zoom).
    let animation = Rc::new(RefCell::new(0u32));
    let show_hint = move |h: Hint| {
        hint.set(Some(h));
        set_timeout(
            move || hint.set(None),
            std::time::Duration::from_millis(1600),
        );
    };

    let pointerdown = {
        let pointers = pointers.clone();
        let animation = animation.clone();
        move |e: ev::PointerEvent| {
            if e.button() != 0 {
                return;
            }
            *animation.borrow_mut() += 1;
            let p = container_point(node, e.client_x(), e.client_y());
            pointers.borrow_mut().down(e.pointer_id(), p);
        }
    };
    let pointermove = {
        let pointers = pointers.clone();
        move |e: ev::PointerEvent| {
            let p = container_point(node, e.client_x(), e.client_y());
            let touches = pointers.borrow().count();
            if cooperative && e.pointer_type() == "touch" && touches < 2 {
                if pointers.borrow().count() == 1 {
                    show_hint(Hint::Touch);
                }
                return;
            }
            let change = pointers.borrow_mut().moved(e.pointer_id(), p, now_ms());
            match change {
                Change::None => {}
                Change::Pan(d) => {
                    if let Some(el) = node.get_untracked() {
                        let _ = el.set_pointer_capture(e.pointer_id());
                    }
                    view.update(|v| v.pan_by(Offset::new(-d.dx, -d.dy)));
                }
                Change::Pinch {
                    anchor,
                    zoom_delta,
                    pan,
                } => view.update(|v| {
                    v.pan_by(Offset::new(-pan.dx, -pan.dy));
                    let z = v.zoom + zoom_delta;
                    v.zoom_around(anchor, z);
                }),
            }
        }
    };
    let pointerup = {
        let pointers = pointers.clone();
        let animation = animation.clone();
        Rc::new(move |e: ev::PointerEvent| {
            let (was_dragging, velocity) = {
                let mut p = pointers.borrow_mut();
                let dragging = p.is_dragging();
                (dragging, p.up(e.pointer_id(), now_ms()))
            };
            if !was_dragging || pointers.borrow().count() > 0 {
                return;
            }
            match velocity {
                Some(v) if !reduced_motion() && math::hypot(v.dx, v.dy) > 0.1 => {
                    inertia(view, animation.clone(), v, report);
                }
                _ => report(),
            }
        })
    };
    // A drag ends with a click on whatever was under the pointer: swallow it.
    let click = {
        let pointers = pointers.clone();
        move |e: ev::MouseEvent| {
            if pointers.borrow().is_dragging() {
                e.stop_propagation();
                e.prevent_default();
                pointers.borrow_mut().reset_drag();
            }
        }
    };
    let wheel = {
        let animation = animation.clone();
        let target = Rc::new(RefCell::new(None::<f64>));
        move |e: ev::WheelEvent| {
            if cooperative && !(e.ctrl_key() || e.meta_key()) {
                show_hint(Hint::Wheel);
                return;
            }
            e.prevent_default();
            // Lines and pages scroll further than pixels.
            let unit = match e.delta_mode() {
                1 => 40.0,
                2 => 800.0,
                _ => 1.0,
            };
            let anchor = container_point(node, e.client_x(), e.client_y());
            let current = view.with_untracked(|v| v.zoom);
            let goal = target.borrow().unwrap_or(current) - e.delta_y() * unit / 300.0;
            let goal = view.with_untracked(|v| v.clamp_zoom(goal));
            *target.borrow_mut() = Some(goal);
            zoom_animated(view, animation.clone(), anchor, goal, {
                let target = target.clone();
                move || {
                    // Settle on a whole level once the wheel rests.
                    *target.borrow_mut() = None;
                    let (z, settled) = view.with_untracked(|v| (v.zoom, v.zoom.round()));
                    if (z - settled).abs() > 1e-9 {
                        view.update(|v| v.zoom_around(anchor, settled));
                    }
                    report();
                }
            });
        }
    };
    let dblclick = {
        let animation = animation.clone();
        move |e: ev::MouseEvent| {
            e.prevent_default();
            let anchor = container_point(node, e.client_x(), e.client_y());
            let goal = view.with_untracked(|v| {
                v.clamp_zoom(v.zoom.round() + if e.shift_key() { -1.0 } else { 1.0 })
            });
            zoom_animated(view, animation.clone(), anchor, goal, report);
        }
    };
    let keydown = move |e: ev::KeyboardEvent| {
        let center = view.with_untracked(|v| ContainerPx::new(v.width / 2.0, v.height / 2.0));
        let zoom = view.with_untracked(|v| v.zoom.round());
        match e.key().as_str() {
            "ArrowLeft" => view.update(|v| v.pan_by(Offset::new(-KEY_PAN, 0.0))),
            "ArrowRight" => view.update(|v| v.pan_by(Offset::new(KEY_PAN, 0.0))),
            "ArrowUp" => view.update(|v| v.pan_by(Offset::new(0.0, -KEY_PAN))),
            "ArrowDown" => view.update(|v| v.pan_by(Offset::new(0.0, KEY_PAN))),
            "+" | "=" => view.update(|v| v.zoom_around(center, zoom + 1.0)),
            "-" | "_" => view.update(|v| v.zoom_around(center, zoom - 1.0)),
            _ => return,
        }
        e.prevent_default();
        report();
    };
    Handlers {
        pointerdown: Box::new(pointerdown),
        pointermove: Box::new(pointermove),
        pointerup,
        click: Box::new(click),
        wheel: Box::new(wheel),
        dblclick: Box::new(dblclick),
        keydown: Box::new(keydown),
        hint,
    }
}

/// Glides on after a flick, slowing down, until it stops or a new gesture
/// starts.
fn inertia(
    view: RwSignal<Viewport>,
    animation: Rc<RefCell<u32>>,
    velocity: Offset,
    report: impl Fn() + Copy + 'static,
) {
    let generation = {
        let mut a = animation.borrow_mut();
        *a += 1;
        *a
    };
    fn step(
        view: RwSignal<Viewport>,
        animation: Rc<RefCell<u32>>,
        generation: u32,
        v: Offset,
        last: f64,
        report: impl Fn() + Copy + 'static,
    ) {
        if *animation.borrow() != generation {
            return;
        }
        let now = now_ms();
        let dt = crate::geo::clamp(now - last, 1.0, 50.0);
        view.update(|vp| vp.pan_by(Offset::new(-v.dx * dt, -v.dy * dt)));
        let v = v.scale(math::exp(-dt / 325.0));
        if math::hypot(v.dx, v.dy) < 0.02 {
            report();
            return;
        }
        request_animation_frame(move || step(view, animation, generation, v, now, report));
    }
    let now = now_ms();
    request_animation_frame(move || step(view, animation, generation, velocity, now, report));
}

/// Zooms towards `goal` around `anchor`, smoothly (fractional zoom while
/// animating) unless reduced motion is asked for; then calls `done`.
fn zoom_animated(
    view: RwSignal<Viewport>,
    animation: Rc<RefCell<u32>>,
    anchor: ContainerPx,
    goal: f64,
    done: impl Fn() + 'static,
) {
    let generation = {
        let mut a = animation.borrow_mut();
        *a += 1;
        *a
    };
    if reduced_motion() {
        view.update(|v| v.zoom_around(anchor, goal));
        done();
        return;
    }
    let done = Rc::new(done);
    fn step(
        view: RwSignal<Viewport>,
        animation: Rc<RefCell<u32>>,
        generation: u32,
        anchor: ContainerPx,
        goal: f64,
        done: Rc<dyn Fn()>,
    ) {
        if *animation.borrow() != generation {
            return;
        }
        let z = view.with_untracked(|v| v.zoom);
        let next = if (goal - z).abs() < 0.01 {
            goal
        } else {
            z + (goal - z) * 0.3
        };
        view.update(|v| v.zoom_around(anchor, next));
        if next == goal {
            // Let a following wheel event extend the animation before settling.
            set_timeout(
                move || {
                    if *animation.borrow() == generation {
                        done();
                    }
                },
                std::time::Duration::from_millis(120),
            );
            return;
        }
        request_animation_frame(move || step(view, animation, generation, anchor, goal, done));
    }
    request_animation_frame(move || step(view, animation, generation, anchor, goal, done));
}
