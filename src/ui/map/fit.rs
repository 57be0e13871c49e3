//! Where the map looks without a gesture: fitted to the filtered places
//! (at first, on a new filter, on "show all"), or centred on the selected
//! place, beside its panel. Also keeps the view's size in step with the
//! map's box.

use super::model::{loaded_coord, Mapped};
use super::MapCtx;
use crate::domain::query::MapAt;
use crate::domain::validate::Loaded;
use crate::geo::panel::clear_of_panel;
use crate::geo::{Bounds, Viewport};
use crate::web::media::{is_phone, root_font_px};
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

pub use crate::geo::first_view::{FIT_PADDING, POINT_ZOOM, SELIJA, START_ZOOM};
/// The least zoom at which a selected place is shown.
pub const SELECTED_ZOOM: f64 = 11.0;
/// The most a selection zooms in to split the place from its neighbours:
/// places metres apart never split, and the selected one is drawn apart
/// anyway; closer than this the map would show nothing around it.
pub const SELECTED_MAX_ZOOM: f64 = 15.0;

/// Fits and centres one map.
#[derive(Clone)]
pub struct Fit {
    ctx: MapCtx,
    loaded: Arc<Loaded>,
    /// Whether a selection opens the panel (which the place must clear).
    with_panel: bool,
    phone: Signal<bool>,
}

impl Fit {
    /// Fitting for the map `ctx` of `loaded`'s places.
    pub fn new(ctx: MapCtx, loaded: Arc<Loaded>, with_panel: bool) -> Self {
        Fit {
            ctx,
            loaded,
            with_panel,
            phone: is_phone(),
        }
    }

    /// Shows all filtered places ([`fit_all`]).
    pub fn all(&self) {
        fit_all(self.ctx);
    }

    /// Centres place `i`. It is drawn apart from its cluster anyway
    /// (`Drawn`); zooming in until it stands alone (up to
    /// SELECTED_MAX_ZOOM) also spreads its neighbours, so the visitor sees
    /// which markers are near. With a panel, the place moves clear of it.
    pub fn center_on(&self, i: usize) {
        let Some(m) = loaded_coord(&self.loaded, i) else {
            return;
        };
        let alone = self.ctx.clustered.with_untracked(|c| {
            let Mapped { base, subset } = &*c.0;
            match base.point_of.get(i).copied().flatten() {
                Some(p) if subset.keeps(p) => {
                    f64::from(subset.alone_from(&base.index, p, SELECTED_ZOOM as u8))
                }
                Some(p) => f64::from(base.index.alone_from(p, SELECTED_ZOOM as u8)),
                None => SELECTED_ZOOM,
            }
        });
        let sheet = self.with_panel && self.phone.try_get_untracked().unwrap_or(false);
        self.ctx.view.update(|v| {
            v.zoom = v.clamp_zoom(v.zoom.max(alone.min(SELECTED_MAX_ZOOM)).round());
            v.center = m;
            if self.with_panel {
                v.pan_by(clear_of_panel(v.width, v.height, sheet, root_font_px()));
            }
        });
    }
}

/// Shows all filtered places of the map `ctx`, and its trip's stops when
/// it draws a trip (Sēlija when there are none).
pub fn fit_all(ctx: MapCtx) {
    let route = ctx
        .route
        .map(|r| r.with_untracked(|r| r.points()))
        .unwrap_or_default();
    let bounds = ctx.clustered.with_untracked(|c| {
        let index = &c.0.base.index;
        Bounds::of(
            (0..index.len() as u32)
                .filter(|&p| c.0.subset.keeps(p))
                .filter_map(|p| index.point(p))
                .chain(route),
        )
    });
    // The same computation as the pre-rendered first picture's.
    ctx.view
        .update(|v| *v = crate::geo::first_view::fitted(bounds, v.width, v.height));
}

/// Gives the view the size of the map's box, once it has one. False when
/// the map is gone: a frame or a resize event can come after a link was
/// followed and the map disposed of, and its signals must not be touched.
fn measure(view: RwSignal<Viewport>, node: NodeRef<Div>) -> bool {
    let Some(el) = node.try_get_untracked().flatten() else {
        return false;
    };
    let (w, h) = (f64::from(el.client_width()), f64::from(el.client_height()));
    if w > 0.0 && h > 0.0 {
        view.try_update(|v| v.resize(w, h));
    }
    true
}

/// Keeps the map laid out without gestures: measured when shown and on
/// every window resize; at first a link's `at=` wins (`fit_first` false),
/// else a selected place is centred, else the places are fitted; a new
/// filter fits its places (and tells `on_view`, dropping `at=`); a new
/// selection is centred.
pub fn keep_fitted(
    fit: Fit,
    node: NodeRef<Div>,
    shown: Signal<bool>,
    selected: Memo<Option<usize>>,
    fit_first: bool,
    on_view: UnsyncCallback<Option<MapAt>>,
) {
    let view = fit.ctx.view;
    let first_fit = StoredValue::new(fit_first);
    // A map shown again (a phone's list/map toggle; a window narrowed to a
    // phone's and back) may have a new size: a selected place is centred
    // again, where the panel leaves room for it.
    {
        let fit = fit.clone();
        Effect::new(move |was_shown: Option<bool>| {
            let is_shown = shown.get() && node.get().is_some();
            if is_shown {
                let fit = fit.clone();
                let again = was_shown == Some(false);
                request_animation_frame(move || {
                    if !measure(view, node) {
                        return;
                    }
                    if first_fit.try_get_value().unwrap_or(false) {
                        first_fit.set_value(false);
                        match selected.get_untracked() {
                            Some(i) => fit.center_on(i),
                            None => fit.all(),
                        }
                    } else if let (true, Some(i)) = (again, selected.get_untracked()) {
                        fit.center_on(i);
                    }
                });
            }
            is_shown
        });
    }
    let resize = window_event_listener(ev::resize, move |_| {
        measure(view, node);
    });
    on_cleanup(move || resize.remove());

    // A new filter fits the map to the places it leaves (not on first run:
    // a link's `at=` wins then).
    let ctx = fit.ctx;
    {
        let fit = fit.clone();
        Effect::new(move |prev: Option<()>| {
            ctx.clustered.track();
            if prev.is_some() {
                ctx.listing.set(None);
                fit.all();
                on_view.run(None);
            }
        });
    }

    // Selecting a place (from the list or a marker) centres it.
    Effect::new(move |prev: Option<()>| {
        let sel = selected.get();
        if let (Some(i), Some(())) = (sel, prev) {
            fit.center_on(i);
        }
    });
}
