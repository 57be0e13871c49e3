//! Moving keyboard focus to an element the page names by a CSS selector,
//! and keeping it inside a region whose content is redrawn.

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

/// The element that has focus, if any.
pub fn active_element() -> Option<web_sys::Element> {
    super::document()?.active_element()
}

/// If focus is inside the element matching `region` (e.g. `.map`) on
/// something about to be redrawn away, gives it to the region itself once
/// the next frame is drawn, and only if it was lost by then (to the page's
/// `<body>`), so a keyboard user stays where they were.
pub fn keep_focus_in(region: &str) {
    let region = active_element()
        .and_then(|e| e.closest(region).ok().flatten())
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(region) = region else {
        return;
    };
    request_animation_frame(move || {
        let lost = active_element().is_none_or(|e| e.tag_name() == "BODY");
        if lost {
            let _ = region.focus();
        }
    });
}
