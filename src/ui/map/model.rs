//! What the map draws, apart from how it is drawn or moved: the view, the
//! layer origin the pane is laid out at, the places clustered once per
//! dataset and recounted per filter, and the selected place drawn apart.
//! [`MapCtx`] bundles these signals; every layer and handler takes it.

use super::animate::Animator;
use super::fit::{SELIJA, START_ZOOM};
use super::markers::{self, Marker};
use crate::domain::query::MapAt;
use crate::domain::validate::Loaded;
use crate::geo::cluster::{ClusterIndex, Subset};
use crate::geo::{project, LatLng, Mercator, Viewport, WorldPx};
use leptos::prelude::*;
use std::sync::Arc;

pub use crate::geo::first_view::{CLUSTER_RADIUS, MAX_ZOOM, MIN_ZOOM};

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

impl Base {
    /// Projects and clusters every mapped place of the dataset.
    pub fn new(loaded: &Loaded) -> Self {
        let mut places = Vec::new();
        let mut points = Vec::new();
        let mut point_of = vec![None; loaded.dataset.places.len()];
        for (i, slot) in point_of.iter_mut().enumerate() {
            if let Some(m) = loaded_coord(loaded, i) {
                *slot = Some(points.len() as u32);
                places.push(i);
                points.push(m);
            }
        }
        let index = crate::geo::first_view::cluster_index(&points);
        Base {
            places,
            point_of,
            index,
        }
    }
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

impl Drawn {
    /// `clustered` with the place `selected` (if mapped and kept) apart.
    fn of(clustered: &Clustered, selected: Option<usize>) -> Self {
        let Mapped { base, subset } = &*clustered.0;
        let apart = selected
            .and_then(|i| base.point_of.get(i).copied().flatten())
            .filter(|&p| subset.keeps(p));
        let clusters = match apart {
            Some(p) => Clustered(Arc::new(Mapped {
                base: base.clone(),
                subset: subset.without(&base.index, p),
            })),
            None => clustered.clone(),
        };
        Drawn { clusters, apart }
    }
}

/// Shared state of one map, handed to its layers, controls and handlers.
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
    pub markers: Memo<Vec<Marker>>,
    /// Cluster members listed in the panel (a cluster that cannot split).
    pub listing: RwSignal<Option<Vec<usize>>>,
    /// Reports the view (for `at=`) after a change made by a gesture or a
    /// control.
    pub report: UnsyncCallback<()>,
    /// Where "locate me" found the visitor.
    pub here: RwSignal<Option<Mercator>>,
    /// The running animation (inertia, animated zoom), which a new gesture
    /// cancels.
    pub anim: Animator,
    /// True while the keyboard walks the markers (focus on one of them):
    /// the area whose markers are drawn then only grows, so that panning
    /// after the focus never removes the next marker in Tab order.
    pub walking: RwSignal<bool>,
    /// A trip drawn as a layer of its own (`route`), whose stops the map
    /// fits along with the filtered places.
    pub route: Option<Memo<super::route::Route>>,
}

impl MapCtx {
    /// The state of a map of `loaded`'s places that pass the filter
    /// (`visible`), with `selected` drawn apart, starting at `initial`
    /// (else at Sēlija's centre until it is fitted); `on_view` hears the
    /// view when a gesture ends.
    pub fn new(
        loaded: &Loaded,
        visible: Memo<Vec<usize>>,
        selected: Memo<Option<usize>>,
        initial: Option<MapAt>,
        on_view: UnsyncCallback<Option<MapAt>>,
    ) -> Self {
        let start = initial.map_or(SELIJA, |a| LatLng::new(a.lat, a.lon));
        let zoom = initial.map_or(START_ZOOM, |a| a.zoom);
        let view = RwSignal::new(Viewport::new(start, zoom, 800.0, 600.0, MIN_ZOOM, MAX_ZOOM));
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
        let base = Arc::new(Base::new(loaded));
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
            clustered.with(|c| Drawn::of(c, sel))
        });
        let walking = RwSignal::new(false);
        let (level, markers) = markers::in_view(view, clustered, drawn, walking);
        let report = UnsyncCallback::new(move |()| {
            let v = view.get_untracked();
            let c = v.center_latlng();
            on_view.run(Some(MapAt {
                zoom: v.zoom,
                lat: c.lat,
                lon: c.lng,
            }));
        });
        MapCtx {
            view,
            layer,
            clustered,
            drawn,
            level,
            markers,
            listing: RwSignal::new(None),
            report,
            here: RwSignal::new(None),
            anim: Animator::new(view),
            walking,
            route: None,
        }
    }
}

/// A place's projected coordinate, if it has one.
pub fn loaded_coord(loaded: &Loaded, i: usize) -> Option<Mercator> {
    loaded
        .dataset
        .places
        .get(i)?
        .coord
        .map(|c| project(LatLng::new(c.lat, c.lon)))
}
