//! `hup serve` and `hup migrate`: the long-running process, and the schema on its own.

use std::process::ExitCode;

use crate::app::{shutdown_signal, Application, Options};
use crate::config::Config;
use crate::store::Db;

/// Serves until SIGINT or SIGTERM.
pub async fn serve(config: Config, demo: bool) -> anyhow::Result<ExitCode> {
    let app = Application::build(config, Options { demo }).await?;
    app.run_until(shutdown_signal()).await?;
    Ok(ExitCode::SUCCESS)
}

/// Brings the schema up to date, for deployments that migrate before they start servers.
pub async fn migrate(config: &Config) -> anyhow::Result<ExitCode> {
    let db = Db::open(&config.database).await?;
    println!("migrations applied to {:?}", config.database);
    db.close().await;
    Ok(ExitCode::SUCCESS)
}
