//! Sēlijas salas: the community map and calendar of Sēlija.
//!
//! `domain` and `i18n` are pure Rust (no browser, no leptos) and are tested
//! natively with `cargo test`. The user interface (`app`, `state`, `ui`, `web`)
//! is compiled only for the browser (wasm32).

pub mod domain;
pub mod geo;
pub mod i18n;
pub mod sort;

/// The build-time page writer: a native tool, never part of the app.
#[cfg(not(target_arch = "wasm32"))]
pub mod pages;

/// The editors' data tools: spreadsheet import for `selija-data` and the
/// `/check` page (every target); the commands themselves (native only).
pub mod datatools;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
