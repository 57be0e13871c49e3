//! The map's pure core: projection reference values and round trips,
//! viewport invariants, tiles, and clustering properties.

use selijas_salas::geo::cluster::{ClusterIndex, Expansion};
use selijas_salas::geo::tiles::{keep_tile, tile_position, tile_range, visible_tiles, TileCoord};
use selijas_salas::geo::*;

mod common;
use common::Rng;

const VIESITE: LatLng = LatLng::new(56.34751, 25.55514);

fn close(a: f64, b: f64, eps: f64) -> bool {
    (a - b).abs() <= eps
}

#[test]
fn tiles_holding_known_places() {
    // Berlin at zoom 10 is the well-known OSM tile 10/550/335.
    assert_eq!(
        TileCoord::containing(LatLng::new(52.52, 13.405), 10),
        TileCoord {
            x: 550,
            y: 335,
            z: 10
        }
    );
    // Viesīte (computed independently with the slippy-map formula).
    assert_eq!(
        TileCoord::containing(VIESITE, 10),
        TileCoord {
            x: 584,
            y: 317,
            z: 10
        }
    );
    assert_eq!(
        TileCoord::containing(VIESITE, 14),
        TileCoord {
            x: 9355,
            y: 5073,
            z: 14
        }
    );
    assert_eq!(
        TileCoord::containing(LatLng::new(56.16152, 25.74783), 12).to_string(),
        "12/2340/1272"
    );
    assert_eq!(
        TileCoord { x: 1, y: 2, z: 3 }.url("https://t/{z}/{x}/{y}{r}.png", true),
        "https://t/3/1/2@2x.png"
    );
}

#[test]
fn projection_reference_values() {
    let m = project(LatLng::new(0.0, 0.0));
    assert!(close(m.x, 0.5, 1e-15) && close(m.y, 0.5, 1e-15));
    let m = project(LatLng::new(MAX_LATITUDE, -180.0));
    assert!(close(m.x, 0.0, 1e-12) && close(m.y, 0.0, 1e-9));
    // Latitude is clamped at the Mercator limit.
    assert_eq!(
        project(LatLng::new(89.9, 0.0)),
        project(LatLng::new(MAX_LATITUDE, 0.0))
    );
    assert_eq!(scale(0.0), 256.0);
    assert_eq!(scale(3.0), 2048.0);
    assert!(close(scale(0.5), 256.0 * 2f64.sqrt(), 1e-9));
}

#[test]
fn project_unproject_round_trips() {
    let mut rng = Rng(7);
    for _ in 0..10_000 {
        let p = LatLng::new(rng.range(-85.0, 85.0), rng.range(-180.0, 180.0));
        let back = unproject(project(p));
        assert!(
            close(back.lat, p.lat, 1e-9) && close(back.lng, p.lng, 1e-9),
            "{p:?} → {back:?}"
        );
        let z = rng.range(0.0, 20.0);
        let m = project(p);
        let again = m.to_world(z).to_mercator(z);
        assert!(close(again.x, m.x, 1e-12) && close(again.y, m.y, 1e-12));
        let origin = WorldPx::new(rng.range(0.0, 1e6), rng.range(0.0, 1e6));
        let w = m.to_world(z);
        assert_eq!(w.to_layer(origin).to_world(origin).x.round(), w.x.round());
    }
}

fn viewport() -> Viewport {
    Viewport::new(VIESITE, 9.0, 800.0, 600.0, 5.0, 18.0)
}

#[test]
fn container_conversions_round_trip() {
    let v = viewport();
    let c = v.latlng_to_container(VIESITE);
    assert!(
        close(c.x, 400.0, 1e-6) && close(c.y, 300.0, 1e-6),
        "the centre is in the middle"
    );
    let p = ContainerPx::new(123.0, 456.0);
    let back = v.latlng_to_container(v.container_to_latlng(p));
    assert!(close(back.x, p.x, 1e-6) && close(back.y, p.y, 1e-6));
}

#[test]
fn property_zoom_around_keeps_the_anchor_fixed() {
    let mut rng = Rng(99);
    for _ in 0..5_000 {
        let mut v = Viewport::new(
            LatLng::new(rng.range(55.7, 56.7), rng.range(24.9, 27.4)),
            rng.range(5.0, 18.0),
            rng.range(200.0, 1600.0),
            rng.range(200.0, 1000.0),
            5.0,
            18.0,
        );
        let anchor = ContainerPx::new(rng.range(0.0, v.width), rng.range(0.0, v.height));
        let before = v.container_to_latlng(anchor);
        let new_zoom = rng.range(5.0, 18.0);
        v.zoom_around(anchor, new_zoom);
        assert!(close(v.zoom, new_zoom, 1e-12));
        let after = v.latlng_to_container(before);
        assert!(
            close(after.x, anchor.x, 1e-6) && close(after.y, anchor.y, 1e-6),
            "{anchor:?} moved to {after:?}"
        );
    }
}

#[test]
fn zoom_is_clamped_and_zooming_in_on_the_right_moves_the_centre_right() {
    let mut v = viewport();
    v.zoom_around(ContainerPx::new(600.0, 300.0), 25.0);
    assert_eq!(v.zoom, 18.0);
    assert!(v.center_latlng().lng > VIESITE.lng);
    v.zoom_around(ContainerPx::new(400.0, 300.0), 1.0);
    assert_eq!(v.zoom, 5.0);
}

#[test]
fn pan_moves_by_container_pixels() {
    let mut v = viewport();
    let east = v.container_to_latlng(ContainerPx::new(500.0, 300.0));
    v.pan_by(Offset::new(100.0, 0.0));
    let c = v.center_latlng();
    assert!(close(c.lat, east.lat, 1e-9) && close(c.lng, east.lng, 1e-9));
}

#[test]
fn fit_bounds_shows_everything_with_padding() {
    let pts = [LatLng::new(55.7, 25.0), LatLng::new(56.62, 27.36)];
    let b = Bounds::of(pts.iter().map(|&p| project(p))).unwrap();
    let mut v = viewport();
    v.fit_bounds(b, 20.0, 14.0);
    for p in pts {
        let c = v.latlng_to_container(p);
        assert!(
            c.x >= 19.999 && c.x <= v.width - 19.999 && c.y >= 19.999 && c.y <= v.height - 19.999,
            "{c:?}"
        );
    }
    // One of the two axes is tight: the zoom is the largest that fits.
    let nw = v.latlng_to_container(LatLng::new(56.62, 25.0));
    let se = v.latlng_to_container(LatLng::new(55.7, 27.36));
    assert!(close(se.x - nw.x, v.width - 40.0, 1e-6) || close(se.y - nw.y, v.height - 40.0, 1e-6));
    // A single point is shown at the point zoom.
    v.fit_bounds(Bounds::point(project(VIESITE)), 20.0, 14.0);
    assert_eq!(v.zoom, 14.0);
}

#[test]
fn visible_tiles_cover_the_viewport_nearest_first() {
    let v = viewport();
    let tiles = visible_tiles(&v, 9);
    let centre_tile = TileCoord::containing(VIESITE, 9);
    assert_eq!(tiles[0], centre_tile, "the centre tile loads first");
    // Every corner of the container is covered by some tile.
    for corner in [(0.0, 0.0), (799.9, 0.0), (0.0, 599.9), (799.9, 599.9)] {
        let p = v.container_to_latlng(ContainerPx::new(corner.0, corner.1));
        assert!(tiles.contains(&TileCoord::containing(p, 9)), "{corner:?}");
    }
    // 800 × 600 at an integer zoom needs at most 5 × 4 tiles.
    assert!(tiles.len() <= 20, "{}", tiles.len());
    // Position: the centre tile's corner is where the viewport maths says.
    let (pos, side) = tile_position(&v, &centre_tile);
    assert_eq!(side, 256.0);
    let nw = v.mercator_to_container(centre_tile.north_west());
    assert_eq!(pos, nw);
    let inside = v.latlng_to_container(VIESITE);
    assert!(
        inside.x >= pos.x
            && inside.x < pos.x + side
            && inside.y >= pos.y
            && inside.y < pos.y + side
    );
}

#[test]
fn tile_range_is_clamped_and_the_buffer_keeps_neighbours() {
    let v = Viewport::new(LatLng::new(0.0, 0.0), 1.0, 2000.0, 2000.0, 0.0, 18.0);
    let (lo, hi) = tile_range(&v, 1, 3);
    assert_eq!((lo.x, lo.y, hi.x, hi.y), (0, 0, 1, 1));
    let v = viewport();
    let (_, hi) = tile_range(&v, 9, 0);
    let beside = TileCoord {
        x: hi.x + 1,
        y: hi.y,
        z: 9,
    };
    assert!(!visible_tiles(&v, 9).contains(&beside));
    assert!(keep_tile(&v, 9, 1, &beside), "one tile of buffer keeps it");
    assert!(!keep_tile(&v, 9, 0, &beside));
    assert!(!keep_tile(&v, 10, 1, &TileCoord { z: 9, ..beside }));
}

/// Random points around Sēlija, some nearly coinciding.
fn sample_points(n: usize, seed: u64) -> Vec<Mercator> {
    let mut rng = Rng(seed);
    let mut pts: Vec<Mercator> = (0..n)
        .map(|_| project(LatLng::new(rng.range(55.7, 56.6), rng.range(25.0, 27.3))))
        .collect();
    // Pairs metres apart, like Gārsene village and manor.
    for i in 0..n / 20 {
        let p = pts[i];
        pts.push(Mercator {
            x: p.x + 1e-8,
            y: p.y,
        });
    }
    pts
}

#[test]
fn property_clusters_partition_the_points_at_every_zoom() {
    let radius = 60.0;
    for seed in [1, 2, 3] {
        let pts = sample_points(800, seed);
        let index = ClusterIndex::new(&pts, 5, 18, radius);
        for z in 5..=18u8 {
            let clusters = index.clusters(z);
            // Counts sum to the number of points; each point is in exactly one cluster.
            assert_eq!(
                clusters.iter().map(|c| c.count as usize).sum::<usize>(),
                pts.len()
            );
            let mut seen = vec![false; pts.len()];
            for (i, c) in clusters.iter().enumerate() {
                let members = index.points(z, i as u32);
                assert_eq!(members.len(), c.count as usize);
                for &p in &members {
                    assert!(
                        !std::mem::replace(&mut seen[p as usize], true),
                        "point {p} twice at {z}"
                    );
                    // Every point is within reach (2 · radius) of its cluster and inside its bounds.
                    let d = pts[p as usize]
                        .to_world(f64::from(z))
                        .distance(c.pos.to_world(f64::from(z)));
                    assert!(
                        d < 2.0 * radius,
                        "point {p} is {d}px from its cluster at zoom {z}"
                    );
                    assert!(c.bounds.contains(pts[p as usize]));
                }
                // A cluster's children at the next zoom are its own points.
                if z < 18 {
                    let mut from_children: Vec<u32> = index
                        .children(z, i as u32)
                        .iter()
                        .flat_map(|&ch| index.points(z + 1, ch))
                        .collect();
                    let mut own = members.clone();
                    from_children.sort_unstable();
                    own.sort_unstable();
                    assert_eq!(from_children, own);
                }
            }
            // No two clusters closer than the radius.
            for (i, a) in clusters.iter().enumerate() {
                for b in &clusters[i + 1..] {
                    let d = a
                        .pos
                        .to_world(f64::from(z))
                        .distance(b.pos.to_world(f64::from(z)));
                    assert!(
                        d >= radius * (1.0 - 1e-9),
                        "two clusters {d}px apart at zoom {z}"
                    );
                }
            }
        }
    }
}

#[test]
fn coinciding_points_are_listed_at_the_maximum_zoom() {
    let garsene = project(LatLng::new(56.1006, 25.8089));
    let manor = project(LatLng::new(56.10056, 25.80889));
    let far = project(VIESITE);
    let index = ClusterIndex::new(&[garsene, manor, far], 5, 18, 60.0);
    let (i, c) = index
        .clusters(18)
        .iter()
        .enumerate()
        .find(|(_, c)| c.count == 2)
        .unwrap();
    assert_eq!(c.count, 2);
    let all = index.subset(|_| true);
    let Expansion::List(mut points) = all.expansion(&index, 18, i as u32) else {
        panic!("should list")
    };
    points.sort_unstable();
    assert_eq!(points, vec![0, 1]);
    // At a low zoom everything is one cluster, and activating it zooms in to
    // where it splits.
    let top = index.clusters(5);
    assert_eq!(top.len(), 1);
    match all.expansion(&index, 5, 0) {
        Expansion::Zoom(z, bounds) => {
            assert!(z > 5 && z <= 18);
            assert!(bounds.contains(far) && bounds.contains(garsene));
            assert!(index.clusters(z).len() > 1);
            assert_eq!(index.clusters(z - 1).len(), 1);
        }
        other => panic!("expected a zoom, got {other:?}"),
    }
}

#[test]
fn a_point_can_be_traced_to_its_cluster_and_to_where_it_stands_alone() {
    let pts = sample_points(300, 11);
    let index = ClusterIndex::new(&pts, 5, 18, 60.0);
    for p in [0u32, 17, 150, 299] {
        for z in 5..=18u8 {
            let c = index.cluster_of(p, z).unwrap();
            assert!(index.points(z, c).contains(&p), "point {p} at zoom {z}");
        }
        let z = index.alone_from(p, 5);
        let c = index.cluster_of(p, z).unwrap();
        assert!(index.clusters(z)[c as usize].count == 1 || z == 18);
        if z > 5 {
            let c = index.cluster_of(p, z - 1).unwrap();
            assert!(index.clusters(z - 1)[c as usize].count > 1);
        }
    }
}

#[test]
fn a_cluster_is_named_by_its_seed_point_which_sits_where_it_is_drawn() {
    let pts = sample_points(400, 5);
    let index = ClusterIndex::new(&pts, 5, 18, 60.0);
    for z in [5u8, 9, 12, 18] {
        for (i, c) in index.clusters(z).iter().enumerate() {
            let seed = index.seed_point(z, i as u32).unwrap();
            assert_eq!(pts[seed as usize], c.pos);
            assert_eq!(index.cluster_of(seed, z), Some(i as u32));
        }
    }
}

#[test]
fn property_a_subset_shows_each_kept_point_exactly_once_within_reach() {
    use selijas_salas::geo::cluster::Shown;
    let radius = 60.0;
    let pts = sample_points(600, 21);
    let index = ClusterIndex::new(&pts, 5, 18, radius);
    let mut rng = Rng(77);
    for _ in 0..4 {
        let keep: Vec<bool> = (0..pts.len()).map(|_| rng.below(3) > 0).collect();
        let subset = index.subset(|p| keep[p as usize]);
        assert_eq!(subset.len(), keep.iter().filter(|k| **k).count());
        for z in 5..=18u8 {
            let mut seen = vec![0u32; pts.len()];
            for shown in subset.shown(&index, z) {
                match shown {
                    Shown::Point(p) => {
                        assert!(keep[p as usize]);
                        seen[p as usize] += 1;
                    }
                    Shown::Cluster {
                        index: i,
                        count,
                        pos,
                    } => {
                        let kept = subset.points(&index, z, i);
                        assert_eq!(kept.len() as u32, count);
                        assert!(count >= 2);
                        for p in kept {
                            seen[p as usize] += 1;
                            let d = pts[p as usize]
                                .to_world(f64::from(z))
                                .distance(pos.to_world(f64::from(z)));
                            assert!(d < 2.0 * radius, "{d}px at zoom {z}");
                        }
                    }
                }
            }
            for (p, n) in seen.iter().enumerate() {
                assert_eq!(
                    *n,
                    u32::from(keep[p]),
                    "point {p} shown {n} times at zoom {z}"
                );
            }
        }
    }
}

#[test]
fn the_full_subset_shows_the_plain_clusters() {
    use selijas_salas::geo::cluster::Shown;
    let pts = sample_points(300, 8);
    let index = ClusterIndex::new(&pts, 5, 18, 60.0);
    let all = index.subset(|_| true);
    for z in [5u8, 10, 15, 18] {
        let shown = all.shown(&index, z);
        assert_eq!(shown.len(), index.clusters(z).len());
        for (s, c) in shown.iter().zip(index.clusters(z)) {
            match s {
                Shown::Point(p) => assert_eq!(pts[*p as usize], c.pos),
                Shown::Cluster { count, pos, .. } => assert_eq!((*count, *pos), (c.count, c.pos)),
            }
        }
    }
}

#[test]
fn a_subset_expands_and_stands_alone_by_its_kept_points() {
    use selijas_salas::geo::cluster::Shown;
    let garsene = project(LatLng::new(56.1006, 25.8089));
    let manor = project(LatLng::new(56.10056, 25.80889));
    let far = project(VIESITE);
    let index = ClusterIndex::new(&[garsene, manor, far], 5, 18, 60.0);
    // With the manor filtered out, the village is shown on its own at the
    // maximum zoom, at its own position.
    let subset = index.subset(|p| p != 1);
    assert!(subset.shown(&index, 18).contains(&Shown::Point(0)));
    let z = subset.alone_from(&index, 0, 5);
    assert!(subset.shown(&index, z).contains(&Shown::Point(0)));
    assert!(z == 5 || !subset.shown(&index, z - 1).contains(&Shown::Point(0)));
    // Both kept: the pair never splits and is listed.
    let both = index.subset(|_| true);
    let i = index.cluster_of(0, 18).unwrap();
    let Expansion::List(mut listed) = both.expansion(&index, 18, i) else {
        panic!("should list")
    };
    listed.sort_unstable();
    assert_eq!(listed, vec![0, 1]);
    // At zoom 5 the single cluster zooms in to where the kept points split.
    match subset.expansion(&index, 5, 0) {
        Expansion::Zoom(z, b) => {
            assert!(b.contains(garsene) && b.contains(far));
            assert!(subset.shown(&index, z).len() >= 2);
        }
        other => panic!("expected a zoom, got {other:?}"),
    }
}

#[test]
fn snapped_bounds_hold_the_original_and_change_only_across_grid_lines() {
    let b = Bounds {
        min: Mercator { x: 0.23, y: 0.41 },
        max: Mercator { x: 0.27, y: 0.44 },
    };
    let s = b.snapped_out(0.1);
    assert!(s.contains(b.min) && s.contains(b.max));
    assert!((s.min.x - 0.2).abs() < 1e-12 && (s.max.y - 0.5).abs() < 1e-12);
    // A small move inside the same cells gives the same bounds.
    let moved = Bounds {
        min: Mercator { x: 0.24, y: 0.42 },
        max: Mercator { x: 0.28, y: 0.45 },
    };
    assert_eq!(moved.snapped_out(0.1), s);
    let g = b.grown(0.01);
    assert!((g.min.x - 0.22).abs() < 1e-12 && (g.max.y - 0.45).abs() < 1e-12);
}

#[test]
fn clamp_limits_and_never_panics() {
    use selijas_salas::geo::clamp;
    assert_eq!(clamp(5.0, 1.0, 3.0), 3.0);
    assert_eq!(clamp(-5.0, 1.0, 3.0), 1.0);
    assert_eq!(clamp(2.5, 1.0, 3.0), 2.5);
    assert_eq!(clamp(f64::NAN, 1.0, 3.0), 1.0);
    assert_eq!(clamp(f64::INFINITY, 1.0, 3.0), 3.0);
}

#[test]
fn property_a_subset_without_a_point_is_the_subset_of_the_others() {
    let pts = sample_points(400, 5);
    let index = ClusterIndex::new(&pts, 5, 18, 60.0);
    let mut rng = Rng(91);
    let keep: Vec<bool> = (0..pts.len()).map(|_| rng.below(4) > 0).collect();
    let subset = index.subset(|p| keep[p as usize]);
    for _ in 0..40 {
        let p = rng.below(pts.len()) as u32;
        let expected = index.subset(|q| q != p && keep[q as usize]);
        assert_eq!(subset.without(&index, p), expected, "without point {p}");
    }
}

#[test]
fn keys_pan_by_a_step_and_zoom_by_whole_levels() {
    use selijas_salas::geo::gestures::{key_action, KeyAction, KEY_PAN};
    assert_eq!(
        key_action("ArrowLeft"),
        Some(KeyAction::Pan(Offset::new(-KEY_PAN, 0.0)))
    );
    assert_eq!(
        key_action("ArrowDown"),
        Some(KeyAction::Pan(Offset::new(0.0, KEY_PAN)))
    );
    for (key, delta) in [("+", 1.0), ("=", 1.0), ("-", -1.0), ("_", -1.0)] {
        assert_eq!(key_action(key), Some(KeyAction::Zoom(delta)), "{key}");
    }
    assert_eq!(key_action("a"), None);
    assert_eq!(key_action("Tab"), None);
}

#[test]
fn a_wheel_notch_zooms_by_a_fraction_and_lines_count_more_than_pixels() {
    use selijas_salas::geo::gestures::{wheel_zoom, WHEEL_PX_PER_LEVEL};
    // Scrolling up (negative delta) zooms in.
    assert!(close(wheel_zoom(9.0, -WHEEL_PX_PER_LEVEL, 0), 10.0, 1e-12));
    assert!(close(wheel_zoom(9.0, 100.0, 0), 9.0 - 1.0 / 3.0, 1e-12));
    // Three lines are 120 px; a page is 800.
    assert!(close(
        wheel_zoom(9.0, 3.0, 1),
        wheel_zoom(9.0, 120.0, 0),
        1e-12
    ));
    assert!(close(
        wheel_zoom(9.0, 1.0, 2),
        wheel_zoom(9.0, 800.0, 0),
        1e-12
    ));
}
