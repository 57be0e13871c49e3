//! The list of pages a build has, each described by plain data — its path,
//! its head fields, its oEmbed document, a body fragment — before any HTML
//! is written. Later work adds pre-rendered body content here, without
//! touching how pages are rendered or written.

use super::html::escape;
use super::oembed::OEmbed;
use super::site::Site;
use super::texts::{fill, texts};
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
/// The language of a page's plain file (`index.html`) and of the oEmbed
/// documents: the network's own, and what a server without content
/// negotiation (or a crawler sending no `Accept-Language`) gets. Every page
/// is also written in the other language ([`Page::file`]); the server picks
/// one (deploy/nginx.conf).
pub const FIRST_LANG: Lang = Lang::Lv;
/// The page a server sends, with status 404, for a path the build has no
/// page for (deploy/nginx.conf's `error_page`; static hosts such as GitHub
/// Pages or Netlify look for this name themselves). It loads the app like
/// any page, so a path the app knows after all (a place added to the data
/// since the build) is still drawn once the data is in.
pub const NOT_FOUND_PAGE: &str = "404.html";

/// One HTML page of the build.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// Its path relative to the base, without slashes at either end (`""`
    /// for the home page, `place/sece`); written as `<path>/index.html`.
    /// A path naming an HTML file ([`NOT_FOUND_PAGE`]) is that file.
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
    /// The language the page is written in.
    pub lang: Lang,
    /// Absolute URL of the page in the first language, without a query;
    /// the canonical URL of the other language adds `?lang=`.
    pub url: String,
    /// `og:type`.
    pub og_type: &'static str,
    /// Absolute URL of the preview image.
    pub image: String,
    /// Absolute URL of the page's oEmbed document, if it has one.
    pub oembed_url: Option<String>,
    /// True for pages search engines should not list (the embeds).
    pub noindex: bool,
    /// False for the page sent at URLs not its own ([`NOT_FOUND_PAGE`]):
    /// it names no canonical URL, alternates or `og:url`.
    pub own_url: bool,
}

impl Page {
    /// The file the page is written to, relative to the output directory:
    /// `index.html` in the first language, `index.en.html` in English,
    /// side by side in the page's folder.
    pub fn file(&self) -> String {
        if let Some(stem) = self.path.strip_suffix(".html") {
            return if self.head.lang == FIRST_LANG {
                self.path.clone()
            } else {
                format!("{stem}.{}.html", self.head.lang.code())
            };
        }
        let name = page_file_name(self.head.lang);
        if self.path.is_empty() {
            name
        } else {
            format!("{}/{name}", self.path)
        }
    }
}

/// A page's file name in `lang`.
pub fn page_file_name(lang: Lang) -> String {
    if lang == FIRST_LANG {
        "index.html".to_owned()
    } else {
        format!("index.{}.html", lang.code())
    }
}

/// The URL of a page (`url`, without a query) in `lang`: the plain URL is
/// the first language's; another adds `?lang=`, the app's own parameter,
/// which the server also reads to pick the page's file.
pub fn url_in(url: &str, lang: Lang) -> String {
    if lang == FIRST_LANG {
        url.to_owned()
    } else {
        format!("{url}?lang={}", lang.code())
    }
}

/// `og:locale` for a language.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Lv => "lv_LV",
        Lang::En => "en_GB",
    }
}

impl Head {
    /// The head's tags, every value escaped.
    pub fn render(&self) -> String {
        let t = texts(self.lang);
        let canonical = url_in(&self.url, self.lang);
        let other = Lang::ALL
            .into_iter()
            .find(|l| *l != self.lang)
            .unwrap_or(FIRST_LANG);
        let mut tags: Vec<String> = Vec::with_capacity(28);
        let meta = |attr: &str, key: &str, value: &str| {
            format!(r#"<meta {attr}="{key}" content="{}" />"#, escape(value))
        };
        tags.push(format!("<title>{}</title>", escape(&self.title)));
        tags.push(meta("name", "description", &self.description));
        if self.noindex {
            tags.push(meta("name", "robots", "noindex"));
        }
        if self.own_url {
            tags.push(format!(
                r#"<link rel="canonical" href="{}" />"#,
                escape(&canonical)
            ));
            // The page in each language, for search engines (the first
            // language is also the default for any other).
            for lang in Lang::ALL {
                tags.push(format!(
                    r#"<link rel="alternate" hreflang="{}" href="{}" />"#,
                    lang.code(),
                    escape(&url_in(&self.url, lang))
                ));
            }
            tags.push(format!(
                r#"<link rel="alternate" hreflang="x-default" href="{}" />"#,
                escape(&self.url)
            ));
        }
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
            ("og:locale", locale(self.lang)),
            ("og:locale:alternate", locale(other)),
            ("og:title", &self.card_title),
            ("og:description", &self.description),
            ("og:url", &canonical),
            ("og:image", &self.image),
            ("og:image:type", "image/png"),
            ("og:image:width", &width.to_string()),
            ("og:image:height", &height.to_string()),
            ("og:image:alt", t.image_alt),
        ] {
            if key == "og:url" && !self.own_url {
                continue;
            }
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

/// Every page of the build for this dataset in `lang`: home, calendar, the
/// two embed pages, trip, share and check, "not found", then one per place
/// and one per event, in file order.
/// The oEmbed documents come with the first language's pages only: one
/// document per record, which every page of it links to.
pub fn plan(data: &Dataset, site: &Site, lang: Lang) -> Vec<Page> {
    let t = texts(lang);
    let fixed = |path: &str, title: &str, card_title: &str, description: &str, noindex| {
        fixed(site, lang, path, title, card_title, description, noindex)
    };
    let mut home = fixed("", t.home_title, t.site_name, t.home_description, false);
    // The real first screen, before the wasm (see `prerender`).
    home.body = Some(super::prerender::home(data, lang));
    let mut calendar = fixed(
        "calendar",
        t.calendar_title,
        t.calendar_title,
        t.calendar_description,
        false,
    );
    calendar.body = Some(super::prerender::calendar(
        data,
        lang,
        super::prerender::build_day(),
    ));
    let mut pages = vec![
        home,
        calendar,
        fixed(
            "embed",
            t.embed_title,
            t.embed_title,
            t.home_description,
            true,
        ),
        fixed(
            "embed/calendar",
            t.embed_calendar_title,
            t.embed_calendar_title,
            t.calendar_description,
            true,
        ),
    ];
    // The app's own pages that show nothing from the build: their own
    // head and the loading screen, not the home page's content (a shared
    // trip link must not show the home list until the app starts).
    let app = i18n::texts(lang);
    for (path, heading, description) in [
        ("trip", app.trip_title, t.trip_description),
        ("share", app.share_heading, t.home_description),
        ("check", app.data_heading, t.home_description),
    ] {
        let title = format!("{heading} — {}", app.app_name);
        pages.push(fixed(path, &title, heading, description, true));
    }
    let title = format!("{} — {}", app.not_found, app.app_name);
    let mut missing = fixed(
        NOT_FOUND_PAGE,
        &title,
        app.not_found,
        app.not_found_text,
        true,
    );
    missing.body = Some(super::prerender::not_found(lang));
    pages.push(missing);
    pages.extend(data.places.iter().map(|p| place_page(data, site, lang, p)));
    pages.extend(data.events.iter().map(|e| event_page(data, site, lang, e)));
    if lang != FIRST_LANG {
        for page in &mut pages {
            page.oembed = None;
        }
    }
    pages
}

/// A page whose words are all fixed texts.
fn fixed(
    site: &Site,
    lang: Lang,
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
            lang,
            url: site.url(path),
            og_type: "website",
            image: site.url(IMAGE_PATH),
            oembed_url: None,
            noindex,
            own_url: !path.ends_with(".html"),
        },
        body: None,
        oembed: None,
    }
}

fn place_page(data: &Dataset, site: &Site, lang: Lang, place: &Place) -> Page {
    let t = texts(lang);
    let path = format!("place/{}", place.id);
    let name = place.name.get(lang);
    let title = fill(t.place_title, &[("name", name)]);
    let text = place.description.get(lang);
    let description = if text.trim().is_empty() {
        let municipality = data.municipality_name(place.municipality, lang);
        fill(
            t.place_fallback,
            &[
                ("kind", i18n::kind_name(lang, place.kind)),
                ("municipality", &municipality),
            ],
        )
    } else {
        text.to_owned()
    };
    let oembed = OEmbed::place(site, place, &title);
    Page {
        body: Some(super::prerender::place(data, lang, place)),
        ..record_page(site, lang, path, title, name, &description, oembed)
    }
}

fn event_page(data: &Dataset, site: &Site, lang: Lang, event: &Event) -> Page {
    let t = texts(lang);
    let path = format!("event/{}", event.id);
    let name = event.title.get(lang);
    let title = fill(t.event_title, &[("title", name)]);
    let when = i18n::format_when(lang, event.start, event.end);
    let text = event.description.get(lang).trim();
    let text = if text.is_empty() {
        i18n::category_name(lang, event.category)
    } else {
        text
    };
    let description = fill(t.event_description, &[("when", &when), ("text", text)]);
    let oembed = OEmbed::event(site, event, &title);
    Page {
        body: Some(super::prerender::event(data, lang, event)),
        ..record_page(site, lang, path, title, name, &description, oembed)
    }
}

/// The page of one place or event: its own head and its oEmbed document
/// linked from it (the caller adds the pre-rendered content).
fn record_page(
    site: &Site,
    lang: Lang,
    path: String,
    title: String,
    name: &str,
    description: &str,
    oembed: OEmbed,
) -> Page {
    Page {
        head: Head {
            title,
            card_title: name.to_owned(),
            description: trim_description(description, DESCRIPTION_MAX),
            lang,
            url: site.url(&path),
            og_type: "website",
            image: site.url(IMAGE_PATH),
            oembed_url: Some(site.url(&oembed.file)),
            noindex: false,
            own_url: true,
        },
        path,
        body: None,
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
