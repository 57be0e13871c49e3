//! The fixed texts of the pages the build writes (`src/pages`): their
//! titles, descriptions and preview texts, read by crawlers and link
//! previews before any wasm runs. Each language's values are in its own
//! file (`lv.rs`, `en.rs`), beside the app's texts.

/// Every fixed text a generated page's head uses.
#[derive(Debug)]
pub struct PageTexts {
    /// The network's name: `og:site_name`, the oEmbed provider, page titles.
    pub site_name: &'static str,
    /// The one-line description of the app.
    pub tagline: &'static str,
    /// The home page's title.
    pub home_title: &'static str,
    /// The home page's description.
    pub home_description: &'static str,
    /// The calendar page's title.
    pub calendar_title: &'static str,
    /// The calendar page's description.
    pub calendar_description: &'static str,
    /// The embedded map's title (`/embed`).
    pub embed_title: &'static str,
    /// The embedded calendar's title (`/embed/calendar`).
    pub embed_calendar_title: &'static str,
    /// The trip planner's description (`/trip`, whose links visitors share).
    pub trip_description: &'static str,
    /// The preview image's alt text.
    pub image_alt: &'static str,
    /// Shown with JavaScript off (`<noscript>`): what works and what not.
    pub noscript: &'static str,
    /// A place page's title; `{name}` is the place's name.
    pub place_title: &'static str,
    /// An event page's title; `{title}` is the event's title.
    pub event_title: &'static str,
    /// A place's description when the data has none; `{kind}` and
    /// `{municipality}` are filled in.
    pub place_fallback: &'static str,
    /// Joins an event's date and its description: `{when}`, `{text}`.
    pub event_description: &'static str,
}
