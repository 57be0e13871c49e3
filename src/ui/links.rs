//! The app's links to a place or an event. Relative, like every link in
//! the app: they resolve against `<base href>`, so the app also works under
//! a sub-path (code opens such links with `state::use_go`). `suffix` is the
//! query to keep (the filters and the language: `state::use_query_suffix`).

/// The link to a place's page.
pub fn place_href(id: &str, suffix: &str) -> String {
    format!("place/{id}{suffix}")
}

/// The link to an event's page.
pub fn event_href(id: &str, suffix: &str) -> String {
    format!("event/{id}{suffix}")
}
