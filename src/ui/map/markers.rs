//! Markers and clusters: focusable buttons, only those in view (plus a
//! margin) in the DOM, positioned in the pane.

use super::fit::FIT_PADDING;
use super::{Clustered, Drawn, MapCtx, Mapped, MAX_ZOOM};
use crate::domain::num::fixed;
use crate::domain::validate::Loaded;
use crate::geo::cluster::{Expansion, Shown};
use crate::geo::{Bounds, Mercator, Viewport};
use crate::i18n::places_count;
use crate::state::use_lang;
use leptos::prelude::*;
use std::sync::Arc;

/// One button on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Stable DOM key.
    key: String,
    /// Where it stands.
    pub pos: Mercator,
    what: What,
}

impl Marker {
    /// The place it stands for, unless it is a cluster.
    pub fn place(&self) -> Option<usize> {
        match self.what {
            What::Place(i) => Some(i),
            What::Cluster { .. } => None,
        }
    }

    /// Half its drawn size in pixels (as `main.css` draws it).
    pub fn radius(&self) -> f64 {
        match self.what {
            // As large as a selected place's dot with its ring.
            What::Place(_) => 15.0,
            What::Cluster { count, .. } if count >= 10 => 22.0,
            What::Cluster { .. } => 18.0,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
enum What {
    /// A single place (index into the dataset).
    Place(usize),
    /// A cluster, named by its seed point (an index into the mapped
    /// points) and its count, so its button survives rebuilds and zooms
    /// while it stays the same cluster.
    Cluster { seed: u32, count: u32 },
}

/// The markers of the current zoom level within the view and a margin of
/// half a screen, and that level. The margin is snapped to a coarse grid so
/// that most pan frames give an equal list and the DOM is left alone.
/// The base map reads them too, to keep its labels clear of them.
pub fn in_view(
    view: RwSignal<Viewport>,
    clustered: Memo<Clustered>,
    drawn: Memo<Drawn>,
    walking: RwSignal<bool>,
) -> (Memo<u8>, Memo<Vec<Marker>>) {
    let level =
        Memo::new(move |_| clustered.with(|c| c.0.base.index.level_for(view.with(|v| v.zoom))));
    let area = Memo::new(move |prev: Option<&Bounds>| {
        let b = view.with(|v| v.bounds());
        let margin = (b.max.x - b.min.x).max(b.max.y - b.min.y) / 2.0;
        let now = b.grown(margin).snapped_out(margin);
        // During a keyboard walk the map follows the focus; markers the
        // walk has yet to reach must stay in the page (and in Tab order).
        match prev {
            Some(p) if walking.get() => p.union(&now),
            _ => now,
        }
    });
    let markers = Memo::new(move |_| {
        let z = level.get();
        let area = area.get();
        drawn.with(|d| {
            let Mapped { base, subset } = &*d.clusters.0;
            let index = &base.index;
            let mut out: Vec<Marker> = subset
                .shown(index, z)
                .into_iter()
                .chain(d.apart.map(Shown::Point))
                .filter_map(|shown| {
                    let (pos, what) = match shown {
                        Shown::Point(p) => (index.point(p)?, What::Place(base.places[p as usize])),
                        Shown::Cluster {
                            index: i,
                            count,
                            pos,
                        } => (
                            pos,
                            What::Cluster {
                                seed: index.seed_point(z, i).unwrap_or(i),
                                count,
                            },
                        ),
                    };
                    area.contains(pos).then(|| {
                        let key = match &what {
                            What::Place(p) => format!("p{p}"),
                            What::Cluster { seed, count } => format!("c{seed}-{count}"),
                        };
                        Marker { key, pos, what }
                    })
                })
                .collect();
            // Tab order follows reading order: north to south, west to east
            // (the key settles ties).
            crate::sort::by(&mut out, |a, b| {
                a.pos
                    .y
                    .total_cmp(&b.pos.y)
                    .then(a.pos.x.total_cmp(&b.pos.x))
                    .then_with(|| a.key.cmp(&b.key))
            });
            out
        })
    });
    (level, markers)
}

/// The marker layer: a button per marker of [`in_view`].
#[component]
pub fn Markers(
    ctx: MapCtx,
    loaded: Arc<Loaded>,
    selected: Memo<Option<usize>>,
    on_select: UnsyncCallback<Option<usize>>,
) -> impl IntoView {
    let lang = use_lang();
    let MapCtx {
        view,
        layer,
        clustered,
        drawn,
        listing,
        report,
        level,
        markers,
        ..
    } = ctx;

    // The cluster is looked up when activated: the button may have outlived
    // the index it was made from.
    let activate_cluster = move |seed: u32| {
        let z = level.get_untracked();
        let expansion = drawn.with_untracked(|d| {
            let Mapped { base, subset } = &*d.clusters.0;
            base.index
                .cluster_of(seed, z)
                .map(|i| subset.expansion(&base.index, z, i))
        });
        let Some(expansion) = expansion else {
            return;
        };
        match expansion {
            Expansion::Zoom(to, bounds) => {
                // The cluster's button goes as the map zooms in: keep a
                // keyboard user in the map rather than lose focus to the page.
                crate::web::focus::keep_focus_in(".map");
                view.update(|v| {
                    v.fit_bounds(bounds, FIT_PADDING, MAX_ZOOM);
                    // Whole levels, and at least the one where it splits.
                    v.zoom = v.clamp_zoom(v.zoom.floor().max(f64::from(to)));
                });
                report.run(());
            }
            Expansion::List(points) => {
                let places = clustered.with_untracked(|c| {
                    points
                        .iter()
                        .map(|&p| c.0.base.places[p as usize])
                        .collect()
                });
                listing.set(Some(places));
            }
        }
    };

    view! {
        <div class="map-markers">
            <For
                each=move || markers.get()
                key=|m| m.key.clone()
                children=move |m: Marker| {
                    let pos = m.pos;
                    let transform = move || {
                        let (x, y) = layer.get().place(pos);
                        format!("translate3d({}px,{}px,0)", fixed(x, 1), fixed(y, 1))
                    };
                    match m.what {
                        What::Place(i) => {
                            let place = &loaded.dataset.places[i];
                            let name = place.name.clone();
                            let id = place.id.clone();
                            let kind = place.kind;
                            view! {
                                <button
                                    type="button"
                                    class=format!("marker kind-{kind}")
                                    class:is-selected=move || selected.get() == Some(i)
                                    data-place=id
                                    aria-label=move || name.get(lang.get()).to_owned()
                                    aria-pressed=move || (selected.get() == Some(i)).to_string()
                                    style:transform=transform
                                    on:click=move |_| on_select.run(Some(i))
                                >
                                    <span class="marker-dot" aria-hidden="true"></span>
                                </button>
                            }
                            .into_any()
                        }
                        What::Cluster { seed, count } => view! {
                            <button
                                type="button"
                                class="cluster"
                                class:cluster-big={count >= 10}
                                aria-label=move || places_count(lang.get(), count as usize)
                                style:transform=transform
                                on:click=move |_| activate_cluster(seed)
                            >
                                <span aria-hidden="true">{count}</span>
                            </button>
                        }
                        .into_any(),
                    }
                }
            />
        </div>
    }
}
