//! `hup catalog …` and `hup markets …`: the operator's command line for what is sold where.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use hup_core::catalog::RowChanges;

use crate::catalog::{CatalogService, Publish, PublishError};
use crate::config::Config;
use crate::store::catalog::{self as documents, DocumentKind};
use crate::store::Db;

/// Publishing and reading the operator's catalog and market-rules files (TOML).
#[derive(Debug, Subcommand)]
pub enum DocumentCommand {
    /// Validate FILE and publish it, printing what it adds, removes and changes. An invalid
    /// file: exit code 1, every problem listed, nothing changed. So is a file that would remove
    /// every product, offer, price list or market rule in force (an empty file, or only a
    /// comment), unless --allow-empty says that is meant.
    Import {
        file: PathBuf,
        /// Publish even a file that removes every product, offer, price list or market rule
        /// in force.
        #[arg(long)]
        allow_empty: bool,
    },
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
        DocumentCommand::Import { file, allow_empty } => {
            import_command(config, kind, &file, allow_empty).await
        }
        DocumentCommand::Show => show_command(config, kind).await,
    }
}

/// Validates FILE and publishes it; an invalid file changes nothing and exits 1.
async fn import_command(
    config: &Config,
    kind: DocumentKind,
    file: &Path,
    allow_empty: bool,
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
    let actor = super::cli_actor();
    let outcome = match kind {
        DocumentKind::Catalog => service
            .publish_catalog(&text, allow_empty, Publish::By(&actor))
            .await
            .map(|(_, c)| {
                format!(
                    "catalog published: {} products, {} offers, {} price lists\n{}{}{}",
                    c.products.total,
                    c.offers.total,
                    c.price_lists.total,
                    changed("products", &c.products),
                    changed("offers", &c.offers),
                    changed("price lists", &c.price_lists),
                )
            }),
        DocumentKind::Markets => service
            .publish_markets(&text, allow_empty, Publish::By(&actor))
            .await
            .map(|(_, c)| {
                format!(
                    "market rules published: {} countries with a rule of their own\n{}",
                    c.total,
                    changed("market rules", &c)
                )
            }),
    };
    db.close().await;
    match outcome {
        Ok(summary) => {
            print!("{summary}");
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

/// One line: how many rows of a kind the file added, removed and changed, naming the first few.
fn changed(kind: &str, rows: &RowChanges) -> String {
    const NAMED: usize = 10;
    let part = |what: &str, keys: &[String]| {
        if keys.is_empty() {
            return format!("0 {what}");
        }
        let mut names = keys[..keys.len().min(NAMED)].join(", ");
        if keys.len() > NAMED {
            names.push_str(", …");
        }
        format!("{} {what} ({names})", keys.len())
    };
    format!(
        "  {kind}: {}, {}, {}\n",
        part("added", &rows.added),
        part("removed", &rows.removed),
        part("changed", &rows.changed)
    )
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
