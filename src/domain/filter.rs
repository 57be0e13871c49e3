//! The one filter state of the app: municipality, text, kind, category and
//! dates. Map, list and calendar all read the same [`Filter`].

use super::calendar::DaySpan;
use super::flags::FlagSet;
use super::model::{Category, Event, MunicipalityId, Place, PlaceKind};
use super::text::fold;
use chrono::NaiveDate;

/// What the visitor has chosen to see. Empty sets mean "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Municipalities to show (`m=`).
    pub municipalities: FlagSet<MunicipalityId>,
    /// Free text (`q=`), as typed.
    pub query: String,
    /// Place kinds (`kind=`).
    pub kinds: FlagSet<PlaceKind>,
    /// Event categories (`cat=`).
    pub categories: FlagSet<Category>,
    /// Events ending on or after this day (`from=`).
    pub from: Option<NaiveDate>,
    /// Events starting on or before this day (`to=`).
    pub to: Option<NaiveDate>,
}

impl Filter {
    /// True when `from` is after `to`: a slip (the two typed the wrong way
    /// round), which the views point out.
    pub fn dates_reversed(&self) -> bool {
        matches!((self.from, self.to), (Some(a), Some(b)) if a > b)
    }

    /// The days the filter keeps, earliest first: a reversed range means
    /// the days between its two dates, not no days at all.
    pub fn date_range(&self) -> (Option<NaiveDate>, Option<NaiveDate>) {
        if self.dates_reversed() {
            (self.to, self.from)
        } else {
            (self.from, self.to)
        }
    }

    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Returns a copy with one municipality switched on or off.
    pub fn toggled_municipality(&self, m: MunicipalityId) -> Filter {
        let mut f = self.clone();
        f.municipalities.toggle(m);
        f
    }

    /// Returns a copy with one place kind switched on or off.
    pub fn toggled_kind(&self, k: PlaceKind) -> Filter {
        let mut f = self.clone();
        f.kinds.toggle(k);
        f
    }

    /// Returns a copy with one event category switched on or off.
    pub fn toggled_category(&self, c: Category) -> Filter {
        let mut f = self.clone();
        f.categories.toggle(c);
        f
    }

    /// Prepares the filter for matching many records (folds the text once).
    pub fn matcher(&self) -> Matcher<'_> {
        Matcher {
            filter: self,
            words: fold(&self.query)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }
}

impl super::model::Dataset {
    /// Indices of the places that pass `filter`, in file order.
    pub fn matching_places(&self, filter: &Filter) -> Vec<usize> {
        let m = filter.matcher();
        (0..self.places.len())
            .filter(|&i| m.place(&self.places[i]))
            .collect()
    }

    /// Indices of the events that pass `filter`, in file order.
    pub fn matching_events(&self, filter: &Filter) -> Vec<usize> {
        let m = filter.matcher();
        (0..self.events.len())
            .filter(|&i| m.event(&self.events[i]))
            .collect()
    }
}

/// A filter ready to test records against.
pub struct Matcher<'a> {
    filter: &'a Filter,
    words: Vec<String>,
}

impl Matcher<'_> {
    /// Every word of the query must appear in the folded key.
    fn text_matches(&self, key: &str) -> bool {
        self.words.iter().all(|w| key.contains(w.as_str()))
    }

    /// True when the place passes municipality, kind and text.
    pub fn place(&self, p: &Place) -> bool {
        let f = self.filter;
        (f.municipalities.is_empty() || f.municipalities.contains(&p.municipality))
            && (f.kinds.is_empty() || f.kinds.contains(&p.kind))
            && self.text_matches(&p.search_key)
    }

    /// True when the event passes municipality, category, dates and text.
    /// Events with no municipality (the whole of Sēlija, or the network's
    /// activities elsewhere) pass every municipality filter.
    pub fn event(&self, e: &Event) -> bool {
        let f = self.filter;
        let in_area = f.municipalities.is_empty()
            || e.municipalities.is_empty()
            || e.municipalities
                .iter()
                .any(|m| f.municipalities.contains(m));
        // The days the calendar shows the event on (Riga days, half-open),
        // so `from=to=D` keeps exactly the events the grid shows on D.
        let days = DaySpan::reach(e);
        let (from, to) = f.date_range();
        in_area
            && (f.categories.is_empty() || f.categories.contains(&e.category))
            && from.is_none_or(|from| days.end > from)
            && to.is_none_or(|to| days.start <= to)
            && self.text_matches(&e.search_key)
    }
}
