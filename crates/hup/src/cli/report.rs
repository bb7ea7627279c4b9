//! `hup report`: the program report on a terminal, or as JSON for scripts.

use std::process::ExitCode;

use hup_core::money::{Currency, Money};

use crate::config::Config;
use crate::reports::{program, CurrencySales};
use crate::store::Db;

/// `EUR 79.30`; the bare minor units when the code is unknown.
fn amount(currency: &str, minor: i64) -> String {
    match Currency::parse(currency) {
        Ok(c) => format!("{currency} {}", Money::new(minor, c).to_decimal_string()),
        Err(_) => format!("{currency} {minor} (minor units)"),
    }
}

fn paid(sales: &[CurrencySales]) -> String {
    if sales.is_empty() {
        return "-".to_owned();
    }
    let each: Vec<String> = sales
        .iter()
        .map(|s| amount(&s.currency, s.paid_minor))
        .collect();
    each.join(", ")
}

/// Prints the report as a table, or with `--json` as one object.
pub async fn run(config: &Config, json: bool) -> anyhow::Result<ExitCode> {
    let db = Db::open(&config.database).await?;
    let report = program(&db).await;
    db.close().await;
    let r = report?;
    if json {
        println!("{}", serde_json::to_string_pretty(&r)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("Program report, {}", r.generated_at);
    println!(
        "customers   {} in the licensing feed, {} qualify (R8)",
        r.customers, r.eligible_customers
    );
    println!(
        "tenants     {} ({} managed, {} with the benefit on, {} taking part)",
        r.tenants, r.managed_tenants, r.benefit_on, r.participating
    );
    println!(
        "employees   {} confirmed accounts, {} enrolled",
        r.employees, r.enrolled
    );
    println!("orders      {}", r.orders);
    for s in &r.sales {
        println!(
            "  {}: {} orders, paid {}, at list price {}, program discount {}",
            s.currency,
            s.orders,
            amount(&s.currency, s.paid_minor),
            amount(&s.currency, s.list_minor),
            amount(&s.currency, s.discount_minor),
        );
    }
    if r.offers.is_empty() {
        println!("\nno orders yet");
    } else {
        println!("\n{:<32} {:<10} orders", "product", "term");
        for o in &r.offers {
            println!("{:<32} {:<10} {}", o.product, o.term, o.orders);
        }
    }
    if !r.by_tenant.is_empty() {
        println!(
            "\n{:<7} {:<28} {:<28} {:<8} {:<9} {:<7} paid",
            "tenant", "name", "other verified domains", "benefit", "enrolled", "orders"
        );
        for t in &r.by_tenant {
            let others: Vec<&str> = t
                .verified_domains
                .iter()
                .map(String::as_str)
                .filter(|d| *d != t.name)
                .collect();
            let others = if others.is_empty() {
                "-".to_owned()
            } else {
                others.join(",")
            };
            println!(
                "{:<7} {:<28} {:<28} {:<8} {:<9} {:<7} {}",
                t.tenant,
                t.name,
                others,
                if t.benefit_on { "on" } else { "off" },
                t.enrolled,
                t.orders,
                paid(&t.sales),
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
