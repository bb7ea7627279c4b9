//! Text from people, files and the network, checked once at the edge (issue 11, item 4).
//!
//! No field hup stores or shows has a use for control characters, and some do harm: PostgreSQL
//! refuses a NUL byte in `text` (so it became a 500), a CR or LF in a name forges lines in
//! mail headers and logs, and C1 characters confuse terminals. So every text field is checked
//! with one of two rules before it reaches a rule, the database or a page:
//!
//! * [`single_line`]: no C0 control (U+0000–U+001F, so also NUL, TAB, CR and LF), no DEL
//!   (U+007F) and no C1 control (U+0080–U+009F). Names, numbers, addresses, codes, tokens.
//! * [`multi_line`]: the same, except that TAB, LF and CR are allowed, for text a person
//!   writes in paragraphs.
//!
//! Both say which character and where, so the caller can name the field and the reason.

use std::fmt;

/// Why a text field was refused: the character and its position (counted in characters, from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// A CR or LF where one line is expected.
    #[error("contains a line break ({}) at character {at}; it must be a single line", Shown(*.found))]
    LineBreak { found: char, at: usize },
    /// Any other control character.
    #[error("contains the control character {} at character {at}", Shown(*.found))]
    Control { found: char, at: usize },
}

/// A character written as `U+0000` (with its common name for the usual suspects).
struct Shown(char);

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.0 {
            '\0' => " NUL",
            '\t' => " TAB",
            '\n' => " LF",
            '\r' => " CR",
            '\u{7f}' => " DEL",
            _ => "",
        };
        write!(f, "U+{:04X}{name}", u32::from(self.0))
    }
}

/// True for C0 controls, DEL and C1 controls (Unicode general category Cc).
pub fn is_control(c: char) -> bool {
    c.is_control()
}

/// Checks a one-line field: no control character at all, so no CR, LF or TAB either.
pub fn single_line(text: &str) -> Result<(), TextError> {
    check(text, false)
}

/// Checks a field that may hold several lines: TAB, LF and CR pass, other controls do not.
pub fn multi_line(text: &str) -> Result<(), TextError> {
    check(text, true)
}

fn check(text: &str, lines: bool) -> Result<(), TextError> {
    // Fast path: almost all text is printable, and a control is at most 2 bytes in UTF-8.
    if !text.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xc2) {
        return Ok(());
    }
    for (i, c) in text.chars().enumerate() {
        let at = i + 1;
        match c {
            '\n' | '\r' if lines => {}
            '\t' if lines => {}
            '\n' | '\r' => return Err(TextError::LineBreak { found: c, at }),
            c if is_control(c) => return Err(TextError::Control { found: c, at }),
            _ => {}
        }
    }
    Ok(())
}

/// A one-line text that passed [`single_line`]; `Deserialize` refuses any other.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct SingleLine(String);

impl SingleLine {
    pub fn parse(text: &str) -> Result<SingleLine, TextError> {
        single_line(text)?;
        Ok(SingleLine(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Debug for SingleLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for SingleLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for SingleLine {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for SingleLine {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        single_line(&s).map_err(serde::de::Error::custom)?;
        Ok(SingleLine(s))
    }
}

impl serde::Serialize for SingleLine {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 11, item 4: NUL, the other C0 controls, DEL and C1 are refused in one-line text.
    #[test]
    fn single_line_refuses_every_control_character() {
        for c in (0u32..0x20).chain([0x7f]).chain(0x80..0xa0) {
            let c = char::from_u32(c).unwrap();
            let text = format!("ab{c}cd");
            let err = single_line(&text).unwrap_err();
            let at = match err {
                TextError::LineBreak { found, at } | TextError::Control { found, at } => {
                    assert_eq!(found, c);
                    at
                }
            };
            assert_eq!(at, 3, "{c:?}");
        }
        assert_eq!(
            single_line("a\r\nb"),
            Err(TextError::LineBreak { found: '\r', at: 2 })
        );
        assert_eq!(
            single_line("Jan\0").unwrap_err().to_string(),
            "contains the control character U+0000 NUL at character 4"
        );
    }

    /// Printable text of any script passes, including the characters around the C1 range.
    #[test]
    fn printable_text_passes() {
        for ok in [
            "",
            "Jan Jansen",
            "Zoë ß ı ｃｏｎｔｏｓｏ 日本語 🙂",
            "\u{a0}\u{a1}\u{ff}\u{100}",
            "\u{7e}",
            "a\u{2028}b", // line separator: category Zl, not Cc
        ] {
            assert_eq!(single_line(ok), Ok(()), "{ok:?}");
        }
    }

    /// Multi-line text keeps TAB, CR and LF but not NUL, DEL or C1.
    #[test]
    fn multi_line_allows_line_breaks_only() {
        assert_eq!(multi_line("one\r\ntwo\tthree\n"), Ok(()));
        assert!(multi_line("one\0").is_err());
        assert!(multi_line("one\u{7f}").is_err());
        assert!(multi_line("one\u{85}").is_err());
        assert!(multi_line("\u{1b}[31m").is_err());
    }

    #[test]
    fn single_line_deserializes_only_clean_text() {
        let ok: SingleLine = serde_json::from_str("\"Jan\"").unwrap();
        assert_eq!(ok.as_str(), "Jan");
        assert!(serde_json::from_str::<SingleLine>("\"Jan\\u0000\"").is_err());
        assert!(serde_json::from_str::<SingleLine>("\"Jan\\r\\nBcc: x\"").is_err());
    }
}
