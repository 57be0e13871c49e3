//! Where the base map's labels go so that markers do not hide them.
//!
//! A municipality's label sits at the centroid of its places, which is
//! just where its markers crowd. Each label tries a few positions, from its
//! own point outwards, and takes the first that no marker and no label
//! placed before it covers (or, when there is no such place, the least
//! covered). A label is kept inside the view when its point is in it, and
//! stays where it was while that place is free. Pixels are the pane's.

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

    /// True when the point is in the box.
    fn holds(&self, x: f64, y: f64) -> bool {
        (x - self.x).abs() * 2.0 <= self.width && (y - self.y).abs() * 2.0 <= self.height
    }

    /// The box slid the least way to lie inside `frame` (which it fits in).
    fn within(&self, frame: &LabelBox) -> LabelBox {
        let slide = |at: f64, size: f64, centre: f64, room: f64| {
            let half = (room - size) / 2.0;
            crate::geo::clamp(at, centre - half, centre + half)
        };
        LabelBox {
            x: slide(self.x, self.width, frame.x, frame.width),
            y: slide(self.y, self.height, frame.y, frame.height),
            ..*self
        }
    }

    /// True when the box lies wholly inside `frame`.
    fn inside(&self, frame: &LabelBox) -> bool {
        (self.x - frame.x).abs() * 2.0 <= frame.width - self.width + 1e-9
            && (self.y - frame.y).abs() * 2.0 <= frame.height - self.height + 1e-9
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
/// How many positions a label tries.
const CHOICES: usize = SHIFTS_Y.len() * SHIFTS_X.len();

/// Where one label went: its box, and which of the positions tried it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    /// The box it is drawn in.
    pub label: LabelBox,
    /// The position's number: hand it back next time, and the label stays
    /// there while it is still free (labels do not jump about as the map
    /// zooms).
    pub choice: usize,
}

/// The box each label is drawn in, in the given order (earlier labels
/// keep the better places). `view` is the visible part of the pane: a
/// label whose point is in it is slid wholly inside it, where it fits.
/// `before` holds each label's previous [`Placed::choice`], if any.
pub fn place_labels(
    labels: &[LabelBox],
    markers: &[Disc],
    view: &LabelBox,
    before: &[usize],
) -> Vec<Placed> {
    let mut placed: Vec<Placed> = Vec::with_capacity(labels.len());
    for (i, label) in labels.iter().enumerate() {
        let keep_in = view.holds(label.x, label.y)
            && label.width <= view.width
            && label.height <= view.height;
        let at = |choice: usize| {
            let dx = SHIFTS_X[choice % SHIFTS_X.len()] * label.width;
            let dy = SHIFTS_Y[choice / SHIFTS_X.len()] * label.height;
            let moved = label.moved(dx, dy);
            if keep_in {
                moved.within(view)
            } else {
                moved
            }
        };
        let covered = |b: &LabelBox| {
            markers.iter().filter(|d| b.touches(d)).count()
                + placed.iter().filter(|p| b.overlaps(&p.label)).count()
        };
        let previous = before.get(i).copied().filter(|&c| c < CHOICES);
        let mut best = Placed {
            label: at(0),
            choice: 0,
        };
        let mut best_hits = usize::MAX;
        for choice in previous.into_iter().chain(0..CHOICES) {
            let candidate = at(choice);
            let hits = covered(&candidate);
            if hits < best_hits {
                best = Placed {
                    label: candidate,
                    choice,
                };
                best_hits = hits;
            }
            if hits == 0 {
                break;
            }
        }
        placed.push(best);
    }
    placed
}

/// A place's marker and the length of its name, for [`name_labels`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Named {
    /// The place's marker.
    pub marker: Disc,
    /// Characters in its name.
    pub chars: usize,
}

/// Room between a marker's edge and its name, in pixels.
const NAME_GAP: f64 = 4.0;

/// Where each place's name goes beside its marker on the base map: to the
/// right, else to the left, on the marker's line; `None` where neither
/// side is free — clear of every marker in `markers` (the clusters' too;
/// a name never reaches its own), of the names placed before it (earlier
/// places keep theirs: the caller puts the selected place first), of the
/// boxes in `taken` (the region labels) and inside `view`. The names are
/// set in mixed case at `font_px`.
pub fn name_labels(
    names: &[Named],
    markers: &[Disc],
    taken: &[LabelBox],
    view: &LabelBox,
    font_px: f64,
) -> Vec<Option<LabelBox>> {
    let mut placed: Vec<Option<LabelBox>> = Vec::with_capacity(names.len());
    for named in names {
        let d = named.marker;
        // An estimate for mixed case (rather too wide than too narrow).
        let width = named.chars as f64 * font_px * 0.62;
        let height = font_px * 1.3;
        let side = |sign: f64| LabelBox {
            x: d.x + sign * (d.r + NAME_GAP + width / 2.0),
            y: d.y,
            width,
            height,
        };
        let free = |b: &LabelBox| {
            b.inside(view)
                && !markers.iter().any(|m| b.touches(m))
                && !taken.iter().any(|t| b.overlaps(t))
                && !placed.iter().flatten().any(|p| b.overlaps(p))
        };
        let chosen = [side(1.0), side(-1.0)].into_iter().find(|b| free(b));
        placed.push(chosen);
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

    /// Places one label and returns where it went.
    fn one(label: LabelBox, markers: &[Disc], view: &LabelBox, before: &[usize]) -> Placed {
        let placed = place_labels(&[label], markers, view, before);
        assert_eq!(placed.len(), 1);
        placed[0]
    }

    #[test]
    fn a_free_label_stays_at_its_point() {
        let far = [disc(400.0, 400.0)];
        assert_eq!(one(label(), &far, &view(), &[]).label, label());
        assert_eq!(one(label(), &[], &view(), &[]).label, label());
    }

    #[test]
    fn a_covered_label_moves_clear_of_the_markers() {
        // A cluster on the label's point, and one just below it.
        let markers = [disc(100.0, 100.0), disc(60.0, 125.0)];
        let placed = one(label(), &markers, &view(), &[]).label;
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
        let placed = one(label(), &markers, &view(), &[]).label;
        let hits = |b: &LabelBox| markers.iter().filter(|d| b.touches(d)).count();
        assert!(hits(&placed) < hits(&label()));
    }

    #[test]
    fn labels_keep_clear_of_each_other() {
        let first = label();
        let second = LabelBox::for_text(130.0, 104.0, 12, 11.0);
        let placed = place_labels(&[first, second], &[], &view(), &[]);
        assert_eq!(placed[0].label, first);
        assert!(!placed[1].label.overlaps(&placed[0].label), "{placed:?}");
    }

    #[test]
    fn a_label_is_not_moved_out_of_the_view() {
        // Near the left edge, with a marker over its right end: the free
        // place just to its left would cut it.
        let near_edge = LabelBox::for_text(80.0, 100.0, 16, 11.0);
        let markers = [disc(140.0, 100.0)];
        let placed = one(near_edge, &markers, &view(), &[]).label;
        assert!(placed.inside(&view()), "{placed:?}");
        assert!(markers.iter().all(|d| !placed.touches(d)), "{placed:?}");
        // Without a view to keep to, the first free place is to the left.
        let anywhere = LabelBox {
            width: 1e6,
            height: 1e6,
            ..view()
        };
        let left = one(near_edge, &markers, &anywhere, &[]).label;
        assert!(left.x < near_edge.x, "{left:?}");
    }

    #[test]
    fn a_label_cut_at_its_point_slides_into_the_view() {
        // 150 px wide, centred 30 px from the left edge.
        let cut = LabelBox::for_text(30.0, 100.0, 16, 11.0);
        assert!(!cut.inside(&view()));
        let placed = one(cut, &[], &view(), &[]).label;
        assert!(placed.inside(&view()), "{placed:?}");
        assert!(
            (placed.x - placed.width / 2.0).abs() < 1e-9,
            "flush with the edge"
        );
        assert_eq!(placed.y, 100.0);
    }

    #[test]
    fn a_label_whose_point_is_out_of_view_stays_there() {
        let away = LabelBox::for_text(-200.0, 100.0, 16, 11.0);
        assert_eq!(one(away, &[], &view(), &[]).label, away);
    }

    #[test]
    fn a_label_keeps_its_previous_place_while_it_is_free() {
        // Its own point is covered; several places around it are free.
        let markers = [disc(100.0, 100.0)];
        let first = one(label(), &markers, &view(), &[]);
        assert_ne!(first.choice, 0);
        // Told it was last at a later free place, it stays there.
        let later = CHOICES - 1;
        let kept = one(label(), &markers, &view(), &[later]);
        assert_eq!(kept.choice, later);
        assert!(!kept.label.touches(&markers[0]));
        // A previous place now covered is left for the first free one.
        let moved = one(
            label(),
            &[markers[0], disc(100.0, 100.0 - 4.5 * 14.3)],
            &view(),
            &[later],
        );
        assert_eq!(moved.choice, first.choice);
        // Nonsense from before is ignored.
        assert_eq!(one(label(), &markers, &view(), &[999]).choice, first.choice);
    }

    #[test]
    fn touching_is_measured_from_the_box_edge() {
        let b = label(); // 149.6 px wide, 14.3 px high, centred on (100, 100)
        let edge = 100.0 + b.width / 2.0;
        let at = |x: f64, y: f64| Disc { x, y, r: 18.0 };
        assert!(b.touches(&at(edge + 17.0, 100.0)));
        assert!(!b.touches(&at(edge + 19.0, 100.0)));
        assert!(!b.touches(&at(100.0, 100.0 + b.height / 2.0 + 18.5)));
    }

    /// The names' own markers, as the obstacles.
    fn discs(names: &[Named]) -> Vec<Disc> {
        names.iter().map(|n| n.marker).collect()
    }

    /// Places names with only their own markers on the map.
    fn names_alone(names: &[Named], taken: &[LabelBox], view: &LabelBox) -> Vec<Option<LabelBox>> {
        name_labels(names, &discs(names), taken, view, 12.0)
    }

    fn named(x: f64, y: f64, chars: usize) -> Named {
        Named {
            marker: Disc { x, y, r: 15.0 },
            chars,
        }
    }

    #[test]
    fn a_name_goes_right_of_its_marker_on_its_line() {
        let names = names_alone(&[named(100.0, 100.0, 5)], &[], &view());
        let b = names[0].expect("placed");
        assert_eq!(b.y, 100.0);
        // Its left edge a few pixels past the marker's.
        assert!((b.x - b.width / 2.0 - (100.0 + 15.0 + NAME_GAP)).abs() < 1e-9);
        assert!(b.inside(&view()));
    }

    #[test]
    fn a_name_with_a_neighbour_on_the_right_goes_left_or_not_at_all() {
        // A neighbour 40 px to the right: the name goes left.
        let names = names_alone(
            &[named(200.0, 100.0, 6), named(240.0, 100.0, 6)],
            &[],
            &view(),
        );
        let first = names[0].expect("placed");
        assert!(first.x < 200.0, "{first:?}");
        // The neighbour's own name: its right is free.
        assert!(names[1].expect("placed").x > 240.0);
        // Hemmed in on both sides: no name rather than one over a marker.
        let names = names_alone(
            &[
                named(200.0, 100.0, 6),
                named(160.0, 100.0, 6),
                named(240.0, 100.0, 6),
            ],
            &[],
            &view(),
        );
        assert_eq!(names[0], None);
    }

    #[test]
    fn names_keep_clear_of_each_other_the_region_labels_and_the_edge() {
        // Two places one above the other, closer than a line: the first
        // keeps the right, the second takes the left.
        let names = names_alone(
            &[named(200.0, 100.0, 8), named(200.0, 108.0, 8)],
            &[],
            &view(),
        );
        let (a, b) = (names[0].expect("first"), names[1].expect("second"));
        assert!(a.x > 200.0 && b.x < 200.0);
        assert!(!a.overlaps(&b));
        // A region label right of the marker pushes the name left.
        let region = LabelBox::for_text(260.0, 100.0, 10, 11.0);
        let names = names_alone(&[named(200.0, 100.0, 6)], &[region], &view());
        let placed = names[0].expect("placed");
        assert!(placed.x < 200.0 && !placed.overlaps(&region));
        // At the view's right edge the name goes left; a long name at a
        // narrow view's middle does not fit on either side.
        let names = names_alone(&[named(390.0, 100.0, 6)], &[], &view());
        assert!(names[0].expect("placed").x < 390.0);
        let narrow = LabelBox {
            x: 50.0,
            y: 50.0,
            width: 100.0,
            height: 100.0,
        };
        assert_eq!(
            names_alone(&[named(50.0, 50.0, 20)], &[], &narrow),
            vec![None]
        );
    }

    #[test]
    fn a_name_keeps_clear_of_clusters_too() {
        // A cluster (no name of its own) just right of the place.
        let place = named(200.0, 100.0, 6);
        let cluster = Disc {
            x: 250.0,
            y: 100.0,
            r: 18.0,
        };
        let names = name_labels(&[place], &[place.marker, cluster], &[], &view(), 12.0);
        let b = names[0].expect("placed");
        assert!(b.x < 200.0 && !b.touches(&cluster), "{b:?}");
    }
}
