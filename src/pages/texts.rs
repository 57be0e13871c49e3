//! THE fixed texts of the generated pages, in Latvian and English.
//!
//! They live here, in one table, only until they move into the app's
//! translation tables (`src/i18n`); nothing else in `pages` holds words.
//! The pages are written in Latvian (the app's first language, and the
//! shell's `lang="lv"`); the English column is kept so the move is a copy.

use crate::domain::Lang;

/// Every fixed text a generated page's head uses.
#[derive(Debug)]
pub struct Texts {
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
    /// The preview image's alt text.
    pub image_alt: &'static str,
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

/// Latvian.
pub const LV: Texts = Texts {
    site_name: "Sēlijas salas",
    tagline: "Sēlijas kopienu karte un kalendārs",
    home_title: "Sēlijas salas — Sēlijas kopienu karte un kalendārs",
    home_description: "Sēlijas lauku kopienu sadarbības tīkls „Sēlijas salas”: \
        kopienas, apdzīvotas vietas un apskates vietas kartē un sarakstā, \
        un tīkla notikumu kalendārs.",
    calendar_title: "Notikumu kalendārs — Sēlijas salas",
    calendar_description: "Sēlijas kopienu, tīkla „Sēlijas salas” un novada \
        notikumi: mēneša kalendārs, saraksts un iCalendar eksports.",
    embed_title: "Sēlijas salas — karte",
    embed_calendar_title: "Sēlijas salas — notikumu kalendārs",
    image_alt: "Sēlijas salas — Sēlijas kopienu karte un kalendārs",
    place_title: "{name} — Sēlijas salas",
    event_title: "{title} — Sēlijas salas",
    place_fallback: "{kind}, {municipality}. Sēlijas kopienu karte un kalendārs.",
    event_description: "{when}. {text}",
};

/// English.
pub const EN: Texts = Texts {
    site_name: "Sēlijas salas",
    tagline: "Map and calendar of Sēlija's communities",
    home_title: "Sēlijas salas — map and calendar of Sēlija's communities",
    home_description: "“Sēlijas salas”, the cooperation network of Sēlija's \
        rural communities: communities, towns and sights on a map and in a \
        list, and the network's event calendar.",
    calendar_title: "Event calendar — Sēlijas salas",
    calendar_description: "Events of Sēlija's communities, of the Sēlijas \
        salas network and of the region: month calendar, agenda and \
        iCalendar export.",
    embed_title: "Sēlijas salas — map",
    embed_calendar_title: "Sēlijas salas — event calendar",
    image_alt: "Sēlijas salas — map and calendar of Sēlija's communities",
    place_title: "{name} — Sēlijas salas",
    event_title: "{title} — Sēlijas salas",
    place_fallback: "{kind}, {municipality}. Map and calendar of Sēlija's communities.",
    event_description: "{when}. {text}",
};

/// The table for a language.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Lv => &LV,
        Lang::En => &EN,
    }
}

/// Fills `{key}` placeholders of a template in one pass, so a value that
/// itself contains `{…}` (data text may) is never filled again. Values are
/// inserted as they are; escaping is the caller's business (it knows the
/// context).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let key = &after[..close];
            values
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
