//! Money as whole minor units of an ISO 4217 currency.
//!
//! Prices are compared, discounted and summed exactly, so an amount is never a float: it is an
//! `i64` count of the currency's minor unit (cents for USD, yen for JPY, fils for KWD). How many
//! minor-unit digits a currency has comes from ISO 4217 through the `iso_currency` crate, never
//! from a table typed here. Formatting for a reader's locale belongs to the application; this
//! module only speaks the plain decimal form that files and the JSON API use (`"99.99"`).

use std::fmt;

use serde::{Deserialize, Serialize};

/// An ISO 4217 currency that has a minor unit, so amounts in it can be priced.
///
/// Codes without an exponent (gold `XAU`, "no currency" `XXX`, …) are refused: nothing can be
/// sold for them, and accepting them would leave every amount without a defined precision.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(iso_currency::Currency);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CurrencyError {
    #[error("\"{0}\" is not an ISO 4217 currency code")]
    Unknown(String),
    #[error("{0} is an ISO 4217 code without a minor unit, so nothing can be priced in it")]
    NoMinorUnit(String),
}

impl Currency {
    /// Parses a three-letter code in any case (`eur`, `EUR`).
    pub fn parse(code: &str) -> Result<Self, CurrencyError> {
        let upper = code.trim().to_ascii_uppercase();
        let currency = iso_currency::Currency::from_code(&upper)
            .ok_or_else(|| CurrencyError::Unknown(code.trim().to_owned()))?;
        match currency.exponent() {
            // ISO 4217's largest exponent is 4; anything past 18 digits could not be held in i64.
            Some(e) if e <= 18 => Ok(Currency(currency)),
            _ => Err(CurrencyError::NoMinorUnit(upper)),
        }
    }

    /// The upper-case ISO 4217 code, as files, the database and the API carry it.
    pub fn code(&self) -> &'static str {
        self.0.code()
    }

    /// The English name from ISO 4217, for operator output.
    pub fn name(&self) -> &str {
        self.0.name()
    }

    /// How many decimal digits the minor unit has: 0 for JPY, 2 for EUR, 3 for KWD.
    pub fn exponent(&self) -> u32 {
        // `parse` admits only currencies with an exponent of at most 18.
        u32::from(self.0.exponent().unwrap_or(0))
    }

    /// Minor units in one major unit (100 for EUR, 1 for JPY).
    pub fn minor_per_major(&self) -> i64 {
        10_i64.pow(self.exponent())
    }
}

text_type!(Currency, CurrencyError, code);

/// An amount as a whole number of the currency's minor units.
///
/// Negative amounts exist (a refund, a difference), so any `i64` is a valid amount; rules that
/// need a non-negative price check it where they need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyParseError {
    #[error("\"{0}\" is not a decimal amount such as 12.34")]
    Malformed(String),
    #[error("\"{text}\" has {found} decimal place(s) but {currency} has only {allowed}")]
    TooManyDecimals {
        text: String,
        currency: Currency,
        found: usize,
        allowed: u32,
    },
    #[error("\"{0}\" is too large an amount")]
    TooLarge(String),
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Self {
        Money { minor, currency }
    }

    pub fn zero(currency: Currency) -> Self {
        Money { minor: 0, currency }
    }

    pub fn is_negative(&self) -> bool {
        self.minor < 0
    }

    /// The plain decimal form with exactly the currency's number of decimals and no grouping:
    /// `"99.99"` (USD), `"11800"` (JPY), `"1.250"` (KWD), `"-0.05"`.
    pub fn to_decimal_string(&self) -> String {
        let exponent = self.currency.exponent();
        let sign = if self.minor < 0 { "-" } else { "" };
        // unsigned_abs so that i64::MIN prints too.
        let magnitude = self.minor.unsigned_abs();
        if exponent == 0 {
            return format!("{sign}{magnitude}");
        }
        let unit = 10_u64.pow(exponent);
        format!(
            "{sign}{}.{:0width$}",
            magnitude / unit,
            magnitude % unit,
            width = exponent as usize
        )
    }

    /// Parses the plain decimal form: an optional `-`, digits, and optionally `.` and at most as
    /// many digits as the currency's minor unit has (`"99.9"` is 99.90 EUR; `"99.999"` is refused
    /// for EUR, because silently rounding an operator's price would change what employees pay).
    /// No `+`, no grouping, no exponent, no leading or trailing `.`: those are typos in a price.
    pub fn parse_decimal(text: &str, currency: Currency) -> Result<Money, MoneyParseError> {
        let trimmed = text.trim();
        let malformed = || MoneyParseError::Malformed(trimmed.to_owned());
        let (negative, unsigned) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        let (whole, fraction) = match unsigned.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (unsigned, None),
        };
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
            return Err(malformed());
        }
        let allowed = currency.exponent();
        let fraction = fraction.unwrap_or("");
        if fraction.len() > allowed as usize {
            return Err(MoneyParseError::TooManyDecimals {
                text: trimmed.to_owned(),
                currency,
                found: fraction.len(),
                allowed,
            });
        }
        let too_large = || MoneyParseError::TooLarge(trimmed.to_owned());
        let mut magnitude: i128 = 0;
        let padding = allowed as usize - fraction.len();
        let digits = whole
            .bytes()
            .chain(fraction.bytes())
            .chain(std::iter::repeat_n(b'0', padding));
        for digit in digits {
            magnitude = magnitude
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(digit - b'0')))
                .ok_or_else(too_large)?;
        }
        let signed = if negative { -magnitude } else { magnitude };
        let minor = i64::try_from(signed).map_err(|_| too_large())?;
        Ok(Money { minor, currency })
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.to_decimal_string(), self.currency.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cur(code: &str) -> Currency {
        Currency::parse(code).unwrap()
    }

    #[test]
    fn exponents_come_from_iso_4217() {
        assert_eq!(cur("JPY").exponent(), 0);
        assert_eq!(cur("USD").exponent(), 2);
        assert_eq!(cur("EUR").exponent(), 2);
        assert_eq!(cur("KWD").exponent(), 3);
        assert_eq!(cur("BHD").exponent(), 3);
        assert_eq!(cur("KWD").minor_per_major(), 1000);
        assert_eq!(cur("JPY").minor_per_major(), 1);
    }

    #[test]
    fn currency_codes_parse_in_any_case_and_refuse_unknown_or_unpriceable() {
        assert_eq!(cur(" eur ").code(), "EUR");
        assert_eq!(
            Currency::parse("ABC"),
            Err(CurrencyError::Unknown("ABC".into()))
        );
        assert!(Currency::parse("EURO").is_err());
        assert!(Currency::parse("").is_err());
        assert!(matches!(
            Currency::parse("XAU"),
            Err(CurrencyError::NoMinorUnit(_))
        ));
        assert!(matches!(
            Currency::parse("XXX"),
            Err(CurrencyError::NoMinorUnit(_))
        ));
    }

    #[test]
    fn currency_and_money_serialize_with_the_code() {
        let money = Money::new(11800, cur("JPY"));
        let json = serde_json::to_string(&money).unwrap();
        assert_eq!(json, r#"{"minor":11800,"currency":"JPY"}"#);
        assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), money);
        assert!(serde_json::from_str::<Currency>(r#""XAU""#).is_err());
    }

    #[test]
    fn decimal_strings_have_exactly_the_minor_digits() {
        assert_eq!(Money::new(9999, cur("USD")).to_decimal_string(), "99.99");
        assert_eq!(Money::new(11800, cur("JPY")).to_decimal_string(), "11800");
        assert_eq!(Money::new(1250, cur("KWD")).to_decimal_string(), "1.250");
        assert_eq!(Money::new(5, cur("EUR")).to_decimal_string(), "0.05");
        assert_eq!(Money::new(-5, cur("EUR")).to_decimal_string(), "-0.05");
        assert_eq!(Money::new(0, cur("EUR")).to_decimal_string(), "0.00");
        assert_eq!(Money::new(9999, cur("USD")).to_string(), "99.99 USD");
    }

    #[test]
    fn parses_plain_decimals() {
        let usd = cur("USD");
        assert_eq!(Money::parse_decimal("99.99", usd).unwrap().minor, 9999);
        assert_eq!(Money::parse_decimal("99.9", usd).unwrap().minor, 9990);
        assert_eq!(Money::parse_decimal("99", usd).unwrap().minor, 9900);
        assert_eq!(Money::parse_decimal("-0.05", usd).unwrap().minor, -5);
        assert_eq!(
            Money::parse_decimal("11800", cur("JPY")).unwrap().minor,
            11800
        );
        assert_eq!(
            Money::parse_decimal("1.250", cur("KWD")).unwrap().minor,
            1250
        );
    }

    #[test]
    fn refuses_more_decimals_than_the_currency_has() {
        assert!(matches!(
            Money::parse_decimal("99.999", cur("USD")),
            Err(MoneyParseError::TooManyDecimals {
                found: 3,
                allowed: 2,
                ..
            })
        ));
        assert!(matches!(
            Money::parse_decimal("11800.0", cur("JPY")),
            Err(MoneyParseError::TooManyDecimals { allowed: 0, .. })
        ));
        assert!(Money::parse_decimal("1.2345", cur("KWD")).is_err());
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        let usd = cur("USD");
        for bad in [
            "", "-", ".", "1.", ".5", "+1", "1,00", "1 000", "1e3", "--1", "0x10", "½", "١٢",
            "NaN", "1.2.3",
        ] {
            assert!(
                matches!(
                    Money::parse_decimal(bad, usd),
                    Err(MoneyParseError::Malformed(_))
                ),
                "{bad:?} should be malformed"
            );
        }
    }

    #[test]
    fn refuses_amounts_beyond_i64() {
        let usd = cur("USD");
        assert!(matches!(
            Money::parse_decimal("92233720368547758.08", usd),
            Err(MoneyParseError::TooLarge(_))
        ));
        assert_eq!(
            Money::parse_decimal("-92233720368547758.08", usd)
                .unwrap()
                .minor,
            i64::MIN
        );
        assert!(Money::parse_decimal(&"9".repeat(200), usd).is_err());
    }

    fn any_currency() -> impl Strategy<Value = Currency> {
        prop_oneof![
            Just("JPY"),
            Just("USD"),
            Just("EUR"),
            Just("KWD"),
            Just("BHD"),
            Just("CLF")
        ]
        .prop_map(cur)
    }

    proptest! {
        #[test]
        fn decimal_string_round_trips(minor in any::<i64>(), currency in any_currency()) {
            let money = Money::new(minor, currency);
            let text = money.to_decimal_string();
            prop_assert_eq!(Money::parse_decimal(&text, currency), Ok(money));
        }

        #[test]
        fn decimal_string_has_exactly_the_exponent_as_decimals(
            minor in any::<i64>(), currency in any_currency()
        ) {
            let text = Money::new(minor, currency).to_decimal_string();
            let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
            prop_assert_eq!(decimals, currency.exponent() as usize);
        }

        #[test]
        fn parser_never_panics(text in "\\PC{0,30}", currency in any_currency()) {
            let _ = Money::parse_decimal(&text, currency);
        }

        #[test]
        fn extra_decimals_are_refused(
            whole in 0_u32..1_000_000, currency in any_currency(), extra in "[0-9]{1,3}"
        ) {
            let decimals = "0".repeat(currency.exponent() as usize);
            let text = format!("{whole}.{decimals}{extra}");
            let refused = matches!(
                Money::parse_decimal(&text, currency),
                Err(MoneyParseError::TooManyDecimals { .. })
            );
            prop_assert!(refused);
        }
    }
}
