//! The editors' data tools. Every path checks with the app's own validator
//! ([`crate::domain::validate`]) and reports in Latvian or English with the
//! i18n tables; nothing that does not validate is written.
//!
//! - [`table`] and [`import`] build for every target: spreadsheets (CSV)
//!   into the dataset, with the problems by file, row and column. The
//!   `selija-data import-csv` command and the app's `/check` page both use
//!   them, so the two say exactly the same about the same file.
//! - [`check`], [`locate`] and the commands (`selija-data`, whose
//!   arguments `src/bin/selija-data.rs` parses) are native only: they read
//!   and write files, and place JSON problems at their line and column.

pub mod import;
pub mod table;

#[cfg(not(target_arch = "wasm32"))]
pub mod check;
#[cfg(not(target_arch = "wasm32"))]
mod commands;
#[cfg(not(target_arch = "wasm32"))]
pub mod locate;

#[cfg(not(target_arch = "wasm32"))]
pub use commands::*;
