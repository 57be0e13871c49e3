//! What the screen is like, for components to read instead of asking
//! `window` themselves: media queries as reactive signals (kept up to date
//! by the query list's `change` event, not polled on every resize), and a
//! few one-off reads (root font size, pixel ratio).
//!
//! The app provides one [`Media`] in context ([`provide_media`]), so every
//! component reads the same signal. A browser without `matchMedia` gets
//! `false`, never a panic.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The layout's phone breakpoint, as in `main.css`.
pub const PHONE: &str = "(max-width: 760px)";
/// The system setting that asks for less motion.
pub const REDUCED_MOTION: &str = "(prefers-reduced-motion: reduce)";

/// Whether `query` matches, kept up to date as it changes. The listener is
/// removed when the calling scope is cleaned up.
pub fn use_media_query(query: &str) -> Signal<bool> {
    let Some(list) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return Signal::stored(false);
    };
    let matches = RwSignal::new(list.matches());
    let on_change = {
        let list = list.clone();
        Closure::<dyn Fn()>::new(move || {
            // Written only when it changes, so readers are not woken for nothing.
            let now = list.matches();
            if matches.try_get_untracked().is_some_and(|was| was != now) {
                matches.set(now);
            }
        })
    };
    let _ = list.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    // The list and the closure are browser handles (not `Send`); cleanups
    // must be, and run on this one thread anyway.
    let held = SendWrapper::new((list, on_change));
    on_cleanup(move || {
        let (list, on_change) = held.take();
        let _ =
            list.remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    });
    matches.into()
}

/// The media queries the app reads, one signal each for the whole app.
#[derive(Clone, Copy)]
pub struct Media {
    /// True on phone-sized screens ([`PHONE`]).
    pub phone: Signal<bool>,
    /// True when the visitor asked the system for reduced motion.
    pub reduced_motion: Signal<bool>,
}

impl Media {
    fn new() -> Self {
        Media {
            phone: use_media_query(PHONE),
            reduced_motion: use_media_query(REDUCED_MOTION),
        }
    }
}

/// Listens to the app's media queries once, for [`use_media`] to find.
pub fn provide_media() {
    provide_context(Media::new());
}

/// The app's media signals (its own listeners where none were provided,
/// as in a component mounted on its own).
pub fn use_media() -> Media {
    use_context::<Media>().unwrap_or_else(Media::new)
}

/// Whether the screen is a phone's (the layout's breakpoint).
pub fn is_phone() -> Signal<bool> {
    use_media().phone
}

/// Whether the visitor asked for reduced motion.
pub fn prefers_reduced_motion() -> Signal<bool> {
    use_media().reduced_motion
}

/// The root font size in pixels (what `rem` is), 16 if unknown.
pub fn root_font_px() -> f64 {
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

/// True on high-DPI screens (two device pixels or more per CSS pixel).
pub fn is_high_dpi() -> bool {
    web_sys::window().is_some_and(|w| w.device_pixel_ratio() >= 2.0)
}
