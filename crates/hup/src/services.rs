//! [`Services`]: the one value every service function takes — the database, the
//! configuration, the mail worker's wake-up and the process's caches — so a service owns its
//! effects (it wakes the mail worker, it invalidates a cache after its commit) and the web and
//! CLI adapters only parse, call and render.

use std::sync::Arc;

use crate::accounts::session_cache as sessions;
use crate::catalog::CatalogService;
use crate::config::Config;
use crate::mail::worker::Wakeup;
use crate::metrics;
use crate::store::Db;

/// The process's shared services and caches.
pub struct Services {
    pub config: Arc<Config>,
    pub db: Db,
    pub mail: Wakeup,
    pub metrics: Arc<metrics::Metrics>,
    pub catalog: Arc<CatalogService>,
    pub entitlements: Arc<crate::catalog::offers::EntitlementCache>,
    /// Employee sessions this process checked in the last [`sessions::EMPLOYEE_CACHE_TTL`];
    /// only `accounts::sessions` reads and forgets them.
    pub employee_sessions: Arc<sessions::EmployeeSessions>,
    /// Demo mode serves `/dev/mail`.
    pub demo: bool,
    /// Demo mode's name server, which `/dev/dns` publishes TXT records into (issue 12).
    pub demo_dns: Option<Arc<crate::dns::DemoNameServer>>,
    /// Step 1 of the employee journey keeps a little per-process state; its writer task is
    /// started and stopped by `Application`.
    pub registrar: Arc<crate::employees::registrar::Registrar>,
    /// `HUP_PAYMENTS`: how orders are paid (issue 13).
    pub payments: crate::payments::Payments,
}

impl Services {
    /// The services a one-shot command needs (`hup orders refund`): the same service functions
    /// as `serve`, without its workers; mail it queues is sent by the next `serve`.
    pub fn for_command(config: Config, db: Db) -> anyhow::Result<Services> {
        let payments = crate::payments::from_config(&config.payments)?;
        let (registrar, _writer) = crate::employees::registrar::Registrar::new(db.clone());
        Ok(Services {
            config: Arc::new(config),
            catalog: Arc::new(CatalogService::new(db.clone())),
            db,
            mail: Wakeup::default(),
            metrics: Arc::default(),
            entitlements: Arc::default(),
            employee_sessions: Arc::new(sessions::EmployeeSessions::new(
                sessions::EMPLOYEE_CACHE_TTL,
                sessions::EMPLOYEE_CACHE_ENTRIES,
            )),
            demo: false,
            demo_dns: None,
            registrar: Arc::new(registrar),
            payments,
        })
    }
}
