//! R8 as data: which agreement lines make an organization eligible.
//!
//! The FAQ's four criteria are program policy, not law of nature: a vendor may tighten (d) to
//! "education or non-profit with 2,000 A3/A5/E3/E5 licenses" or add a product. So the rules
//! live in a TOML file the operator can edit, and the code only knows the building blocks: a
//! filter on lines (products, segments, Software Assurance) and a threshold (at least one line,
//! or a minimum total quantity). `policy/default.toml` documents the format.

use serde::{Deserialize, Serialize};

use crate::agreement::{AgreementLine, ProductCode, Segment};

/// The shipped policy, compiled in so a fresh install needs no file to qualify anyone.
pub const DEFAULT_POLICY_TOML: &str = include_str!("../../policy/default.toml");

/// A validated eligibility policy: at least one criterion, ids unique, in id order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "PolicyFile")]
pub struct Policy {
    #[serde(rename = "criterion")]
    criteria: Vec<Criterion>,
}

/// One way to qualify. Lines count when they are active on the day asked about and pass every
/// filter given; a filter left out (`None`) accepts any value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Short and stable (`a`…`d`): verdicts, reports and translations refer to it.
    pub id: String,
    /// English, for operators; pages translate by id.
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<ProductCode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<Segment>>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub requires_software_assurance: bool,
    /// Met when the counted lines' quantities add up to at least this, across all the
    /// customer's agreements; without it, one counted line is enough.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_total_quantity: Option<u64>,
}

/// The file as written, before validation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    #[serde(default, rename = "criterion")]
    criteria: Vec<Criterion>,
}

/// Ids appear in URLs, JSON and Fluent message ids, so they stay short and plain.
const MAX_ID: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("the policy file cannot be read: {0}")]
    Toml(String),
    #[error("the policy has no [[criterion]], so no organization could qualify")]
    NoCriteria,
    #[error(
        "criterion id \"{0}\" must be 1 to 32 lower-case letters, digits or hyphens, like \"a\""
    )]
    InvalidId(String),
    #[error("criterion \"{0}\" is defined more than once")]
    DuplicateId(String),
    #[error("criterion \"{0}\" has an empty description")]
    EmptyDescription(String),
    #[error("criterion \"{0}\": products is an empty list; leave it out to accept any product")]
    EmptyProducts(String),
    #[error("criterion \"{0}\": segments is an empty list; leave it out to accept any segment")]
    EmptySegments(String),
    #[error(
        "criterion \"{0}\": min_total_quantity must be at least 1; leave it out to require \
         one active line"
    )]
    ZeroThreshold(String),
}

impl Policy {
    /// Validates criteria written in code; files go through [`Policy::from_toml`].
    pub fn new(mut criteria: Vec<Criterion>) -> Result<Policy, PolicyError> {
        if criteria.is_empty() {
            return Err(PolicyError::NoCriteria);
        }
        for c in &criteria {
            c.validate()?;
        }
        // Verdicts list criteria in id order whatever order the operator wrote them in.
        criteria.sort_by(|x, y| x.id.cmp(&y.id));
        if let Some(pair) = criteria.windows(2).find(|w| w[0].id == w[1].id) {
            return Err(PolicyError::DuplicateId(pair[0].id.clone()));
        }
        Ok(Policy { criteria })
    }

    pub fn from_toml(text: &str) -> Result<Policy, PolicyError> {
        let file: PolicyFile =
            toml::from_str(text).map_err(|e| PolicyError::Toml(e.to_string()))?;
        Policy::new(file.criteria)
    }

    /// R8 as contract.md states it (`policy/default.toml`).
    pub fn default_policy() -> Policy {
        // A compiled-in constant, not input; `tests::default_policy_is_r8` proves it parses.
        Policy::from_toml(DEFAULT_POLICY_TOML).expect("policy/default.toml is valid")
    }

    /// In id order.
    pub fn criteria(&self) -> &[Criterion] {
        &self.criteria
    }

    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }
}

impl TryFrom<PolicyFile> for Policy {
    type Error = PolicyError;
    fn try_from(file: PolicyFile) -> Result<Self, Self::Error> {
        Policy::new(file.criteria)
    }
}

impl Criterion {
    fn validate(&self) -> Result<(), PolicyError> {
        let id_ok = !self.id.is_empty()
            && self.id.len() <= MAX_ID
            && self
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return Err(PolicyError::InvalidId(self.id.clone()));
        }
        if self.description.trim().is_empty() {
            return Err(PolicyError::EmptyDescription(self.id.clone()));
        }
        if self.products.as_ref().is_some_and(Vec::is_empty) {
            return Err(PolicyError::EmptyProducts(self.id.clone()));
        }
        if self.segments.as_ref().is_some_and(Vec::is_empty) {
            return Err(PolicyError::EmptySegments(self.id.clone()));
        }
        if self.min_total_quantity == Some(0) {
            return Err(PolicyError::ZeroThreshold(self.id.clone()));
        }
        Ok(())
    }

    /// Whether the line passes the filters; dates are the caller's business.
    pub fn counts(&self, line: &AgreementLine) -> bool {
        (!self.requires_software_assurance || line.software_assurance)
            && self
                .segments
                .as_ref()
                .is_none_or(|s| s.contains(&line.segment))
            && self
                .products
                .as_ref()
                .is_none_or(|p| p.contains(&line.product))
    }

    /// Whether counted lines with these totals meet the criterion.
    pub(super) fn holds(&self, lines: u64, quantity: u64) -> bool {
        match self.min_total_quantity {
            Some(min) => quantity >= min,
            None => lines > 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_policy_is_r8() {
        let p = Policy::default_policy();
        let ids: Vec<&str> = p.criteria().iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
        let c = p.criterion("c").unwrap();
        assert_eq!(c.min_total_quantity, Some(2000));
        assert_eq!(
            c.segments.as_deref(),
            Some(&[Segment::Commercial, Segment::Government][..])
        );
        assert!(p.criterion("a").unwrap().requires_software_assurance);
        assert!(p.criterion("b").unwrap().requires_software_assurance);
        assert!(!c.requires_software_assurance);
        assert_eq!(p.criterion("d").unwrap().products, None);
    }

    #[test]
    fn r8_variant_education_with_2000_academic_or_enterprise_licenses_is_expressible() {
        let text = r#"
            [[criterion]]
            id = "d"
            description = "Education or non-profit customer with at least 2,000 A3/A5/E3/E5"
            segments = ["education", "nonprofit"]
            products = ["m365-a3", "m365-a5", "m365-e3", "m365-e5"]
            min_total_quantity = 2000
        "#;
        let p = Policy::from_toml(text).unwrap();
        let d = p.criterion("d").unwrap();
        assert_eq!(d.min_total_quantity, Some(2000));
        assert_eq!(d.products.as_ref().map(Vec::len), Some(4));
    }

    #[test]
    fn criteria_are_kept_in_id_order() {
        let text = r#"
            [[criterion]]
            id = "b"
            description = "B"
            [[criterion]]
            id = "a"
            description = "A"
        "#;
        let p = Policy::from_toml(text).unwrap();
        assert_eq!(p.criteria()[0].id, "a");
    }

    #[test]
    fn invalid_policies_are_refused_with_a_reason() {
        let one = |body: &str| format!("[[criterion]]\nid = \"a\"\ndescription = \"A\"\n{body}");
        let cases = [
            (one("products = []"), PolicyError::EmptyProducts("a".into())),
            (one("segments = []"), PolicyError::EmptySegments("a".into())),
            (
                one("min_total_quantity = 0"),
                PolicyError::ZeroThreshold("a".into()),
            ),
            (
                format!("{}{}", one(""), one("")),
                PolicyError::DuplicateId("a".into()),
            ),
            (String::new(), PolicyError::NoCriteria),
            (
                "[[criterion]]\nid = \"A b\"\ndescription = \"x\"".into(),
                PolicyError::InvalidId("A b".into()),
            ),
            (
                "[[criterion]]\nid = \"a\"\ndescription = \" \"".into(),
                PolicyError::EmptyDescription("a".into()),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(Policy::from_toml(&text), Err(want), "{text}");
        }
    }

    #[test]
    fn unknown_fields_and_values_are_named_in_the_error() {
        let cases = [
            ("prodcts = [\"m365-e3\"]", "prodcts"),
            ("segments = [\"retail\"]", "unknown segment \"retail\""),
            (
                "products = [\"M365 E3\"]",
                "\"M365 E3\" is not a product code",
            ),
            ("min_total_quantity = -1", "min_total_quantity"),
        ];
        for (body, needle) in cases {
            let text = format!("[[criterion]]\nid = \"a\"\ndescription = \"A\"\n{body}");
            let err = Policy::from_toml(&text).unwrap_err();
            assert!(
                matches!(&err, PolicyError::Toml(m) if m.contains(needle)),
                "{body}: {err}"
            );
        }
        let err = Policy::from_toml("version = 2\n").unwrap_err().to_string();
        assert!(err.contains("version"), "{err}");
    }

    #[test]
    fn deserializing_a_policy_validates_it() {
        #[derive(Deserialize)]
        struct Config {
            #[allow(dead_code)]
            policy: Policy,
        }
        let text = "[[policy.criterion]]\nid = \"a\"\ndescription = \"A\"\nproducts = []\n";
        let err = toml::from_str::<Config>(text).err().unwrap().to_string();
        assert!(err.contains("products is an empty list"), "{err}");
    }
}
