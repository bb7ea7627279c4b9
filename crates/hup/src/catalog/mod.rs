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

use hup_core::catalog::{Catalog, CatalogError};
use hup_core::market::{default_market_rules, MarketRules, MarketRulesError};
use tokio::sync::Mutex;

use crate::store::catalog::{self as documents, DocumentKind};
use crate::store::{now_epoch, Db, StoreError};

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

    /// Validates and publishes a catalog; nothing changes when it is invalid.
    pub async fn publish_catalog(&self, text: &str) -> Result<Catalog, PublishError> {
        let catalog = Catalog::from_toml_str(text)?;
        let markets = self.snapshot().await?.markets.clone();
        markets
            .check_against(&catalog)
            .map_err(|e| PublishError::Mismatch(e.to_string()))?;
        self.publish(DocumentKind::Catalog, text).await?;
        Ok(catalog)
    }

    /// Validates and publishes market rules; nothing changes when they are invalid.
    pub async fn publish_markets(&self, text: &str) -> Result<MarketRules, PublishError> {
        let markets = MarketRules::from_toml_str(text)?;
        if let Some(catalog) = &self.snapshot().await?.catalog {
            markets
                .check_against(catalog)
                .map_err(|e| PublishError::Mismatch(e.to_string()))?;
        }
        self.publish(DocumentKind::Markets, text).await?;
        Ok(markets)
    }

    async fn publish(&self, kind: DocumentKind, text: &str) -> Result<(), StoreError> {
        let mut tx = self.db.begin_write().await?;
        documents::put(&mut tx, kind, text, now_epoch()).await?;
        tx.commit().await?;
        // The next read in this process sees the change at once (after a refresh in flight,
        // which may have read the versions before this commit).
        let _refreshing = self.refreshing.lock().await;
        self.keep(None);
        Ok(())
    }
}

/// The program's own market rules (R3–R6), in force until the operator publishes others.
fn shipped_markets() -> MarketRules {
    default_market_rules().unwrap_or_else(|e| {
        tracing::error!(error = %e, "the shipped market rules do not validate");
        MarketRules::default()
    })
}
