//! The list of pages a build has, each described by plain data — its path,
//! its head fields, its oEmbed document, a body fragment — before any HTML
//! is written. Later work adds pre-rendered body content here, without
//! touching how pages are rendered or written.

use super::html::escape;
use super::oembed::OEmbed;
use super::site::Site;
use super::texts::{fill, texts, Texts};
use crate::domain::calendar::YearMonth;
use crate::domain::dates::format_day;
use crate::domain::{Dataset, Event, Lang, Place, When};
use crate::i18n;

/// Path of the shared preview image, relative to the site's base.
pub const IMAGE_PATH: &str = "og/selija.png";
/// The preview image's size in pixels (what the networks ask for).
pub const IMAGE_SIZE: (u32, u32) = (1200, 630);
/// Longest `description` in characters, the length search engines and
/// networks show before cutting.
pub const DESCRIPTION_MAX: usize = 160;
/// The language the pages are written in.
pub const PAGE_LANG: Lang = Lang::Lv;

/// One HTML page of the build.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// Its path relative to the base, without slashes at either end (`""`
    /// for the home page, `place/sece`); written as `<path>/index.html`.
    pub path: String,
    /// What goes in its `<head>`.
    pub head: Head,
    /// HTML for the shell's `<main>`; `None` keeps the shell's placeholder.
    pub body: Option<String>,
    /// Its oEmbed document, for pages partners can embed.
    pub oembed: Option<OEmbed>,
}

/// The head fields of a page, as plain text (escaped when rendered).
#[derive(Clone, Debug, PartialEq)]
pub struct Head {
    /// `<title>`.
    pub title: String,
    /// Short title for social cards (`og:title`): the name without the
    /// site's name, which `og:site_name` carries.
    pub card_title: String,
    /// `<meta name="description">`, at most [`DESCRIPTION_MAX`] characters.
    pub description: String,
    /// Absolute canonical URL (also `og:url`).
    pub canonical: String,
    /// `og:type`.
    pub og_type: &'static str,
    /// Absolute URL of the preview image.
    pub image: String,
    /// Absolute URL of the page's oEmbed document, if it has one.
    pub oembed_url: Option<String>,
    /// True for pages search engines should not list (the embeds).
    pub noindex: bool,
}

impl Page {
    /// The file the page is written to, relative to the output directory.
    pub fn file(&self) -> String {
        if self.path.is_empty() {
            "index.html".to_owned()
        } else {
            format!("{}/index.html", self.path)
        }
    }
}

impl Head {
    /// The head's tags, every value escaped.
    pub fn render(&self) -> String {
        let t = texts(PAGE_LANG);
        let mut tags: Vec<String> = Vec::with_capacity(24);
        let meta = |attr: &str, key: &str, value: &str| {
            format!(r#"<meta {attr}="{key}" content="{}" />"#, escape(value))
        };
        tags.push(format!("<title>{}</title>", escape(&self.title)));
        tags.push(meta("name", "description", &self.description));
        if self.noindex {
            tags.push(meta("name", "robots", "noindex"));
        }
        tags.push(format!(
            r#"<link rel="canonical" href="{}" />"#,
            escape(&self.canonical)
        ));
        if let Some(url) = &self.oembed_url {
            tags.push(format!(
                r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}" />"#,
                escape(url),
                escape(&self.title)
            ));
        }
        let (width, height) = IMAGE_SIZE;
        for (key, value) in [
            ("og:type", self.og_type),
            ("og:site_name", t.site_name),
            ("og:locale", "lv_LV"),
            ("og:locale:alternate", "en_GB"),
            ("og:title", &self.card_title),
            ("og:description", &self.description),
            ("og:url", &self.canonical),
            ("og:image", &self.image),
            ("og:image:type", "image/png"),
            ("og:image:width", &width.to_string()),
            ("og:image:height", &height.to_string()),
            ("og:image:alt", t.image_alt),
        ] {
            tags.push(meta("property", key, value));
        }
        for (key, value) in [
            ("twitter:card", "summary_large_image"),
            ("twitter:title", &self.card_title),
            ("twitter:description", &self.description),
            ("twitter:image", &self.image),
            ("twitter:image:alt", t.image_alt),
        ] {
            tags.push(meta("name", key, value));
        }
        let mut out = String::new();
        for tag in tags {
            out.push_str("\n    ");
            out.push_str(&tag);
        }
        out.push_str("\n    ");
        out
    }
}

/// Every page of the build for this dataset: home, calendar, the two embed
/// pages, then one per place and one per event, in file order.
pub fn plan(data: &Dataset, site: &Site) -> Vec<Page> {
    let t = texts(PAGE_LANG);
    let mut home = fixed(
        site,
        "",
        t.home_title,
        t.site_name,
        t.home_description,
        false,
    );
    // The real first screen, before the wasm (see `prerender`).
    home.body = Some(super::prerender::home(data, PAGE_LANG));
    let mut calendar = fixed(
        site,
        "calendar",
        t.calendar_title,
        t.calendar_title,
        t.calendar_description,
        false,
    );
    calendar.body = Some(super::prerender::calendar(
        data,
        PAGE_LANG,
        super::prerender::build_day(),
    ));
    let mut pages = vec![
        home,
        calendar,
        fixed(
            site,
            "embed",
            t.embed_title,
            t.embed_title,
            t.home_description,
            true,
        ),
        fixed(
            site,
            "embed/calendar",
            t.embed_calendar_title,
            t.embed_calendar_title,
            t.calendar_description,
            true,
        ),
    ];
    pages.extend(data.places.iter().map(|p| place_page(data, site, t, p)));
    pages.extend(data.events.iter().map(|e| event_page(site, t, e)));
    pages
}

/// A page whose words are all fixed texts.
fn fixed(
    site: &Site,
    path: &str,
    title: &str,
    card_title: &str,
    description: &str,
    noindex: bool,
) -> Page {
    Page {
        path: path.to_owned(),
        head: Head {
            title: title.to_owned(),
            card_title: card_title.to_owned(),
            description: trim_description(description, DESCRIPTION_MAX),
            canonical: site.url(path),
            og_type: "website",
            image: site.url(IMAGE_PATH),
            oembed_url: None,
            noindex,
        },
        body: None,
        oembed: None,
    }
}

fn place_page(data: &Dataset, site: &Site, t: &Texts, place: &Place) -> Page {
    let path = format!("place/{}", place.id);
    let name = place.name.get(PAGE_LANG);
    let title = fill(t.place_title, &[("name", name)]);
    let text = place.description.get(PAGE_LANG);
    let description = if text.trim().is_empty() {
        let municipality = data.municipality_name(place.municipality, PAGE_LANG);
        fill(
            t.place_fallback,
            &[
                ("kind", i18n::kind_name(PAGE_LANG, place.kind)),
                ("municipality", &municipality),
            ],
        )
    } else {
        text.to_owned()
    };
    let oembed = OEmbed::place(site, place, &title);
    let body = Some(super::prerender::place(data, PAGE_LANG, place));
    record_page(site, path, title, name, &description, oembed, body)
}

fn event_page(site: &Site, t: &Texts, event: &Event) -> Page {
    let path = format!("event/{}", event.id);
    let name = event.title.get(PAGE_LANG);
    let title = fill(t.event_title, &[("title", name)]);
    let when = i18n::format_when(PAGE_LANG, event.start, event.end);
    let text = event.description.get(PAGE_LANG).trim();
    let text = if text.is_empty() {
        i18n::category_name(PAGE_LANG, event.category)
    } else {
        text
    };
    let description = fill(t.event_description, &[("when", &when), ("text", text)]);
    let oembed = OEmbed::event(site, event, &title);
    record_page(site, path, title, name, &description, oembed, None)
}

/// The page of one place or event: its own head, its oEmbed document
/// linked from it, and its pre-rendered content (`body`), if any.
fn record_page(
    site: &Site,
    path: String,
    title: String,
    name: &str,
    description: &str,
    oembed: OEmbed,
    body: Option<String>,
) -> Page {
    Page {
        head: Head {
            title,
            card_title: name.to_owned(),
            description: trim_description(description, DESCRIPTION_MAX),
            canonical: site.url(&path),
            og_type: "website",
            image: site.url(IMAGE_PATH),
            oembed_url: Some(site.url(&oembed.file)),
            noindex: false,
        },
        path,
        body,
        oembed: Some(oembed),
    }
}

/// The calendar query that opens an event's month and, when its day is
/// known, that day: `month=2022-03&day=2022-03-18` (see `domain::query`).
pub fn calendar_query(start: When) -> String {
    let day = start.first_day();
    let month = YearMonth::of(day);
    match start {
        When::Month { .. } => format!("month={month}"),
        When::Day(_) | When::Time(_) => format!("month={month}&day={}", format_day(day)),
    }
}

/// `text` with runs of whitespace made single spaces, cut to at most `max`
/// characters at a word boundary, with "…" where it was cut.
pub fn trim_description(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= max {
        return joined;
    }
    // Room for the ellipsis.
    let limit = max.saturating_sub(1);
    let mut out = String::new();
    for word in &words {
        let extra = usize::from(!out.is_empty()) + word.chars().count();
        if out.chars().count() + extra > limit {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        // One word longer than the limit: cut inside it.
        out = joined.chars().take(limit).collect();
    }
    // "Aknīste, …" reads worse than "Aknīste…".
    let kept = out
        .trim_end_matches([',', ';', ':', '–', '—', '-', '(', '„', '“', '"'])
        .trim_end();
    format!("{kept}…")
}
