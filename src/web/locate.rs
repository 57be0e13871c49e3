//! "Locate me": the browser's geolocation as two callbacks, so the map's
//! controls never touch `navigator` themselves.

use crate::geo::LatLng;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Asks the browser where the visitor is: `found` gets the position, or
/// `failed` runs (no geolocation, permission denied, no fix).
pub fn locate(found: impl FnOnce(LatLng) + 'static, failed: impl Fn() + Clone + 'static) {
    let Some(geo) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
        failed();
        return;
    };
    let ok = Closure::once_into_js(move |pos: web_sys::Position| {
        let c = pos.coords();
        found(LatLng::new(c.latitude(), c.longitude()));
    });
    let err = {
        let failed = failed.clone();
        Closure::once_into_js(move |_: wasm_bindgen::JsValue| failed())
    };
    if geo
        .get_current_position_with_error_callback(ok.unchecked_ref(), Some(err.unchecked_ref()))
        .is_err()
    {
        failed();
    }
}
