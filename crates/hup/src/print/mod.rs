//! Printed and pictured material made in process (issue 17): the promotion kit's PDF flyers
//! and guide, and the digital flyer as a PNG. A piece is first laid out once as a [`Scene`] —
//! pages of text lines, boxes and QR codes in points, origin at the top left — and then written
//! as PDF ([`pdf`]) or painted as an image ([`png`]), so both show the same thing.
//!
//! One font serves every language: Noto Sans CJK JP, subset to Latin, kana and the kanji of JIS
//! X 0208 and turned into TrueType outlines (`fonts/`, `scripts/font-subset.py`), under the SIL
//! Open Font License.

pub mod flow;
pub mod font;
pub mod layout;
pub mod pdf;
pub mod png;
pub mod qr;

pub use font::Weight;

/// A colour as 8-bit sRGB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const INK: Rgb = Rgb(0x1b, 0x1f, 0x23);
    pub const MUTED: Rgb = Rgb(0x4b, 0x55, 0x60);
    pub const ACCENT: Rgb = Rgb(0x0b, 0x5c, 0xad);
    pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
    pub const BLACK: Rgb = Rgb(0, 0, 0);
}

/// One thing on a page. Coordinates are points from the page's top left; a text line's `y` is
/// its baseline.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        color: Rgb,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
    },
    /// A QR code's dark modules, `module` points each, with its quiet zone drawn white.
    Qr {
        x: f32,
        y: f32,
        module: f32,
        code: qr::QrMatrix,
    },
}

/// One page: its size in points and what is on it, drawn in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

/// A document: its title (PDF metadata), its language (BCP 47), its pages.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub title: String,
    pub lang: &'static str,
    pub pages: Vec<Page>,
}

impl Scene {
    /// Every line of text, in drawing order: what a reader (or `pdftotext`) finds.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.pages.iter().flat_map(|p| {
            p.items.iter().filter_map(|item| match item {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
        })
    }
}

/// Paper sizes in points (1/72 inch).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// ISO 216 A4, 210 × 297 mm.
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}
