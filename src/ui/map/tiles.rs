//! Online map tiles: `<img>`s in the pane, nearest to the centre first,
//! kept within a one-tile buffer, never prefetched beyond it (OSM's tile
//! usage policy). If tiles fail to load the map falls back to the base map.

use super::{Layer, MapCtx};
use crate::domain::num::fixed;
use crate::geo::tiles::{keep_tile, tile_side, tile_zoom, visible_tiles, TileCoord};
use leptos::html::Div;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The default tile server. A deployment can name another in `index.html`
/// (`<meta name="tile-url" content="...">`) without rebuilding: `{z}`,
/// `{x}`, `{y}`, and `{r}`, which becomes `@2x` on high-DPI screens for
/// servers that have such tiles (OpenStreetMap's standard tiles do not).
pub const TILE_URL: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/// The tile URL template: the page's `tile-url` meta tag, else [`TILE_URL`].
fn tile_template() -> String {
    crate::web::prefs::meta_content("tile-url")
        .filter(|t| t.starts_with("https://") || t.starts_with("http://"))
        .unwrap_or_else(|| TILE_URL.to_owned())
}
/// The deepest zoom the tile server has.
const TILE_MAX_ZOOM: u8 = 19;
/// Failed tiles after which the map switches to the offline base map.
const FAILURES_TO_FALL_BACK: u32 = 2;

/// The tile layer. Calls `on_fail` once tiles keep failing.
///
/// The tiles are kept by hand rather than by a keyed `<For>`: a map layer
/// is a pool of positioned images, and this is a fraction of the code.
#[component]
pub fn TileLayer(ctx: MapCtx, on_fail: impl Fn() + Send + Sync + Copy + 'static) -> impl IntoView {
    let (view, layer) = (ctx.view, ctx.layer);
    let node = NodeRef::<Div>::new();
    let retina = crate::web::media::is_high_dpi();
    let template = tile_template();
    let failures = Rc::new(Cell::new(0u32));
    // One error handler for every tile (error events do not bubble). It
    // and the pool both belong to the effect below, so they go together;
    // the pool detaches the handler from its images first (`unload`).
    let on_error = Closure::<dyn Fn()>::new(move || {
        failures.set(failures.get() + 1);
        if failures.get() >= FAILURES_TO_FALL_BACK {
            on_fail();
        }
    });
    let mut pool = TilePool::default();
    Effect::new(move |_| {
        let (Some(pane), v, l) = (node.get(), view.get(), layer.get()) else {
            return;
        };
        let z = tile_zoom(v.zoom, 0, TILE_MAX_ZOOM);
        // The visible tiles, nearest the centre first, plus those still
        // within the buffer: a small pan keeps what is loaded.
        let wanted = visible_tiles(&v, z);
        let relaid = pool.layer != Some(l);
        pool.layer = Some(l);
        pool.tiles.retain(|(t, img)| {
            // The buffer holds every visible tile too.
            let keep = keep_tile(&v, z, 1, t);
            if !keep {
                unload(img);
            } else if relaid {
                place(img, t, l);
            }
            keep
        });
        let Some(doc) = crate::web::document() else {
            return;
        };
        for t in wanted {
            if pool.tiles.iter().any(|(s, _)| *s == t) {
                continue;
            }
            let Some(img) = doc
                .create_element("img")
                .ok()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            else {
                continue;
            };
            for (name, value) in [
                ("class", "tile"),
                ("alt", ""),
                ("draggable", "false"),
                ("data-tile", &t.to_string()),
                // A CORS request (OSM sends `Access-Control-Allow-Origin: *`):
                // the service worker can then cache a readable response
                // instead of an opaque one, which Chromium charges megabytes
                // of quota for. Set before `src`, which starts the download.
                ("crossorigin", "anonymous"),
                ("src", &t.url(&template, retina)),
            ] {
                let _ = img.set_attribute(name, value);
            }
            img.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            place(&img, &t, l);
            let _ = pane.append_child(&img);
            pool.tiles.push((t, img));
        }
    });
    view! { <div class="map-tiles" node_ref=node></div> }
}

/// Whether the map draws online tiles: not when the link says `tiles=off`,
/// nor once they failed; then a notice says so for a while, and the
/// attribution line keeps saying which map this is.
#[derive(Clone, Copy)]
pub struct TileSwitch {
    off: bool,
    failed: RwSignal<bool>,
    notice: RwSignal<bool>,
}

impl TileSwitch {
    /// How long the fallback notice shows.
    const NOTICE: std::time::Duration = std::time::Duration::from_secs(8);

    /// Tiles unless `off`.
    pub fn new(off: bool) -> Self {
        TileSwitch {
            off,
            failed: RwSignal::new(false),
            notice: RwSignal::new(false),
        }
    }

    /// Whether tiles are drawn (tracked).
    pub fn in_use(self) -> bool {
        !self.off && !self.failed.get()
    }

    /// Whether the fallback notice shows (tracked).
    pub fn notice(self) -> bool {
        self.notice.get()
    }

    /// Tiles keep failing: switch to the base map, with the notice.
    pub fn fail(self) {
        // (A map already gone counts as failed: nothing to switch.)
        if !self.failed.try_get_untracked().unwrap_or(true) {
            self.failed.set(true);
            self.notice.set(true);
            set_timeout(
                move || {
                    self.notice.try_set(false);
                },
                Self::NOTICE,
            );
        }
    }
}

/// The tiles in the DOM, and the layer they were placed for.
#[derive(Default)]
struct TilePool {
    tiles: Vec<(TileCoord, HtmlElement)>,
    layer: Option<Layer>,
}

impl Drop for TilePool {
    /// Goes with the layer, and the error handler with it.
    fn drop(&mut self) {
        self.tiles.iter().for_each(|(_, img)| unload(img));
    }
}

/// Takes a tile out. An image still loading would call the error handler
/// after the layer is gone: detach it, and stop the download.
fn unload(img: &HtmlElement) {
    img.set_onerror(None);
    let _ = img.remove_attribute("src");
    img.remove();
}

/// Positions and sizes a tile's image in the pane.
fn place(img: &HtmlElement, t: &TileCoord, l: Layer) {
    let (x, y) = l.place(t.north_west());
    let side = tile_side(l.zoom, t.z);
    let (x, y, side) = (fixed(x, 2), fixed(y, 2), fixed(side, 2));
    let style = format!("transform:translate3d({x}px,{y}px,0);width:{side}px;height:{side}px");
    // Through the CSSOM, not a `style` attribute: the Content-Security-Policy
    // (`style-src 'self'`) blocks inline style attributes but not this.
    img.style().set_css_text(&style);
}
