//! The validated data model. Records only reach these types through
//! [`crate::domain::validate`], so everything here can be trusted by views.

use super::dates::When;
use super::text::{fold, Localized};
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

/// Declares a closed set of slugs (ids that appear in data and URLs) as an
/// enum with `ALL`, `slug()`, `Display` and `FromStr`.
macro_rules! slug_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $slug:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id as written in the data and in URLs.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }
        }

        // A `FlagSet` holds at most 64 values.
        const _: () = assert!($name::ALL.len() < 64);

        impl super::flags::Flag for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn bit(self) -> u32 {
                self as u32
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.slug())
            }
        }

        impl FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                match s { $($slug => Ok($name::$variant),)+ _ => Err(()) }
            }
        }
    };
}

slug_enum! {
    /// The municipalities (and the Grīva part of Daugavpils) that Sēlija lies in.
    /// The ids are fixed by design: partners link to them.
    MunicipalityId {
        /// Aizkraukles novads.
        Aizkraukle = "aizkraukle",
        /// Jēkabpils novads.
        Jekabpils = "jekabpils",
        /// Augšdaugavas novads.
        Augsdaugava = "augsdaugava",
        /// Krāslavas novads (Kaplava parish).
        Kraslava = "kraslava",
        /// The left-bank Grīva part of Daugavpils.
        Daugavpils = "daugavpils",
    }
}

slug_enum! {
    /// What kind of place a place is; drives the kind filter and marker colours.
    PlaceKind {
        /// A town.
        Town = "town",
        /// A village or parish centre.
        Village = "village",
        /// A city district (Grīva).
        District = "district",
        /// A manor house.
        Manor = "manor",
        /// A museum.
        Museum = "museum",
        /// A hillfort (pilskalns).
        Hillfort = "hillfort",
        /// A nature area.
        Nature = "nature",
        /// Rural tourism (a farm, a guest house).
        Tourism = "tourism",
        /// Any other landmark.
        Landmark = "landmark",
    }
}

slug_enum! {
    /// How sure the facts are about a place's location.
    Confidence {
        /// Confirmed by two sources or an authoritative one.
        High = "high",
        /// One reasonable source.
        Medium = "medium",
        /// Derived or uncertain.
        Low = "low",
    }
}

slug_enum! {
    /// What kind of event an event is; drives the `cat` filter.
    Category {
        /// The network's own activities.
        Network = "network",
        /// NGO forums.
        Forum = "forum",
        /// Sēlija congresses.
        Congress = "congress",
        /// Festivals.
        Festival = "festival",
        /// Training and workshops.
        Training = "training",
        /// Public consultations.
        Consultation = "consultation",
        /// Home café days (Mājas kafejnīcu dienas).
        HomeCafes = "home-cafes",
        /// Awards.
        Award = "award",
        /// Heritage and history.
        Heritage = "heritage",
        /// Community days and gatherings.
        Community = "community",
    }
}

/// A municipality record from the data: its fixed id and its name.
#[derive(Clone, Debug, PartialEq)]
pub struct Municipality {
    /// The fixed id.
    pub id: MunicipalityId,
    /// The name in both languages.
    pub name: Localized,
}

/// A link shown on a place page.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// What the link shows; the address when the data gives none.
    pub label: String,
    /// An http(s), mailto or tel address (validated).
    pub url: String,
}

/// A point in WGS84 degrees, inside Latvia (validated).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Coord {
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
}

/// A community, town or sight.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// URL slug, unique among places.
    pub id: String,
    /// What kind of place.
    pub kind: PlaceKind,
    /// Name in both languages.
    pub name: Localized,
    /// The municipality it lies in.
    pub municipality: MunicipalityId,
    /// True when the municipality was derived (nearest settlement), not stated.
    pub municipality_approximate: bool,
    /// The parish ("Seces pagasts" / "Sece Parish"); a plain string in
    /// the file is the Latvian, shown in both languages.
    pub parish: Option<Localized>,
    /// Location; `None` when it is not verified (listed, not mapped).
    pub coord: Option<Coord>,
    /// How sure the facts are.
    pub confidence: Confidence,
    /// Population and the year or note it refers to ("2024, pagastā" /
    /// "2024, parish"); a plain string in the file is shown in both
    /// languages, and the note is empty when the file gives none.
    pub population: Option<(u32, Localized)>,
    /// Short description for visitors.
    pub description: Localized,
    /// Further reading.
    pub links: Vec<Link>,
    /// Free tags (slugs).
    pub tags: Vec<String>,
    /// Where the facts come from (a plain string in the file is shown in
    /// both languages).
    pub source: Localized,
    /// The community profile (format version 2); empty when the data gives none.
    pub profile: Profile,
    /// Folded name, parish and tags, computed once for searching.
    pub search_key: String,
}

/// What the network knows of a community ("sala", island): all optional,
/// and only ever copied whole from a source, never completed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    /// The island's name or theme ("Makšķernieku un ūdens prieku sala");
    /// `None` when the data gives none.
    pub island: Option<Localized>,
    /// The year the community joined the network.
    pub member_since: Option<u16>,
    /// How to reach the community.
    pub contacts: Contacts,
    /// The identity sign: a path under `public/` (`images/signs/sece.svg`),
    /// never a remote address (the security policy allows only our images).
    pub identity_sign: Option<String>,
}

/// A community's contacts, as a source gives them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contacts {
    /// Its web page (http or https).
    pub website: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Phone number as written (digits, spaces, `+`, `-`, parentheses).
    pub phone: Option<String>,
    /// Social media pages (http or https).
    pub social: Vec<String>,
}

impl Profile {
    /// True when the data gives nothing of the profile.
    pub fn is_empty(&self) -> bool {
        self == &Profile::default()
    }
}

impl Contacts {
    /// True when no contact is given.
    pub fn is_empty(&self) -> bool {
        self == &Contacts::default()
    }
}

/// Where an event happens, when it is not (only) a place of ours.
#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    /// The venue's name, in both languages where the facts give an English
    /// one (a plain string in the file is the Latvian, shown in both).
    pub name: Localized,
    /// Its position, when known.
    pub coord: Option<Coord>,
}

/// A dated event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// URL slug, unique among events.
    pub id: String,
    /// Title in both languages.
    pub title: Localized,
    /// When it starts.
    pub start: When,
    /// When it ends, inclusive for days; `None` for a single day or moment.
    pub end: Option<When>,
    /// The place of ours it happens at.
    pub place: Option<String>,
    /// A named venue.
    pub location: Option<Location>,
    /// Where it happens; empty means the whole of Sēlija or elsewhere.
    pub municipalities: Vec<MunicipalityId>,
    /// What kind of event.
    pub category: Category,
    /// Description in both languages.
    pub description: Localized,
    /// Organiser's page.
    pub url: Option<String>,
    /// Where the facts come from (a plain string in the file is shown in
    /// both languages).
    pub source: Localized,
    /// Folded title, for searching.
    pub search_key: String,
}

/// A data source to credit (GeoNames, OpenStreetMap, ...).
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Short id.
    pub id: String,
    /// Name to show, in both languages where it differs ("OpenStreetMap
    /// dalībnieki" / "OpenStreetMap contributors"); a plain string in the
    /// file is shown in both.
    pub name: Localized,
    /// Licence or terms of use, e.g. "CC BY 4.0" (in both languages where
    /// they are words: "tikai fakti, teksts nav pārpublicēts").
    pub license: Option<Localized>,
    /// Where to read more.
    pub url: Option<String>,
}

/// Everything that passed validation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    /// Municipality names.
    pub municipalities: Vec<Municipality>,
    /// Places in file order.
    pub places: Vec<Place>,
    /// Events in file order.
    pub events: Vec<Event>,
    /// Sources to credit.
    pub sources: Vec<Source>,
    /// The position in `places` of each place id, built once at load
    /// ([`Dataset::index_places`]): views look a place up for every event
    /// item they draw, and a search through all places each time scaled
    /// with places × events.
    place_ids: HashMap<String, usize>,
}

impl Place {
    /// Computes the folded search key from name, parish (both languages:
    /// "Sece Parish" finds Sece as "Seces pagasts" does) and tags.
    pub fn make_search_key(
        name: &Localized,
        parish: Option<&Localized>,
        tags: &[String],
    ) -> String {
        let mut key = fold(&name.lv);
        let (parish_lv, parish_en) = parish.map_or(("", ""), |p| (p.lv.as_str(), p.en.as_str()));
        for extra in [name.en.as_str(), parish_lv, parish_en]
            .into_iter()
            .chain(tags.iter().map(String::as_str))
        {
            key.push(' ');
            key.push_str(&fold(extra));
        }
        key
    }
}

impl Dataset {
    /// Indexes the places by id (the first place with an id wins, as in
    /// validation). Call again after changing `places`.
    pub fn index_places(&mut self) {
        self.place_ids.clear();
        self.place_ids.reserve(self.places.len());
        for (i, p) in self.places.iter().enumerate() {
            self.place_ids.entry(p.id.clone()).or_insert(i);
        }
    }

    /// True when the index matches `places` (built, and not outdated by a
    /// place added or removed since).
    pub fn places_indexed(&self) -> bool {
        self.place_ids.len() == self.places.len()
    }

    /// The position in `places` of the place with this id.
    pub fn place_index(&self, id: &str) -> Option<usize> {
        match self.place_ids.get(id) {
            // The hit is checked, so an outdated index never names the wrong place.
            Some(&i) if self.places.get(i).is_some_and(|p| p.id == id) => Some(i),
            _ if self.places_indexed() => None,
            // Places changed since indexing (tests build datasets by hand):
            // still right, just slower.
            _ => self.places.iter().position(|p| p.id == id),
        }
    }

    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.place_index(id).map(|i| &self.places[i])
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The municipality's name from the data, or its id when the data has none.
    pub fn municipality_name(&self, id: MunicipalityId, lang: super::Lang) -> String {
        self.municipalities
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.name.get(lang).to_owned())
            .unwrap_or_else(|| id.slug().to_owned())
    }

    /// The municipality's name as the map labels it: in English without
    /// the word "Municipality", which doubles the label's length, pushes it
    /// off its region and says nothing the map does not (the filters and
    /// place pages keep the full name). Latvian "… novads" is short enough.
    pub fn municipality_map_label(&self, id: MunicipalityId, lang: super::Lang) -> String {
        let name = self.municipality_name(id, lang);
        match name.strip_suffix(" Municipality") {
            Some(short) if lang == super::Lang::En && !short.trim().is_empty() => {
                short.trim_end().to_owned()
            }
            _ => name,
        }
    }

    /// How many places each municipality has, in `MunicipalityId::ALL` order.
    pub fn place_counts(&self) -> Vec<(MunicipalityId, usize)> {
        MunicipalityId::ALL
            .iter()
            .map(|&m| {
                (
                    m,
                    self.places.iter().filter(|p| p.municipality == m).count(),
                )
            })
            .collect()
    }

    /// The events that happen at a place.
    pub fn events_at<'a>(&'a self, place_id: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events
            .iter()
            .filter(move |e| e.place.as_deref() == Some(place_id))
    }
}

/// True for a URL slug: lowercase ASCII letters, digits and single inner hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("sece"));
        assert!(is_slug("garsenes-muiza-2"));
        assert!(!is_slug("Sece"));
        assert!(!is_slug("gārsene"));
        assert!(!is_slug("-a"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug(""));
        assert!(!is_slug("a b"));
    }

    #[test]
    fn enums_round_trip_through_their_slugs() {
        for m in MunicipalityId::ALL {
            assert_eq!(m.slug().parse::<MunicipalityId>(), Ok(*m));
        }
        for k in PlaceKind::ALL {
            assert_eq!(k.to_string().parse::<PlaceKind>(), Ok(*k));
        }
        for c in Category::ALL {
            assert_eq!(c.slug().parse::<Category>(), Ok(*c));
        }
        assert!("nowhere".parse::<MunicipalityId>().is_err());
    }

    #[test]
    fn map_labels_drop_municipality_in_english_only() {
        let named = |id, lv: &str, en: &str| Municipality {
            id,
            name: Localized::new(lv, en),
        };
        let data = Dataset {
            municipalities: vec![
                named(
                    MunicipalityId::Aizkraukle,
                    "Aizkraukles novads",
                    "Aizkraukle Municipality",
                ),
                named(
                    MunicipalityId::Daugavpils,
                    "Daugavpils – Grīva",
                    "Daugavpils – Grīva",
                ),
                named(
                    MunicipalityId::Kraslava,
                    "Krāslavas novads",
                    " Municipality",
                ),
            ],
            ..Dataset::default()
        };
        use crate::domain::Lang;
        let label = |id, lang| data.municipality_map_label(id, lang);
        assert_eq!(label(MunicipalityId::Aizkraukle, Lang::En), "Aizkraukle");
        assert_eq!(
            label(MunicipalityId::Aizkraukle, Lang::Lv),
            "Aizkraukles novads"
        );
        assert_eq!(
            label(MunicipalityId::Daugavpils, Lang::En),
            "Daugavpils – Grīva"
        );
        // Nothing left but the word: the full name rather than an empty label.
        assert_eq!(label(MunicipalityId::Kraslava, Lang::En), " Municipality");
        // No name in the data: the id, as everywhere else.
        assert_eq!(label(MunicipalityId::Jekabpils, Lang::En), "jekabpils");
    }
}
