//! Text flowing down a column, onto new pages as they fill: what the flyers and the guide are
//! laid out with.

use super::font::{font, Weight};
use super::layout::wrap;
use super::{Item, Page, Rgb};

pub struct Flow {
    width: f32,
    height: f32,
    /// The column: left edge, width, first baseline's top, last baseline.
    pub x: f32,
    pub column: f32,
    top: f32,
    bottom: f32,
    /// Where the next line's top is.
    pub y: f32,
    done: Vec<Page>,
    pub items: Vec<Item>,
}

/// How one paragraph looks.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub size: f32,
    pub weight: Weight,
    pub color: Rgb,
    /// Line height as a multiple of the size.
    pub leading: f32,
}

impl Style {
    pub const fn new(size: f32, weight: Weight, color: Rgb) -> Style {
        Style {
            size,
            weight,
            color,
            leading: 1.45,
        }
    }
}

impl Flow {
    /// A flow on pages of `width` × `height` points with `margin` on every side.
    pub fn new(width: f32, height: f32, margin: f32) -> Flow {
        Flow {
            width,
            height,
            x: margin,
            column: width - 2.0 * margin,
            top: margin,
            bottom: height - margin,
            y: margin,
            done: Vec::new(),
            items: Vec::new(),
        }
    }

    fn new_page(&mut self) {
        let items = std::mem::take(&mut self.items);
        self.done.push(Page {
            width: self.width,
            height: self.height,
            items,
        });
        self.y = self.top;
    }

    /// Room left on this page, in points.
    pub fn room(&self) -> f32 {
        self.bottom - self.y
    }

    /// Starts a new page unless `needed` points still fit on this one.
    pub fn keep(&mut self, needed: f32) {
        if self.room() < needed {
            self.new_page();
        }
    }

    pub fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// `text` wrapped to the column (less `indent`), each line on the next baseline.
    pub fn para(&mut self, text: &str, style: Style, indent: f32) {
        let line_height = style.size * style.leading;
        for line in wrap(font(style.weight), text, style.size, self.column - indent) {
            self.keep(line_height);
            self.y += line_height;
            self.items.push(Item::Text {
                x: self.x + indent,
                y: self.y - (line_height - style.size) / 2.0 - style.size * 0.12,
                size: style.size,
                weight: style.weight,
                color: style.color,
                text: line,
            });
        }
    }

    /// A paragraph with a marker (`1.`, `•`) hanging in the indent.
    pub fn item(&mut self, marker: &str, text: &str, style: Style, indent: f32) {
        let first = self.items.len();
        self.para(text, style, indent);
        if let Some(Item::Text { y, .. }) = self.items.get(first) {
            let y = *y;
            self.items.push(Item::Text {
                x: self.x,
                y,
                size: style.size,
                weight: style.weight,
                color: style.color,
                text: marker.to_owned(),
            });
        }
    }

    /// The pages, the last one included.
    pub fn finish(mut self) -> Vec<Page> {
        if !self.items.is_empty() || self.done.is_empty() {
            self.new_page();
        }
        self.done
    }
}
