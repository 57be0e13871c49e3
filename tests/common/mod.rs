//! Shared by the native tests: a small deterministic random generator
//! (xorshift), so the property tests need no extra crate and fail the same
//! way every time, and a builder for a plain event.

use selijas_salas::domain::{Category, Event, Localized, When};

/// An event with only an id (also its Latvian title), a `start` and maybe
/// an `end` as the data writes them; everything else empty. Tests that
/// need more set it with `Event { place: …, ..event(…) }`.
#[allow(dead_code)] // not every test file builds events
pub fn event(id: &str, start: &str, end: Option<&str>) -> Event {
    Event {
        id: id.into(),
        title: Localized::new(id, ""),
        start: When::parse(start).unwrap(),
        end: end.map(|e| When::parse(e).unwrap()),
        place: None,
        location: None,
        municipalities: vec![],
        category: Category::Community,
        description: Localized::default(),
        url: None,
        source: "test".into(),
        search_key: String::new(),
    }
}

/// Xorshift64; the seed must not be zero.
pub struct Rng(pub u64);

#[allow(dead_code)] // each test file uses a different part
impl Rng {
    /// The next raw 64-bit value.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A float in `[lo, hi)`.
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
}
