//! Sets of the small closed enums (municipalities, place kinds, event
//! categories) as bits of one integer. The filter holds three of them and
//! tests them for every record; bits make that a mask test, and cost far
//! less code in the bundle than three `BTreeSet` instantiations.

use std::fmt;
use std::marker::PhantomData;

/// An enum whose values a [`FlagSet`] can hold: fieldless, fewer than 64
/// variants, `ALL` in declaration order (`slug_enum!` implements it).
pub trait Flag: Copy + 'static {
    /// Every value, in order; a value's bit is its position here.
    const ALL: &'static [Self];
    /// The value's bit position.
    fn bit(self) -> u32;
}

/// A set of `T`, iterated in `T::ALL` order.
pub struct FlagSet<T> {
    bits: u64,
    kind: PhantomData<T>,
}

impl<T: Flag> FlagSet<T> {
    /// The empty set.
    pub const fn new() -> Self {
        FlagSet {
            bits: 0,
            kind: PhantomData,
        }
    }

    fn mask(t: T) -> u64 {
        1 << t.bit()
    }

    /// Adds `t`; true when it was not there yet.
    pub fn insert(&mut self, t: T) -> bool {
        let had = self.contains(&t);
        self.bits |= Self::mask(t);
        !had
    }

    /// Removes `t`; true when it was there.
    pub fn remove(&mut self, t: &T) -> bool {
        let had = self.contains(t);
        self.bits &= !Self::mask(*t);
        had
    }

    /// Adds `t` when it is missing, removes it when it is there.
    pub fn toggle(&mut self, t: T) {
        self.bits ^= Self::mask(t);
    }

    /// True when `t` is in the set.
    pub fn contains(&self, t: &T) -> bool {
        self.bits & Self::mask(*t) != 0
    }

    /// True when the set is empty.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// How many values the set holds.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// The values, in `T::ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL.iter().copied().filter(|t| self.contains(t))
    }
}

// By hand: derives would ask `T` for the same traits, which the set does
// not need from it.
impl<T> Clone for FlagSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for FlagSet<T> {}
impl<T> PartialEq for FlagSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<T> Eq for FlagSet<T> {}
impl<T: Flag> Default for FlagSet<T> {
    fn default() -> Self {
        Self::new()
    }
}
impl<T: Flag + fmt::Debug> fmt::Debug for FlagSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}
impl<T: Flag> FromIterator<T> for FlagSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::new();
        iter.into_iter().for_each(|t| {
            set.insert(t);
        });
        set
    }
}
impl<T: Flag, const N: usize> From<[T; N]> for FlagSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}
