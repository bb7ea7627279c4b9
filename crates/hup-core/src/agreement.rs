//! One line of the licensing-agreement feed (R9), as types.
//!
//! The operator loads the feed as CSV (contract.md, "Licensing-agreement feed"). The app's CSV
//! reader hands each record's fields to [`FeedHeader::line`], which either builds an
//! [`AgreementLine`] or reports every bad field of the row at once, so the operator fixes a
//! file in one pass instead of one error per import attempt.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

use crate::country::Country;
use crate::email::WorkEmail;

/// The customer's market segment, which R8 (c) and (d) depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Segment {
    Commercial,
    Government,
    Education,
    Nonprofit,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown segment \"{0}\" (expected commercial, government, education or nonprofit)")]
pub struct UnknownSegment(pub String);

impl Segment {
    pub const ALL: [Segment; 4] = [
        Segment::Commercial,
        Segment::Government,
        Segment::Education,
        Segment::Nonprofit,
    ];

    /// Case-insensitive, because spreadsheets that produce feeds like to capitalize.
    pub fn parse(s: &str) -> Result<Segment, UnknownSegment> {
        let s = s.trim();
        Segment::ALL
            .into_iter()
            .find(|seg| seg.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownSegment(s.to_owned()))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Segment::Commercial => "commercial",
            Segment::Government => "government",
            Segment::Education => "education",
            Segment::Nonprofit => "nonprofit",
        }
    }
}

impl fmt::Display for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Segment {
    type Err = UnknownSegment;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Segment::parse(s)
    }
}

impl<'de> Deserialize<'de> for Segment {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Segment::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A licensing product code such as `m365-e3`: lower-case ASCII letters, digits and hyphens.
///
/// Feeds and policies are written by different people, so the code is lower-cased on the way
/// in; a policy naming `M365-E3` then still matches a feed line with `m365-e3`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProductCode(String);

/// Long enough for any vendor's SKU-style code; longer is a pasted description, not a code.
const MAX_PRODUCT_CODE: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProductCodeError {
    #[error("the product code is empty")]
    Empty,
    #[error("product code \"{0}\" is longer than 64 characters")]
    TooLong(String),
    #[error(
        "\"{0}\" is not a product code (expected lower-case letters, digits and hyphens, \
         like m365-e3)"
    )]
    Invalid(String),
}

impl ProductCode {
    pub fn parse(s: &str) -> Result<ProductCode, ProductCodeError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(ProductCodeError::Empty);
        }
        if !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(ProductCodeError::Invalid(s.to_owned()));
        }
        if s.len() > MAX_PRODUCT_CODE {
            return Err(ProductCodeError::TooLong(s.to_owned()));
        }
        Ok(ProductCode(s.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

text_type!(ProductCode, ProductCodeError, as_str);

/// One agreement line: a quantity of one product, for one customer, over a date range.
///
/// Fields are public so the store can rebuild a line from its rows; lines from a feed come only
/// through [`FeedHeader::line`], which guarantees `start_date <= end_date` and trimmed,
/// non-empty text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementLine {
    pub agreement_number: String,
    pub customer_number: String,
    pub customer_name: String,
    pub segment: Segment,
    pub country: Country,
    /// Any deliverable address, not necessarily at a domain the customer proved.
    pub contact_email: WorkEmail,
    pub product: ProductCode,
    pub quantity: u32,
    pub software_assurance: bool,
    pub start_date: NaiveDate,
    /// Inclusive: the line is still active on this day.
    pub end_date: NaiveDate,
}

impl AgreementLine {
    /// Active on `date` when `start_date <= date <= end_date` (contract.md).
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.start_date <= date && date <= self.end_date
    }
}

/// The column names of the feed, in the order contract.md lists them.
pub const COLUMNS: [&str; 11] = [
    "agreement_number",
    "customer_number",
    "customer_name",
    "segment",
    "country",
    "contact_email",
    "product",
    "quantity",
    "software_assurance",
    "start_date",
    "end_date",
];

// Indexes into `COLUMNS` and `FeedHeader::positions`.
const AGREEMENT_NUMBER: usize = 0;
const CUSTOMER_NUMBER: usize = 1;
const CUSTOMER_NAME: usize = 2;
const SEGMENT: usize = 3;
const COUNTRY: usize = 4;
const CONTACT_EMAIL: usize = 5;
const PRODUCT: usize = 6;
const QUANTITY: usize = 7;
const SOFTWARE_ASSURANCE: usize = 8;
const START_DATE: usize = 9;
const END_DATE: usize = 10;

/// Identifiers end up in URLs and command lines; a longer one is a shifted column.
const MAX_NUMBER: usize = 64;
const MAX_NAME: usize = 200;

/// The column a [`FieldError`] names when the row as a whole is wrong.
pub const ROW: &str = "row";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    #[error("the header lacks the column{} {}", plural(.0.len()), list(.0))]
    MissingColumns(Vec<&'static str>),
    #[error("the header names the column \"{0}\" twice")]
    DuplicateColumn(&'static str),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn list(columns: &[&str]) -> String {
    columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One bad field of a feed row. The app prints `line N: {column}: {reason}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// One of [`COLUMNS`], or [`ROW`] when the row has the wrong number of fields.
    pub column: &'static str,
    pub reason: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.column, self.reason)
    }
}

/// Where each of the feed's columns sits in this particular file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedHeader {
    positions: [usize; 11],
    width: usize,
}

impl FeedHeader {
    /// Finds the columns by name, in any order and case, ignoring columns it does not know,
    /// so an operator can feed an export with extra columns as it is.
    pub fn from_names(names: &[&str]) -> Result<FeedHeader, FeedError> {
        let mut found: [Option<usize>; 11] = [None; 11];
        for (i, name) in names.iter().enumerate() {
            // Spreadsheet programs put a byte-order mark before the first header name.
            let name = if i == 0 {
                name.trim_start_matches('\u{feff}')
            } else {
                name
            };
            let name = name.trim();
            if let Some(col) = COLUMNS.iter().position(|c| c.eq_ignore_ascii_case(name)) {
                if found[col].is_some() {
                    return Err(FeedError::DuplicateColumn(COLUMNS[col]));
                }
                found[col] = Some(i);
            }
        }
        let missing: Vec<&'static str> = COLUMNS
            .iter()
            .zip(found)
            .filter(|(_, at)| at.is_none())
            .map(|(name, _)| *name)
            .collect();
        if !missing.is_empty() {
            return Err(FeedError::MissingColumns(missing));
        }
        Ok(FeedHeader {
            positions: found.map(|at| at.unwrap_or(0)),
            width: names.len(),
        })
    }

    /// Where the customer number sits in a record: a reader groups raw records by it before
    /// checking them (a re-import skips a customer whose records did not change).
    pub fn customer_number_at(&self) -> usize {
        self.positions[CUSTOMER_NUMBER]
    }

    /// Where the product code sits in a record.
    pub fn product_at(&self) -> usize {
        self.positions[PRODUCT]
    }

    /// Builds the line from one record's fields, or lists every bad field.
    pub fn line(&self, fields: &[&str]) -> Result<AgreementLine, Vec<FieldError>> {
        if fields.len() != self.width {
            return Err(vec![FieldError {
                column: ROW,
                reason: format!(
                    "has {} field{} where the header has {}",
                    fields.len(),
                    plural(fields.len()),
                    self.width
                ),
            }]);
        }
        let mut errors = Errors(Vec::new());
        let raw: [Option<&str>; 11] = std::array::from_fn(|col| {
            let value = fields[self.positions[col]].trim();
            if value.is_empty() {
                errors.push(col, "is empty; a value is required".to_owned());
                None
            } else {
                Some(value)
            }
        });

        for (col, max) in [
            (AGREEMENT_NUMBER, MAX_NUMBER),
            (CUSTOMER_NUMBER, MAX_NUMBER),
            (CUSTOMER_NAME, MAX_NAME),
        ] {
            if let Some(Err(reason)) = raw[col].map(|v| text(v, max)) {
                errors.push(col, reason);
            }
        }
        let segment = errors.take(
            SEGMENT,
            raw[SEGMENT].map(|v| Segment::parse(v).map_err(|e| e.to_string())),
        );
        let country = errors.take(
            COUNTRY,
            raw[COUNTRY].map(|v| {
                Country::parse(v).map_err(|_| {
                    format!("unknown country code \"{v}\" (expected ISO 3166-1 alpha-2, like NL)")
                })
            }),
        );
        let contact_email = errors.take(
            CONTACT_EMAIL,
            raw[CONTACT_EMAIL].map(|v| WorkEmail::parse(v).map_err(|e| e.to_string())),
        );
        let product = errors.take(
            PRODUCT,
            raw[PRODUCT].map(|v| ProductCode::parse(v).map_err(|e| e.to_string())),
        );
        let quantity = errors.take(QUANTITY, raw[QUANTITY].map(parse_quantity));
        let software_assurance =
            errors.take(SOFTWARE_ASSURANCE, raw[SOFTWARE_ASSURANCE].map(parse_bool));
        let start_date = errors.take(START_DATE, raw[START_DATE].map(parse_date));
        let end_date = errors.take(END_DATE, raw[END_DATE].map(parse_date));
        if let (Some(start), Some(end)) = (start_date, end_date) {
            if end < start {
                errors.push(
                    END_DATE,
                    format!("end date {end} is before start date {start}"),
                );
            }
        }

        // Every field is `Some` when no error was noted; the `?`s only spare an `unwrap`.
        let line = || {
            Some(AgreementLine {
                agreement_number: raw[AGREEMENT_NUMBER]?.to_owned(),
                customer_number: raw[CUSTOMER_NUMBER]?.to_owned(),
                customer_name: raw[CUSTOMER_NAME]?.to_owned(),
                segment: segment?,
                country: country?,
                contact_email: contact_email?,
                product: product?,
                quantity: quantity?,
                software_assurance: software_assurance?,
                start_date: start_date?,
                end_date: end_date?,
            })
        };
        match line() {
            Some(line) if errors.0.is_empty() => Ok(line),
            _ => {
                let mut errors = errors.0;
                // Stable, so the end-before-start note stays after end_date's own errors.
                errors.sort_by_key(|e| COLUMNS.iter().position(|c| *c == e.column));
                Err(errors)
            }
        }
    }
}

/// Collects the errors of one row.
struct Errors(Vec<FieldError>);

impl Errors {
    fn push(&mut self, col: usize, reason: String) {
        self.0.push(FieldError {
            column: COLUMNS[col],
            reason,
        });
    }

    /// Keeps a parsed value, or records why it failed; `None` in means the field was empty,
    /// which is already recorded.
    fn take<T>(&mut self, col: usize, parsed: Option<Result<T, String>>) -> Option<T> {
        match parsed? {
            Ok(v) => Some(v),
            Err(reason) => {
                self.push(col, reason);
                None
            }
        }
    }
}

fn text(v: &str, max: usize) -> Result<(), String> {
    crate::text::single_line(v).map_err(|e| e.to_string())?;
    let len = v.chars().count();
    if len > max {
        return Err(format!(
            "is {len} characters long; at most {max} are allowed"
        ));
    }
    Ok(())
}

fn parse_quantity(v: &str) -> Result<u32, String> {
    let digits = v.strip_prefix('+').unwrap_or(v);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits
            .parse()
            .map_err(|_| format!("{v} is too large (at most {})", u32::MAX));
    }
    let is_negative_number = v
        .strip_prefix('-')
        .is_some_and(|rest| rest.parse::<f64>().is_ok());
    if is_negative_number {
        Err(format!(
            "negative quantity {v} (expected a whole number ≥ 0)"
        ))
    } else {
        Err(format!("\"{v}\" is not a whole number ≥ 0"))
    }
}

fn parse_bool(v: &str) -> Result<bool, String> {
    // Spreadsheets export booleans as TRUE/FALSE.
    if v.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if v.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        Err(format!("\"{v}\" is not true or false"))
    }
}

/// Strictly `YYYY-MM-DD`: chrono alone would also take `2025-2-3` or `+2025-02-03`, and a
/// feed that mixes forms usually mixes day and month too.
fn parse_date(v: &str) -> Result<NaiveDate, String> {
    let b = v.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(format!("\"{v}\" is not a date in the form YYYY-MM-DD"));
    }
    let number = |range: std::ops::Range<usize>| v.get(range).and_then(|s| s.parse::<u32>().ok());
    match (number(0..4), number(5..7), number(8..10)) {
        (Some(y), Some(m), Some(d)) => i32::try_from(y)
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
            .ok_or_else(|| format!("{v} is not a day in the calendar")),
        _ => Err(format!("\"{v}\" is not a date in the form YYYY-MM-DD")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const GOOD: [&str; 11] = [
        "AG-1001",
        "C-42",
        "Contoso Ltd",
        "commercial",
        "NL",
        "it@contoso.example",
        "m365-e3",
        "2500",
        "true",
        "2025-01-01",
        "2027-12-31",
    ];

    fn header() -> FeedHeader {
        FeedHeader::from_names(&COLUMNS).unwrap()
    }

    fn with(changes: &[(usize, &'static str)]) -> Vec<&'static str> {
        let mut row = GOOD.to_vec();
        for (col, v) in changes {
            row[*col] = v;
        }
        row
    }

    fn reasons(row: &[&str]) -> Vec<String> {
        header()
            .line(row)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn a_good_row_parses() {
        let line = header().line(&GOOD).unwrap();
        assert_eq!(line.agreement_number, "AG-1001");
        assert_eq!(line.segment, Segment::Commercial);
        assert_eq!(line.country.as_str(), "NL");
        assert_eq!(line.contact_email.as_str(), "it@contoso.example");
        assert_eq!(line.product.as_str(), "m365-e3");
        assert_eq!(line.quantity, 2500);
        assert!(line.software_assurance);
        assert_eq!(
            line.end_date,
            NaiveDate::from_ymd_opt(2027, 12, 31).unwrap()
        );
    }

    #[test]
    fn columns_are_found_by_name_in_any_order_with_extras_and_a_bom() {
        let names = [
            "\u{feff}end_date",
            "notes",
            "start_date",
            "Software_Assurance",
            "quantity",
            "product",
            "contact_email",
            "country",
            "segment",
            " customer_name ",
            "customer_number",
            "agreement_number",
        ];
        let h = FeedHeader::from_names(&names).unwrap();
        let row = [
            "2026-06-30",
            "ignored, whatever it holds",
            "2025-07-01",
            "FALSE",
            "10",
            "office-standard",
            "it@fabrikam.example",
            "de",
            "Education",
            "Fabrikam",
            "C-7",
            "AG-7",
        ];
        let line = h.line(&row).unwrap();
        assert_eq!(line.customer_number, "C-7");
        assert_eq!(line.segment, Segment::Education);
        assert!(!line.software_assurance);
        assert_eq!(line.country.as_str(), "DE");
    }

    #[test]
    fn missing_and_duplicate_columns_are_named() {
        let names: Vec<&str> = COLUMNS
            .iter()
            .copied()
            .filter(|c| *c != "segment" && *c != "quantity")
            .collect();
        let err = FeedHeader::from_names(&names).unwrap_err();
        assert_eq!(err, FeedError::MissingColumns(vec!["segment", "quantity"]));
        assert_eq!(
            err.to_string(),
            "the header lacks the columns \"segment\", \"quantity\""
        );
        let names: Vec<&str> = COLUMNS
            .iter()
            .copied()
            .filter(|c| *c != "country")
            .collect();
        assert_eq!(
            FeedHeader::from_names(&names).unwrap_err().to_string(),
            "the header lacks the column \"country\""
        );
        let mut names = COLUMNS.to_vec();
        names.push("PRODUCT");
        assert_eq!(
            FeedHeader::from_names(&names),
            Err(FeedError::DuplicateColumn("product"))
        );
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let row = with(&[
            (SEGMENT, "retail"),
            (COUNTRY, "XX"),
            (CONTACT_EMAIL, "not-an-address"),
            (QUANTITY, "-5"),
            (SOFTWARE_ASSURANCE, "yes"),
            (START_DATE, "2025-02-30"),
            (END_DATE, "31/12/2027"),
        ]);
        assert_eq!(
            reasons(&row),
            [
                "segment: unknown segment \"retail\" (expected commercial, government, \
                 education or nonprofit)",
                "country: unknown country code \"XX\" (expected ISO 3166-1 alpha-2, like NL)",
                "contact_email: the address has no @ between the name and the domain",
                "quantity: negative quantity -5 (expected a whole number ≥ 0)",
                "software_assurance: \"yes\" is not true or false",
                "start_date: 2025-02-30 is not a day in the calendar",
                "end_date: \"31/12/2027\" is not a date in the form YYYY-MM-DD",
            ]
        );
    }

    #[test]
    fn empty_fields_are_reported_per_column() {
        let row = with(&[(AGREEMENT_NUMBER, " "), (PRODUCT, ""), (END_DATE, "")]);
        assert_eq!(
            reasons(&row),
            [
                "agreement_number: is empty; a value is required",
                "product: is empty; a value is required",
                "end_date: is empty; a value is required",
            ]
        );
    }

    #[test]
    fn quantities_are_whole_numbers() {
        assert_eq!(parse_quantity("0"), Ok(0));
        assert_eq!(parse_quantity("2000"), Ok(2000));
        assert_eq!(
            parse_quantity("12.5"),
            Err("\"12.5\" is not a whole number ≥ 0".into())
        );
        assert_eq!(
            parse_quantity("abc"),
            Err("\"abc\" is not a whole number ≥ 0".into())
        );
        assert_eq!(
            parse_quantity("-0.5"),
            Err("negative quantity -0.5 (expected a whole number ≥ 0)".into())
        );
        assert_eq!(
            parse_quantity("99999999999"),
            Err("99999999999 is too large (at most 4294967295)".into())
        );
    }

    #[test]
    fn end_before_start_is_refused_but_a_one_day_line_is_fine() {
        let row = with(&[(START_DATE, "2025-03-01"), (END_DATE, "2025-02-28")]);
        assert_eq!(
            reasons(&row),
            ["end_date: end date 2025-02-28 is before start date 2025-03-01"]
        );
        let row = with(&[(START_DATE, "2025-03-01"), (END_DATE, "2025-03-01")]);
        assert!(header().line(&row).is_ok());
    }

    #[test]
    fn dates_are_strict() {
        assert!(parse_date("2024-02-29").is_ok());
        assert_eq!(
            parse_date("2025-02-29"),
            Err("2025-02-29 is not a day in the calendar".into())
        );
        for bad in [
            "2025-2-03",
            "+2025-02-0",
            "2025/02/03",
            "20250203",
            "２０２５-02-03",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn wrong_field_count_is_one_row_error() {
        let row = &GOOD[..9];
        assert_eq!(
            header().line(row),
            Err(vec![FieldError {
                column: ROW,
                reason: "has 9 fields where the header has 11".into()
            }])
        );
    }

    #[test]
    fn product_codes_and_text() {
        assert_eq!(ProductCode::parse(" M365-E3 ").unwrap().as_str(), "m365-e3");
        assert!(ProductCode::parse("m365 e3").is_err());
        assert!(ProductCode::parse("m365_e3").is_err());
        let row = with(&[(PRODUCT, "Office Pro"), (CUSTOMER_NAME, "Contoso\u{7}")]);
        assert_eq!(
            reasons(&row),
            [
                "customer_name: contains the control character U+0007 at character 8",
                "product: \"Office Pro\" is not a product code (expected lower-case letters, \
                 digits and hyphens, like m365-e3)",
            ]
        );
    }

    #[test]
    fn active_means_start_through_end_inclusive() {
        let line = header().line(&GOOD).unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert!(!line.is_active_on(day(2024, 12, 31)));
        assert!(line.is_active_on(day(2025, 1, 1)));
        assert!(line.is_active_on(day(2027, 12, 31)));
        assert!(!line.is_active_on(day(2028, 1, 1)));
    }

    proptest! {
        #[test]
        fn never_panics_and_errors_name_real_columns(
            fields in prop::collection::vec(".{0,12}", 0..14),
        ) {
            let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
            if let Err(errors) = header().line(&fields) {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(e.column == ROW || COLUMNS.contains(&e.column));
                }
            }
        }

        #[test]
        fn any_calendar_day_round_trips(days in 0i64..3_000_000) {
            let date = NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Days::new(days as u64);
            let text = date.format("%Y-%m-%d").to_string();
            if text.len() == 10 {
                prop_assert_eq!(parse_date(&text), Ok(date));
            }
        }
    }
}
