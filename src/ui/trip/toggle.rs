//! The "Pievienot ceļojumam" toggle on every place and event: a real
//! button with `aria-pressed`, a star, and a name that says which place.

use super::state::{use_trip, TripCtx};
use crate::domain::trip::Stop;
use crate::i18n::texts;
use crate::state::use_lang;
use leptos::prelude::*;

/// What pressing the toggle does, in one place: today it adds the stop to
/// (or removes it from) the visitor's own trip. An embedded map, which has
/// no trip of its own, can later open `/trip?d=…` in a new tab here instead.
pub fn activate(trip: TripCtx, stop: Stop) {
    trip.toggle(stop);
}

/// A star, filled when the stop is in the trip (by CSS, from `aria-pressed`).
#[component]
pub fn Star() -> impl IntoView {
    // The page writer draws the same outline (src/pages/prerender.rs, STAR_PATH).
    view! {
        <svg class="star" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3L2.9 9.5l6.3-.9z" />
        </svg>
    }
}

/// The toggle for one place or event.
#[component]
pub fn AddToTrip(
    /// The place or event.
    stop: Stop,
    /// Its name in the current language, for the button's accessible name
    /// (a plain value: every caller draws the toggle again when the
    /// language changes).
    name: String,
    /// Only the star (in tight rows); the name is then the label alone.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let lang = use_lang();
    // Inside a partner's frame there is no trip to keep (its storage is
    // partitioned, or throws in a sandbox): the toggle is a link that opens
    // the full site's planner with this stop, in a new tab.
    if use_context::<crate::ui::embed::EmbedCtx>().is_some() {
        let mut one = crate::domain::trip::Trip::default();
        one.add(stop);
        let href = one.share_url(".");
        let label = (texts(lang.get_untracked()).trip_add_named)(&name);
        return view! {
            <a class="trip-toggle" class:compact=compact href=href target="_blank" rel="noopener" data-new-tab=""
                aria-label=label.clone() title=label>
                <Star />
                {(!compact).then(|| view! { <span class="trip-toggle-text">{move || texts(lang.get()).trip_add}</span> })}
            </a>
        }
        .into_any();
    }
    let trip = use_trip();
    let in_trip = {
        let stop = stop.clone();
        Memo::new(move |_| trip.own.with(|t| t.contains(&stop)))
    };
    let label = (texts(lang.get_untracked()).trip_add_named)(&name);
    let on_click = move |_| activate(trip, stop.clone());
    view! {
        <button
            type="button"
            class="trip-toggle"
            class:compact=compact
            aria-pressed=move || in_trip.get().to_string()
            aria-label=label.clone()
            title=label
            on:click=on_click
        >
            <Star />
            {(!compact).then(|| view! { <span class="trip-toggle-text">{move || texts(lang.get()).trip_add}</span> })}
        </button>
    }
    .into_any()
}
