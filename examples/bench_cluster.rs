//! Benchmark (not a test): clustering 10,000 synthetic places.
//! `cargo run --release --example bench_cluster` prints medians of 21 runs.

use selijas_salas::geo::cluster::ClusterIndex;
use selijas_salas::geo::{project, LatLng, Mercator};
use std::time::Instant;

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn main() {
    // Deterministic pseudo-random places spread over Sēlija.
    let mut s = 0x2545_f491_4f6c_dd1d_u64;
    let mut unit = || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        (s >> 11) as f64 / (1u64 << 53) as f64
    };
    let points: Vec<Mercator> = (0..10_000)
        .map(|_| project(LatLng::new(55.7 + 0.9 * unit(), 25.0 + 2.3 * unit())))
        .collect();
    for z in [8u8, 11, 14] {
        let ms = median_ms(21, || {
            std::hint::black_box(ClusterIndex::new(&points, z, z, 60.0));
        });
        println!("cluster 10000 places, one zoom level ({z}): median {ms:.3} ms");
    }
    let ms = median_ms(21, || {
        std::hint::black_box(ClusterIndex::new(&points, 5, 18, 60.0));
    });
    println!("cluster 10000 places, all levels 5..=18: median {ms:.3} ms");
}
