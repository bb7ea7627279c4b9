//! A [`Scene`] as PDF 1.7, written by `pdf-writer`. Text uses the vendored font as a CID-keyed
//! TrueType font (Type0, Identity-H) holding only the glyphs the document uses (`subsetter`),
//! with a ToUnicode map so that copying, searching and `pdftotext` give back the text.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use subsetter::GlyphRemapper;

use super::font::{font, Weight};
use super::qr::QUIET_ZONE;
use super::{Item, Rgb, Scene};

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the font could not be subset: {0}")]
    Subset(String),
}

/// The glyphs one weight draws in a document, renumbered from 0 for its subset.
struct UsedGlyphs {
    remapper: GlyphRemapper,
    /// New glyph id → the character it draws, for the ToUnicode map.
    chars: BTreeMap<u16, char>,
}

impl UsedGlyphs {
    fn new() -> Self {
        UsedGlyphs {
            remapper: GlyphRemapper::new(),
            chars: BTreeMap::new(),
        }
    }

    /// The text as the two-byte codes of its glyphs in the subset.
    fn encode(&mut self, weight: Weight, text: &str) -> Vec<u8> {
        let f = font(weight);
        let mut bytes = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let new = self.remapper.remap(f.glyph(c));
            self.chars.entry(new).or_insert(c);
            bytes.extend_from_slice(&new.to_be_bytes());
        }
        bytes
    }
}

fn compress(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}

fn fill(content: &mut Content, c: Rgb) {
    let f = |v: u8| f32::from(v) / 255.0;
    content.set_fill_rgb(f(c.0), f(c.1), f(c.2));
}

fn font_resource(weight: Weight) -> Name<'static> {
    match weight {
        Weight::Regular => Name(b"F1"),
        Weight::Bold => Name(b"F2"),
    }
}

/// The whole document as PDF bytes.
pub fn write(scene: &Scene) -> Result<Vec<u8>, PdfError> {
    let mut next = 1;
    let mut alloc = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog_id = alloc();
    let tree_id = alloc();
    let info_id = alloc();
    let mut pdf = Pdf::new();

    let mut used: BTreeMap<Weight, UsedGlyphs> = BTreeMap::new();
    let mut page_ids = Vec::new();
    let mut contents = Vec::new();
    for page in &scene.pages {
        let mut content = Content::new();
        let top = page.height;
        for item in &page.items {
            match item {
                Item::Rect { x, y, w, h, color } => {
                    fill(&mut content, *color);
                    content.rect(*x, top - y - h, *w, *h).fill_nonzero();
                }
                Item::Qr { x, y, module, code } => {
                    let outer = code.outer_width() as f32 * module;
                    fill(&mut content, Rgb::WHITE);
                    content
                        .rect(*x, top - y - outer, outer, outer)
                        .fill_nonzero();
                    fill(&mut content, Rgb::BLACK);
                    let origin = QUIET_ZONE as f32 * module;
                    for (mx, my, len) in code.dark_runs() {
                        let rx = x + origin + mx as f32 * module;
                        let ry = y + origin + my as f32 * module;
                        content.rect(rx, top - ry - module, len as f32 * module, *module);
                    }
                    content.fill_nonzero();
                }
                Item::Text {
                    x,
                    y,
                    size,
                    weight,
                    color,
                    text,
                } => {
                    let glyphs = used.entry(*weight).or_insert_with(UsedGlyphs::new);
                    let codes = glyphs.encode(*weight, text);
                    fill(&mut content, *color);
                    content
                        .begin_text()
                        .set_font(font_resource(*weight), *size)
                        .set_text_matrix([1.0, 0.0, 0.0, 1.0, *x, top - y])
                        .show(Str(&codes))
                        .end_text();
                }
            }
        }
        page_ids.push(alloc());
        contents.push((alloc(), compress(&content.finish())));
    }

    let mut fonts = Vec::new();
    for (weight, glyphs) in &used {
        let ids = [alloc(), alloc(), alloc(), alloc(), alloc()];
        fonts.push((*weight, glyphs, ids));
    }

    pdf.catalog(catalog_id)
        .pages(tree_id)
        .lang(TextStr(scene.lang));
    pdf.document_info(info_id)
        .title(TextStr(&scene.title))
        .producer(TextStr("hup"));
    pdf.pages(tree_id)
        .kids(page_ids.iter().copied())
        .count(page_ids.len() as i32);
    for ((page, page_id), (content_id, _)) in scene.pages.iter().zip(&page_ids).zip(&contents) {
        let mut p = pdf.page(*page_id);
        p.media_box(Rect::new(0.0, 0.0, page.width, page.height))
            .parent(tree_id)
            .contents(*content_id);
        let mut resources = p.resources();
        let mut font_dict = resources.fonts();
        for (weight, _, ids) in &fonts {
            font_dict.pair(font_resource(*weight), ids[0]);
        }
        font_dict.finish();
        resources.finish();
        p.finish();
    }
    for (content_id, data) in &contents {
        pdf.stream(*content_id, data).filter(Filter::FlateDecode);
    }

    for (weight, glyphs, [type0_id, cid_id, descriptor_id, file_id, cmap_id]) in fonts {
        let f = font(weight);
        let subset = subsetter::subset(weight.data(), 0, &glyphs.remapper)
            .map_err(|e| PdfError::Subset(e.to_string()))?;
        // The subset tag of PDF 32000 9.6.4: six capital letters, then `+`.
        let base = format!(
            "HUP{}+{}",
            match weight {
                Weight::Regular => "AAR",
                Weight::Bold => "AAB",
            },
            weight.postscript_name()
        );
        let base = Name(base.as_bytes());
        let per_mille = 1000.0 / f.units_per_em();
        let system_info = SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        };

        pdf.type0_font(type0_id)
            .base_font(base)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid_id)
            .to_unicode(cmap_id);

        let old_ids: Vec<u16> = glyphs.remapper.remapped_gids().collect();
        let mut cid = pdf.cid_font(cid_id);
        cid.subtype(CidFontType::Type2)
            .base_font(base)
            .system_info(system_info)
            .font_descriptor(descriptor_id)
            .default_width(0.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        cid.widths().consecutive(
            0,
            old_ids
                .iter()
                .map(|old| f32::from(f.advance_units(*old)) * per_mille),
        );
        cid.finish();

        let (ascent, descent) = f.vertical_metrics();
        let bbox = f
            .face()
            .map(|face| face.global_bounding_box())
            .map(|b| {
                Rect::new(
                    f32::from(b.x_min) * per_mille,
                    f32::from(b.y_min) * per_mille,
                    f32::from(b.x_max) * per_mille,
                    f32::from(b.y_max) * per_mille,
                )
            })
            .unwrap_or(Rect::new(0.0, -200.0, 1000.0, 1000.0));
        pdf.font_descriptor(descriptor_id)
            .name(base)
            .flags(FontFlags::SYMBOLIC)
            .bbox(bbox)
            .italic_angle(0.0)
            .ascent(f32::from(ascent) * per_mille)
            .descent(f32::from(descent) * per_mille)
            .cap_height(f32::from(ascent) * per_mille * 0.8)
            .stem_v(if weight == Weight::Bold { 140.0 } else { 80.0 })
            .font_file2(file_id);

        let packed = compress(&subset);
        pdf.stream(file_id, &packed)
            .filter(Filter::FlateDecode)
            .pair(Name(b"Length1"), subset.len() as i32);

        let mut cmap = pdf_writer::types::UnicodeCmap::new(
            Name(b"Custom"),
            SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"UCS"),
                supplement: 0,
            },
        );
        for (new, c) in &glyphs.chars {
            cmap.pair(*new, *c);
        }
        pdf.cmap(cmap_id, &cmap.finish());
    }

    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::{Page, Paper};

    #[test]
    fn a_page_of_text_is_a_pdf_with_a_small_embedded_font() {
        let (width, height) = Paper::A4.size();
        let scene = Scene {
            title: "Test".into(),
            lang: "ja",
            pages: vec![Page {
                width,
                height,
                items: vec![Item::Text {
                    x: 50.0,
                    y: 100.0,
                    size: 20.0,
                    weight: Weight::Bold,
                    color: Rgb::INK,
                    text: "日本語 and English".into(),
                }],
            }],
        };
        let bytes = write(&scene).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        // The subset holds a handful of glyphs, not the 2 MB font.
        assert!(bytes.len() < 60_000, "{}", bytes.len());
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/Identity-H"));
        assert!(text.contains("/ToUnicode"));
        assert!(text.contains("HUPAAB+NotoSansCJKjp-Bold"));
    }
}
