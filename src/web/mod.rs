//! Browser glue: fetching the dataset and the few browser settings the app
//! reads or writes. Every call here tolerates a missing browser API.

pub mod boot;
pub mod clock;
pub mod data;
pub mod download;
pub mod embed;
pub mod focus;
pub mod locate;
pub mod media;
pub mod nav;
pub mod panic;
pub mod prefs;
pub mod sw;
pub mod trip_store;

/// The page's document, if there is one.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
