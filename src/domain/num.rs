//! Decimal numbers in text without core's float formatting and parsing
//! machinery, which costs about 20 KB of the wasm bundle; the app only needs
//! fixed decimals (coordinates, zoom, pixel positions).

/// `x` with exactly `decimals` digits after the point, rounded half away
/// from zero: `fixed(56.312, 4)` is `"56.3120"`. Non-finite values give `"0"`.
pub fn fixed(x: f64, decimals: u32) -> String {
    if !x.is_finite() {
        return "0".to_owned();
    }
    let scale = 10u64.pow(decimals.min(9));
    let v = (x.abs() * scale as f64).round() as u64;
    let sign = if x < 0.0 && v != 0 { "-" } else { "" };
    let (int, frac) = (v / scale, v % scale);
    if decimals == 0 {
        format!("{sign}{int}")
    } else {
        format!(
            "{sign}{int}.{frac:0width$}",
            width = decimals.min(9) as usize
        )
    }
}

/// Like [`fixed`] without trailing zeros: `short(61.5, 5)` is `"61.5"`.
pub fn short(x: f64, max_decimals: u32) -> String {
    let s = fixed(x, max_decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

/// Parses a plain decimal: an optional sign, digits, and an optional point
/// with more digits (`9`, `-25.9010`, `56.`, `.5`). At most 15 digits, so the
/// value is exact before the one division that scales it.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.len() + frac.len() == 0 || int.len() + frac.len() > 15 {
        return None;
    }
    let mut m: u64 = 0;
    for c in int.bytes().chain(frac.bytes()) {
        if !c.is_ascii_digit() {
            return None;
        }
        m = m * 10 + u64::from(c - b'0');
    }
    let v = m as f64 / 10f64.powi(frac.len() as i32);
    Some(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_decimals() {
        assert_eq!(fixed(56.312, 4), "56.3120");
        assert_eq!(fixed(9.0, 2), "9.00");
        assert_eq!(fixed(-25.90105, 4), "-25.9011");
        assert_eq!(fixed(-0.00001, 2), "0.00");
        assert_eq!(fixed(0.125, 2), "0.13");
        assert_eq!(fixed(1234.5, 0), "1235");
        assert_eq!(fixed(f64::NAN, 2), "0");
        assert_eq!(fixed(55.826025, 6), "55.826025");
        assert_eq!(short(61.5, 5), "61.5");
        assert_eq!(short(30.0, 5), "30");
        assert_eq!(short(-0.000001, 5), "0");
    }

    #[test]
    fn parse_decimals() {
        assert_eq!(parse_decimal("9"), Some(9.0));
        assert_eq!(parse_decimal("-25.9010"), Some(-25.901));
        assert_eq!(parse_decimal("+56.312"), Some(56.312));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        assert_eq!(parse_decimal("56."), Some(56.0));
        for bad in ["", "-", ".", "1e5", "1.2.3", "x", "12345678901234567", " 1"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
        // Agrees with the standard parser.
        for s in ["56.3120", "25.9010", "0.0001", "85.0511", "180"] {
            assert_eq!(parse_decimal(s), s.parse().ok());
        }
    }
}
