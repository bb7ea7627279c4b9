//! `hup catalog …` and `hup markets …`: the operator's command line for what is sold where.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use crate::catalog::{CatalogService, PublishError};
use crate::config::Config;
use crate::store::catalog::{self as documents, DocumentKind};
use crate::store::Db;

/// Publishing and reading the operator's catalog and market-rules files (TOML).
#[derive(Debug, Subcommand)]
pub enum DocumentCommand {
    /// Validate FILE and publish it. An invalid file: exit code 1, every problem listed,
    /// nothing changed.
    Import { file: PathBuf },
    /// Print what is published.
    Show,
}

/// The same two commands for either document.
pub async fn run(
    command: DocumentCommand,
    kind: DocumentKind,
    config: &Config,
) -> anyhow::Result<ExitCode> {
    match command {
        DocumentCommand::Import { file } => import_command(config, kind, &file).await,
        DocumentCommand::Show => show_command(config, kind).await,
    }
}

/// Validates FILE and publishes it; an invalid file changes nothing and exits 1.
async fn import_command(
    config: &Config,
    kind: DocumentKind,
    file: &Path,
) -> anyhow::Result<ExitCode> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            return Ok(ExitCode::FAILURE);
        }
    };
    let db = Db::open(&config.database).await?;
    let service = CatalogService::new(db.clone());
    let outcome = match kind {
        DocumentKind::Catalog => service.publish_catalog(&text).await.map(|c| {
            format!(
                "catalog published: {} products, {} offers, {} price lists",
                c.products().len(),
                c.offers().len(),
                c.price_lists().len()
            )
        }),
        DocumentKind::Markets => service.publish_markets(&text).await.map(|m| {
            format!(
                "market rules published: {} countries with a rule of their own",
                m.rules().count()
            )
        }),
    };
    db.close().await;
    match outcome {
        Ok(summary) => {
            println!("{summary}");
            Ok(ExitCode::SUCCESS)
        }
        Err(PublishError::Store(e)) => Err(e.into()),
        Err(e) => {
            eprintln!("{}: not published, nothing changed:", file.display());
            for problem in e.problems() {
                eprintln!("  - {problem}");
            }
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Prints the published document (for market rules: the shipped ones when none is published).
async fn show_command(config: &Config, kind: DocumentKind) -> anyhow::Result<ExitCode> {
    let db = Db::open(&config.database).await?;
    let doc = documents::get(&db, kind).await?;
    db.close().await;
    match (doc, kind) {
        (Some(d), _) => print!("{}", d.body),
        (None, DocumentKind::Markets) => print!("{}", hup_core::market::DEFAULT_MARKETS_TOML),
        (None, DocumentKind::Catalog) => {
            eprintln!("no catalog is published yet: publish one with `hup catalog import FILE`");
            return Ok(ExitCode::FAILURE);
        }
    }
    Ok(ExitCode::SUCCESS)
}
