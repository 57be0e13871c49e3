//! The pure core: the data model, its validation, and the filter with its URL
//! codec. Nothing here knows about the browser.

pub mod calendar;
pub mod dates;
pub mod embed;
pub mod filter;
pub mod flags;
pub mod ics;
pub mod model;
pub mod num;
pub mod opendata;
pub mod query;
pub mod route;
pub mod text;
pub mod trip;
pub mod validate;

pub use dates::When;
pub use model::*;
pub use text::{fold, Lang, Localized};
