//! Online map tiles: `<img>`s in the pane, nearest to the centre first,
//! kept within a one-tile buffer, never prefetched beyond it (OSM's tile
//! usage policy). If tiles fail to load the map falls back to the base map.

use super::MapCtx;
use crate::domain::num::fixed;
use crate::geo::tiles::{keep_tile, tile_side, tile_zoom, visible_tiles, TileCoord};
use leptos::prelude::*;

/// The tile server. `{r}` becomes `@2x` on high-DPI screens for servers
/// that have such tiles; OpenStreetMap's standard tiles do not.
pub const TILE_URL: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
/// The deepest zoom the tile server has.
const TILE_MAX_ZOOM: u8 = 19;
/// Failed tiles after which the map switches to the offline base map.
const FAILURES_TO_FALL_BACK: u32 = 2;

/// The tile layer. Calls `on_fail` once tiles keep failing.
#[component]
pub fn TileLayer(ctx: MapCtx, on_fail: impl Fn() + Send + Sync + Copy + 'static) -> impl IntoView {
    let view = ctx.view;
    let layer = ctx.layer;
    let retina = web_sys::window().is_some_and(|w| w.device_pixel_ratio() >= 2.0);
    let failures = RwSignal::new(0u32);
    // The visible tiles plus those still within the buffer: a small pan
    // keeps what is loaded.
    let tiles = Memo::new(move |prev: Option<&Vec<TileCoord>>| {
        let v = view.get();
        let z = tile_zoom(v.zoom, 0, TILE_MAX_ZOOM);
        let mut tiles = visible_tiles(&v, z);
        if let Some(prev) = prev {
            let kept: Vec<TileCoord> = prev
                .iter()
                .filter(|t| keep_tile(&v, z, 1, t) && !tiles.contains(t))
                .copied()
                .collect();
            tiles.extend(kept);
        }
        tiles
    });
    view! {
        <div class="map-tiles">
            <For
                each=move || tiles.get()
                key=|t| t.key()
                children=move |t: TileCoord| {
                    let style = move || {
                        let l = layer.get();
                        let (x, y) = l.place(t.north_west());
                        let side = tile_side(l.zoom, t.z);
                        let (x, y, side) = (fixed(x, 2), fixed(y, 2), fixed(side, 2));
                        format!("transform:translate3d({x}px,{y}px,0);width:{side}px;height:{side}px")
                    };
                    view! {
                        <img
                            class="tile"
                            src=t.url(TILE_URL, retina)
                            alt=""
                            draggable="false"
                            data-tile=t.to_string()
                            style=style
                            on:error=move |_| {
                                failures.update(|n| *n += 1);
                                if failures.get_untracked() >= FAILURES_TO_FALL_BACK {
                                    on_fail();
                                }
                            }
                        />
                    }
                }
            />
        </div>
    }
}
