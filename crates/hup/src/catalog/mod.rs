//! The catalog and market rules in force, shared by pages, API and CLI.
//!
//! Both are the operator's TOML documents, validated by `hup-core` before they are stored and
//! parsed once per version into a [`Snapshot`] that every request reads without touching the
//! database. Each process asks for the versions at most every [`RECHECK`], so a catalog
//! published through one process reaches all of them within seconds.

pub mod browse;
pub mod offers;

use std::sync::Arc;
use std::time::{Duration, Instant};

use hup_core::catalog::{Catalog, CatalogChanges, CatalogError, RowChanges};
use hup_core::market::{default_market_rules, MarketRules, MarketRulesError};
use tokio::sync::Mutex;

use crate::audit::{self, Action, Actor};
use crate::store::catalog::{self as documents, DocumentKind};
use crate::store::{now_epoch, Db, StoreError, Tx};

const RECHECK: Duration = Duration::from_secs(2);

/// What is for sale, and where.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// None until the operator publishes a catalog.
    pub catalog: Option<Catalog>,
    pub markets: MarketRules,
    versions: (i64, i64),
}

impl Snapshot {
    /// The product's name in `language`; its code when there is no catalog or no such product.
    pub fn product_name(&self, code: &str, language: &str) -> String {
        match &self.catalog {
            Some(catalog) => catalog.product_name(code, language).to_owned(),
            None => code.to_owned(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("{0}")]
    Catalog(#[from] CatalogError),
    #[error("{0}")]
    Markets(#[from] MarketRulesError),
    #[error("the market rules do not fit the catalog: {0}")]
    Mismatch(String),
    /// Issue 11: 1. The document would leave none of a kind of row the one in force has (an
    /// empty file, or only a comment); each entry names what would go, as "3 products".
    #[error(
        "the document would remove every one of the {} in force; nothing changed (publish it \
         anyway only on purpose: --allow-empty, or ?allow_empty=true over the API)",
        .0.join(", ")
    )]
    Empty(Vec<String>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl PublishError {
    /// Each thing wrong, one line each, for the operator who fixes the file in one round.
    pub fn problems(&self) -> Vec<String> {
        match self {
            PublishError::Catalog(CatalogError::Invalid(list)) => {
                list.0.iter().map(ToString::to_string).collect()
            }
            PublishError::Markets(MarketRulesError::Invalid(list)) => {
                list.0.iter().map(ToString::to_string).collect()
            }
            other => vec![other.to_string()],
        }
    }
}

struct Cached {
    checked: Instant,
    snapshot: Arc<Snapshot>,
}

pub struct CatalogService {
    db: Db,
    current: std::sync::RwLock<Option<Cached>>,
    /// Held by the one caller that asks the database for the versions; the others keep the
    /// snapshot they have meanwhile instead of queueing behind it.
    refreshing: Mutex<()>,
}

impl CatalogService {
    pub fn new(db: Db) -> CatalogService {
        CatalogService {
            db,
            current: std::sync::RwLock::new(None),
            refreshing: Mutex::new(()),
        }
    }

    fn current(&self) -> Option<(Instant, Arc<Snapshot>)> {
        let current = self.current.read().ok()?;
        current.as_ref().map(|c| (c.checked, c.snapshot.clone()))
    }

    fn keep(&self, cached: Option<Cached>) {
        if let Ok(mut current) = self.current.write() {
            *current = cached;
        }
    }

    /// The catalog in force.
    pub async fn snapshot(&self) -> Result<Arc<Snapshot>, StoreError> {
        let current = self.current();
        if let Some((checked, snapshot)) = &current {
            if checked.elapsed() < RECHECK {
                return Ok(snapshot.clone());
            }
        }
        let _refreshing = match (current, self.refreshing.try_lock()) {
            (Some((_, snapshot)), Err(_)) => return Ok(snapshot),
            (None, Err(_)) => self.refreshing.lock().await,
            (_, Ok(guard)) => guard,
        };
        // Whoever held the lock before may have just refreshed.
        let current = self.current();
        if let Some((checked, snapshot)) = &current {
            if checked.elapsed() < RECHECK {
                return Ok(snapshot.clone());
            }
            if documents::versions(&self.db).await? == snapshot.versions {
                self.keep(Some(Cached {
                    checked: Instant::now(),
                    snapshot: snapshot.clone(),
                }));
                return Ok(snapshot.clone());
            }
        }
        let snapshot = Arc::new(self.load().await?);
        self.keep(Some(Cached {
            checked: Instant::now(),
            snapshot: snapshot.clone(),
        }));
        Ok(snapshot)
    }

    async fn load(&self) -> Result<Snapshot, StoreError> {
        let catalog_doc = documents::get(&self.db, DocumentKind::Catalog).await?;
        let markets_doc = documents::get(&self.db, DocumentKind::Markets).await?;
        // Stored documents were validated when published; should one no longer parse (a newer
        // hup with stricter rules), the last good state is better than none: log and go on.
        let catalog = catalog_doc
            .as_ref()
            .and_then(|d| match Catalog::from_toml_str(&d.body) {
                Ok(c) => Some(c),
                Err(e) => {
                    tracing::error!(error = %e, "the published catalog no longer validates");
                    None
                }
            });
        let markets = match &markets_doc {
            Some(d) => MarketRules::from_toml_str(&d.body).unwrap_or_else(|e| {
                tracing::error!(error = %e, "the published market rules no longer validate");
                shipped_markets()
            }),
            None => shipped_markets(),
        };
        Ok(Snapshot {
            catalog,
            markets,
            versions: (
                catalog_doc.map(|d| d.version).unwrap_or(0),
                markets_doc.map(|d| d.version).unwrap_or(0),
            ),
        })
    }

    /// Validates and publishes a catalog; nothing changes when it is invalid, or when it would
    /// remove every product, offer or price list in force and `allow_empty` is not set.
    pub async fn publish_catalog(
        &self,
        text: &str,
        allow_empty: bool,
        how: Publish<'_>,
    ) -> Result<(Catalog, CatalogChanges), PublishError> {
        let catalog = Catalog::from_toml_str(text)?;
        let mut tx = self.db.begin_write().await?;
        let old = in_force_catalog(&mut tx).await?;
        let changes = CatalogChanges::between(old.as_ref(), &catalog);
        if !allow_empty {
            let emptied: Vec<String> = changes
                .emptied()
                .into_iter()
                .map(|(kind, removed)| format!("{removed} {kind}"))
                .collect();
            refuse_empty(emptied)?;
        }
        in_force_markets(&mut tx)
            .await?
            .check_against(&catalog)
            .map_err(|e| PublishError::Mismatch(e.to_string()))?;
        let detail = serde_json::to_value(&changes).unwrap_or_default();
        self.publish(tx, DocumentKind::Catalog, text, how, detail)
            .await?;
        Ok((catalog, changes))
    }

    /// Validates and publishes market rules; nothing changes when they are invalid, or when
    /// they would lift every country rule in force (R4, R5) and `allow_empty` is not set.
    pub async fn publish_markets(
        &self,
        text: &str,
        allow_empty: bool,
        how: Publish<'_>,
    ) -> Result<(MarketRules, RowChanges), PublishError> {
        let markets = MarketRules::from_toml_str(text)?;
        let mut tx = self.db.begin_write().await?;
        let changes = markets.changes_from(&in_force_markets(&mut tx).await?);
        if !allow_empty && changes.removes_every_row() {
            refuse_empty(vec![format!("{} market rules", changes.removed.len())])?;
        }
        if let Some(catalog) = in_force_catalog(&mut tx).await? {
            markets
                .check_against(&catalog)
                .map_err(|e| PublishError::Mismatch(e.to_string()))?;
        }
        let detail = serde_json::to_value(&changes).unwrap_or_default();
        self.publish(tx, DocumentKind::Markets, text, how, detail)
            .await?;
        Ok((markets, changes))
    }

    /// Publishes in `tx` with its audit row, or with [`Publish::Preview`] rolls back, after
    /// every check has run.
    async fn publish(
        &self,
        mut tx: Tx,
        kind: DocumentKind,
        text: &str,
        how: Publish<'_>,
        detail: serde_json::Value,
    ) -> Result<(), StoreError> {
        let Publish::By(actor) = how else {
            return Ok(());
        };
        let version = documents::put(&mut tx, kind, text, now_epoch()).await?;
        let action = match kind {
            DocumentKind::Catalog => Action::CatalogPublish,
            DocumentKind::Markets => Action::MarketsPublish,
        };
        let subject = format!("version {version}");
        audit::record(&mut tx, actor, action, &subject, detail).await?;
        tx.commit().await?;
        // The next read in this process sees the change at once (after a refresh in flight,
        // which may have read the versions before this commit).
        let _refreshing = self.refreshing.lock().await;
        self.keep(None);
        Ok(())
    }
}

/// Whether a checked document goes in force (by whom, for the audit log) or is only compared
/// with the one in force (the console's "see what would change").
#[derive(Clone, Copy, Debug)]
pub enum Publish<'a> {
    Preview,
    By(&'a Actor),
}

fn refuse_empty(emptied: Vec<String>) -> Result<(), PublishError> {
    if emptied.is_empty() {
        Ok(())
    } else {
        Err(PublishError::Empty(emptied))
    }
}

/// The catalog published, read in the publishing transaction; `None` when there is none (or
/// it no longer validates, as [`CatalogService::snapshot`] treats it).
async fn in_force_catalog(tx: &mut Tx) -> Result<Option<Catalog>, StoreError> {
    let doc = documents::get_in(tx, DocumentKind::Catalog).await?;
    Ok(doc.and_then(|d| Catalog::from_toml_str(&d.body).ok()))
}

/// The market rules in force, read in the publishing transaction: the shipped ones when none
/// are published (or they no longer validate).
async fn in_force_markets(tx: &mut Tx) -> Result<MarketRules, StoreError> {
    let doc = documents::get_in(tx, DocumentKind::Markets).await?;
    Ok(doc
        .and_then(|d| MarketRules::from_toml_str(&d.body).ok())
        .unwrap_or_else(shipped_markets))
}

/// The program's own market rules (R3–R6), in force until the operator publishes others.
fn shipped_markets() -> MarketRules {
    default_market_rules().unwrap_or_else(|e| {
        tracing::error!(error = %e, "the shipped market rules do not validate");
        MarketRules::default()
    })
}
