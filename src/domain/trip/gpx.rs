//! The trip as GPX 1.1, for navigation apps: a `<wpt>` per mapped stop
//! (name, and a link to its page), then one `<rte>` per day through that
//! day's mapped stops. Stops without a coordinate cannot be in GPX and are
//! left out; so is a day without mapped stops (an empty route confuses
//! some apps). Coordinates have 6 decimals, as the data and the calendar's
//! `GEO` do; the schema's element order is kept (name before link).

use super::Trip;
use crate::domain::model::Dataset;
use crate::domain::num::fixed;
use crate::domain::text::Lang;
use crate::i18n;

/// The GPX `creator` attribute.
pub const CREATOR: &str = "Sēlijas salas";

/// Escapes text and attribute values for XML, dropping the control
/// characters XML 1.0 cannot hold at all (even escaped).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

impl Trip {
    /// The GPX 1.1 file in `lang`; links are absolute, under `site_url`
    /// (like `https://example.lv/selija`, no trailing slash needed).
    pub fn to_gpx(&self, data: &Dataset, lang: Lang, site_url: &str) -> String {
        let base = site_url.trim_end_matches('/');
        let texts = i18n::texts(lang);
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.push_str(&format!(
            "<gpx version=\"1.1\" creator=\"{}\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n",
            xml_escape(CREATOR)
        ));
        out.push_str(&format!(
            "  <metadata>\n    <name>{}</name>\n    <link href=\"{}\"/>\n  </metadata>\n",
            xml_escape(texts.trip_title),
            xml_escape(&self.share_url(base))
        ));
        let point = |tag: &str, c: crate::domain::Coord| {
            format!(
                "<{tag} lat=\"{}\" lon=\"{}\">",
                fixed(c.lat, 6),
                fixed(c.lon, 6)
            )
        };
        let routes = self.routes(data);
        for route in &routes {
            for p in &route.points {
                let Some(stop) = self.get(p.at) else { continue };
                out.push_str(&format!(
                    "  {}\n    <name>{}</name>\n    <link href=\"{}\"/>\n  </wpt>\n",
                    point("wpt", p.coord),
                    xml_escape(stop.name(data, lang)),
                    xml_escape(&format!("{base}{}", stop.path()))
                ));
            }
        }
        for route in routes.iter().filter(|r| !r.points.is_empty()) {
            out.push_str(&format!(
                "  <rte>\n    <name>{}</name>\n",
                xml_escape(&i18n::trip_day_title(lang, route.day + 1))
            ));
            for p in &route.points {
                let name = self.get(p.at).map(|s| s.name(data, lang)).unwrap_or("");
                out.push_str(&format!(
                    "    {}<name>{}</name></rtept>\n",
                    point("rtept", p.coord),
                    xml_escape(name)
                ));
            }
            out.push_str("  </rte>\n");
        }
        out.push_str("</gpx>\n");
        out
    }
}
