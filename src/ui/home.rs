//! The home page: filters beside the filtered list of places.

use crate::domain::query::MapAt;
use crate::domain::validate::Loaded;
use crate::i18n::texts;
use crate::state::{tr, use_filter, use_lang, use_set_param, use_url};
use crate::ui::filters::FilterPanel;
use crate::ui::map::MapView;
use crate::ui::place_list::PlaceList;
use crate::ui::status::DataGate;
use crate::web::prefs::set_title;
use leptos::prelude::*;
use std::sync::Arc;

/// `/`: waits for the data, then shows filters and places.
#[component]
pub fn HomePage() -> impl IntoView {
    view! { <DataGate render=|loaded| view! { <Home loaded /> }.into_any() /> }
}

/// The loaded home page. The filter comes from the URL; the visible places
/// are derived from it once per change, as indices into the dataset.
#[component]
fn Home(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    let url = use_url();
    Effect::new(move |_| {
        let t = texts(lang.get());
        set_title(&format!("{} — {}", t.app_name, t.tagline));
    });
    let filter = use_filter();
    let visible = {
        let loaded = loaded.clone();
        Memo::new(move |_| filter.with(|f| loaded.dataset.matching_places(f)))
    };
    // Selection (`p=`) and map view (`at=`) live in the URL.
    let selected = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            url.with(|u| u.place.clone())
                .and_then(|id| loaded.dataset.place_index(&id))
        })
    };
    let set_param = use_set_param();
    let on_select = {
        let loaded = loaded.clone();
        let set_param = set_param.clone();
        UnsyncCallback::new(move |i: Option<usize>| {
            set_param(
                "p",
                i.and_then(|i| loaded.dataset.places.get(i))
                    .map(|p| p.id.clone()),
            )
        })
    };
    let on_view = UnsyncCallback::new(move |at: Option<MapAt>| {
        // Skip the navigation when there is nothing to change.
        if at.is_some() || url.with_untracked(|u| u.at.is_some()) {
            set_param("at", at.map(|a| a.to_string()))
        }
    });
    let (initial, cooperative, tiles_off) =
        url.with_untracked(|u| (u.at, u.cooperative, u.tiles_off));

    // Phones show the list or the map; wider screens both.
    let show_map = RwSignal::new(false);
    let map_shown = Signal::derive(move || show_map.get() || !is_narrow());
    view! {
        <div class="home" class:show-map=move || show_map.get()>
            <FilterPanel loaded=loaded.clone() filter />
            <div class="view-toggle" role="group" aria-label=tr(|t| t.view_toggle)>
                <button type="button" aria-pressed=move || (!show_map.get()).to_string() on:click=move |_| show_map.set(false)>
                    {tr(|t| t.view_list)}
                </button>
                <button type="button" aria-pressed=move || show_map.get().to_string() on:click=move |_| {
                    show_map.set(true);
                    // Bring the map (below the filters) into view.
                    request_animation_frame(scroll_to_map);
                }>
                    {tr(|t| t.view_map)}
                </button>
            </div>
            <PlaceList loaded=loaded.clone() visible selected on_select />
            <div class="map-column">
                <MapView
                    loaded
                    visible
                    selected
                    on_select
                    on_view
                    initial
                    cooperative
                    tiles_off
                    shown=map_shown
                />
            </div>
        </div>
    }
}

/// Scrolls the page so the map column's top is in view.
fn scroll_to_map() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".map-column").ok().flatten())
    {
        el.scroll_into_view();
    }
}

/// True on phone-sized screens (the layout's breakpoint, as in main.css).
pub fn is_narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 760px)").ok().flatten())
        .is_some_and(|m| m.matches())
}
