//! The visitor's own trip: in app state for the visit, and in
//! `localStorage` (`web::trip_store`) for the next one. Provided once as
//! [`TripCtx`]; every change to the own trip goes through
//! [`TripCtx::set_own`], which writes storage too.
//!
//! Storage may fail in every way (missing, full, throwing): the trip then
//! lives on in state and the `/trip` URL, and the visitor is told once,
//! gently ([`TripNotice::NotRemembered`]). A stored trip that cannot be
//! read is discarded with a notice; stops the data no longer has are
//! dropped with a notice naming how many.

use crate::domain::trip::{Stop, StorageError, Toggled, Trip, MAX_STOPS};
use crate::state::use_data;
use crate::web::trip_store::{self, Stored};
use leptos::prelude::*;

/// Something the app tells the visitor about their trip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TripNotice {
    /// Storage cannot be used: the trip is not remembered after the visit.
    NotRemembered,
    /// The stored trip could not be read and was discarded.
    Discarded(StorageError),
    /// This many stops are no longer in the data and were dropped.
    Gone(usize),
    /// The trip is full; nothing more can be added.
    Full,
}

/// Context: the visitor's own trip and what the app has to say about it.
#[derive(Clone, Copy)]
pub struct TripCtx {
    /// The visitor's own trip (read it; write through [`TripCtx::set_own`]).
    pub own: RwSignal<Trip>,
    /// Notices not yet dismissed, oldest first.
    pub notices: RwSignal<Vec<TripNotice>>,
    /// Whether storage worked when the visit began.
    storage_ok: StoredValue<bool>,
    /// Whether the visitor was told the trip is not remembered (once).
    warned: StoredValue<bool>,
}

impl TripCtx {
    /// Replaces the own trip and stores it.
    pub fn set_own(&self, trip: Trip) {
        if !trip_store::save(&trip.to_storage()) {
            self.not_remembered();
        }
        self.own.set(trip);
    }

    /// Adds the stop to the own trip, or removes it when it is there.
    pub fn toggle(&self, stop: Stop) {
        let mut trip = self.own.get_untracked();
        match trip.toggle(stop) {
            Toggled::Added | Toggled::Removed => self.set_own(trip),
            Toggled::Refused => self.notify(TripNotice::Full),
        }
    }

    /// Says once per visit that the trip will not be remembered.
    pub fn not_remembered(&self) {
        if !self.warned.get_value() {
            self.warned.set_value(true);
            self.notify(TripNotice::NotRemembered);
        }
    }

    /// Tells the visitor now if storage did not work when the visit began
    /// (the `/trip` page asks, so a visitor who never plans is not bothered).
    pub fn check_storage(&self) {
        if !self.storage_ok.get_value() {
            self.not_remembered();
        }
    }

    /// Shows a notice (once while it is shown).
    pub fn notify(&self, notice: TripNotice) {
        self.notices.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }

    /// Hides a notice.
    pub fn dismiss(&self, notice: &TripNotice) {
        self.notices.update(|list| list.retain(|n| n != notice));
    }
}

/// Reads the stored trip and provides [`TripCtx`]. Call once, after the
/// app state (it reads the dataset to drop ids that are gone).
pub fn provide_trip() {
    let mut notices = Vec::new();
    let (trip, storage_ok) = match trip_store::load() {
        Stored::Text(text) => match Trip::from_storage(&text) {
            Ok(decoded) => (decoded.trip, true),
            Err(e) => {
                // Discarded for good, so the notice is not repeated on
                // every visit.
                let _ = trip_store::discard();
                notices.push(TripNotice::Discarded(e));
                (Trip::default(), true)
            }
        },
        Stored::Nothing => (Trip::default(), true),
        Stored::Unavailable => (Trip::default(), false),
    };
    let ctx = TripCtx {
        own: RwSignal::new(trip),
        notices: RwSignal::new(notices),
        storage_ok: StoredValue::new(storage_ok),
        warned: StoredValue::new(false),
    };
    provide_context(ctx);

    // Once the data is in, stops it no longer has leave the trip (a
    // one-off reconciliation of stored state with loaded data, not a
    // derived value: it runs until the data has loaded, then never again).
    let data = use_data();
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(loaded) = data.get().and_then(Result::ok) else {
            return false;
        };
        let resolved = ctx.own.with_untracked(|t| t.resolve(&loaded.dataset));
        if !resolved.gone.is_empty() {
            ctx.notify(TripNotice::Gone(resolved.gone.len()));
            ctx.set_own(resolved.trip);
        }
        true
    });
}

/// The trip context.
pub fn use_trip() -> TripCtx {
    expect_context::<TripCtx>()
}

/// The most stops a trip holds, for the "full" notice.
pub const LIMIT: usize = MAX_STOPS;
