//! `hup tenants …`: the operator's command line for organizations.

use std::process::ExitCode;

use clap::Subcommand;

use crate::config::Config;
use crate::store::{connections, tenants, Db};
use crate::tenancy::extra::{self, ExtraBenefit};
use crate::tenancy::TenancyError;

#[derive(Debug, Subcommand)]
pub enum TenantsCommand {
    /// List tenants: id, managed, verified domains, connected customer, benefit on/off, extra benefits.
    List {
        /// Only the tenant that verified this domain.
        #[arg(long)]
        domain: Option<String>,
    },
    /// Grant an extra benefit (R22), e.g. other-office-products.
    Grant { tenant: i64, benefit: String },
    /// Withdraw an extra benefit.
    Withdraw { tenant: i64, benefit: String },
}

pub async fn run(command: TenantsCommand, config: &Config) -> anyhow::Result<ExitCode> {
    match command {
        TenantsCommand::List { domain } => list_command(config, domain.as_deref()).await,
        TenantsCommand::Grant { tenant, benefit } => {
            set_benefit_command(config, tenant, &benefit, true).await
        }
        TenantsCommand::Withdraw { tenant, benefit } => {
            set_benefit_command(config, tenant, &benefit, false).await
        }
    }
}

async fn list_command(config: &Config, domain: Option<&str>) -> anyhow::Result<ExitCode> {
    let db = Db::open(&config.database).await?;
    let domain = domain.map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase());
    let listings = tenants::list(&db, domain.as_deref()).await?;
    if listings.is_empty() {
        println!("no tenants yet: an org admin's first sign-up at /admin creates one");
    } else {
        println!(
            "{:<6} {:<9} {:<8} {:<12} {:<32} extra benefits",
            "id", "managed", "benefit", "customer", "verified domains"
        );
    }
    for l in listings {
        let customer = connections::of_tenant(&db, l.tenant.id)
            .await?
            .map(|c| c.customer_number);
        let extras: Vec<&str> = extra::of_tenant(&db, l.tenant.id)
            .await
            .map_err(anyhow::Error::new)?
            .iter()
            .map(|b| b.code())
            .collect();
        println!(
            "{:<6} {:<9} {:<8} {:<12} {:<32} {}",
            l.tenant.id,
            if l.tenant.managed { "yes" } else { "no" },
            if l.tenant.hup_enabled { "on" } else { "off" },
            customer.as_deref().unwrap_or("-"),
            if l.verified_domains.is_empty() {
                "-".to_owned()
            } else {
                l.verified_domains.join(",")
            },
            if extras.is_empty() {
                "-".to_owned()
            } else {
                extras.join(",")
            },
        );
    }
    db.close().await;
    Ok(ExitCode::SUCCESS)
}

/// Grants (`on`) or withdraws an extra benefit; exit 1 for an unknown benefit or tenant.
async fn set_benefit_command(
    config: &Config,
    tenant: i64,
    benefit: &str,
    on: bool,
) -> anyhow::Result<ExitCode> {
    let Some(benefit) = ExtraBenefit::parse(benefit) else {
        let known: Vec<&str> = ExtraBenefit::ALL.iter().map(|b| b.code()).collect();
        eprintln!(
            "unknown extra benefit \"{benefit}\" (known: {})",
            known.join(", ")
        );
        return Ok(ExitCode::FAILURE);
    };
    let db = Db::open(&config.database).await?;
    let outcome = extra::set(&db, &super::cli_actor(), tenant, benefit, on).await;
    db.close().await;
    match outcome {
        Ok(()) => {
            println!(
                "tenant {tenant}: {} {}",
                benefit.code(),
                if on { "granted" } else { "withdrawn" }
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(TenancyError::NotFound) => {
            eprintln!("no tenant {tenant}: `hup tenants list` shows them");
            Ok(ExitCode::FAILURE)
        }
        Err(e) => Err(anyhow::Error::new(e)),
    }
}
