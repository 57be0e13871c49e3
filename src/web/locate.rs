//! "Locate me": the browser's geolocation as two callbacks, so the map's
//! controls never touch `navigator` themselves.

use crate::geo::LatLng;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Why the visitor could not be located. Kept as a kind, not as a text, so
/// the message shown follows a later change of language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocateError {
    /// The visitor (or the browser's settings) refused.
    Denied,
    /// No geolocation in this browser, no fix, or it took too long.
    Unavailable,
}

/// `GeolocationPositionError.PERMISSION_DENIED`.
const PERMISSION_DENIED: f64 = 1.0;

/// Asks the browser where the visitor is: `found` gets the position, or
/// `failed` gets why not.
pub fn locate(
    found: impl FnOnce(LatLng) + 'static,
    failed: impl Fn(LocateError) + Clone + 'static,
) {
    let Some(geo) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
        failed(LocateError::Unavailable);
        return;
    };
    let ok = Closure::once_into_js(move |pos: web_sys::Position| {
        let c = pos.coords();
        found(LatLng::new(c.latitude(), c.longitude()));
    });
    let err = {
        let failed = failed.clone();
        Closure::once_into_js(move |e: wasm_bindgen::JsValue| {
            // Read by name: the error's `code` (1 denied, 2 unavailable,
            // 3 timeout) without another web-sys feature.
            let code = js_sys::Reflect::get(&e, &"code".into())
                .ok()
                .and_then(|c| c.as_f64());
            failed(if code == Some(PERMISSION_DENIED) {
                LocateError::Denied
            } else {
                LocateError::Unavailable
            })
        })
    };
    if geo
        .get_current_position_with_error_callback(ok.unchecked_ref(), Some(err.unchecked_ref()))
        .is_err()
    {
        failed(LocateError::Unavailable);
    }
}
