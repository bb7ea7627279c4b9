//! The employee link as a QR code (issue 17): the `qrcode` crate computes the modules; the
//! PDF and PNG writers draw them, so no image or SVG renderer is needed.

use qrcode::{Color, EcLevel, QrCode};

/// The dark and light modules of a QR code, row by row, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    dark: Vec<bool>,
}

/// The quiet zone every reader expects around the code, in modules (ISO/IEC 18004).
pub const QUIET_ZONE: usize = 4;

impl QrMatrix {
    /// The code of `text` at error-correction level M, which survives a crease or a smudge on a
    /// printed page; `None` only for a text too long for any QR version.
    pub fn encode(text: &str) -> Option<QrMatrix> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let width = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        Some(QrMatrix { width, dark })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// The width with the quiet zone on both sides, in modules.
    pub fn outer_width(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// Each row's runs of dark modules as (x, y, length), so a writer draws a few rectangles
    /// per row instead of one per module.
    pub fn dark_runs(&self) -> Vec<(usize, usize, usize)> {
        let mut runs = Vec::new();
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.width && self.is_dark(x, y) {
                        x += 1;
                    }
                    runs.push((start, y, x - start));
                } else {
                    x += 1;
                }
            }
        }
        runs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_encodes_with_finder_patterns_in_three_corners() {
        let m = QrMatrix::encode("https://hup.example/").unwrap();
        assert!(
            m.width >= 21 && (m.width - 17).is_multiple_of(4),
            "{}",
            m.width
        );
        let w = m.width;
        for (x, y) in [(0, 0), (w - 1, 0), (0, w - 1)] {
            assert!(m.is_dark(x, y), "corner {x},{y}");
        }
        assert!(!m.dark_runs().is_empty());
        assert_eq!(m.outer_width(), w + 8);
    }
}
