//! Breaking text into lines that fit a width: between words where the script has spaces, and
//! between any two characters of Japanese (kinsoku aside: no line starts with closing
//! punctuation or ends with opening punctuation). An unbroken run wider than the line, such as
//! a long link, is broken between characters so nothing runs off the page.

use super::font::Font;

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Characters a line may not start with.
fn closes(c: char) -> bool {
    "、。，．・：；？！ー」』）］｝〉》】〕…‥々ぁぃぅぇぉっゃゅょァィゥェォッャュョ)]}.,:;!?"
        .contains(c)
}

/// Characters a line may not end with.
fn opens(c: char) -> bool {
    "「『（［｛〈《【〔([{".contains(c)
}

/// The pieces between break opportunities, each with whether a space precedes it.
fn pieces(text: &str) -> Vec<(bool, String)> {
    let mut out: Vec<(bool, String)> = Vec::new();
    let mut current = String::new();
    let mut space_before = false;
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if c == ' ' || c == '\n' || c == '\t' {
            if !current.is_empty() {
                out.push((space_before, std::mem::take(&mut current)));
            }
            space_before = true;
            prev = None;
            continue;
        }
        let breakable = match prev {
            Some(p) => (is_cjk(c) || is_cjk(p)) && !closes(c) && !opens(p),
            None => false,
        };
        if breakable && !current.is_empty() {
            out.push((space_before, std::mem::take(&mut current)));
            space_before = false;
        }
        current.push(c);
        prev = Some(c);
    }
    if !current.is_empty() {
        out.push((space_before, current));
    }
    out
}

/// `text` in lines no wider than `width` points at `size`.
pub fn wrap(font: &Font, text: &str, size: f32, width: f32) -> Vec<String> {
    let space = font.width(" ", size);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    for (space_before, piece) in pieces(text) {
        let piece_width = font.width(&piece, size);
        let gap = if space_before && !line.is_empty() {
            space
        } else {
            0.0
        };
        if !line.is_empty() && line_width + gap + piece_width > width {
            lines.push(std::mem::take(&mut line));
            line_width = 0.0;
        }
        if !line.is_empty() && space_before {
            line.push(' ');
            line_width += space;
        }
        if piece_width <= width {
            line.push_str(&piece);
            line_width += piece_width;
            continue;
        }
        // Wider than a whole line: character by character.
        for c in piece.chars() {
            let w = font.width(c.encode_utf8(&mut [0; 4]), size);
            if !line.is_empty() && line_width + w > width {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            }
            line.push(c);
            line_width += w;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::font::{font, Weight};

    #[test]
    fn words_wrap_at_spaces_and_every_line_fits() {
        let f = font(Weight::Regular);
        let text = "Register: go to the program page, select Get started and enter your work email address.";
        let lines = wrap(f, text, 12.0, 150.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.join(" "), text);
        for l in &lines {
            assert!(f.width(l, 12.0) <= 150.0, "{l}");
        }
    }

    #[test]
    fn japanese_breaks_between_characters_but_not_before_closing_punctuation() {
        let f = font(Weight::Regular);
        let text =
            "個人のメール アドレスに結び付いた個人用アカウントでサインインし、割引を確認します。";
        let lines = wrap(f, text, 12.0, 100.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        for l in &lines {
            assert!(!l.starts_with(['、', '。']), "{lines:?}");
            assert!(f.width(l, 12.0) <= 100.0, "{l}");
        }
    }

    #[test]
    fn a_link_wider_than_the_line_is_broken_not_dropped() {
        let f = font(Weight::Regular);
        let link = "https://hup.example/a/very/long/path/that/does/not/fit/on/one/line";
        let lines = wrap(f, link, 12.0, 120.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), link);
    }
}
