//! Where the base map's labels go so that markers do not hide them.
//!
//! A municipality's label sits at the centroid of its places, which is
//! just where its markers crowd. Each label tries a few positions, from its
//! own point outwards, and takes the first that no marker and no label
//! placed before it covers, and that the view's edge does not cut (or,
//! when there is no such place, the least covered). Pixels are the pane's.

/// A marker: its centre and radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Disc {
    /// Centre x.
    pub x: f64,
    /// Centre y.
    pub y: f64,
    /// Radius.
    pub r: f64,
}

/// A label's box: centred on (x, y).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    /// Centre x.
    pub x: f64,
    /// Centre y.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl LabelBox {
    /// The box of a one-line label of `chars` characters set in capitals of
    /// `font_px` (an estimate: wide capitals and letter spacing, so rather
    /// too wide than too narrow).
    pub fn for_text(x: f64, y: f64, chars: usize, font_px: f64) -> LabelBox {
        LabelBox {
            x,
            y,
            width: chars as f64 * font_px * 0.85,
            height: font_px * 1.3,
        }
    }

    /// True when the disc reaches into the box.
    fn touches(&self, d: &Disc) -> bool {
        let nearest_x =
            crate::geo::clamp(d.x, self.x - self.width / 2.0, self.x + self.width / 2.0);
        let nearest_y =
            crate::geo::clamp(d.y, self.y - self.height / 2.0, self.y + self.height / 2.0);
        let (dx, dy) = (d.x - nearest_x, d.y - nearest_y);
        dx * dx + dy * dy < d.r * d.r
    }

    /// True when the box lies wholly inside `frame`.
    fn inside(&self, frame: &LabelBox) -> bool {
        (self.x - frame.x).abs() * 2.0 <= frame.width - self.width
            && (self.y - frame.y).abs() * 2.0 <= frame.height - self.height
    }

    /// True when the two boxes overlap.
    fn overlaps(&self, other: &LabelBox) -> bool {
        (self.x - other.x).abs() * 2.0 < self.width + other.width
            && (self.y - other.y).abs() * 2.0 < self.height + other.height
    }

    fn moved(&self, dx: f64, dy: f64) -> LabelBox {
        LabelBox {
            x: self.x + dx,
            y: self.y + dy,
            ..*self
        }
    }
}

/// Vertical shifts tried, in label heights: its own place first, then
/// alternately below and above, further out.
const SHIFTS_Y: [f64; 7] = [0.0, 1.5, -1.5, 3.0, -3.0, 4.5, -4.5];
/// Sideways shifts tried at each height, in label widths.
const SHIFTS_X: [f64; 5] = [0.0, 0.25, -0.25, 0.5, -0.5];

/// What a label cut by the view's edge costs, in covering markers: more
/// than one, as a cut label cannot be read at all.
const CUT_COST: usize = 2;

/// The box each label is drawn in, in the given order (earlier labels
/// keep the better places). `view` is the visible part of the pane: a
/// label that fits in it is not moved out of it.
pub fn place_labels(labels: &[LabelBox], markers: &[Disc], view: &LabelBox) -> Vec<LabelBox> {
    let mut placed: Vec<LabelBox> = Vec::with_capacity(labels.len());
    for label in labels {
        let fits = label.inside(view);
        let mut best = *label;
        let mut best_hits = usize::MAX;
        let shifts = SHIFTS_Y
            .iter()
            .flat_map(|&dy| SHIFTS_X.iter().map(move |&dx| (dx, dy)));
        for (dx, dy) in shifts {
            let candidate = label.moved(dx * label.width, dy * label.height);
            let hits = markers.iter().filter(|d| candidate.touches(d)).count()
                + placed.iter().filter(|p| candidate.overlaps(p)).count()
                + if fits && !candidate.inside(view) {
                    CUT_COST
                } else {
                    0
                };
            if hits < best_hits {
                (best, best_hits) = (candidate, hits);
            }
            if hits == 0 {
                break;
            }
        }
        placed.push(best);
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label() -> LabelBox {
        LabelBox::for_text(100.0, 100.0, 16, 11.0)
    }

    /// A view 400 × 300 px from the pane's origin.
    fn view() -> LabelBox {
        LabelBox {
            x: 200.0,
            y: 150.0,
            width: 400.0,
            height: 300.0,
        }
    }

    fn disc(x: f64, y: f64) -> Disc {
        Disc { x, y, r: 18.0 }
    }

    #[test]
    fn a_free_label_stays_at_its_point() {
        let far = [disc(400.0, 400.0)];
        assert_eq!(place_labels(&[label()], &far, &view()), [label()]);
        assert_eq!(place_labels(&[label()], &[], &view()), [label()]);
    }

    #[test]
    fn a_covered_label_moves_clear_of_the_markers() {
        // A cluster on the label's point, and one just below it.
        let markers = [disc(100.0, 100.0), disc(60.0, 125.0)];
        let [placed] = place_labels(&[label()], &markers, &view())[..] else {
            panic!("one label in, one out");
        };
        assert_ne!(placed, label());
        assert!(markers.iter().all(|d| !placed.touches(d)), "{placed:?}");
        // It stays near its point: within half its width and a few heights.
        assert!((placed.x - 100.0).abs() <= placed.width / 2.0 + 1e-9);
        assert!((placed.y - 100.0).abs() <= 4.5 * placed.height + 1e-9);
    }

    #[test]
    fn with_no_free_place_the_least_covered_wins() {
        // A grid of markers covers every shift; one more on the point.
        let mut markers: Vec<Disc> = (0..20)
            .flat_map(|i| (0..8).map(move |j| disc(20.0 + 25.0 * j as f64, 20.0 + 8.0 * i as f64)))
            .collect();
        markers.push(disc(130.0, 100.0));
        let [placed] = place_labels(&[label()], &markers, &view())[..] else {
            panic!("one label in, one out");
        };
        let hits = |b: &LabelBox| markers.iter().filter(|d| b.touches(d)).count();
        assert!(hits(&placed) < hits(&label()));
    }

    #[test]
    fn labels_keep_clear_of_each_other() {
        let first = label();
        let second = LabelBox::for_text(130.0, 104.0, 12, 11.0);
        let placed = place_labels(&[first, second], &[], &view());
        assert_eq!(placed[0], first);
        assert!(!placed[1].overlaps(&placed[0]), "{placed:?}");
    }

    #[test]
    fn a_label_is_not_moved_out_of_the_view() {
        // Near the left edge, with a marker over its right end: the free
        // place just to its left would cut it.
        let near_edge = LabelBox::for_text(80.0, 100.0, 16, 11.0);
        let markers = [disc(140.0, 100.0)];
        let [placed] = place_labels(&[near_edge], &markers, &view())[..] else {
            panic!("one label in, one out");
        };
        assert!(placed.inside(&view()), "{placed:?}");
        assert!(markers.iter().all(|d| !placed.touches(d)), "{placed:?}");
        // Without a view to keep to, the first free place is to the left.
        let anywhere = LabelBox {
            width: 1e6,
            height: 1e6,
            ..view()
        };
        let [left] = place_labels(&[near_edge], &markers, &anywhere)[..] else {
            panic!("one label in, one out");
        };
        assert!(left.x < near_edge.x, "{left:?}");
    }

    #[test]
    fn touching_is_measured_from_the_box_edge() {
        let b = label(); // 149.6 px wide, 14.3 px high, centred on (100, 100)
        let edge = 100.0 + b.width / 2.0;
        assert!(b.touches(&Disc {
            x: edge + 17.0,
            y: 100.0,
            r: 18.0
        }));
        assert!(!b.touches(&Disc {
            x: edge + 19.0,
            y: 100.0,
            r: 18.0
        }));
        assert!(!b.touches(&Disc {
            x: 100.0,
            y: 100.0 + b.height / 2.0 + 18.5,
            r: 18.0
        }));
    }
}
