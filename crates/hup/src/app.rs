//! Startup: build everything from a [`Config`], bind, serve, and stop gracefully.
//! Tests build the same application on port 0 (see `tests/api/helpers.rs`).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::accounts::sessions;
use crate::catalog::CatalogService;
use crate::config::Config;
use crate::employees::registrar::{Registrar, RegistrationWriter};
use crate::mail::transport::Transport;
use crate::mail::worker::{OutboxWorker, Wakeup};
use crate::store::Db;
use crate::web::{self, AppState};

/// A built, bound, not yet running hup.
pub struct Application {
    listener: TcpListener,
    state: AppState,
    worker: OutboxWorker,
    registration_writer: RegistrationWriter,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Load the demo data set and serve `/dev/mail`.
    pub demo: bool,
}

impl Application {
    pub async fn build(config: Config, options: Options) -> anyhow::Result<Application> {
        let db = Db::open(&config.database).await?;
        let transport = Transport::from_config(&config.mail).context("cannot set up mail")?;
        let wakeup = Wakeup::default();
        let mut config = config;
        // issue 12: in demo mode hup answers the TXT look-ups of domain proof itself, so the
        // demo user can publish a record (`/dev/dns`) for a `*.example` domain.
        let demo_dns = if options.demo {
            let server = crate::dns::DemoNameServer::start()
                .await
                .context("cannot start the demo name server")?;
            config.dns = crate::config::DnsConfig::Servers(vec![server.addr()]);
            tracing::info!(addr = %server.addr(), "demo name server (HUP_DNS) listening");
            Some(Arc::new(server))
        } else {
            None
        };
        if options.demo && config.secret_key.is_none() {
            config.secret_key =
                Some(crate::secrets::demo_key().context("cannot keep the demo's HUP_SECRET_KEY")?);
        }
        // Issue 15: stored TOTP secrets need the key that sealed them; a rotation seals them
        // again with the new key before anything reads them.
        let resealed =
            crate::accounts::mfa::check_and_rotate(&db, &crate::secrets::Sealer::of(&config))
                .await
                .context("HUP_SECRET_KEY")?;
        if resealed > 0 {
            tracing::info!(
                resealed,
                "secrets sealed again with the new HUP_SECRET_KEY; HUP_SECRET_KEY_OLD may go"
            );
        }
        let config = Arc::new(config);
        if let Some(server) = &demo_dns {
            crate::demo::load(&db, &config)
                .await
                .context("cannot load the demo data")?;
            // The proven demo domains keep their proof in the demo's name server, so the
            // daily re-check finds it.
            crate::tenancy::domains::publish_proofs_into(&db, server)
                .await
                .context("cannot publish the demo domains' proofs")?;
            wakeup.notify();
        }
        let listener = TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.listen))?;
        let worker = OutboxWorker {
            db: db.clone(),
            transport,
            from: config.mail_from.clone(),
            retry_base: config.mail_retry_base,
            wakeup: wakeup.clone(),
            poll: Duration::from_secs(1),
        };
        let catalog = Arc::new(CatalogService::new(db.clone()));
        let (registrar, registration_writer) = Registrar::new(db.clone());
        let payments = crate::payments::from_config(&config.payments)
            .context("cannot set up the payment provider")?;
        let state = AppState::new(crate::services::Services {
            payments,
            config,
            db,
            mail: wakeup,
            metrics: Arc::default(),
            catalog,
            entitlements: Arc::default(),
            employee_sessions: Arc::new(sessions::EmployeeSessions::new(
                sessions::EMPLOYEE_CACHE_TTL,
                sessions::EMPLOYEE_CACHE_ENTRIES,
            )),
            demo: options.demo,
            demo_dns,
            registrar: Arc::new(registrar),
        });
        Ok(Application {
            listener,
            state,
            worker,
            registration_writer,
        })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` completes, then finishes requests in flight and the mail being
    /// sent before it returns.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let Application {
            listener,
            state,
            worker,
            registration_writer,
        } = self;
        let (stop_tx, stop_rx) = watch::channel(false);
        // The daily eligibility re-check: verdicts whose valid_until passed, or whose lines
        // start or end today, are evaluated again without waiting for the next import.
        let recheck_task = tokio::spawn(crate::agreements::verdicts::run_recheck(
            state.db.clone(),
            state.config.policy.clone(),
            stop_rx.clone(),
        ));
        // The daily re-check of proven domains (R12): a record gone for a week unverifies.
        let domain_task = tokio::spawn(crate::tenancy::domains::run_recheck(
            state.db.clone(),
            state.config.clone(),
            state.mail.clone(),
            stop_rx.clone(),
        ));
        // issue 16: personal data past HUP_RETENTION_DAYS is deleted, and employees hear of
        // their grant's end 30 days before it.
        let retention_task = tokio::spawn(crate::privacy::retention::run(
            state.db.clone(),
            state.config.clone(),
            stop_rx.clone(),
        ));
        let grant_end_task = tokio::spawn(crate::employees::grant_end::run(
            state.db.clone(),
            state.config.clone(),
            state.mail.clone(),
            stop_rx.clone(),
        ));
        // Step 1 of the employee journey writes its registrations in batches (group commit).
        let registration_task = tokio::spawn(registration_writer.run(stop_rx.clone()));
        // Issue 13: payments a lost webhook or a crash left open, and unpaid orders' expiry.
        let payments_task = tokio::spawn(crate::payments::reconcile::run(
            state.services(),
            stop_rx.clone(),
        ));
        // Issue 14: subscription renewals, lapses, ends and reminders.
        let renewals_task = tokio::spawn(crate::subscriptions::renew::worker(
            state.services(),
            stop_rx.clone(),
        ));
        let worker_task = tokio::spawn(worker.run(stop_rx));
        let db = state.db.clone();
        let limits = state.config.connections;
        let router = web::router(state);
        tracing::info!(address = %listener.local_addr()?, "hup is serving");
        let served =
            web::server::serve(listener, router, limits, shutdown, Duration::from_secs(60)).await;
        let _ = stop_tx.send(true);
        let _ = recheck_task.await;
        let _ = domain_task.await;
        let _ = retention_task.await;
        let _ = grant_end_task.await;
        let _ = registration_task.await;
        let _ = payments_task.await;
        let _ = renewals_task.await;
        if tokio::time::timeout(Duration::from_secs(60), worker_task)
            .await
            .is_err()
        {
            tracing::warn!("mail worker did not stop within 60 s");
        }
        db.close().await;
        served.context("server error")
    }
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight and mail being sent");
}
