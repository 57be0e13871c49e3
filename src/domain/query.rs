//! The URL codec of the filter (and the language): the one place that knows
//! how `?m=jekabpils,augsdaugava&q=sece&lang=en` maps to app state.
//!
//! Unknown or malformed values are dropped and reported as [`Notice`]s, so a
//! mistyped link still opens a working app.

use super::dates::{format_day, parse_day};
use super::filter::Filter;
use super::flags::{Flag, FlagSet};
use super::text::Lang;
use std::str::FromStr;

/// Query keys the filter owns. Other keys (`lang`, `p`, `at`, ...) are left
/// alone when the filter is written back.
pub const FILTER_KEYS: [&str; 6] = ["m", "q", "kind", "cat", "from", "to"];

/// Query keys that mean the same on every page, so links from one page to
/// another (the header's) carry them: the filter, the language, and the two
/// settings a partner's link or an embedding page chooses for the whole
/// visit (`tiles=off` for the offline base map, `gestures=cooperative` for
/// scrolling past an embedded map). The rest belong to one page (`p`, `at`,
/// `view` to the home page's map and list; `month`, `day` to the calendar)
/// and are left behind; see [`shared_query`].
pub const SHARED_KEYS: [&str; 9] = [
    "m", "q", "kind", "cat", "from", "to", "lang", "tiles", "gestures",
];

/// Longest search text kept from a URL.
pub const QUERY_MAX: usize = 100;

/// Query keys only an embed reads (`/embed…`); the "open full map" link
/// leaves them out.
pub const EMBED_KEYS: [&str; 4] = ["lock", "height", "link", "gestures"];

/// The map height of an embed when the link gives none, in CSS pixels.
pub const EMBED_HEIGHT_DEFAULT: u32 = 480;
/// The lowest map height an embed takes (`height=` below it is raised).
pub const EMBED_HEIGHT_MIN: u32 = 200;
/// The highest map height an embed takes (`height=` above it is lowered).
pub const EMBED_HEIGHT_MAX: u32 = 2000;

/// `link=`: where links inside an embed open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LinkTarget {
    /// `blank`: a new tab (with `rel="noopener"`), the default.
    #[default]
    Blank,
    /// `top`: the partner's own tab, replacing its page.
    Top,
}

impl LinkTarget {
    /// The value of a link's `target` attribute.
    pub fn target(self) -> &'static str {
        match self {
            LinkTarget::Blank => "_blank",
            LinkTarget::Top => "_top",
        }
    }
}

/// What a visitor chose with a link's key, for saying which value was not
/// understood in words rather than by the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkChoice {
    Municipality,
    Kind,
    Category,
    Date,
    Month,
    Place,
    Language,
    View,
    MapView,
}

impl LinkChoice {
    /// The choice behind `key`; `None` for the embeds' settings
    /// (`tiles`, `gestures`, `height`…), which partners type by key.
    pub fn of_key(key: &str) -> Option<Self> {
        Some(match key {
            "m" => Self::Municipality,
            "kind" => Self::Kind,
            "cat" => Self::Category,
            "from" | "to" | "day" => Self::Date,
            "month" => Self::Month,
            "p" => Self::Place,
            "lang" => Self::Language,
            "view" => Self::View,
            "at" => Self::MapView,
            _ => return None,
        })
    }
}

/// A value in the URL that was ignored.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Notice {
    /// The query key (`m`, `lang`, ...).
    pub key: String,
    /// The value that was not understood.
    pub value: String,
}

/// The app state a URL query describes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    /// The filter.
    pub filter: Filter,
    /// `lang=`, when given and valid.
    pub lang: Option<Lang>,
    /// `p=`: the selected place's id (a slug; whether it exists is for the
    /// view to check, it knows the data).
    pub place: Option<String>,
    /// `at=zoom/lat/lon`: the map view.
    pub at: Option<MapAt>,
    /// `tiles=off`: use the offline base map only.
    pub tiles_off: bool,
    /// `gestures=cooperative`: the page scrolls; the map needs Ctrl+wheel or
    /// two fingers (for embedding in other pages).
    pub cooperative: bool,
    /// `gestures=free`: an embed's map takes the wheel and one finger as a
    /// full page's does (embeds are cooperative otherwise).
    pub gestures_free: bool,
    /// `lock=1`: an embed's preset (municipalities, kinds, categories) cannot
    /// be changed; only the text search narrows it.
    pub lock: bool,
    /// `height=<px>`: an embed's map height, clamped to
    /// [`EMBED_HEIGHT_MIN`]..=[`EMBED_HEIGHT_MAX`].
    pub height: Option<u32>,
    /// `link=top|blank`: where an embed's links open.
    pub link: LinkTarget,
    /// `month=YYYY-MM`: the calendar's month.
    pub month: Option<super::calendar::YearMonth>,
    /// `view=`: which view a page shows (see [`View`]).
    pub view: Option<View>,
    /// `day=YYYY-MM-DD`: the calendar's open day.
    pub day: Option<chrono::NaiveDate>,
    /// What was ignored.
    pub notices: Vec<Notice>,
}

/// `view=`: the calendar's month grid or list, or the home page's list or
/// map (phones show one of the two at a time; wider screens both).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// `month`: the calendar's month grid.
    Month,
    /// `list`: the calendar's agenda, or the home page's list of places.
    List,
    /// `map`: the home page's map.
    Map,
    /// `both`: an embed's list and map side by side (where wide enough).
    Both,
}

/// A map view in a URL: `at=9.00/56.3120/25.9010` (zoom, latitude, longitude).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapAt {
    /// Zoom level, 0–20.
    pub zoom: f64,
    /// Latitude of the centre, degrees.
    pub lat: f64,
    /// Longitude of the centre, degrees.
    pub lon: f64,
}

impl FromStr for MapAt {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let mut parts = s
            .split('/')
            .map(|p| super::num::parse_decimal(p.trim()).ok_or(()));
        let (Some(Ok(zoom)), Some(Ok(lat)), Some(Ok(lon)), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(());
        };
        let ok = (0.0..=20.0).contains(&zoom)
            && (-85.0..=85.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon);
        if ok {
            Ok(MapAt { zoom, lat, lon })
        } else {
            Err(())
        }
    }
}

impl std::fmt::Display for MapAt {
    /// Two decimals of zoom, four of degrees (about 10 m): short links.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use super::num::fixed;
        write!(
            f,
            "{}/{}/{}",
            fixed(self.zoom, 2),
            fixed(self.lat, 4),
            fixed(self.lon, 4)
        )
    }
}

/// Reads the filter and language from decoded query pairs.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> UrlState {
    let mut state = UrlState::default();
    for (key, value) in pairs {
        let f = &mut state.filter;
        let notices = &mut state.notices;
        match key {
            "m" => set_of(key, value, &mut f.municipalities, notices),
            "kind" => set_of(key, value, &mut f.kinds, notices),
            "cat" => set_of(key, value, &mut f.categories, notices),
            // Kept as typed (inner and trailing spaces included) so the search
            // box, which writes every keystroke to the URL, never eats a space.
            "q" if value.trim().is_empty() => f.query.clear(),
            "q" => f.query = value.chars().take(QUERY_MAX).collect(),
            "from" | "to" => match parse_day(value) {
                Ok(d) if key == "from" => f.from = Some(d),
                Ok(d) => f.to = Some(d),
                Err(_) if value.is_empty() => {}
                Err(_) => notices.push(notice(key, value)),
            },
            // An empty value is no choice (as for `from`, `to`, `p`), not a wrong one.
            "lang" if value.is_empty() => {}
            "lang" => match value.parse() {
                Ok(lang) => state.lang = Some(lang),
                Err(()) => notices.push(notice(key, value)),
            },
            "p" if super::model::is_slug(value) => state.place = Some(value.to_owned()),
            "at" => match value.parse() {
                Ok(at) => state.at = Some(at),
                Err(()) => notices.push(notice(key, value)),
            },
            "month" => match value.parse() {
                Ok(m) => state.month = Some(m),
                Err(_) => notices.push(notice(key, value)),
            },
            "view" => match value {
                "month" => state.view = Some(View::Month),
                "list" => state.view = Some(View::List),
                "map" => state.view = Some(View::Map),
                "both" => state.view = Some(View::Both),
                _ => notices.push(notice(key, value)),
            },
            "day" => match parse_day(value) {
                Ok(d) => state.day = Some(d),
                Err(_) => notices.push(notice(key, value)),
            },
            // Other values were dropped silently; they get a notice like
            // every other value the link does not understand.
            "tiles" => match value {
                "off" => state.tiles_off = true,
                "" | "on" => state.tiles_off = false,
                _ => notices.push(notice(key, value)),
            },
            "gestures" => match value {
                "cooperative" => state.cooperative = true,
                "free" => state.gestures_free = true,
                "" => state.cooperative = false,
                _ => notices.push(notice(key, value)),
            },
            "lock" => match value {
                "1" | "true" => state.lock = true,
                "0" | "false" | "" => {}
                _ => notices.push(notice(key, value)),
            },
            "height" => match value.trim().trim_end_matches("px").parse::<u32>() {
                Ok(h) => state.height = Some(h.clamp(EMBED_HEIGHT_MIN, EMBED_HEIGHT_MAX)),
                Err(_) => notices.push(notice(key, value)),
            },
            "link" => match value {
                "blank" => state.link = LinkTarget::Blank,
                "top" => state.link = LinkTarget::Top,
                _ => notices.push(notice(key, value)),
            },
            "p" if !value.is_empty() => notices.push(notice(key, value)),
            _ => {}
        }
    }
    // A day outside the month shown cannot be opened: say so rather than
    // dropping it silently.
    if let (Some(d), Some(m)) = (state.day, state.month) {
        if super::calendar::YearMonth::checked_of(d) != Some(m) {
            state.notices.push(notice("day", &format_day(d)));
            state.day = None;
        }
    }
    // One notice per distinct value: `cat=x,x,x,...` says "x" once.
    let mut seen = std::collections::HashSet::new();
    state.notices.retain(|n| seen.insert(n.clone()));
    state
}

fn notice(key: &str, value: &str) -> Notice {
    Notice {
        key: key.to_owned(),
        value: value.chars().take(40).collect(),
    }
}

/// Adds every comma-separated value that parses; reports the rest.
fn set_of<T: FromStr + Flag>(
    key: &str,
    value: &str,
    set: &mut FlagSet<T>,
    notices: &mut Vec<Notice>,
) {
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part.parse() {
            Ok(v) => {
                set.insert(v);
            }
            Err(_) => notices.push(notice(key, part)),
        }
    }
}

/// The filter as query pairs, in a fixed order, leaving out what is empty.
pub fn encode(filter: &Filter) -> Vec<(&'static str, String)> {
    fn join<T: Flag + ToString>(set: &FlagSet<T>) -> String {
        set.iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(",")
    }
    let mut out = Vec::new();
    if !filter.municipalities.is_empty() {
        out.push(("m", join(&filter.municipalities)));
    }
    if !filter.query.trim().is_empty() {
        out.push(("q", filter.query.clone()));
    }
    if !filter.kinds.is_empty() {
        out.push(("kind", join(&filter.kinds)));
    }
    if !filter.categories.is_empty() {
        out.push(("cat", join(&filter.categories)));
    }
    if let Some(d) = filter.from {
        out.push(("from", format_day(d)));
    }
    if let Some(d) = filter.to {
        out.push(("to", format_day(d)));
    }
    out
}

/// The pairs of `current` that every page shares ([`SHARED_KEYS`]), in
/// their order: what a link to another page carries from this one.
pub fn shared_query(current: &[(String, String)]) -> Vec<(String, String)> {
    current
        .iter()
        .filter(|(k, _)| SHARED_KEYS.contains(&k.as_str()))
        .cloned()
        .collect()
}

/// Builds a query string (`?a=b&c=d`, or empty) from pairs, percent-encoding
/// values. Commas, slashes and colons stay readable: `m=jekabpils,augsdaugava`,
/// `at=9.00/56.3120/25.9010`.
pub fn to_query_string<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        out.push(if out.is_empty() { '?' } else { '&' });
        encode_component(k.as_ref(), &mut out);
        out.push('=');
        encode_component(v.as_ref(), &mut out);
    }
    out
}

/// Sets (or, with `None`, removes) one key in `current`, keeping the order
/// of the others; a new key goes last. Returns the new query string.
pub fn with_key(current: &[(String, String)], key: &str, value: Option<&str>) -> String {
    let mut pairs: Vec<(String, String)> = Vec::with_capacity(current.len() + 1);
    let mut done = false;
    for (k, v) in current {
        if k != key {
            pairs.push((k.clone(), v.clone()));
        } else if let (Some(value), false) = (value, done) {
            pairs.push((k.clone(), value.to_owned()));
            done = true;
        }
    }
    if let (Some(value), false) = (value, done) {
        pairs.push((key.to_owned(), value.to_owned()));
    }
    to_query_string(&pairs)
}

/// Like [`with_key`] for several keys at once: `current` (a query string,
/// with or without `?`) with each key set or, for `None`, removed.
pub fn with_keys(current: &str, changes: &[(&str, Option<&str>)]) -> String {
    let mut pairs = parse_query_string(current);
    let mut out = to_query_string(&pairs);
    for (key, value) in changes {
        out = with_key(&pairs, key, *value);
        pairs = parse_query_string(&out);
    }
    out
}

/// Replaces the filter's keys in `current` (other pairs keep their order)
/// and returns the new query string.
pub fn with_filter(current: &[(String, String)], filter: &Filter) -> String {
    let mut pairs: Vec<(String, String)> = current
        .iter()
        .filter(|(k, _)| !FILTER_KEYS.contains(&k.as_str()))
        .cloned()
        .collect();
    let filter_pairs = encode(filter);
    // Filter keys go first so links read naturally: ?m=...&lang=en
    pairs.splice(
        0..0,
        filter_pairs.into_iter().map(|(k, v)| (k.to_owned(), v)),
    );
    to_query_string(&pairs)
}

/// Percent-encodes a query component (also used for `data:` links).
pub fn encode_component(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b','
            | b'/'
            | b':' => out.push(b as char),
            _ => {
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
}

/// Decodes a percent-encoded query component (`+` is a space). Invalid
/// escapes are kept as they are; invalid UTF-8 becomes U+FFFD.
pub fn decode_component(s: &str) -> String {
    let b = s.as_bytes();
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => bytes.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(b[i + 1]), hex(b[i + 2])) {
                    (Some(h), Some(l)) => {
                        bytes.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => bytes.push(b'%'),
                }
            }
            c => bytes.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Splits a query string (with or without `?`) into decoded pairs.
pub fn parse_query_string(s: &str) -> Vec<(String, String)> {
    s.trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}
