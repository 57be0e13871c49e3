//! Online map tiles: `<img>`s in the pane, nearest to the centre first,
//! kept within a one-tile buffer, never prefetched beyond it (OSM's tile
//! usage policy). If tiles fail to load the map falls back to the base map.

use super::MapCtx;
use crate::domain::num::fixed;
use crate::geo::tiles::{keep_tile, tile_side, tile_zoom, visible_tiles, TileCoord};
use leptos::prelude::*;

/// The default tile server. A deployment can name another in `index.html`
/// (`<meta name="tile-url" content="...">`) without rebuilding: `{z}`,
/// `{x}`, `{y}`, and `{r}`, which becomes `@2x` on high-DPI screens for
/// servers that have such tiles (OpenStreetMap's standard tiles do not).
pub const TILE_URL: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/// The tile URL template: the page's `tile-url` meta tag, else [`TILE_URL`].
fn tile_template() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=\"tile-url\"]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .filter(|t| t.starts_with("https://") || t.starts_with("http://"))
        .unwrap_or_else(|| TILE_URL.to_owned())
}
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
    let template = StoredValue::new(tile_template());
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
                            src=template.with_value(|tpl| t.url(tpl, retina))
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
