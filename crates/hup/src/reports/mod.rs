//! The operator's program report: how far the program reaches (customers, tenants, enrolled
//! employees) and what it sells, per currency and per tenant. Counts and sums only: no
//! employee appears in it (R20).

pub mod overview;

use std::collections::BTreeMap;

use hup_core::participation::Standing;
use serde::Serialize;
use utoipa::ToSchema;

use crate::store::{now_epoch, reports as store, tenants, Db};

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ProgramReport {
    /// When the report was made (RFC 3339).
    pub generated_at: String,
    /// Customers in the licensing feed, and how many qualify (R8).
    pub customers: i64,
    pub eligible_customers: i64,
    pub tenants: i64,
    pub managed_tenants: i64,
    /// Managed tenants whose admin has the benefit switched on.
    pub benefit_on: i64,
    /// Of those, the ones connected to a qualifying customer: their employees can register.
    pub participating: i64,
    /// Confirmed personal accounts.
    pub employees: i64,
    /// Employees holding a current grant (enrolled).
    pub enrolled: i64,
    pub orders: i64,
    /// Sales per currency; amounts in the currency's minor unit.
    pub sales: Vec<CurrencySales>,
    /// Orders per offer.
    pub offers: Vec<OfferSales>,
    /// Every tenant with enrolled employees or orders.
    pub by_tenant: Vec<TenantUptake>,
}

#[derive(Clone, Debug, Default, Serialize, ToSchema, PartialEq, Eq)]
pub struct CurrencySales {
    pub currency: String,
    pub orders: i64,
    /// What the orders would have cost at list price.
    pub list_minor: i64,
    /// What the employees paid.
    pub paid_minor: i64,
    /// The program's discount: list minus paid.
    pub discount_minor: i64,
}

#[derive(Clone, Debug, Serialize, ToSchema, PartialEq, Eq)]
pub struct OfferSales {
    pub product: String,
    pub term: String,
    pub orders: i64,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct TenantUptake {
    pub tenant: i64,
    /// The tenant's name as the operator knows it: its primary domain, the domain it was
    /// created for when that is verified or nothing is, else its first verified domain.
    pub name: String,
    pub verified_domains: Vec<String>,
    pub benefit_on: bool,
    pub participating: bool,
    pub enrolled: i64,
    pub orders: i64,
    pub sales: Vec<CurrencySales>,
}

/// A tenant's primary domain: the domain it was created for when that is verified (or no
/// domain is), else the first of its verified domains (issue 12: a tenant is more than a number).
fn primary_domain(home_domain: &str, verified: &[String]) -> String {
    match verified.first() {
        Some(first) if !verified.iter().any(|d| d == home_domain) => first.clone(),
        _ => home_domain.to_owned(),
    }
}

/// Adds rows into per-currency totals, sorted by currency.
fn by_currency<'a>(rows: impl IntoIterator<Item = &'a store::Sales>) -> Vec<CurrencySales> {
    let mut totals: BTreeMap<&str, CurrencySales> = BTreeMap::new();
    for s in rows {
        let t = totals.entry(&s.currency).or_insert_with(|| CurrencySales {
            currency: s.currency.clone(),
            ..CurrencySales::default()
        });
        t.orders += s.orders;
        t.list_minor += s.list_minor;
        t.paid_minor += s.paid_minor;
        t.discount_minor = t.list_minor - t.paid_minor;
    }
    totals.into_values().collect()
}

/// The report, from one query per kind of row whatever the number of tenants.
pub async fn program(db: &Db) -> anyhow::Result<ProgramReport> {
    let now = now_epoch();
    let totals = store::totals(db, now).await?;
    let sales = store::sales(db).await?;
    let enrolled: BTreeMap<i64, i64> = store::enrolled(db, now).await?.into_iter().collect();
    let connections: BTreeMap<i64, store::ConnectionStanding> = store::connections(db)
        .await?
        .into_iter()
        .map(|c| (c.tenant_id, c))
        .collect();

    let mut offers: BTreeMap<(&str, &str), i64> = BTreeMap::new();
    for s in &sales {
        *offers.entry((&s.product, &s.term)).or_default() += s.orders;
    }
    let mut participating = 0;
    let mut by_tenant = Vec::new();
    for listing in tenants::list(db, None).await? {
        let id = listing.tenant.id;
        let connection = connections.get(&id);
        let standing = Standing {
            connection_approved: connection.is_some_and(|c| c.approved),
            customer_eligible: connection.is_some_and(|c| c.customer_eligible),
            ..Standing::from(&listing.tenant)
        };
        let takes_part = standing.participates();
        participating += i64::from(takes_part);
        let own: Vec<&store::Sales> = sales.iter().filter(|s| s.tenant_id == id).collect();
        let enrolled = enrolled.get(&id).copied().unwrap_or(0);
        if enrolled > 0 || !own.is_empty() {
            by_tenant.push(TenantUptake {
                tenant: id,
                name: primary_domain(&listing.tenant.home_domain, &listing.verified_domains),
                verified_domains: listing.verified_domains,
                benefit_on: standing.benefit_on(),
                participating: takes_part,
                enrolled,
                orders: own.iter().map(|s| s.orders).sum(),
                sales: by_currency(own),
            });
        }
    }
    Ok(ProgramReport {
        generated_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        customers: totals.customers,
        eligible_customers: totals.eligible_customers,
        tenants: totals.tenants,
        managed_tenants: totals.managed_tenants,
        benefit_on: totals.benefit_on,
        participating,
        employees: totals.employees,
        enrolled: totals.active_grants,
        orders: totals.orders,
        sales: by_currency(&sales),
        offers: offers
            .into_iter()
            .map(|((product, term), orders)| OfferSales {
                product: product.to_owned(),
                term: term.to_owned(),
                orders,
            })
            .collect(),
        by_tenant,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sale(tenant_id: i64, currency: &str, orders: i64, list: i64, paid: i64) -> store::Sales {
        store::Sales {
            tenant_id,
            product: "p".into(),
            term: "P1Y".into(),
            currency: currency.into(),
            orders,
            list_minor: list,
            paid_minor: paid,
        }
    }

    /// Issue 12: the report names a tenant by its primary domain, not only by its number.
    #[test]
    fn a_tenant_is_named_by_its_home_domain_unless_another_domain_is_verified_instead() {
        let v = |ds: &[&str]| ds.iter().map(|d| (*d).to_owned()).collect::<Vec<_>>();
        assert_eq!(primary_domain("a.example", &v(&[])), "a.example");
        assert_eq!(
            primary_domain("a.example", &v(&["a.example", "b.example"])),
            "a.example"
        );
        assert_eq!(
            primary_domain("z.example", &v(&["a.example", "z.example"])),
            "z.example"
        );
        assert_eq!(primary_domain("a.example", &v(&["b.example"])), "b.example");
    }

    #[test]
    fn sales_add_up_per_currency_and_never_across_currencies() {
        let rows = [
            sale(1, "EUR", 2, 19_800, 13_860),
            sale(2, "JPY", 1, 11_800, 8_260),
            sale(2, "EUR", 1, 1_000, 1_000),
        ];
        let totals = by_currency(&rows);
        assert_eq!(
            totals,
            vec![
                CurrencySales {
                    currency: "EUR".into(),
                    orders: 3,
                    list_minor: 20_800,
                    paid_minor: 14_860,
                    discount_minor: 5_940,
                },
                CurrencySales {
                    currency: "JPY".into(),
                    orders: 1,
                    list_minor: 11_800,
                    paid_minor: 8_260,
                    discount_minor: 3_540,
                },
            ]
        );
    }
}
