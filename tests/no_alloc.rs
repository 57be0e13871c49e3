//! Hot paths that must not allocate: a pointer move runs dozens of times a
//! second during a drag or pinch. A counting allocator (this test binary's
//! own) checks it.

use selijas_salas::geo::gestures::{Change, Pointers};
use selijas_salas::geo::ContainerPx;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is passed on to the system allocator unchanged; the
// count is a thread-local `Cell`, which itself never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

#[test]
fn pointer_moves_do_not_allocate() {
    let mut p = Pointers::default();
    p.down(1, ContainerPx::new(10.0, 10.0));
    // Warm up: the drag's sample buffer grows to its size once.
    for i in 0..10 {
        p.moved(1, ContainerPx::new(20.0 + f64::from(i), 10.0), f64::from(i));
    }
    let before = allocations();
    let mut pans = 0;
    for i in 0..100 {
        if let Change::Pan(_) = p.moved(
            1,
            ContainerPx::new(40.0 + f64::from(i), 12.0),
            20.0 + f64::from(i),
        ) {
            pans += 1;
        }
    }
    assert_eq!(pans, 100);
    assert_eq!(allocations() - before, 0, "a one-pointer drag allocated");

    // A pinch: the second finger joins.
    p.down(2, ContainerPx::new(100.0, 100.0));
    let before = allocations();
    for i in 0..100 {
        let change = p.moved(2, ContainerPx::new(100.0 + f64::from(i), 100.0), 200.0);
        assert!(matches!(change, Change::Pinch { .. }));
    }
    assert_eq!(allocations() - before, 0, "a pinch allocated");
}

#[test]
fn pinch_still_measures_from_the_positions_before_the_move() {
    let mut p = Pointers::default();
    p.down(1, ContainerPx::new(0.0, 0.0));
    p.down(2, ContainerPx::new(100.0, 0.0));
    // The second finger moves out to double the distance: one zoom level,
    // around the new midpoint, which moved by 50 px.
    match p.moved(2, ContainerPx::new(200.0, 0.0), 0.0) {
        Change::Pinch {
            anchor,
            zoom_delta,
            pan,
        } => {
            assert!((zoom_delta - 1.0).abs() < 1e-9, "{zoom_delta}");
            assert!((anchor.x - 100.0).abs() < 1e-9);
            assert!((pan.dx - 50.0).abs() < 1e-9 && pan.dy.abs() < 1e-9);
        }
        other => panic!("expected a pinch, got {other:?}"),
    }
}
