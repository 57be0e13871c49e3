//! Embedding a view in a partner's page: the options `/share` offers, the
//! `/embed…` link they make, the HTML snippets that frame it, the "open full
//! map" link, and what an embed reads from its URL's fragment. Pure string
//! work, tested natively; the browser glue is `web::embed`.

use super::flags::FlagSet;
use super::query::{
    parse_query_string, to_query_string, EMBED_HEIGHT_DEFAULT, EMBED_HEIGHT_MAX, EMBED_HEIGHT_MIN,
    EMBED_KEYS,
};
use super::text::Lang;
use super::MunicipalityId;

/// Filter keys `/share` carries over from the view it was opened from when
/// "keep the current filters" is on (municipalities are chosen on the form).
const CARRIED_KEYS: [&str; 8] = ["q", "kind", "cat", "from", "to", "p", "at", "month"];

/// The lowest and highest height a partner's page gives an embed's frame
/// (`public/embed.js` clamps to the same range).
pub const FRAME_MIN: u32 = 200;
/// See [`FRAME_MIN`].
pub const FRAME_MAX: u32 = 4000;

/// Height of what surrounds an embedded map (the search bar and the count
/// above it; the attribution and the "open the full map" line under it),
/// added to the map's height for a plain iframe, which cannot measure
/// itself. Measured in both languages: 198 px in a frame 700 px wide or
/// more, 241 px at 320–480 px, where the lines under the map wrap; so the
/// map and its attribution are whole in a frame of any width, with a few
/// pixels to spare for a partner's font.
const MAP_CHROME: u32 = 248;
/// A plain iframe's height for the list and calendar views, which size to
/// their content only with `embed.js` (or WordPress).
const LIST_FRAME: u32 = 640;

/// What an embed shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedView {
    /// The map alone (`/embed`, the default).
    Map,
    /// The list of places alone (`/embed?view=list`).
    List,
    /// List and map side by side (`/embed?view=both`).
    Both,
    /// The calendar's month grid (`/embed/calendar?view=month`).
    CalendarMonth,
    /// The calendar's list of events (`/embed/calendar?view=list`).
    CalendarList,
}

impl EmbedView {
    /// Every view, in the order `/share` offers them.
    pub const ALL: [EmbedView; 5] = [
        EmbedView::Map,
        EmbedView::List,
        EmbedView::Both,
        EmbedView::CalendarMonth,
        EmbedView::CalendarList,
    ];

    /// A stable name (form values, element ids).
    pub fn code(self) -> &'static str {
        match self {
            EmbedView::Map => "map",
            EmbedView::List => "list",
            EmbedView::Both => "both",
            EmbedView::CalendarMonth => "calendar-month",
            EmbedView::CalendarList => "calendar-list",
        }
    }

    /// Whether it is one of the calendar's views.
    pub fn is_calendar(self) -> bool {
        matches!(self, EmbedView::CalendarMonth | EmbedView::CalendarList)
    }

    /// Whether it shows the map (and so takes a `height`).
    pub fn has_map(self) -> bool {
        matches!(self, EmbedView::Map | EmbedView::Both)
    }

    /// The embed's path, relative to the app's base.
    fn path(self) -> &'static str {
        if self.is_calendar() {
            "embed/calendar"
        } else {
            "embed"
        }
    }

    /// The `view=` value, or `None` for the default (the map).
    fn param(self) -> Option<&'static str> {
        match self {
            EmbedView::Map => None,
            EmbedView::List | EmbedView::CalendarList => Some("list"),
            EmbedView::Both => Some("both"),
            EmbedView::CalendarMonth => Some("month"),
        }
    }
}

/// What `/share` builds an embed from.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedOptions {
    /// What it shows.
    pub view: EmbedView,
    /// The municipalities it shows (none: all of Sēlija).
    pub municipalities: FlagSet<MunicipalityId>,
    /// Whether to keep the other filters of the view `/share` was opened
    /// from (search, kinds, categories, dates, selected place, map view).
    pub keep_filters: bool,
    /// Those filters, as query pairs.
    pub carried: Vec<(String, String)>,
    /// Its language.
    pub lang: Lang,
    /// `lock=1`: the preset cannot be changed.
    pub lock: bool,
    /// The map's height in pixels (map views only).
    pub height: u32,
}

impl EmbedOptions {
    /// The options `/share?…` starts with: the view it was opened from
    /// (`of=calendar` for the calendar's, otherwise the places'), that
    /// view's filters, and the language in force (`lang`).
    pub fn from_share_query(query: &str, lang: Lang) -> EmbedOptions {
        let pairs = parse_query_string(query);
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        let calendar = get("of") == Some("calendar");
        let view = match (calendar, get("view")) {
            (true, Some("list")) => EmbedView::CalendarList,
            (true, _) => EmbedView::CalendarMonth,
            (false, Some("list")) => EmbedView::List,
            (false, Some("both")) => EmbedView::Both,
            (false, _) => EmbedView::Map,
        };
        let municipalities = get("m")
            .map(|m| m.split(',').filter_map(|s| s.trim().parse().ok()).collect())
            .unwrap_or_default();
        let carried: Vec<(String, String)> = pairs
            .iter()
            .filter(|(k, v)| CARRIED_KEYS.contains(&k.as_str()) && !v.trim().is_empty())
            .cloned()
            .collect();
        let height = get("height")
            .and_then(|h| h.parse::<u32>().ok())
            .map_or(EMBED_HEIGHT_DEFAULT, |h| {
                h.clamp(EMBED_HEIGHT_MIN, EMBED_HEIGHT_MAX)
            });
        EmbedOptions {
            view,
            municipalities,
            keep_filters: !carried.is_empty(),
            carried,
            lang,
            lock: get("lock") == Some("1"),
            height,
        }
    }

    /// The embed's query pairs, in a fixed, readable order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        if !self.municipalities.is_empty() {
            let m: Vec<String> = self.municipalities.iter().map(|m| m.to_string()).collect();
            out.push(("m".into(), m.join(",")));
        }
        if self.keep_filters {
            for (k, v) in &self.carried {
                // A calendar has no map view or place; the places no month.
                let fits = if self.view.is_calendar() {
                    !matches!(k.as_str(), "p" | "at")
                } else {
                    k != "month"
                };
                if fits {
                    out.push((k.clone(), v.clone()));
                }
            }
        }
        if let Some(v) = self.view.param() {
            out.push(("view".into(), v.into()));
        }
        out.push(("lang".into(), self.lang.code().into()));
        if self.lock {
            out.push(("lock".into(), "1".into()));
        }
        if self.view.has_map() && self.height != EMBED_HEIGHT_DEFAULT {
            out.push(("height".into(), self.height.to_string()));
        }
        out
    }

    /// The embed's link relative to the app's base: `embed?m=jekabpils&lang=lv`.
    pub fn relative_url(&self) -> String {
        format!(
            "{}{}",
            self.view.path(),
            to_query_string(&self.query_pairs())
        )
    }

    /// The embed's absolute link; `site` is the app's origin and base path
    /// with a trailing slash (`https://example.lv/selija/`).
    pub fn url(&self, site: &str) -> String {
        format!("{site}{}", self.relative_url())
    }

    /// The height a plain iframe gets: the map's plus its bar, or a
    /// reasonable window onto a list.
    pub fn frame_height(&self) -> u32 {
        if self.view.has_map() {
            self.height + MAP_CHROME
        } else {
            LIST_FRAME
        }
    }
}

/// Escapes text for an HTML attribute value or element content (the
/// app's one escaper, [`super::text::escape_html`], returning a string).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    super::text::escape_html(&mut out, s);
    out
}

/// The plain iframe: works on any page that allows iframes, at a fixed
/// height. `title` names what it shows, for screen readers.
pub fn iframe_snippet(src: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" \
         referrerpolicy=\"strict-origin-when-cross-origin\" allow=\"geolocation; fullscreen\" \
         style=\"width:100%;height:{height}px;border:0\"></iframe>",
        escape_html(src),
        escape_html(title),
    )
}

/// The `embed.js` variant: a placeholder `<div>` the script turns into an
/// iframe that grows and shrinks with its content. `site` as in
/// [`EmbedOptions::url`].
pub fn script_snippet(site: &str, options: &EmbedOptions, title: &str) -> String {
    let params = to_query_string(&options.query_pairs());
    let calendar = if options.view.is_calendar() {
        " data-selija-path=\"embed/calendar\""
    } else {
        ""
    };
    format!(
        "<div data-selija-embed=\"{}\"{calendar} data-title=\"{}\" data-height=\"{}\"></div>\n\
         <script src=\"{}\" async></script>",
        escape_html(params.trim_start_matches('?')),
        escape_html(title),
        options.frame_height(),
        escape_html(&format!("{site}embed.js")),
    )
}

/// The full site's link for an embed at `path` (the browser's path, `base`
/// included) with query `search`: `/embed` dropped from the path, the
/// embed-only keys ([`EMBED_KEYS`]) from the query. Every other parameter
/// is kept as it is.
pub fn full_site_path(path: &str, base: &str, search: &str) -> String {
    let rest = path.strip_prefix(base).unwrap_or(path);
    let rest = rest.trim_start_matches('/');
    let rest = rest.strip_prefix("embed").unwrap_or(rest);
    let rest = rest.trim_matches('/');
    let pairs: Vec<(String, String)> = parse_query_string(search)
        .into_iter()
        .filter(|(k, _)| !EMBED_KEYS.contains(&k.as_str()))
        .collect();
    format!("{base}/{rest}{}", to_query_string(&pairs))
}

/// What an embed reads from its URL's fragment: `#id=…` (echoed in its
/// messages, so a page with several embeds can tell them apart) and
/// WordPress's `#?secret=…` (ten letters or digits).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrameParams {
    /// `id=`: at most 64 letters, digits, `-` or `_`.
    pub id: Option<String>,
    /// `secret=`: exactly ten ASCII letters or digits.
    pub secret: Option<String>,
}

impl FrameParams {
    /// Reads a fragment (`location.hash`, with or without `#`). WordPress
    /// appends `#?secret=S` to whatever the link had, so both `#`, `?` and
    /// `&` separate the pairs; anything malformed is ignored.
    pub fn from_fragment(hash: &str) -> FrameParams {
        let mut out = FrameParams::default();
        for pair in hash.split(['#', '?', '&']).filter(|p| !p.is_empty()) {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            match key {
                "secret"
                    if value.len() == 10 && value.bytes().all(|b| b.is_ascii_alphanumeric()) =>
                {
                    out.secret = Some(value.to_owned());
                }
                "id" if (1..=64).contains(&value.len())
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') =>
                {
                    out.id = Some(value.to_owned());
                }
                _ => {}
            }
        }
        out
    }
}

/// A measured content height as whole pixels for a message: rounded up (a
/// frame one pixel short shows a scroll bar), at least 1.
pub fn message_height(px: f64) -> u32 {
    let h = px.ceil();
    if h.is_nan() || h < 1.0 {
        1
    } else if h > f64::from(u32::MAX) {
        u32::MAX
    } else {
        h as u32
    }
}

/// Whether a new height is worth a message: a change of at least 2 px
/// (sub-pixel layout jitter would otherwise ping-pong with the parent).
pub fn height_changed(last: Option<u32>, now: u32) -> bool {
    last.is_none_or(|l| l.abs_diff(now) >= 2)
}
