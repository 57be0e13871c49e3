//! The boot screen: `index.html`'s `#boot`, shown until the app has drawn
//! its page. A plain placeholder goes as soon as the app starts (as it
//! always did); a pre-rendered first screen (`pages::prerender`, marked
//! `data-prerendered`) stays up while the app loads its data and draws its
//! page underneath, laid out but unseen (`html.booting` in `main.css`), so
//! the visitor never sees a skeleton replace real content; then the app's
//! page takes its place in one frame.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

/// The class on `<html>` while a pre-rendered screen is up.
const BOOTING: &str = "booting";

/// At start: removes a plain placeholder, or keeps a pre-rendered screen
/// up and marks `<html class="booting">`.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(boot) = document.get_element_by_id("boot") else {
        return;
    };
    let prerendered = boot
        .query_selector("[data-prerendered]")
        .ok()
        .flatten()
        .is_some();
    match document.document_element() {
        Some(root) if prerendered => {
            let _ = root.class_list().add_1(BOOTING);
        }
        _ => boot.remove(),
    }
}

/// Removes the boot screen and shows the app's page. Safe to call any
/// number of times.
pub fn reveal() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // A pre-rendered filter the visitor has focused (the early script,
    // src/pages/early.js, makes them work) hands focus on to the app's own
    // control for the same filter: `data-focus` names its id.
    let mut carried = None;
    if let Some(boot) = document.get_element_by_id("boot") {
        carried = document
            .active_element()
            .filter(|el| boot.contains(Some(el)))
            .and_then(|el| el.get_attribute("data-focus"));
        boot.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1(BOOTING);
    }
    // Only now: while `booting` hides the app's page it takes no focus.
    if let Some(el) = carried
        .and_then(|id| document.get_element_by_id(&id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// [`reveal`] two frames from now: the page just drawn lays itself out in
/// its first frame (the map measures its box and fits its places there),
/// and is shown in the next, already in place.
pub fn reveal_soon() {
    request_animation_frame(|| request_animation_frame(reveal));
}
