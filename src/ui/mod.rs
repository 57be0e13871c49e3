//! Components. They read shared state from context, derive what they show
//! with memos, and write only through the URL (see `state`).

pub mod calendar;
pub mod data_page;
pub mod downloads;
pub mod embed;
pub mod event_page;
pub mod filters;
pub mod home;
pub mod links;
pub mod map;
pub mod not_found;
pub mod offline;
pub mod place_list;
pub mod place_page;
pub mod profile;
pub mod share;
pub mod shell;
pub mod status;
pub mod trip;
