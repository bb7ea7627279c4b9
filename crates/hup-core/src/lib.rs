//! The rules of hup's Home Use Program, as pure functions and types.
//!
//! Nothing here does I/O, runs async or knows about SQL or HTTP, so every rule can be tested
//! on its own and called the same way from pages, the JSON API and the command line.

/// The traits of a type that is text, built only by its `parse` (parse, don't validate):
/// `FromStr` and serde's `Deserialize` go through `parse`, so a value read from a file or a
/// request is as checked as one built in code; `Display` and `Serialize` write the text `$text`
/// returns, and `Debug` shows it as `Type(text)`. Defined before the modules that use it.
macro_rules! text_type {
    ($type:ident, $error:ty, $text:ident) => {
        impl std::str::FromStr for $type {
            type Err = $error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $type::parse(s)
            }
        }

        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.$text())
            }
        }

        impl std::fmt::Debug for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!(stringify!($type), "({})"), self.$text())
            }
        }

        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.$text())
            }
        }

        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <String as serde::Deserialize>::deserialize(d)?;
                $type::parse(&s).map_err(serde::de::Error::custom)
            }
        }
    };
}

pub mod agreement;
pub mod catalog;
pub mod country;
pub mod eligibility;
pub mod email;
pub mod help;
pub mod market;
pub mod mfa;
pub mod money;
pub mod offers;
pub mod order;
pub mod participation;
pub mod pricing;
pub mod subscription;
pub mod tenancy;
pub mod text;
pub mod throttle;
pub mod vat;
