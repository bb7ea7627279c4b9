//! The price an employee pays: a list price less the program's discount.
//!
//! The program knows two forms of discount ("Beyond the FAQ"): a percentage off the list price
//! (30% off the yearly family and personal subscriptions) and a fixed program price (Visio and
//! Project Professional 2019 at 14.99 USD or the local equivalent).
//!
//! # The rounding rule
//!
//! There is one, and every currency gets the same one in its own minor unit: the *discount
//! amount* `list × percent / 100` is rounded to the nearest minor unit, a half rounding up (in
//! the employee's favour). In integer arithmetic: `discount = (list × percent + 50) div 100`,
//! `price = list − discount`. So the price is always within half a minor unit of the exact
//! price, a tie goes to the lower price, and a JPY price is rounded to the yen, a EUR price to
//! the cent and a KWD price to the fils. A fixed program price needs no rounding: it is already
//! in minor units, and a program price above the list price charges the list price, because
//! the program must never cost more than buying without it.

use serde::{Deserialize, Deserializer, Serialize};

use crate::money::{Currency, Money};

/// A whole percentage from 0 to 100.
///
/// Whole percents are what the vendor advertises (R2 shows "30%"); a finer figure would be
/// rounded away on the product page anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Percent(u8);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}% is not a percentage from 0 to 100")]
pub struct PercentOutOfRange(pub u64);

impl Percent {
    pub const ZERO: Percent = Percent(0);

    pub fn new(value: u8) -> Result<Self, PercentOutOfRange> {
        if value <= 100 {
            Ok(Percent(value))
        } else {
            Err(PercentOutOfRange(u64::from(value)))
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = u64::deserialize(d)?;
        u8::try_from(value)
            .map_err(|_| PercentOutOfRange(value))
            .and_then(Percent::new)
            .map_err(serde::de::Error::custom)
    }
}

/// What the program takes off one offer's list price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discount {
    None,
    Percent(Percent),
    /// The program price, in the same currency as the list price.
    FixedPrice(Money),
}

/// Which form a discount takes, for pages that word "30% off" and "program price" differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiscountKind {
    None,
    Percent,
    FixedPrice,
}

impl Discount {
    pub fn kind(&self) -> DiscountKind {
        match self {
            Discount::None => DiscountKind::None,
            Discount::Percent(_) => DiscountKind::Percent,
            Discount::FixedPrice(_) => DiscountKind::FixedPrice,
        }
    }
}

/// A priced offer: what it lists at, what the employee pays, and the percentage to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub list: Money,
    pub price: Money,
    /// The percentage pages and the API show. For a percentage discount it is the advertised
    /// percentage itself (R2), even where rounding moved the amount by a fraction of a minor
    /// unit. For a fixed program price it is the effective discount rounded *down*, so a page
    /// never promises more than the employee gets.
    pub discount_percent: u8,
    pub kind: DiscountKind,
}

impl Quote {
    /// What the employee saves against the list price.
    pub fn saving(&self) -> Money {
        Money::new(self.list.minor - self.price.minor, self.list.currency)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PricingError {
    #[error("list price {0} is negative")]
    NegativeListPrice(Money),
    #[error("program price {0} is negative")]
    NegativeFixedPrice(Money),
    #[error("program price is in {fixed} but the list price in {list}")]
    CurrencyMismatch { list: Currency, fixed: Currency },
}

/// Prices one offer under the module's rounding rule.
pub fn quote(list: Money, discount: Discount) -> Result<Quote, PricingError> {
    if list.is_negative() {
        return Err(PricingError::NegativeListPrice(list));
    }
    let kind = discount.kind();
    let (price_minor, discount_percent) = match discount {
        Discount::None => (list.minor, 0),
        Discount::Percent(percent) => {
            let p = i128::from(percent.get());
            let l = i128::from(list.minor);
            // 0 ≤ discount ≤ list, since 0 ≤ p ≤ 100 and the +50 cannot carry past list when p = 100.
            let off = (l * p + 50) / 100;
            let price = i64::try_from(l - off).unwrap_or(list.minor);
            (price, percent.get())
        }
        Discount::FixedPrice(fixed) => {
            if fixed.currency != list.currency {
                return Err(PricingError::CurrencyMismatch {
                    list: list.currency,
                    fixed: fixed.currency,
                });
            }
            if fixed.is_negative() {
                return Err(PricingError::NegativeFixedPrice(fixed));
            }
            let price = fixed.minor.min(list.minor);
            (price, effective_percent_floor(list.minor, price))
        }
    };
    Ok(Quote {
        list,
        price: Money::new(price_minor, list.currency),
        discount_percent,
        kind,
    })
}

/// `⌊(list − price) × 100 / list⌋`, 0 for a free list price; callers ensure 0 ≤ price ≤ list.
fn effective_percent_floor(list: i64, price: i64) -> u8 {
    if list <= 0 {
        return 0;
    }
    let percent = (i128::from(list) - i128::from(price)) * 100 / i128::from(list);
    u8::try_from(percent.clamp(0, 100)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cur(code: &str) -> Currency {
        Currency::parse(code).unwrap()
    }

    fn money(text: &str, code: &str) -> Money {
        Money::parse_decimal(text, cur(code)).unwrap()
    }

    fn pct(p: u8) -> Discount {
        Discount::Percent(Percent::new(p).unwrap())
    }

    #[test]
    fn thirty_percent_off_the_yearly_subscription() {
        let q = quote(money("99.00", "EUR"), pct(30)).unwrap();
        assert_eq!(q.price, money("69.30", "EUR"));
        assert_eq!(q.discount_percent, 30);
        assert_eq!(q.saving(), money("29.70", "EUR"));
        assert_eq!(q.kind, DiscountKind::Percent);
    }

    #[test]
    fn discount_amount_rounds_half_up_in_every_exponent() {
        // 30% of 99.99 USD is 29.997: the discount rounds to 30.00.
        assert_eq!(
            quote(money("99.99", "USD"), pct(30)).unwrap().price,
            money("69.99", "USD")
        );
        // 30% of 9.98 is 2.994: the discount rounds down to 2.99.
        assert_eq!(
            quote(money("9.98", "USD"), pct(30)).unwrap().price,
            money("6.99", "USD")
        );
        // 50% of 1 yen is exactly half a yen: the half goes to the employee.
        assert_eq!(quote(money("1", "JPY"), pct(50)).unwrap().price.minor, 0);
        // 30% of 21,305 yen is 6,391.5 yen: the discount is 6,392 yen.
        assert_eq!(
            quote(money("21305", "JPY"), pct(30)).unwrap().price,
            money("14913", "JPY")
        );
        // 30% of 1.005 KWD is 0.3015: the discount is 0.302 KWD.
        assert_eq!(
            quote(money("1.005", "KWD"), pct(30)).unwrap().price,
            money("0.703", "KWD")
        );
    }

    #[test]
    fn fixed_program_price_and_its_effective_percent_rounded_down() {
        let q = quote(
            money("529.99", "USD"),
            Discount::FixedPrice(money("14.99", "USD")),
        )
        .unwrap();
        assert_eq!(q.price, money("14.99", "USD"));
        // 515/529.99 = 97.17…%
        assert_eq!(q.discount_percent, 97);
        assert_eq!(q.kind, DiscountKind::FixedPrice);
    }

    #[test]
    fn fixed_price_above_list_charges_the_list_price() {
        let q = quote(
            money("10.00", "USD"),
            Discount::FixedPrice(money("14.99", "USD")),
        )
        .unwrap();
        assert_eq!(q.price, money("10.00", "USD"));
        assert_eq!(q.discount_percent, 0);
    }

    #[test]
    fn refuses_negative_prices_and_mixed_currencies() {
        assert!(matches!(
            quote(money("-1.00", "USD"), Discount::None),
            Err(PricingError::NegativeListPrice(_))
        ));
        assert!(matches!(
            quote(
                money("1.00", "USD"),
                Discount::FixedPrice(money("-1.00", "USD"))
            ),
            Err(PricingError::NegativeFixedPrice(_))
        ));
        assert!(matches!(
            quote(
                money("100.00", "USD"),
                Discount::FixedPrice(money("13.99", "EUR"))
            ),
            Err(PricingError::CurrencyMismatch { .. })
        ));
    }

    #[test]
    fn percent_is_at_most_a_hundred() {
        assert!(Percent::new(100).is_ok());
        assert_eq!(Percent::new(101), Err(PercentOutOfRange(101)));
        assert!(serde_json::from_str::<Percent>("30").is_ok());
        assert!(serde_json::from_str::<Percent>("300").is_err());
        assert!(serde_json::from_str::<Percent>("-3").is_err());
    }

    fn any_currency() -> impl Strategy<Value = Currency> {
        prop_oneof![
            Just("JPY"),
            Just("EUR"),
            Just("USD"),
            Just("KWD"),
            Just("BHD")
        ]
        .prop_map(cur)
    }

    fn any_discount(currency: Currency) -> impl Strategy<Value = Discount> {
        prop_oneof![
            Just(Discount::None),
            (0_u8..=100).prop_map(|p| Discount::Percent(Percent(p))),
            (0_i64..=i64::MAX).prop_map(move |m| Discount::FixedPrice(Money::new(m, currency))),
        ]
    }

    fn list_and_discount() -> impl Strategy<Value = (Money, Discount)> {
        any_currency().prop_flat_map(|c| {
            (
                (0_i64..=i64::MAX).prop_map(move |m| Money::new(m, c)),
                any_discount(c),
            )
        })
    }

    proptest! {
        #[test]
        fn price_is_never_above_list_nor_negative((list, discount) in list_and_discount()) {
            let q = quote(list, discount).unwrap();
            prop_assert!(q.price.minor <= list.minor);
            prop_assert!(q.price.minor >= 0);
            prop_assert_eq!(q.price.currency, list.currency);
            prop_assert!(q.discount_percent <= 100);
        }

        #[test]
        fn zero_discount_keeps_the_list_price(minor in 0_i64..=i64::MAX, c in any_currency()) {
            let list = Money::new(minor, c);
            prop_assert_eq!(quote(list, Discount::None).unwrap().price, list);
            let q = quote(list, Discount::Percent(Percent::ZERO)).unwrap();
            prop_assert_eq!(q.price, list);
            prop_assert_eq!(q.discount_percent, 0);
        }

        #[test]
        fn fixed_price_above_list_charges_list(
            minor in 0_i64..i64::MAX, above in 1_i64..1_000_000, c in any_currency()
        ) {
            let list = Money::new(minor, c);
            let fixed = Money::new(minor.saturating_add(above), c);
            let q = quote(list, Discount::FixedPrice(fixed)).unwrap();
            prop_assert_eq!(q.price, list);
            prop_assert_eq!(q.discount_percent, 0);
        }

        #[test]
        fn fixed_price_percent_never_overstates(list in 1_i64..=i64::MAX, fixed in 0_i64..=i64::MAX) {
            let c = cur("USD");
            let q = quote(Money::new(list, c), Discount::FixedPrice(Money::new(fixed, c))).unwrap();
            let saved = i128::from(list - q.price.minor) * 100;
            let shown = i128::from(q.discount_percent);
            prop_assert!(shown * i128::from(list) <= saved);
            prop_assert!((shown + 1) * i128::from(list) > saved);
        }

        /// The same rule in every exponent: the price is within half a minor unit of the exact
        /// price, and an exact half goes down; so the result in minor units does not depend on
        /// which currency (0, 2 or 3 decimals) the amount is in.
        #[test]
        fn percent_rounding_is_half_up_on_the_discount_in_every_exponent(
            minor in 0_i64..=i64::MAX, p in 0_u8..=100
        ) {
            let mut prices = Vec::new();
            for code in ["JPY", "EUR", "KWD"] {
                let q = quote(Money::new(minor, cur(code)), Discount::Percent(Percent(p))).unwrap();
                let exact_times_100 = i128::from(minor) * i128::from(100 - p);
                let residual = i128::from(q.price.minor) * 100 - exact_times_100;
                prop_assert!((-50..50).contains(&residual), "residual {} for {}", residual, code);
                prices.push(q.price.minor);
            }
            prop_assert!(prices.windows(2).all(|w| w[0] == w[1]));
        }

        #[test]
        fn a_bigger_percentage_never_costs_more(
            minor in 0_i64..=i64::MAX, a in 0_u8..=100, b in 0_u8..=100
        ) {
            let c = cur("EUR");
            let (lo, hi) = (a.min(b), a.max(b));
            let at_lo = quote(Money::new(minor, c), Discount::Percent(Percent(lo))).unwrap();
            let at_hi = quote(Money::new(minor, c), Discount::Percent(Percent(hi))).unwrap();
            prop_assert!(at_hi.price.minor <= at_lo.price.minor);
        }
    }
}
