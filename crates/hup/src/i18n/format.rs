//! Numbers, dates and money as each language writes them, from CLDR through ICU4X's compiled
//! data (issue 17): `€ 69,30` in Dutch, `69,30 €` in German and French, `￥9,800` in Japanese.
//! No separator, symbol or pattern is typed here. Should ICU4X lack data for a case, the
//! fallback is the unambiguous `EUR 69.30` / ISO date, never an error on a page.

use fixed_decimal::Decimal;
use hup_core::money::Money;
use icu_calendar::Date;
use icu_datetime::fieldsets::YMD;
use icu_datetime::DateTimeFormatter;
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::CurrencyType;
use icu_locale_core::Locale as IcuLocale;

use super::Locale;

fn icu_locale(locale: Locale) -> IcuLocale {
    // The codes are plain BCP 47 primary tags, which always parse.
    locale.code().parse().unwrap_or(IcuLocale::UNKNOWN)
}

/// An exact decimal of `minor` units with `exponent` fraction digits.
fn decimal(minor: i64, exponent: u32) -> Decimal {
    let mut d = Decimal::from(minor);
    d.multiply_pow10(-(exponent as i16));
    d
}

/// `money` in `locale`, with the currency's symbol as CLDR has it for that language.
pub fn money(locale: Locale, money: &Money) -> String {
    let code = money.currency.code();
    let formatted = CurrencyType::try_from_str(code).ok().and_then(|currency| {
        CurrencyFormatter::try_new_symbol(icu_locale(locale).into(), currency, Default::default())
            .ok()
    });
    match formatted {
        Some(f) => f
            .format_fixed_decimal(&decimal(money.minor, money.currency.exponent()))
            .to_string(),
        None => format!("{code} {}", money.to_decimal_string()),
    }
}

/// A calendar date written out in full (CLDR's long year-month-day).
pub fn date(locale: Locale, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let iso = || date.format("%Y-%m-%d").to_string();
    let Ok(month) = u8::try_from(date.month()) else {
        return iso();
    };
    let Ok(day) = u8::try_from(date.day()) else {
        return iso();
    };
    let Ok(day) = Date::try_new_iso(date.year(), month, day) else {
        return iso();
    };
    match DateTimeFormatter::try_new(icu_locale(locale).into(), YMD::long()) {
        Ok(f) => f.format(&day).to_string(),
        Err(_) => iso(),
    }
}

/// A whole number with the language's grouping separator.
pub fn number(locale: Locale, n: i64) -> String {
    match DecimalFormatter::try_new(icu_locale(locale).into(), Default::default()) {
        Ok(f) => f.format(&Decimal::from(n)).to_string(),
        Err(_) => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hup_core::money::Currency;

    fn eur(minor: i64) -> Money {
        Money::new(minor, Currency::parse("EUR").unwrap())
    }

    /// Spaces in CLDR patterns are no-break spaces (U+00A0, U+202F); compared as plain ones.
    fn plain(s: String) -> String {
        s.replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn money_follows_cldr_in_each_language() {
        assert_eq!(plain(money(Locale::Nl, &eur(6930))), "€ 69,30");
        assert_eq!(plain(money(Locale::De, &eur(6930))), "69,30 €");
        assert_eq!(plain(money(Locale::Fr, &eur(6930))), "69,30 €");
        assert_eq!(plain(money(Locale::Es, &eur(6930))), "69,30 €");
        assert_eq!(money(Locale::En, &eur(123_450)), "€1,234.50");
        assert_eq!(plain(money(Locale::De, &eur(123_450))), "1.234,50 €");
        assert_eq!(plain(money(Locale::Fr, &eur(123_450))), "1 234,50 €");
        let yen = Money::new(9800, Currency::parse("JPY").unwrap());
        assert_eq!(money(Locale::Ja, &yen), "￥9,800");
        assert_eq!(money(Locale::En, &yen), "¥9,800");
        let usd = Money::new(1499, Currency::parse("USD").unwrap());
        assert_eq!(money(Locale::En, &usd), "$14.99");
        assert_eq!(plain(money(Locale::Nl, &usd)), "US$ 14,99");
    }

    #[test]
    fn dates_are_written_out_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 3, 9).unwrap();
        assert_eq!(date(Locale::En, d), "March 9, 2027");
        assert_eq!(date(Locale::Nl, d), "9 maart 2027");
        assert_eq!(date(Locale::De, d), "9. März 2027");
        assert_eq!(date(Locale::Fr, d), "9 mars 2027");
        assert_eq!(date(Locale::Es, d), "9 de marzo de 2027");
        assert_eq!(date(Locale::Ja, d), "2027年3月9日");
    }

    #[test]
    fn numbers_are_grouped_as_each_language_groups_them() {
        assert_eq!(number(Locale::En, 12_345), "12,345");
        assert_eq!(number(Locale::Nl, 12_345), "12.345");
        assert_eq!(number(Locale::De, 12_345), "12.345");
        assert_eq!(plain(number(Locale::Fr, 12_345)), "12 345");
        assert_eq!(number(Locale::Ja, 12_345), "12,345");
    }
}
