//! Zoom buttons, "show all" and "locate me".

use super::MapCtx;
use crate::geo::{project, ContainerPx, LatLng};
use crate::i18n::texts;
use crate::state::{tr, use_lang};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The map's buttons; `on_fit` shows all filtered places.
#[component]
pub fn Controls(ctx: MapCtx, on_fit: impl Fn() + Copy + 'static) -> impl IntoView {
    let on_view = move || ctx.report.run(());
    let lang = use_lang();
    let view = ctx.view;
    let zoom_by = move |d: f64| {
        view.update(|v| {
            let c = ContainerPx::new(v.width / 2.0, v.height / 2.0);
            let z = v.zoom.round() + d;
            v.zoom_around(c, z);
        });
        on_view();
    };
    let locate_message = RwSignal::new(None::<&'static str>);
    let locate = move |_| {
        let geo = web_sys::window().and_then(|w| w.navigator().geolocation().ok());
        let Some(geo) = geo else {
            locate_message.set(Some(texts(lang.get_untracked()).locate_failed));
            return;
        };
        let ok = Closure::once_into_js(move |pos: web_sys::Position| {
            let c = pos.coords();
            let m = project(LatLng::new(c.latitude(), c.longitude()));
            ctx.here.set(Some(m));
            view.update(|v| {
                v.center = m;
                v.zoom = v.clamp_zoom(13.0);
            });
            locate_message.set(None);
            on_view();
        });
        let err = Closure::once_into_js(move |_: wasm_bindgen::JsValue| {
            locate_message.set(Some(texts(lang.get_untracked()).locate_failed));
        });
        if geo
            .get_current_position_with_error_callback(ok.unchecked_ref(), Some(err.unchecked_ref()))
            .is_err()
        {
            locate_message.set(Some(texts(lang.get_untracked()).locate_failed));
        }
    };
    view! {
        <div class="map-controls" on:pointerdown=|e| e.stop_propagation() on:dblclick=|e| e.stop_propagation()>
            <button type="button" class="map-button" aria-label=tr(|t| t.zoom_in) title=tr(|t| t.zoom_in) on:click=move |_| zoom_by(1.0)>
                <span aria-hidden="true">"+"</span>
            </button>
            <button type="button" class="map-button" aria-label=tr(|t| t.zoom_out) title=tr(|t| t.zoom_out) on:click=move |_| zoom_by(-1.0)>
                <span aria-hidden="true">"−"</span>
            </button>
            <button type="button" class="map-button" aria-label=tr(|t| t.show_all) title=tr(|t| t.show_all) on:click=move |_| on_fit()>
                <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" fill="none" stroke="currentColor" stroke-width="2"/></svg>
            </button>
            <button type="button" class="map-button" aria-label=tr(|t| t.locate) title=tr(|t| t.locate) on:click=locate>
                <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><circle cx="10" cy="10" r="4" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10 1v4M10 15v4M1 10h4M15 10h4" stroke="currentColor" stroke-width="2"/></svg>
            </button>
        </div>
        {move || locate_message.get().map(|m| view! {
            <p class="map-notice map-notice-locate" role="status">{m}</p>
        })}
    }
}
