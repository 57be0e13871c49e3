//! Where a selected place goes so that the panel its selection opens does
//! not cover it. The panel's shape is the stylesheet's (`.map-panel` in
//! `main.css`), given here in rem so that it follows the reader's font
//! size as the panel does.

use super::projection::Offset;

/// How far (a share of the map's height) a selected place sits above the
/// centre when the panel is a sheet over the lower half (phones).
pub const SHEET_SHIFT: f64 = 0.22;
/// The side panel's left margin and greatest width, in rem.
const LEFT_REM: f64 = 0.75;
const WIDTH_REM: f64 = 22.0;
/// The least free width beside the side panel worth showing a place in, in
/// rem; a narrower map puts the place above it, as on phones.
const SIDE_MIN_REM: f64 = 6.0;

/// How far to move the view so that a place at its centre stays clear of
/// the panel, for a map `width` × `height` px. On phones (`sheet`) the
/// panel covers the lower half: the place goes up. Elsewhere it stands at
/// the left: the place goes to the middle of the strip beside it, or up if
/// that strip is too narrow. `rem` is the root font size in px.
pub fn clear_of_panel(width: f64, height: f64, sheet: bool, rem: f64) -> Offset {
    let up = Offset::new(0.0, height * SHEET_SHIFT);
    if sheet {
        return up;
    }
    let left = LEFT_REM * rem;
    let panel_right = left + (WIDTH_REM * rem).min(width - 2.0 * left);
    let free = width - panel_right;
    if free < SIDE_MIN_REM * rem {
        return up;
    }
    // The view's centre moves by the offset, so the place moves against it.
    Offset::new(width / 2.0 - (panel_right + free / 2.0), 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the place lands in the container after the shift.
    fn lands(width: f64, height: f64, sheet: bool, rem: f64) -> (f64, f64) {
        let o = clear_of_panel(width, height, sheet, rem);
        (width / 2.0 - o.dx, height / 2.0 - o.dy)
    }

    #[test]
    fn beside_the_side_panel_in_the_middle_of_the_free_strip() {
        // The home page's map at 1280 px: 496 px wide; the panel ends at
        // 12 + 352 = 364 px, so the strip is 364..496.
        assert_eq!(lands(496.0, 689.0, false, 16.0), (430.0, 344.5));
        // A larger font widens the panel: 15 + 440 = 455 px of 900.
        assert_eq!(lands(900.0, 600.0, false, 20.0), (677.5, 300.0));
    }

    #[test]
    fn above_the_panel_when_the_strip_is_too_narrow_or_on_a_phone() {
        // 420 px: the panel takes 12..408, leaving 12 px.
        let (x, y) = lands(420.0, 600.0, false, 16.0);
        assert_eq!(x, 210.0);
        assert!((y - 600.0 * (0.5 - SHEET_SHIFT)).abs() < 1e-9);
        let (x, y) = lands(375.0, 560.0, true, 16.0);
        assert_eq!(x, 187.5);
        assert!((y - 560.0 * (0.5 - SHEET_SHIFT)).abs() < 1e-9);
    }
}
