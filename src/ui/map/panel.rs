//! The panel a marker opens: the place's name, kind, municipality, short
//! description, its events and a link to its page. Focus moves into it;
//! Esc closes it and returns focus to the marker.

use super::MapCtx;
use crate::domain::validate::Loaded;
use crate::i18n::{kind_name, texts};
use crate::state::{tr, use_lang, use_query_suffix};
use crate::ui::calendar::PlaceEvents;
use crate::web::focus::focus;
use leptos::html::H2;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The selected place's panel (when `show_selected`), or the list of a
/// cluster that cannot split.
#[component]
pub fn Panel(
    ctx: MapCtx,
    loaded: Arc<Loaded>,
    selected: Memo<Option<usize>>,
    on_select: UnsyncCallback<Option<usize>>,
    show_selected: bool,
) -> impl IntoView {
    let selected = Memo::new(move |_| selected.get().filter(|_| show_selected));
    let lang = use_lang();
    let suffix = use_query_suffix();
    let heading = NodeRef::<H2>::new();
    let listing = ctx.listing;

    // What had focus when the panel opened (a marker, or a place's button
    // in the list): Esc gives focus back to it.
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    // Focus moves into the panel when it opens.
    Effect::new(move |_| {
        if selected.get().is_some() || listing.with(Option::is_some) {
            if let Some(h) = heading.get() {
                let outside = |e: &web_sys::Element| {
                    h.closest(".map-panel")
                        .ok()
                        .flatten()
                        .is_none_or(|panel| !panel.contains(Some(e)))
                };
                let active = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .filter(|e| outside(e) && e.tag_name() != "BODY")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if active.is_some() {
                    opener.set_value(active);
                }
                let _ = h.focus();
            }
        }
    });

    let close = {
        let loaded = loaded.clone();
        move || {
            let place = selected.get_untracked();
            if place.is_some() {
                on_select.run(None);
            }
            listing.set(None);
            // Back to what opened the panel; else to the place's marker.
            let back = opener.get_value().filter(|e| e.is_connected());
            opener.set_value(None);
            let id = place.map(|i| loaded.dataset.places[i].id.clone());
            request_animation_frame(move || match (back, id) {
                (Some(el), _) => {
                    let _ = el.focus();
                }
                // The place's marker, if it is on the map.
                (None, Some(id)) => focus(&format!(".marker[data-place=\"{id}\"]")),
                (None, None) => {}
            });
        }
    };
    let on_key = {
        let close = close.clone();
        move |e: leptos::ev::KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                close();
            }
        }
    };

    let body = {
        let loaded = loaded.clone();
        move || {
            let l = lang.get();
            if let Some(places) = listing.get() {
                let items = places
                    .into_iter()
                    .map(|i| {
                        let name = loaded.dataset.places[i].name.get(l).to_owned();
                        view! {
                            <li>
                                <button type="button" class="link-button" on:click=move |_| {
                                    listing.set(None);
                                    on_select.run(Some(i));
                                }>{name}</button>
                            </li>
                        }
                    })
                    .collect_view();
                return Some(
                    view! {
                        <h2 tabindex="-1" node_ref=heading>{texts(l).places_here}</h2>
                        <ul class="panel-list">{items}</ul>
                    }
                    .into_any(),
                );
            }
            let i = selected.get()?;
            let p = &loaded.dataset.places[i];
            let href = crate::ui::links::place_href(&p.id, &suffix.get());
            let meta = format!(
                "{} · {}",
                kind_name(l, p.kind),
                loaded.dataset.municipality_name(p.municipality, l)
            );
            let description = p.description.get(l).to_owned();
            Some(
                view! {
                    <h2 tabindex="-1" node_ref=heading>{p.name.get(l).to_owned()}</h2>
                    <p class="panel-meta">{meta}</p>
                    <p class="panel-description">{description}</p>
                    <PlaceEvents loaded=loaded.clone() place_id=p.id.clone() />
                    <a class="button" href=href>{texts(l).details}</a>
                }
                .into_any(),
            )
        }
    };
    // A memo: the panel is built when it opens and dropped when it closes,
    // not rebuilt when another place is selected in it.
    let open = Memo::new(move |_| selected.get().is_some() || listing.with(Option::is_some));
    move || {
        open.get().then(|| {
            let close = close.clone();
            view! {
                <section class="map-panel" aria-labelledby="map-panel-title" on:keydown=on_key.clone() on:pointerdown=|e| e.stop_propagation() on:wheel=|e| e.stop_propagation() on:dblclick=|e| e.stop_propagation()>
                    <button type="button" class="panel-close" aria-label=tr(|t| t.close) on:click=move |_| close()>
                        <span aria-hidden="true">"×"</span>
                    </button>
                    <div id="map-panel-title" class="panel-body">{body.clone()}</div>
                </section>
            }
        })
    }
}
