//! "Lejupielādēt / Download": the current filter's places as GeoJSON and as
//! CSV, written on click by the same writers as `selija-data export`.

use crate::domain::opendata::{download_name, places_csv, places_geojson};
use crate::domain::validate::Loaded;
use crate::domain::{MunicipalityId, Place};
use crate::i18n::texts;
use crate::state::{tr, use_filter, use_lang};
use crate::web::download::save_text;
use leptos::prelude::*;
use std::sync::Arc;

/// The two download buttons and a line saying what was left out.
#[component]
pub fn Downloads(
    /// The dataset.
    loaded: Arc<Loaded>,
    /// Indices of the places that pass the filter.
    visible: Memo<Vec<usize>>,
) -> impl IntoView {
    let lang = use_lang();
    let filter = use_filter();
    // What the last download has to say (places left out, a failure).
    let note = RwSignal::new(None::<Note>);
    let save = move |loaded: &Loaded, geojson: bool| {
        let municipalities: Vec<MunicipalityId> =
            filter.with_untracked(|f| f.municipalities.iter().collect());
        let places: Vec<&Place> = visible.with_untracked(|v| {
            v.iter()
                .filter_map(|&i| loaded.dataset.places.get(i))
                .collect()
        });
        let (name, mime, text, left_out) = if geojson {
            let (text, left_out) = places_geojson(places);
            (
                download_name(&municipalities, "geojson"),
                "application/geo+json",
                text,
                left_out,
            )
        } else {
            (
                download_name(&municipalities, "csv"),
                "text/csv;charset=utf-8",
                places_csv(places),
                0,
            )
        };
        note.set(if !save_text(&name, mime, &text) {
            Some(Note::Failed)
        } else if left_out > 0 {
            Some(Note::LeftOut(left_out))
        } else {
            None
        });
    };
    let geojson = {
        let loaded = loaded.clone();
        move |_| save(&loaded, true)
    };
    let csv = move |_| save(&loaded, false);
    view! {
        <div class="downloads" role="group" aria-labelledby="downloads-label">
            <span id="downloads-label" class="downloads-label">{tr(|t| t.download)}</span>
            <button type="button" class="link-button download-geojson" on:click=geojson>
                {tr(|t| t.download_geojson)}
            </button>
            <button type="button" class="link-button download-csv" on:click=csv>
                {tr(|t| t.download_csv)}
            </button>
            <p class="downloads-note" role="status">{move || {
                let t = texts(lang.get());
                note.get().map(|n| match n {
                    Note::LeftOut(n) => (t.left_out_no_coords)(n),
                    Note::Failed => t.download_failed.to_owned(),
                })
            }}</p>
        </div>
    }
}

/// What the last download has to say.
#[derive(Clone, Copy)]
enum Note {
    /// Places without coordinates left out of the GeoJSON.
    LeftOut(usize),
    /// The browser refused to make the file.
    Failed,
}
