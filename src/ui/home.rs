//! The home page: filters beside the filtered list of places.

use crate::domain::query::{MapAt, View};
use crate::domain::validate::Loaded;
use crate::i18n::texts;
use crate::state::{tr, use_filter, use_lang, use_set_param, use_set_params_as, use_url};
use crate::ui::filters::FilterPanel;
use crate::ui::map::MapView;
use crate::ui::place_list::PlaceList;
use crate::ui::status::DataGate;
use crate::web::media::is_phone;
use crate::web::nav::Entry;
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
    let (visible, selected) = filtered_places(&loaded);
    let set_param = use_set_param();
    let set_params = use_set_params_as(Entry::Replace);
    // On phones, going from the list to the map is a step Back undoes.
    let push_params = use_set_params_as(Entry::Push);
    // Whether the screen is a phone's, kept up to date as the window changes.
    let narrow = is_phone();
    // Phones show the list or the map (`view=map`), wider screens both. In
    // the URL, so that coming back from a place's page returns to the map.
    let show_map = Memo::new(move |_| url.with(|u| u.view == Some(View::Map)));
    let on_select = {
        let loaded = loaded.clone();
        UnsyncCallback::new(move |i: Option<usize>| {
            let id = i
                .and_then(|i| loaded.dataset.places.get(i))
                .map(|p| p.id.clone());
            // A place chosen in a phone's list is shown on the map: its
            // panel opens there.
            let to_map = id.is_some() && narrow.get_untracked() && !show_map.get_untracked();
            let mut changes = vec![("p", id)];
            if to_map {
                changes.push(("view", Some("map".to_owned())));
                request_animation_frame(scroll_to_map);
                push_params(&changes);
            } else {
                set_params(&changes);
            }
        })
    };
    let on_view = {
        let set_param = set_param.clone();
        UnsyncCallback::new(move |at: Option<MapAt>| {
            // Skip the navigation when there is nothing to change.
            if at.is_some() || url.with_untracked(|u| u.at.is_some()) {
                set_param("at", at.map(|a| a.to_string()))
            }
        })
    };
    let (initial, cooperative, tiles_off) =
        url.with_untracked(|u| (u.at, u.cooperative, u.tiles_off));

    let map_shown = Signal::derive(move || show_map.get() || !narrow.get());
    let show_map_entry = use_set_params_as(Entry::Push);
    let show_list = {
        let set_param = set_param.clone();
        move |_| set_param("view", None)
    };
    view! {
        <div class="home" class:show-map=move || show_map.get()>
            <FilterPanel loaded=loaded.clone() filter />
            <div class="view-toggle" role="group" aria-label=tr(|t| t.view_toggle)>
                <button type="button" aria-pressed=move || (!show_map.get()).to_string() on:click=show_list>
                    {tr(|t| t.view_list)}
                </button>
                <button type="button" aria-pressed=move || show_map.get().to_string() on:click=move |_| {
                    if !show_map.get_untracked() {
                        show_map_entry(&[("view", Some("map".to_owned()))]);
                    }
                    // Bring the map (below the filters) into view.
                    request_animation_frame(scroll_to_map);
                }>
                    {tr(|t| t.view_map)}
                </button>
            </div>
            <PlaceList loaded=loaded.clone() visible selected on_select downloads=true />
            // The target of the header's "skip to the map" link.
            <div class="map-column" id="home-map">
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
                    count_unmapped=true
                />
            </div>
        </div>
    }
}

/// The places the URL's filter keeps (dataset indices, derived once per
/// change) and the selected one (`p=`): what the home page and the places
/// embed show.
pub fn filtered_places(loaded: &Arc<Loaded>) -> (Memo<Vec<usize>>, Memo<Option<usize>>) {
    let (filter, url) = (use_filter(), use_url());
    let visible = {
        let loaded = loaded.clone();
        Memo::new(move |_| filter.with(|f| loaded.dataset.matching_places(f)))
    };
    let selected = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            url.with(|u| u.place.clone())
                .and_then(|id| loaded.dataset.place_index(&id))
        })
    };
    (visible, selected)
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
