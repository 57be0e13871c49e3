//! Moving keyboard focus to an element the page names by a CSS selector.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

/// Focuses `el`, if it is an element that can take focus.
pub fn focus_element(el: &wasm_bindgen::JsValue) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Focuses the page's first element matching `selector`, if there is one.
pub fn focus(selector: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
    {
        focus_element(&el);
    }
}

/// [`focus`] once the next frame is drawn: for an element that a view is
/// about to draw.
pub fn focus_later(selector: String) {
    request_animation_frame(move || focus(&selector));
}
