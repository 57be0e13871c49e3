//! Hierarchical marker clustering in screen space, one level per integer
//! zoom, built bottom-up (like supercluster): each level merges the clusters
//! of the level below, so a cluster's children at the next zoom are exactly
//! its own points.
//!
//! At zoom `z`, clusters are made greedily: the biggest unassigned cluster
//! of level `z + 1` becomes a seed, and every unassigned cluster closer than
//! `radius` pixels joins it. The cluster sits at its seed's position. Hence:
//! - no two clusters of one level are closer than `radius` pixels;
//! - every point lies within `2 · radius` pixels of its cluster (`radius` for
//!   the join, plus at most half of the level below's reach, halving with
//!   each level: r + r/2 + r/4 + … < 2r);
//! - counts add up to the number of points.

use super::projection::*;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// One cluster (or single point) at one zoom level.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Where it is drawn: its seed point's position.
    pub pos: Mercator,
    /// How many points it holds.
    pub count: u32,
    /// The extent of its points.
    pub bounds: Bounds,
    /// Where its members start in the level's member list.
    first: u32,
    /// How many members (clusters of the next level down; points on the
    /// deepest level) it has.
    len: u32,
}

/// One zoom level: its clusters and, flat, their members.
#[derive(Clone, Debug, Default)]
struct Level {
    clusters: Vec<Cluster>,
    members: Vec<u32>,
    /// For each cluster of the level below (or point, on the deepest
    /// level): which cluster of this level holds it.
    parent_of: Vec<u32>,
}

impl Level {
    fn members(&self, i: usize) -> &[u32] {
        let c = &self.clusters[i];
        &self.members[c.first as usize..(c.first + c.len) as usize]
    }
}

/// What activating a cluster should do.
#[derive(Clone, Debug, PartialEq)]
pub enum Expansion {
    /// Zoom to this level (where it splits) and fit these bounds.
    Zoom(u8, Bounds),
    /// It never splits (the points nearly coincide): list these points.
    List(Vec<u32>),
}

/// All cluster levels for one set of points.
#[derive(Clone, Debug)]
pub struct ClusterIndex {
    min_zoom: u8,
    max_zoom: u8,
    /// `levels[z - min_zoom]`; the last is `max_zoom`, whose members are points.
    levels: Vec<Level>,
    /// The points, as given.
    points: Vec<Mercator>,
}

impl ClusterIndex {
    /// Clusters `points` for every zoom in `min_zoom..=max_zoom` with a
    /// `radius` in pixels.
    pub fn new(points: &[Mercator], min_zoom: u8, max_zoom: u8, radius: f64) -> ClusterIndex {
        let max_zoom = max_zoom.max(min_zoom);
        // The implicit level below max_zoom: every point on its own, its
        // only member being itself, so max_zoom's members are point indices.
        let leaf = Level {
            clusters: points
                .iter()
                .enumerate()
                .map(|(i, &p)| Cluster {
                    pos: p,
                    count: 1,
                    bounds: Bounds::point(p),
                    first: i as u32,
                    len: 1,
                })
                .collect(),
            members: (0..points.len() as u32).collect(),
            parent_of: Vec::new(),
        };
        let mut levels: Vec<Level> = Vec::with_capacity(usize::from(max_zoom - min_zoom) + 1);
        for z in (min_zoom..=max_zoom).rev() {
            let below = levels.last().unwrap_or(&leaf);
            let level = merge_level(&below.clusters, radius / scale(f64::from(z)));
            levels.push(level);
        }
        levels.reverse();
        ClusterIndex {
            min_zoom,
            max_zoom,
            levels,
            points: points.to_vec(),
        }
    }

    /// The position of point `p`.
    pub fn point(&self, p: u32) -> Option<Mercator> {
        self.points.get(p as usize).copied()
    }

    /// How many points the index holds.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// True when it holds none.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// Counts, per cluster of every level, the points for which `keep` is
    /// true: a filter applied to an index built once for all points, in
    /// O(points × levels) instead of a new clustering.
    pub fn subset(&self, keep: impl Fn(u32) -> bool) -> Subset {
        let mut counts: Vec<Vec<u32>> = self
            .levels
            .iter()
            .map(|l| vec![0; l.clusters.len()])
            .collect();
        let mut kept = vec![false; self.points.len()];
        let deepest = self.levels.len().saturating_sub(1);
        for p in 0..self.points.len() as u32 {
            if !keep(p) {
                continue;
            }
            kept[p as usize] = true;
            let Some(mut c) = self
                .levels
                .get(deepest)
                .and_then(|l| l.parent_of.get(p as usize).copied())
            else {
                continue;
            };
            for li in (0..=deepest).rev() {
                counts[li][c as usize] += 1;
                if li > 0 {
                    c = self.levels[li - 1].parent_of[c as usize];
                }
            }
        }
        Subset { kept, counts }
    }

    /// The level used at a (fractional) zoom: rounded, clamped to the index.
    pub fn level_for(&self, zoom: f64) -> u8 {
        (zoom.round().max(0.0) as u8).clamp(self.min_zoom, self.max_zoom)
    }

    /// All clusters of integer zoom `z` (clamped to the index's range).
    pub fn clusters(&self, z: u8) -> &[Cluster] {
        self.level(z).map(|l| l.clusters.as_slice()).unwrap_or(&[])
    }

    fn level(&self, z: u8) -> Option<&Level> {
        self.levels.get(usize::from(
            z.clamp(self.min_zoom, self.max_zoom) - self.min_zoom,
        ))
    }

    /// The members of cluster `i` of level `z`: clusters of level `z + 1`,
    /// or points on the deepest level.
    pub fn children(&self, z: u8, i: u32) -> &[u32] {
        match self.level(z) {
            Some(l) if (i as usize) < l.clusters.len() => l.members(i as usize),
            _ => &[],
        }
    }

    /// The indices of the points in cluster `i` of level `z`.
    pub fn points(&self, z: u8, i: u32) -> Vec<u32> {
        let z = z.clamp(self.min_zoom, self.max_zoom);
        let children = self.children(z, i);
        if z == self.max_zoom {
            return children.to_vec();
        }
        children
            .iter()
            .flat_map(|&child| self.points(z + 1, child))
            .collect()
    }

    /// The cluster of level `z` that holds point `point`.
    pub fn cluster_of(&self, point: u32, z: u8) -> Option<u32> {
        let z = z.clamp(self.min_zoom, self.max_zoom);
        let mut c = *self.level(self.max_zoom)?.parent_of.get(point as usize)?;
        for level in (z..self.max_zoom).rev() {
            c = *self.level(level)?.parent_of.get(c as usize)?;
        }
        Some(c)
    }

    /// The point a cluster grew from (its position is that point's): a
    /// stable name for it across rebuilds and zoom levels.
    pub fn seed_point(&self, z: u8, i: u32) -> Option<u32> {
        let z = z.clamp(self.min_zoom, self.max_zoom);
        let (mut level, mut c) = (z, i);
        loop {
            let first = *self.children(level, c).first()?;
            if level == self.max_zoom {
                return Some(first);
            }
            level += 1;
            c = first;
        }
    }

    /// The first zoom from `from` on at which `point` is on its own (not
    /// in a cluster); `max_zoom` if it never is.
    pub fn alone_from(&self, point: u32, from: u8) -> u8 {
        (from.max(self.min_zoom)..=self.max_zoom)
            .find(|&z| {
                self.cluster_of(point, z)
                    .and_then(|c| self.clusters(z).get(c as usize))
                    .is_some_and(|c| c.count == 1)
            })
            .unwrap_or(self.max_zoom)
    }
}

/// An index's clusters restricted to some of its points (see
/// [`ClusterIndex::subset`]). A cluster shows when it holds any kept point:
/// as a single marker at that point when it holds one, else at its own
/// position, which is within reach (2 · radius) of every point it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Subset {
    kept: Vec<bool>,
    /// `counts[z - min_zoom][cluster]`: kept points in each cluster.
    counts: Vec<Vec<u32>>,
}

/// What a cluster with kept points looks like on the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shown {
    /// One kept point: drawn as that point's own marker.
    Point(u32),
    /// Several: drawn as a cluster of `count` at `pos`.
    Cluster {
        /// Index of the cluster in its level.
        index: u32,
        /// Its kept points.
        count: u32,
        /// Where it is drawn.
        pos: Mercator,
    },
}

impl Subset {
    /// True when point `p` is kept.
    pub fn keeps(&self, p: u32) -> bool {
        self.kept.get(p as usize).copied().unwrap_or(false)
    }

    /// How many points are kept.
    pub fn len(&self) -> usize {
        self.kept.iter().filter(|k| **k).count()
    }

    /// True when no point is kept.
    pub fn is_empty(&self) -> bool {
        !self.kept.iter().any(|k| *k)
    }

    /// This subset less point `p`: what [`ClusterIndex::subset`] gives for
    /// the same points without `p`, made by lowering only the counts of the
    /// clusters that hold `p` (one per level) instead of recounting all.
    pub fn without(&self, index: &ClusterIndex, p: u32) -> Subset {
        let mut s = self.clone();
        if !s.keeps(p) {
            return s;
        }
        s.kept[p as usize] = false;
        for (li, counts) in s.counts.iter_mut().enumerate() {
            let z = index.min_zoom + li as u8;
            if let Some(n) = index
                .cluster_of(p, z)
                .and_then(|c| counts.get_mut(c as usize))
            {
                *n = n.saturating_sub(1);
            }
        }
        s
    }

    fn count(&self, index: &ClusterIndex, z: u8, i: u32) -> u32 {
        let li = usize::from(z.clamp(index.min_zoom, index.max_zoom) - index.min_zoom);
        self.counts
            .get(li)
            .and_then(|c| c.get(i as usize))
            .copied()
            .unwrap_or(0)
    }

    /// The kept points of cluster `i` of level `z`.
    pub fn points(&self, index: &ClusterIndex, z: u8, i: u32) -> Vec<u32> {
        index
            .points(z, i)
            .into_iter()
            .filter(|&p| self.keeps(p))
            .collect()
    }

    /// What level `z` shows: every cluster holding kept points.
    pub fn shown(&self, index: &ClusterIndex, z: u8) -> Vec<Shown> {
        let z = z.clamp(index.min_zoom, index.max_zoom);
        index
            .clusters(z)
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match self.count(index, z, i as u32) {
                0 => None,
                1 => self.only_point(index, z, i as u32).map(Shown::Point),
                n => Some(Shown::Cluster {
                    index: i as u32,
                    count: n,
                    pos: c.pos,
                }),
            })
            .collect()
    }

    /// The one kept point of a cluster that holds exactly one.
    fn only_point(&self, index: &ClusterIndex, z: u8, i: u32) -> Option<u32> {
        let (mut level, mut c) = (z, i);
        loop {
            let children = index.children(level, c);
            if level == index.max_zoom {
                return children.iter().copied().find(|&p| self.keeps(p));
            }
            c = children
                .iter()
                .copied()
                .find(|&ch| self.count(index, level + 1, ch) > 0)?;
            level += 1;
        }
    }

    /// What activating cluster `i` of level `z` should do, counting only
    /// kept points: zoom to where they split, or list them.
    pub fn expansion(&self, index: &ClusterIndex, z: u8, i: u32) -> Expansion {
        let z = z.clamp(index.min_zoom, index.max_zoom);
        let points = self.points(index, z, i);
        let bounds = Bounds::of(points.iter().filter_map(|&p| index.point(p)));
        let (mut level, mut c) = (z, i);
        while level < index.max_zoom {
            let mut with_kept = index
                .children(level, c)
                .iter()
                .copied()
                .filter(|&ch| self.count(index, level + 1, ch) > 0);
            match (with_kept.next(), with_kept.next(), bounds) {
                (Some(only), None, _) => c = only,
                (Some(_), Some(_), Some(b)) => return Expansion::Zoom(level + 1, b),
                _ => break,
            }
            level += 1;
        }
        Expansion::List(points)
    }

    /// The first zoom from `from` on at which kept point `p` is shown on its
    /// own; the index's maximum zoom if it never is.
    pub fn alone_from(&self, index: &ClusterIndex, p: u32, from: u8) -> u8 {
        (from.max(index.min_zoom)..=index.max_zoom)
            .find(|&z| {
                index
                    .cluster_of(p, z)
                    .is_some_and(|c| self.count(index, z, c) == 1)
            })
            .unwrap_or(index.max_zoom)
    }
}

/// The clusters' positions, biggest first and ties in their order. A
/// counting sort: counts are small integers, so it is linear, and it adds
/// no comparison sort to the bundle.
fn biggest_first(clusters: &[Cluster]) -> Vec<u32> {
    let max = clusters.iter().map(|c| c.count as usize).max().unwrap_or(0);
    // How many clusters have each count, then where each count's run starts.
    let mut next = vec![0usize; max + 1];
    for c in clusters {
        next[c.count as usize] += 1;
    }
    let mut start = 0;
    for slot in next.iter_mut().rev() {
        let n = *slot;
        *slot = start;
        start += n;
    }
    let mut order = vec![0u32; clusters.len()];
    for (i, c) in clusters.iter().enumerate() {
        let slot = &mut next[c.count as usize];
        order[*slot] = i as u32;
        *slot += 1;
    }
    order
}

/// One level up: greedy seeds, biggest first, absorbing neighbours closer
/// than `r` (Mercator units). Neighbours are found through a grid of
/// `r`-sized cells.
fn merge_level(below: &[Cluster], r: f64) -> Level {
    let cell = |p: Mercator| ((p.x / r).floor() as i64, (p.y / r).floor() as i64);
    // Cells as linked lists through `next` (no allocation per cell).
    const NONE: u32 = u32::MAX;
    let mut heads: HashMap<(i64, i64), u32, BuildHasherDefault<CellHasher>> =
        HashMap::with_capacity_and_hasher(below.len(), Default::default());
    let mut next = vec![NONE; below.len()];
    for (i, c) in below.iter().enumerate() {
        let head = heads.entry(cell(c.pos)).or_insert(NONE);
        next[i] = *head;
        *head = i as u32;
    }

    let order = biggest_first(below);
    let mut taken = vec![false; below.len()];
    let r2 = r * r;
    let mut level = Level {
        clusters: Vec::new(),
        members: Vec::with_capacity(below.len()),
        parent_of: vec![0; below.len()],
    };
    for &seed in &order {
        if std::mem::replace(&mut taken[seed as usize], true) {
            continue;
        }
        let s = &below[seed as usize];
        let id = level.clusters.len() as u32;
        level.parent_of[seed as usize] = id;
        let mut cluster = Cluster {
            pos: s.pos,
            count: s.count,
            bounds: s.bounds,
            first: level.members.len() as u32,
            len: 1,
        };
        level.members.push(seed);
        let (cx, cy) = cell(s.pos);
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                let Some(&head) = heads.get(&(gx, gy)) else {
                    continue;
                };
                let mut j = head;
                while j != NONE {
                    let o = &below[j as usize];
                    let (dx, dy) = (o.pos.x - s.pos.x, o.pos.y - s.pos.y);
                    if !taken[j as usize] && dx * dx + dy * dy < r2 {
                        taken[j as usize] = true;
                        level.parent_of[j as usize] = id;
                        cluster.count += o.count;
                        cluster.bounds = cluster.bounds.union(&o.bounds);
                        cluster.len += 1;
                        level.members.push(j);
                    }
                    j = next[j as usize];
                }
            }
        }
        level.clusters.push(cluster);
    }
    level
}

/// A fast hasher for grid cells (two small integers); SipHash is needlessly
/// slow here and the keys are not attacker-controlled.
#[derive(Default)]
struct CellHasher(u64);

impl Hasher for CellHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_i64(&mut self, v: i64) {
        self.0 = (self.0.rotate_left(5) ^ v as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_count(count: u32) -> Cluster {
        let pos = Mercator { x: 0.5, y: 0.5 };
        Cluster {
            pos,
            count,
            bounds: Bounds { min: pos, max: pos },
            first: 0,
            len: count,
        }
    }

    #[test]
    fn biggest_first_is_a_stable_descending_order() {
        let counts = [1, 5, 2, 5, 1, 9, 2, 1];
        let clusters: Vec<Cluster> = counts.iter().map(|&c| with_count(c)).collect();
        assert_eq!(biggest_first(&clusters), [5, 1, 3, 2, 6, 0, 4, 7]);
        assert!(biggest_first(&[]).is_empty());
    }
}
