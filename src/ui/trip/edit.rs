//! How the `/trip` page changes the trip it shows: the own trip goes to
//! storage and the URL, a shared one to the URL only. Also the page's
//! announcements, "clear all" with its undo, and saving a shared trip.

use super::state::TripCtx;
use super::Shown;
use crate::domain::dates::format_day;
use crate::domain::trip::Trip;
use crate::i18n::texts;
use crate::state::{tr, use_lang, use_set_params};
use crate::web::focus::focus;
use leptos::prelude::*;

/// Whose trip the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The visitor's own (storage and URL).
    Own,
    /// From someone's link (the URL only).
    Shared,
}

/// Query changes, as `state::use_set_params` takes them.
type Changes = Vec<(&'static str, Option<String>)>;

/// Context of the `/trip` page: what it shows and how to change it.
#[derive(Clone, Copy)]
pub struct TripEdit {
    /// The trip shown and whose it is.
    pub shown: Memo<Shown>,
    trip: TripCtx,
    set_params: UnsyncCallback<Changes>,
    /// The last change, for screen readers (an `aria-live` region).
    pub announcement: RwSignal<String>,
    /// The trip before "clear all", while its undo is offered.
    cleared: RwSignal<Option<Trip>>,
    /// True when "save as my trip" asks before replacing the own trip.
    pub confirming: RwSignal<bool>,
    /// True after a shared trip was saved as the own.
    saved: RwSignal<bool>,
    /// The language in force.
    pub lang: Memo<crate::domain::Lang>,
}

impl TripEdit {
    /// The page's editing context (call inside the page's component).
    pub fn new(shown: Memo<Shown>, trip: TripCtx) -> Self {
        let set = use_set_params();
        TripEdit {
            shown,
            trip,
            set_params: UnsyncCallback::new(move |changes: Changes| set(&changes)),
            announcement: RwSignal::new(String::new()),
            cleared: RwSignal::new(None),
            confirming: RwSignal::new(false),
            saved: RwSignal::new(false),
            lang: use_lang(),
        }
    }

    /// Writes `trip` as the page's URL (replacing the history entry).
    pub fn write_url(&self, trip: &Trip) {
        self.set_params.run(vec![
            ("d", Some(trip.days_param())),
            ("start", trip.start.map(format_day)),
            ("mode", Some(trip.mode.slug().to_owned())),
        ]);
    }

    /// Makes `trip` the shown one: the own trip is stored too.
    pub fn commit(&self, trip: Trip) {
        if self.shown.with_untracked(|s| s.source) == Source::Own {
            self.trip.set_own(trip.clone());
        }
        self.write_url(&trip);
    }

    /// Applies `f` to a copy of the shown trip and commits it when `f`
    /// says it changed something; returns that.
    pub fn change(&self, f: impl FnOnce(&mut Trip) -> bool) -> bool {
        let mut trip = self.shown.with_untracked(|s| s.trip.clone());
        let changed = f(&mut trip);
        if changed {
            self.commit(trip);
        }
        changed
    }

    /// Says `text` to screen readers.
    pub fn announce(&self, text: String) {
        self.announcement.set(text);
    }

    /// Removes every stop, keeping the old trip for "undo".
    pub fn clear(&self) {
        let before = self.shown.with_untracked(|s| s.trip.clone());
        if self.change(|t| {
            t.clear();
            true
        }) {
            self.cleared.set(Some(before));
            request_animation_frame(|| focus(".trip-undo"));
        }
    }

    /// Brings back the trip "clear all" removed.
    fn undo(&self) {
        if let Some(before) = self.cleared.get_untracked() {
            self.cleared.set(None);
            self.commit(before);
        }
    }

    /// Makes the shown (shared) trip the visitor's own.
    fn save_as_mine(&self) {
        let trip = self.shown.with_untracked(|s| s.trip.clone());
        self.confirming.set(false);
        self.trip.set_own(trip);
        self.saved.set(true);
        // The button is gone with the shared bar: the focus goes to the
        // confirmation, which says what happened.
        request_animation_frame(|| focus(".trip-saved"));
    }

    /// "Cleared" with its undo button, or "saved", while they apply.
    pub fn cleared_notice(&self) -> Option<AnyView> {
        let edit = *self;
        if self.cleared.get().is_some() {
            return Some(
                view! {
                    <div class="notice trip-cleared" role="status">
                        <p>{tr(|t| t.trip_cleared)}</p>
                        <button type="button" class="button trip-undo" on:click=move |_| edit.undo()>
                            {tr(|t| t.undo)}
                        </button>
                    </div>
                }
                .into_any(),
            );
        }
        self.saved.get().then(|| {
            view! {
                <p class="notice trip-saved" role="status" tabindex="-1">{tr(|t| t.trip_saved)}</p>
            }
            .into_any()
        })
    }
}

/// Above a shared trip: what it is, and "save as my trip" (which asks
/// first, inline, when the own trip is not empty).
#[component]
pub fn SharedBar() -> impl IntoView {
    let lang = use_lang();
    let edit = expect_context::<TripEdit>();
    let own = edit.trip.own;
    let on_save = move |_| {
        if own.with_untracked(Trip::is_empty) {
            edit.save_as_mine();
        } else {
            edit.confirming.set(true);
            request_animation_frame(|| focus(".trip-confirm-yes"));
        }
    };
    let confirm = move || {
        edit.confirming.get().then(|| {
            let l = lang.get();
            let n = own.with(Trip::count);
            view! {
                <div class="trip-confirm" role="group" aria-labelledby="trip-confirm-q">
                    <p id="trip-confirm-q">{(texts(l).trip_replace_question)(n)}</p>
                    <button type="button" class="button trip-confirm-yes" on:click=move |_| edit.save_as_mine()>
                        {texts(l).trip_replace}
                    </button>
                    <button type="button" class="button-quiet" on:click=move |_| {
                        edit.confirming.set(false);
                        request_animation_frame(|| focus(".trip-save"));
                    }>
                        {texts(l).cancel}
                    </button>
                </div>
            }
        })
    };
    view! {
        <section class="trip-shared" aria-label=tr(|t| t.trip_shared)>
            <p>{tr(|t| t.trip_shared_note)}</p>
            <button
                type="button"
                class="button trip-save"
                on:click=on_save
                prop:hidden=move || edit.confirming.get()
            >
                {tr(|t| t.trip_save_as_mine)}
            </button>
            {confirm}
        </section>
    }
}
