//! The operator console's overview (issue 15): the program report, the employee funnel and
//! orders and sales per day for the last [`DAYS`] days, every day present (zero when none).

use chrono::{Duration, NaiveDate};

use super::{program, ProgramReport};
use crate::store::overview::{self as store, Funnel};
use crate::store::Db;

/// Days the charts cover.
pub const DAYS: i64 = 90;

/// One UTC day: its orders and what was paid in each of [`Overview::currencies`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub orders: i64,
    /// Minor units, in the order of [`Overview::currencies`].
    pub paid_minor: Vec<i64>,
}

#[derive(Clone, Debug)]
pub struct Overview {
    pub report: ProgramReport,
    pub funnel: Funnel,
    /// Currencies sold in during the days covered, sorted.
    pub currencies: Vec<String>,
    /// The last [`DAYS`] days up to `today`, oldest first.
    pub days: Vec<Day>,
}

pub async fn overview(db: &Db, today: NaiveDate) -> anyhow::Result<Overview> {
    let first = today - Duration::days(DAYS - 1);
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    let first_day = (first - epoch).num_days();
    let rows = store::daily(db, first_day).await?;
    let mut currencies: Vec<String> = rows.iter().map(|r| r.currency.clone()).collect();
    currencies.sort();
    currencies.dedup();
    let days = (0..DAYS)
        .map(|i| {
            let date = first + Duration::days(i);
            let of_day: Vec<_> = rows.iter().filter(|r| r.day == first_day + i).collect();
            Day {
                date,
                orders: of_day.iter().map(|r| r.orders).sum(),
                paid_minor: currencies
                    .iter()
                    .map(|c| {
                        of_day
                            .iter()
                            .filter(|r| &r.currency == c)
                            .map(|r| r.paid_minor)
                            .sum()
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(Overview {
        report: program(db).await?,
        funnel: store::funnel(db).await?,
        currencies,
        days,
    })
}
