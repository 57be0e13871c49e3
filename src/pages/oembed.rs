//! oEmbed documents (https://oembed.com, type `rich`) for places and
//! events, shaped for what WordPress keeps of a discovered provider's
//! result (shared/WORDPRESS.md): a `<blockquote>` with a link FIRST — its
//! presence is what makes WordPress load the script that sizes the frame —
//! then the `<iframe>`, with `width`/`height`/`title`/`frameborder`
//! attributes only (WordPress strips `style`, `loading`, `allow`).

use super::html::escape;
use super::page::{calendar_query, FIRST_LANG, IMAGE_PATH, IMAGE_SIZE};
use super::site::Site;
use super::texts::texts;
use crate::domain::{Event, Place};
use serde_json::{json, Value};

/// The embedded place card's size; WordPress resizes the frame's height to
/// what the embed reports, so this is only the first guess.
pub const PLACE_SIZE: (u32, u32) = (600, 450);
/// The embedded calendar's first size.
pub const EVENT_SIZE: (u32, u32) = (600, 600);

/// One oEmbed document.
#[derive(Clone, Debug, PartialEq)]
pub struct OEmbed {
    /// Its file, relative to the base: `oembed/place/sece.json`.
    pub file: String,
    /// `title`: the record's name.
    pub title: String,
    /// The page it embeds (the blockquote's link).
    pub link: String,
    /// The frame's address.
    pub src: String,
    /// The frame's `title` attribute (what a screen reader announces).
    pub frame_title: String,
    /// `width`, `height` in CSS pixels.
    pub size: (u32, u32),
    /// Absolute URL of the preview image.
    pub thumbnail: String,
}

impl OEmbed {
    /// A place's document: its card at `/embed?p=<id>`.
    pub fn place(site: &Site, place: &Place, frame_title: &str) -> OEmbed {
        OEmbed {
            file: format!("oembed/place/{}.json", place.id),
            title: place.name.get(FIRST_LANG).to_owned(),
            link: site.url(&format!("place/{}", place.id)),
            src: site.url(&format!("embed?p={}", place.id)),
            frame_title: frame_title.to_owned(),
            size: PLACE_SIZE,
            thumbnail: site.url(IMAGE_PATH),
        }
    }

    /// An event's document: the embedded calendar at the event's month and
    /// day.
    pub fn event(site: &Site, event: &Event, frame_title: &str) -> OEmbed {
        OEmbed {
            file: format!("oembed/event/{}.json", event.id),
            title: event.title.get(FIRST_LANG).to_owned(),
            link: site.url(&format!("event/{}", event.id)),
            src: site.url(&format!("embed/calendar?{}", calendar_query(event.start))),
            frame_title: frame_title.to_owned(),
            size: EVENT_SIZE,
            thumbnail: site.url(IMAGE_PATH),
        }
    }

    /// The `html` member: blockquote first, then the frame.
    pub fn html(&self) -> String {
        let (width, height) = self.size;
        format!(
            r#"<blockquote class="selija-embed"><a href="{}">{}</a></blockquote><iframe src="{}" width="{width}" height="{height}" title="{}" frameborder="0"></iframe>"#,
            escape(&self.link),
            escape(&self.title),
            escape(&self.src),
            escape(&self.frame_title),
        )
    }

    /// The document as JSON.
    pub fn to_json(&self, site: &Site) -> Value {
        let (width, height) = self.size;
        let (thumb_w, thumb_h) = IMAGE_SIZE;
        json!({
            "type": "rich",
            "version": "1.0",
            "provider_name": texts(FIRST_LANG).site_name,
            "provider_url": site.url(""),
            "title": self.title,
            "width": width,
            "height": height,
            "html": self.html(),
            "thumbnail_url": self.thumbnail,
            "thumbnail_width": thumb_w,
            "thumbnail_height": thumb_h,
        })
    }
}
