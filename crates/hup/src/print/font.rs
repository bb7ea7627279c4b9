//! The vendored font, compiled in: its glyphs, advances and metrics, in two weights.

use std::sync::LazyLock;

use ttf_parser::{Face, GlyphId};

/// Noto Sans CJK JP, subset (see `fonts/OFL.txt` and `scripts/font-subset.py`).
static REGULAR: &[u8] = include_bytes!("../../fonts/NotoSansCJKjp-Regular-subset.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/NotoSansCJKjp-Bold-subset.ttf");

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

impl Weight {
    pub const ALL: [Weight; 2] = [Weight::Regular, Weight::Bold];

    /// The PostScript name the PDF names the font by.
    pub fn postscript_name(self) -> &'static str {
        match self {
            Weight::Regular => "NotoSansCJKjp-Regular",
            Weight::Bold => "NotoSansCJKjp-Bold",
        }
    }

    pub fn data(self) -> &'static [u8] {
        match self {
            Weight::Regular => REGULAR,
            Weight::Bold => BOLD,
        }
    }
}

/// A parsed face. The files are part of the build, so a face that does not parse is a broken
/// build, which the tests catch; at run time it draws nothing rather than failing a request.
pub struct Font {
    face: Option<Face<'static>>,
}

static FACES: LazyLock<[Font; 2]> = LazyLock::new(|| {
    Weight::ALL.map(|w| Font {
        face: Face::parse(w.data(), 0).ok(),
    })
});

pub fn font(weight: Weight) -> &'static Font {
    &FACES[weight as usize]
}

impl Font {
    pub fn face(&self) -> Option<&Face<'static>> {
        self.face.as_ref()
    }

    pub fn units_per_em(&self) -> f32 {
        self.face
            .as_ref()
            .map_or(1000.0, |f| f32::from(f.units_per_em()))
    }

    /// The glyph of `c`; `.notdef` (0) when the font lacks it.
    pub fn glyph(&self, c: char) -> u16 {
        self.face
            .as_ref()
            .and_then(|f| f.glyph_index(c))
            .map_or(0, |g| g.0)
    }

    /// Whether the font can draw `c` (tests use it to prove coverage).
    pub fn covers(&self, c: char) -> bool {
        self.glyph(c) != 0
    }

    /// The advance of glyph `gid` in font units.
    pub fn advance_units(&self, gid: u16) -> u16 {
        self.face
            .as_ref()
            .and_then(|f| f.glyph_hor_advance(GlyphId(gid)))
            .unwrap_or(0)
    }

    /// How wide `text` is at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.advance_units(self.glyph(c))))
            .sum();
        units as f32 * size / self.units_per_em()
    }

    /// Ascender and descender (negative) in font units.
    pub fn vertical_metrics(&self) -> (i16, i16) {
        self.face
            .as_ref()
            .map_or((880, -120), |f| (f.ascender(), f.descender()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_weights_parse_and_cover_every_script_of_the_kit() {
        for weight in Weight::ALL {
            let f = font(weight);
            assert!(f.face().is_some(), "{weight:?}");
            // Latin with accents, the euro and yen, kana, and kanji of JIS X 0208 levels 1
            // (亜, 腕) and 2 (弌, 丐) — an organization's name may hold any of them.
            for c in "Aaßéñçø€¥￥・ーあアン日本語株式会社亜腕弌丐「」、。".chars()
            {
                assert!(f.covers(c), "{weight:?} lacks {c}");
            }
            assert!(f.width("Contoso", 12.0) > 20.0);
            assert!(f.width("日本", 10.0) > 19.0);
        }
    }
}
