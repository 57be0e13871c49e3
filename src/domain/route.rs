//! Which page a path shows. The app has four flat routes, so it matches
//! them itself: leptos_router's route components (with their async route
//! data machinery) cost about 17 KB of the gzipped bundle for what is a
//! `match` on two path segments. The router still owns history, links and
//! navigation; the app reads the path it reports (see `app.rs`).

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// `/`: filters, list and map.
    Home,
    /// `/place/:id`.
    Place(String),
    /// `/calendar`.
    Calendar,
    /// `/event/:id`.
    Event(String),
    /// `/embed`: the places (map, list or both) without the site's chrome,
    /// for partners' iframes.
    Embed,
    /// `/embed/calendar`: the calendar without the site's chrome.
    EmbedCalendar,
    /// `/embed/…` naming no view (a mistyped `src` on a partner's page):
    /// says so inside the frame, without the site's chrome.
    EmbedNotFound,
    /// `/share`: writes the snippet that embeds a view.
    Share,
    /// `/trip`: the trip planner (its trip is in the query, or the
    /// visitor's own).
    Trip,
    /// `/check`: editors check a data file in the browser. Not `/data`:
    /// that is the folder of the data file itself, which static hosts
    /// answer with a redirect or a listing.
    Data,
    /// Anything else.
    NotFound,
}

impl Page {
    /// The page for `path` (as the browser has it, without the query), for
    /// an app served under `base` (`""` at the root, or like `"/selija"`).
    /// A trailing slash is allowed, and `/index.html` is the home page.
    /// Ids are taken as they are: valid ids are lowercase ASCII slugs,
    /// which need no decoding.
    pub fn from_path(path: &str, base: &str) -> Page {
        let Some(rest) = path.strip_prefix(base) else {
            return Page::NotFound;
        };
        // "/selijas" is not under the base "/selija".
        if !(rest.is_empty() || rest.starts_with('/')) {
            return Page::NotFound;
        }
        // A server without a History-API fallback (or a bookmark) may name
        // the page file itself: `/index.html` is the home page.
        let rest = match rest.strip_suffix("/index.html") {
            Some("") => "/",
            _ => rest,
        };
        let mut parts = rest.trim_matches('/').split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(""), None, None) => Page::Home,
            (Some("calendar"), None, None) => Page::Calendar,
            (Some("embed"), None, None) => Page::Embed,
            (Some("embed"), Some("calendar"), None) => Page::EmbedCalendar,
            (Some("embed"), Some(_), _) => Page::EmbedNotFound,
            (Some("share"), None, None) => Page::Share,
            (Some("trip"), None, None) => Page::Trip,
            (Some("check"), None, None) => Page::Data,
            (Some("place"), Some(id), None) if !id.is_empty() => Page::Place(id.to_owned()),
            (Some("event"), Some(id), None) if !id.is_empty() => Page::Event(id.to_owned()),
            _ => Page::NotFound,
        }
    }

    /// Whether the page is drawn without the site's header and footer (the
    /// embeds).
    pub fn is_embed(&self) -> bool {
        matches!(
            self,
            Page::Embed | Page::EmbedCalendar | Page::EmbedNotFound
        )
    }

    /// The id of a place or event page.
    pub fn id(&self) -> Option<&str> {
        match self {
            Page::Place(id) | Page::Event(id) => Some(id),
            _ => None,
        }
    }
}
