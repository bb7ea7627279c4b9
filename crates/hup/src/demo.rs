//! The demo data set of contract.md, loaded by `hup serve --demo`. Idempotent: the first load
//! records itself in `meta`, so a second start (or a second process) changes nothing.

use crate::config::Config;
use crate::i18n::Locale;
use crate::mail::{self, DemoWelcome};
use crate::store::catalog::DocumentKind;
use crate::store::{self, meta, now_epoch, Db};

/// Addresses the demo writes to; `/dev/mail` shows what they received.
pub const DEMO_ADMIN: &str = "admin@contoso.example";
pub const DEMO_EMPLOYEE_NL: &str = "jan@contoso.example";

pub async fn load(db: &Db, config: &Config) -> anyhow::Result<()> {
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
    crate::tenancy::demo::seed(&mut tx, &crate::tenancy::demo::ORGANIZATIONS, now_epoch()).await?;
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
