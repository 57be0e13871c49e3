//! Taking the trip along: its share link (copied), its `.ics` and GPX
//! (written by the domain, handed over as a Blob download), and printing.

use super::edit::TripEdit;
use crate::domain::validate::Loaded;
use crate::state::{tr, use_lang};
use crate::web::clock::{app_url, now_utc};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file named `filename`: a Blob, an object URL, and a
/// click on a short-lived `<a download>`. False when the browser refused.
fn download(text: &str, mime: &str, filename: &str) -> bool {
    let run = || -> Option<()> {
        let document = crate::web::document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(filename);
        a.set_class_name("visually-hidden");
        document.body()?.append_child(&a).ok()?;
        a.click();
        a.remove();
        // The download has started by now; the URL is no longer needed.
        set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_secs(10),
        );
        Some(())
    };
    run().is_some()
}

/// Copies `text` with the asynchronous clipboard; false when there is none
/// or it refused (an insecure page, a denied permission).
async fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    // `navigator.clipboard` is missing outside secure contexts: ask first,
    // as calling it then would throw.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Share, downloads and print.
#[component]
pub fn TakeAlong(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    let edit = expect_context::<TripEdit>();
    // The link, once copied ("Nokopēts"), or shown to copy by hand.
    let copied = RwSignal::new(false);
    let fallback = RwSignal::new(None::<String>);
    let share_url = move || edit.shown.with_untracked(|s| s.trip.share_url(&app_url()));
    let on_share = move |_| {
        let url = share_url();
        copied.set(false);
        fallback.set(None);
        leptos::task::spawn_local(async move {
            if copy(url.clone()).await {
                copied.set(true);
            } else {
                fallback.set(Some(url));
                request_animation_frame(|| {
                    if let Some(input) = crate::web::document()
                        .and_then(|d| d.query_selector(".trip-link-input").ok().flatten())
                        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        let _ = input.focus();
                        input.select();
                    }
                });
            }
        });
    };
    let ics = {
        let loaded = loaded.clone();
        move |_| {
            let text = edit.shown.with_untracked(|s| {
                s.trip
                    .to_ics(&loaded.dataset, lang.get_untracked(), now_utc(), &app_url())
            });
            download(
                &text,
                "text/calendar;charset=utf-8",
                "selijas-salas-trip.ics",
            );
        }
    };
    let gpx = move |_| {
        let text = edit.shown.with_untracked(|s| {
            s.trip
                .to_gpx(&loaded.dataset, lang.get_untracked(), &app_url())
        });
        download(
            &text,
            "application/gpx+xml;charset=utf-8",
            "selijas-salas-trip.gpx",
        );
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="trip-take-along" aria-labelledby="trip-take-along">
            <h2 id="trip-take-along">{tr(|t| t.trip_take_along)}</h2>
            <div class="trip-buttons">
                <button type="button" class="button trip-share" on:click=on_share>{tr(|t| t.trip_share)}</button>
                <button type="button" class="button-quiet trip-ics" on:click=ics>{tr(|t| t.trip_download_ics)}</button>
                <button type="button" class="button-quiet trip-gpx" on:click=gpx>{tr(|t| t.trip_download_gpx)}</button>
                <button type="button" class="button-quiet trip-print" on:click=print>{tr(|t| t.trip_print)}</button>
            </div>
            <p class="trip-copied" role="status">{move || copied.get().then(|| tr(|t| t.copied)())}</p>
            {move || fallback.get().map(|url| view! {
                <label class="field trip-link">
                    <span>{tr(|t| t.trip_copy_this)}</span>
                    <input class="trip-link-input" type="url" readonly prop:value=url />
                </label>
            })}
        </section>
    }
}
