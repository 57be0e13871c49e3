//! One sort for the whole app.
//!
//! Each `sort_by` with a closure of its own compiles a fresh copy of the
//! standard library's sort into the bundle (about 3 KB of wasm each, seven
//! times over). Everything sorts through [`order`] instead, which is not
//! generic and so is compiled once; [`by`] is the convenient form.

use std::cmp::Ordering;

/// The positions `0..len` in the order `cmp` gives them. Ties keep their
/// original order (the sort is stable), so `cmp` need not break them.
pub fn order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    positions
}

/// Sorts `items` by `cmp`, stably.
pub fn by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let positions = order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(positions.into_iter().filter_map(|p| slots[p].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_ties_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn agrees_with_std_stable_sort() {
        // A fixed pseudo-random sequence with many ties.
        let mut x = 12345u32;
        let mut v: Vec<(u32, usize)> = (0..2000)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((x >> 16) % 50, i)
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_by_key(|p| p.0);
        by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, expected);
    }

    #[test]
    fn empty_and_single() {
        let mut v: Vec<u8> = Vec::new();
        by(&mut v, |a, b| a.cmp(b));
        assert!(v.is_empty());
        assert_eq!(order(1, &|_, _| Ordering::Less), [0]);
    }
}
