//! The visitor's own trip in `localStorage`, in the domain's versioned
//! format (`Trip::to_storage`). Storage can be missing, full, or throw on
//! every touch (private windows, sandboxed or partitioned frames): each
//! call says whether it worked, and never panics, so the trip can live on
//! in the app's state and the URL.

/// The storage key of the visitor's own trip.
pub const TRIP_KEY: &str = "selijas-salas.trip";

/// Storage, when the browser lets the page have it (the `localStorage`
/// getter itself throws in some frames: that is an `Err` here, not a panic).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What reading the stored trip found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Storage works and holds this text.
    Text(String),
    /// Storage works and holds no trip.
    Nothing,
    /// Storage cannot be used on this visit.
    Unavailable,
}

/// Reads the stored trip's text.
pub fn load() -> Stored {
    let Some(s) = storage() else {
        return Stored::Unavailable;
    };
    match s.get_item(TRIP_KEY) {
        Ok(Some(text)) => Stored::Text(text),
        Ok(None) => Stored::Nothing,
        Err(_) => Stored::Unavailable,
    }
}

/// Writes the trip's text; false when storage refused (missing, full,
/// throwing).
pub fn save(text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(TRIP_KEY, text).is_ok())
}

/// Forgets the stored trip (corrupt data the app has discarded); false
/// when storage refused.
pub fn discard() -> bool {
    storage().is_some_and(|s| s.remove_item(TRIP_KEY).is_ok())
}
