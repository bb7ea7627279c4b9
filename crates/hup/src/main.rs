use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

use hup::app::{shutdown_signal, Application, Options};
use hup::cli::{Cli, Command};
use hup::config::Config;
use hup::store::Db;

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("HUP_LOG").unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = match Config::load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<ExitCode> {
    match command {
        Command::Serve { demo } => {
            let app = Application::build(config, Options { demo }).await?;
            app.run_until(shutdown_signal()).await?;
        }
        Command::Migrate => {
            let db = Db::connect(&config.database).await?;
            db.migrate().await?;
            println!("migrations applied to {:?}", config.database);
            db.close().await;
        }
    }
    Ok(ExitCode::SUCCESS)
}
