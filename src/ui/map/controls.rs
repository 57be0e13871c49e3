//! Zoom buttons, "show all" and "locate me".

use super::fit::POINT_ZOOM;
use super::MapCtx;
use crate::domain::Lang;
use crate::geo::project;
use crate::i18n::texts;
use crate::state::tr;
use crate::web::locate::{locate, LocateError};
use leptos::prelude::*;

/// The map's buttons; `on_fit` shows all filtered places; a failed "locate
/// me" sets `locate_error` (the map shows it with its other notices).
#[component]
pub fn Controls(
    ctx: MapCtx,
    on_fit: impl Fn() + Copy + 'static,
    locate_error: RwSignal<Option<LocateError>>,
) -> impl IntoView {
    let zoom_by = move |d: f64| ctx.zoom_by(d, None, false, move || ctx.report_view());
    let on_locate = move |_| {
        let found = move |at| {
            let m = project(at);
            ctx.here.set(Some(m));
            ctx.view.update(|v| {
                v.center = m;
                v.zoom = v.clamp_zoom(POINT_ZOOM);
            });
            locate_error.set(None);
            ctx.report_view();
        };
        let failed = move |e: LocateError| locate_error.set(Some(e));
        locate(found, failed);
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
                // A frame around three markers: the places, all in view (bare
                // corners read as "fullscreen").
                <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="7" cy="11.5" r="1.8" fill="currentColor"/><circle cx="10.5" cy="7.5" r="1.8" fill="currentColor"/><circle cx="13" cy="12.5" r="1.8" fill="currentColor"/></svg>
            </button>
            <button type="button" class="map-button" aria-label=tr(|t| t.locate) title=tr(|t| t.locate) on:click=on_locate>
                <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><circle cx="10" cy="10" r="4" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10 1v4M10 15v4M1 10h4M15 10h4" stroke="currentColor" stroke-width="2"/></svg>
            </button>
        </div>
    }
}

/// Why "locate me" found nothing, in `lang`.
pub fn locate_message(lang: Lang, e: LocateError) -> &'static str {
    let t = texts(lang);
    match e {
        LocateError::Denied => t.locate_denied,
        LocateError::Unavailable => t.locate_failed,
    }
}
