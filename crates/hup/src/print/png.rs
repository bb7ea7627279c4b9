//! A [`Page`] painted as a PNG with `tiny-skia`: glyph outlines from the vendored font, filled
//! with anti-aliasing; QR modules filled without it, so a phone reads them crisply.

use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Transform};
use ttf_parser::{GlyphId, OutlineBuilder};

use super::font::font;
use super::qr::QUIET_ZONE;
use super::{Item, Page, Rgb};

#[derive(Debug, thiserror::Error)]
pub enum PngError {
    #[error("the image would be empty or too large")]
    Size,
    #[error("the PNG could not be encoded: {0}")]
    Encode(String),
}

struct Outline(PathBuilder);

impl OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

fn paint_of(c: Rgb, anti_alias: bool) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color_rgba8(c.0, c.1, c.2, 255);
    p.anti_alias = anti_alias;
    p
}

fn rect(pixmap: &mut Pixmap, x: f32, y: f32, w: f32, h: f32, paint: &Paint) {
    if let Some(r) = tiny_skia::Rect::from_xywh(x, y, w, h) {
        pixmap.fill_rect(r, paint, Transform::identity(), None);
    }
}

/// `page` at `scale` pixels per point, as PNG bytes.
pub fn paint(page: &Page, scale: f32) -> Result<Vec<u8>, PngError> {
    let w = (page.width * scale).round() as u32;
    let h = (page.height * scale).round() as u32;
    let mut pixmap = Pixmap::new(w, h).ok_or(PngError::Size)?;
    pixmap.fill(Color::WHITE);
    for item in &page.items {
        match item {
            Item::Rect { x, y, w, h, color } => {
                let p = paint_of(*color, true);
                rect(&mut pixmap, x * scale, y * scale, w * scale, h * scale, &p);
            }
            Item::Qr { x, y, module, code } => {
                let m = module * scale;
                let outer = code.outer_width() as f32 * m;
                let white = paint_of(Rgb::WHITE, false);
                rect(&mut pixmap, x * scale, y * scale, outer, outer, &white);
                let black = paint_of(Rgb::BLACK, false);
                let origin = QUIET_ZONE as f32 * m;
                for (mx, my, len) in code.dark_runs() {
                    let rx = x * scale + origin + mx as f32 * m;
                    let ry = y * scale + origin + my as f32 * m;
                    rect(&mut pixmap, rx, ry, len as f32 * m, m, &black);
                }
            }
            Item::Text {
                x,
                y,
                size,
                weight,
                color,
                text,
            } => {
                let f = font(*weight);
                let Some(face) = f.face() else { continue };
                let units = size * scale / f.units_per_em();
                let p = paint_of(*color, true);
                let mut pen = x * scale;
                for c in text.chars() {
                    let gid = f.glyph(c);
                    let mut outline = Outline(PathBuilder::new());
                    if face.outline_glyph(GlyphId(gid), &mut outline).is_some() {
                        if let Some(path) = outline.0.finish() {
                            let t = Transform::from_row(units, 0.0, 0.0, -units, pen, y * scale);
                            pixmap.fill_path(&path, &p, FillRule::Winding, t, None);
                        }
                    }
                    pen += f32::from(f.advance_units(gid)) * units;
                }
            }
        }
    }
    pixmap
        .encode_png()
        .map_err(|e| PngError::Encode(e.to_string()))
}
