//! Saving a file the app wrote: a `Blob`, an object URL and a temporary
//! `<a download>` clicked once. Nothing leaves the browser.

use super::document;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a download named `name` of type `mime`. False when the
/// browser refused a step (the caller says so).
pub fn save_text(name: &str, mime: &str, text: &str) -> bool {
    save(name, mime, text).is_some()
}

fn save(name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = document()?;
    let anchor = document
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    // In the document while clicked (Firefox wants that), out at once.
    let body = document.body()?;
    let _ = body.append_child(&anchor);
    anchor.click();
    anchor.remove();
    // The browser has started reading the file by the next task; free it
    // a little later to be safe.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Some(())
}
