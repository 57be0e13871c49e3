//! Times `layout_month` on 2,000 overlapping multi-day events in one month:
//! `cargo run --release --example bench_calendar`.

use chrono::{Days, NaiveDate};
use selijas_salas::domain::calendar::{layout_month, MonthGrid};
use selijas_salas::domain::{Category, Event, Localized, When};
use std::time::Instant;

fn main() {
    let first = NaiveDate::from_ymd_opt(2024, 3, 1).expect("a real date");
    // A fixed pseudo-random sequence, so every run measures the same work.
    let mut seed: u64 = 7;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let events: Vec<Event> = (0..2000)
        .map(|i| {
            let start = first + Days::new(next(31));
            Event {
                id: format!("e{i}"),
                title: Localized::new(format!("Pasākums {i}"), ""),
                start: When::Day(start),
                end: Some(When::Day(start + Days::new(next(6)))),
                place: None,
                location: None,
                municipalities: vec![],
                category: Category::Community,
                description: Localized::default(),
                url: None,
                source: "bench".into(),
                search_key: String::new(),
            }
        })
        .collect();
    let refs: Vec<&Event> = events.iter().collect();
    let grid = MonthGrid::new_fixed(2024, 3, first);

    let mut micros: Vec<u128> = (0..200)
        .map(|_| {
            let t = Instant::now();
            let layout = layout_month(&grid, &refs, 3);
            std::hint::black_box(&layout);
            t.elapsed().as_micros()
        })
        .collect();
    micros.sort_unstable();
    println!(
        "layout_month, 2000 events, 200 runs: median {} µs (min {}, max {})",
        micros[micros.len() / 2],
        micros[0],
        micros[micros.len() - 1]
    );
}
