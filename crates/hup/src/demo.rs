//! The demo data set of contract.md, loaded by `hup serve --demo`. Idempotent: the first load
//! records itself in `meta`, so a second start (or a second process) changes nothing.

use crate::config::Config;
use crate::i18n::Locale;
use crate::mail::{self, DemoWelcome};
use crate::store::{meta, Db};

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
