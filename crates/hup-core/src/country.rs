//! Countries as ISO 3166-1 alpha-2 codes.
//!
//! The list of codes comes from the `isocountry` crate (ISO 3166-1), never typed by hand, so a
//! feed or a form that names a country that does not exist is refused at the edge.

/// An ISO 3166-1 alpha-2 country code, always upper case (`NL`, `US`, `CN`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not an ISO 3166-1 alpha-2 country code")]
pub struct UnknownCountry(pub String);

impl Country {
    /// Parses a two-letter code, in any case, that ISO 3166-1 assigns.
    pub fn parse(code: &str) -> Result<Self, UnknownCountry> {
        let trimmed = code.trim();
        match isocountry::CountryCode::for_alpha2_caseless(trimmed) {
            Ok(c) => {
                let b = c.alpha2().as_bytes();
                Ok(Country([b[0], b[1]]))
            }
            Err(_) => Err(UnknownCountry(trimmed.to_owned())),
        }
    }

    pub fn as_str(&self) -> &str {
        // Only `parse` builds a Country, from an ASCII code.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The English short name from ISO 3166-1, for operator output.
    pub fn english_name(&self) -> &'static str {
        isocountry::CountryCode::for_alpha2(self.as_str())
            .map(|c| c.name())
            .unwrap_or("")
    }

    /// Every assigned code, for pickers.
    pub fn all() -> impl Iterator<Item = Country> {
        isocountry::CountryCode::iter().filter_map(|c| Country::parse(c.alpha2()).ok())
    }
}

text_type!(Country, UnknownCountry, as_str);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_assigned_codes_in_any_case() {
        assert_eq!(Country::parse("nl").unwrap().as_str(), "NL");
        assert_eq!(Country::parse(" MO ").unwrap().as_str(), "MO");
    }

    #[test]
    fn refuses_unassigned_codes() {
        assert!(Country::parse("XX").is_err());
        assert!(Country::parse("NLD").is_err());
        assert!(Country::parse("").is_err());
    }

    #[test]
    fn names_come_from_iso_3166() {
        assert_eq!(Country::parse("NL").unwrap().english_name(), "Netherlands");
    }
}
