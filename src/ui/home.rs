//! The home page: filters beside the filtered list of places.

use crate::domain::filter::Filter;
use crate::domain::validate::Loaded;
use crate::i18n::texts;
use crate::state::{use_lang, use_url};
use crate::ui::filters::FilterPanel;
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
    let filter: Memo<Filter> = Memo::new(move |_| url.with(|u| u.filter.clone()));
    let visible = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            filter.with(|f| {
                let m = f.matcher();
                loaded
                    .dataset
                    .places
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| m.place(p))
                    .map(|(i, _)| i)
                    .collect::<Vec<usize>>()
            })
        })
    };
    view! {
        <div class="home">
            <FilterPanel loaded=loaded.clone() filter />
            <PlaceList loaded visible />
        </div>
    }
}
