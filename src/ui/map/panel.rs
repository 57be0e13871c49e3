//! The panel a marker opens: the place's name, kind, municipality, short
//! description, its events and a link to its page. Focus moves into it;
//! Esc closes it and returns focus to the marker.

use super::MapCtx;
use crate::domain::validate::Loaded;
use crate::i18n::{kind_name, texts};
use crate::state::{tr, use_lang, use_query_suffix};
use crate::ui::calendar::PlaceEvents;
use crate::ui::profile::ProfileFacts;
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
    // What the panel shows, compared on its own: a new query (a pan, a
    // keystroke in the search box, the language) redraws parts of the
    // panel but opens nothing, and must not pull focus into it.
    let opened = Memo::new(move |_| match listing.get() {
        Some(places) => Some(Opened::Listing(places)),
        None => selected.get().map(Opened::Place),
    });
    // Focus moves into the panel when the visitor opens it — not when a
    // link opened the page with a place selected (the first run).
    Effect::new(move |was: Option<Option<Opened>>| {
        let now = opened.get();
        if let (Some(was), Some(_)) = (&was, &now) {
            if *was != now {
                // Once the panel (or its new content) is drawn.
                request_animation_frame(move || {
                    // `try_`: the map may be gone by the next frame.
                    if let Some(h) = heading.try_get_untracked().flatten() {
                        remember_opener(&h, opener);
                        let _ = h.focus();
                    }
                });
            }
        }
        now
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
                        <h2 id="map-panel-title" tabindex="-1" node_ref=heading>{texts(l).places_here}</h2>
                        <ul class="panel-list">{items}</ul>
                    }
                    .into_any(),
                );
            }
            let i = selected.get()?;
            let p = &loaded.dataset.places[i];
            let id = p.id.clone();
            let href = move || crate::ui::links::place_href(&id, &suffix.get());
            let meta = format!(
                "{} · {}",
                kind_name(l, p.kind),
                loaded.dataset.municipality_name(p.municipality, l)
            );
            let description = p.description.get(l).to_owned();
            Some(
                view! {
                    <h2 id="map-panel-title" tabindex="-1" node_ref=heading>{p.name.get(l).to_owned()}</h2>
                    <p class="panel-meta">{meta}</p>
                    <p class="panel-description">{description}</p>
                    <ProfileFacts place=p.clone() />
                    <PlaceEvents loaded=loaded.clone() place_id=p.id.clone() />
                    <div class="panel-actions">
                        <a class="button" href=href>{texts(l).details}</a>
                        <crate::ui::trip::AddToTrip stop=crate::domain::trip::Stop::place(p.id.clone()) name=p.name.get(l).to_owned() />
                    </div>
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
                    <div class="panel-body">{body.clone()}</div>
                </section>
            }
        })
    }
}

/// What a panel was opened for.
#[derive(Clone, PartialEq)]
enum Opened {
    /// A place's panel (dataset index).
    Place(usize),
    /// The list of a cluster that cannot split.
    Listing(Vec<usize>),
}

/// Keeps what has focus outside the panel, if anything, as the element
/// Esc returns focus to.
fn remember_opener(
    heading: &web_sys::HtmlElement,
    opener: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
) {
    let panel = heading.closest(".map-panel").ok().flatten();
    let active = crate::web::focus::active_element()
        .filter(|e| e.tag_name() != "BODY")
        .filter(|e| panel.as_ref().is_none_or(|p| !p.contains(Some(e))))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if active.is_some() {
        opener.set_value(active);
    }
}
