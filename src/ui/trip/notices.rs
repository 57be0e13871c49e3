//! What the app tells the visitor about their own trip (storage that does
//! not work, a discarded or trimmed stored trip, a full trip), each
//! dismissable, shown on whatever page the visitor is.

use super::state::{use_trip, TripNotice, LIMIT};
use crate::i18n::{texts, trip_gone, trip_storage_error};
use crate::state::use_lang;
use leptos::prelude::*;

/// The trip's notices, one line each.
#[component]
pub fn TripNotices() -> impl IntoView {
    let lang = use_lang();
    let trip = use_trip();
    move || {
        let list = trip.notices.get();
        let l = lang.get();
        (!list.is_empty()).then(|| {
            let t = texts(l);
            list.into_iter()
                .map(|n| {
                    let text = match &n {
                        TripNotice::NotRemembered => t.trip_not_remembered.to_owned(),
                        TripNotice::Discarded(e) => trip_storage_error(l, e),
                        TripNotice::Gone(count) => trip_gone(l, *count),
                        TripNotice::Full => (t.trip_full)(LIMIT),
                    };
                    view! {
                        <div class="notice notice-gentle trip-notice" role="status">
                            <p>{text}</p>
                            <button type="button" class="button-quiet" on:click=move |_| trip.dismiss(&n)>
                                {t.dismiss}
                            </button>
                        </div>
                    }
                })
                .collect_view()
        })
    }
}

/// The header's trip counter: a link to `/trip` with the number of stops.
#[component]
pub fn TripCounter(
    /// Whether `/trip` is the current page.
    #[prop(into)]
    current: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let trip = use_trip();
    let count = Memo::new(move |_| trip.own.with(|t| t.count()));
    view! {
        <a
            class="trip-counter"
            href="trip"
            aria-label=move || (texts(lang.get()).trip_counter)(count.get())
            aria-current=move || current.get().then_some("page")
        >
            <super::toggle::Star />
            // The space keeps the visible text ("Ceļojums 3") inside the
            // accessible name ("Ceļojums: 3 vietas") for speech input.
            <span class="trip-counter-label">{move || texts(lang.get()).trip_title}</span>
            " "
            <span class="trip-count">{move || count.get()}</span>
        </a>
    }
}
