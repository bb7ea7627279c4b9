//! The demo data set of contract.md, loaded by `hup serve --demo`. Idempotent: the first load
//! records itself in `meta`, so a second start (or a second process) changes nothing.

use crate::agreements::{import_feed, ImportOptions};
use crate::config::Config;
use crate::i18n::Locale;
use crate::mail::{self, DemoWelcome};
use crate::store::catalog::DocumentKind;
use crate::store::{self, meta, now_epoch, Db};

/// Addresses the demo writes to; `/dev/mail` shows what they received.
pub const DEMO_ADMIN: &str = "admin@contoso.example";
pub const DEMO_EMPLOYEE_NL: &str = "jan@contoso.example";

/// The demo licensing feed: Contoso (C-1001) qualifies under R8 (a), (b) and (c); Fabrikam
/// (C-2002) does not; Northwind University (C-3003) qualifies as education (d).
pub const DEMO_AGREEMENTS_CSV: &str = include_str!("../demo/agreements.csv");

pub async fn load(db: &Db, config: &Config) -> anyhow::Result<()> {
    // The feed import is idempotent itself, so it runs on every demo start.
    let options = ImportOptions {
        snapshot: false,
        today: chrono::Utc::now().date_naive(),
        allow_empty: false,
    };
    import_feed(
        db,
        &config.policy,
        DEMO_AGREEMENTS_CSV.as_bytes(),
        options,
        &(),
        None,
    )
    .await
    .map_err(|e| anyhow::anyhow!("demo agreements: {e}"))?;
    let mut tx = db.begin_write().await?;
    if !meta::insert_once(&mut tx, "demo_loaded", "1").await? {
        tx.rollback().await?;
        tracing::info!("demo data already loaded");
        return Ok(());
    }
    // The demo catalog (contract.md's codes, priced for R3–R6's countries and NL, US, DE, GB, FR).
    store::catalog::put(
        &mut tx,
        DocumentKind::Catalog,
        hup_core::catalog::DEMO_CATALOG_TOML,
        now_epoch(),
    )
    .await?;
    // The demo organizations: managed tenants with proven domains and connected customers.
    let tenants = crate::tenancy::demo::seed_accepting(
        &mut tx,
        &crate::tenancy::demo::ORGANIZATIONS,
        &config.terms.version,
        now_epoch(),
    )
    .await?;
    // The demo employee: a personal account in NL with Jan's Contoso address bound to it.
    if let Some(contoso) = tenants.first() {
        crate::employees::demo::seed(
            &mut tx,
            *contoso,
            DEMO_EMPLOYEE_NL,
            config.employees.grant_months,
            now_epoch(),
        )
        .await?;
    }
    let welcome = DemoWelcome {
        program_link: config.link("/"),
    };
    mail::queue(&mut tx, &config.mail_from, DEMO_ADMIN, Locale::En, &welcome).await?;
    mail::queue(
        &mut tx,
        &config.mail_from,
        DEMO_EMPLOYEE_NL,
        Locale::Nl,
        &welcome,
    )
    .await?;
    tx.commit().await?;
    tracing::info!("demo data loaded");
    Ok(())
}
