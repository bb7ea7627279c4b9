//! VAT as the receipt shows it (issue 13). Catalog prices include VAT, so a receipt names the
//! part of the price that is VAT at the country's rate, which the catalog's price list keeps
//! beside its currency (`vat = "21"`).

use std::fmt;

use crate::money::Money;

/// A VAT rate in hundredths of a percent (`21` % is 2100), from 0 to 100 %.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VatRate(u16);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a VAT rate: use a percentage from 0 to 100 with at most two decimals, e.g. \"21\" or \"7.7\"")]
pub struct InvalidVatRate(pub String);

impl VatRate {
    /// `"21"`, `"7.7"`, `"0"`: a decimal percentage, never a float.
    pub fn parse(text: &str) -> Result<VatRate, InvalidVatRate> {
        let bad = || InvalidVatRate(text.to_owned());
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || (text.contains('.') && !digits(fraction)) || fraction.len() > 2 {
            return Err(bad());
        }
        let whole: u32 = whole.parse().map_err(|_| bad())?;
        let fraction: u32 = format!("{fraction:0<2}").parse().map_err(|_| bad())?;
        let basis_points = whole.checked_mul(100).and_then(|w| w.checked_add(fraction));
        match basis_points {
            Some(bp) if bp <= 10_000 => Ok(VatRate(bp as u16)),
            _ => Err(bad()),
        }
    }

    pub fn from_basis_points(bp: u16) -> Option<VatRate> {
        (bp <= 10_000).then_some(VatRate(bp))
    }

    pub fn basis_points(self) -> u16 {
        self.0
    }

    /// The VAT inside `gross`, a price that includes it: gross × r / (1 + r), rounded half up
    /// to the currency's minor unit.
    pub fn included_in(self, gross: Money) -> Money {
        let rate = i128::from(self.0);
        let numerator = i128::from(gross.minor) * rate;
        let denominator = 10_000 + rate;
        let vat = (2 * numerator + denominator) / (2 * denominator);
        Money::new(vat as i64, gross.currency)
    }

    /// `21`, `7.7`, `0`: as the operator writes it.
    pub fn as_text(&self) -> String {
        let (whole, fraction) = (self.0 / 100, self.0 % 100);
        if fraction == 0 {
            whole.to_string()
        } else {
            format!("{whole}.{fraction:02}")
                .trim_end_matches('0')
                .to_owned()
        }
    }
}

impl fmt::Display for VatRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_text())
    }
}

impl fmt::Debug for VatRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "VatRate({})", self.as_text())
    }
}

impl serde::Serialize for VatRate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.as_text())
    }
}

impl<'de> serde::Deserialize<'de> for VatRate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <String as serde::Deserialize>::deserialize(d)?;
        VatRate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;
    use proptest::prelude::*;

    fn eur(minor: i64) -> Money {
        Money::new(minor, Currency::parse("EUR").unwrap())
    }

    #[test]
    fn rates_parse_as_decimal_percentages() {
        assert_eq!(VatRate::parse("21").unwrap().basis_points(), 2100);
        assert_eq!(VatRate::parse("7.7").unwrap().basis_points(), 770);
        assert_eq!(VatRate::parse("0").unwrap().basis_points(), 0);
        assert_eq!(VatRate::parse("100").unwrap().basis_points(), 10_000);
        for bad in ["", "21%", "-1", "100.01", "7.777", "1e2", ".5", "5.", " 21"] {
            assert!(VatRate::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(VatRate::parse("7.70").unwrap().to_string(), "7.7");
        assert_eq!(VatRate::parse("21").unwrap().to_string(), "21");
    }

    /// Issue 13: 69.99 EUR including 21 % VAT holds 12.15 EUR of VAT.
    #[test]
    fn the_vat_inside_a_gross_price_is_rounded_half_up() {
        let nl = VatRate::parse("21").unwrap();
        assert_eq!(nl.included_in(eur(6999)).minor, 1215);
        assert_eq!(nl.included_in(eur(0)).minor, 0);
        assert_eq!(VatRate::parse("0").unwrap().included_in(eur(6999)).minor, 0);
        assert_eq!(
            VatRate::parse("19").unwrap().included_in(eur(1399)).minor,
            223
        );
    }

    proptest! {
        #[test]
        fn vat_never_exceeds_half_the_price(minor in 0i64..10_000_000_000, bp in 0u16..=10_000) {
            let vat = VatRate::from_basis_points(bp).unwrap().included_in(eur(minor));
            prop_assert!(vat.minor >= 0 && 2 * vat.minor <= minor + 1);
            prop_assert_eq!(VatRate::parse(&VatRate(bp).as_text()), Ok(VatRate(bp)));
        }
    }
}
