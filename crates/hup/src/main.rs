use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

use hup::app::{shutdown_signal, Application, Options};
use hup::catalog::console::{import_command, show_command};
use hup::cli::{
    AgreementsCommand, Cli, Command, ConnectionsCommand, CustomersCommand, DocumentCommand,
    TenantsCommand,
};
use hup::config::Config;
use hup::store::catalog::DocumentKind;
use hup::store::Db;
use hup::tenancy;

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
        Command::Report { json } => {
            return hup::reports::console::report_command(&config, json).await;
        }
        Command::Connections(ConnectionsCommand::Pending) => {
            return tenancy::connections_console::pending_command(&config).await;
        }
        Command::Connections(ConnectionsCommand::Approve { customer }) => {
            return tenancy::connections_console::decide_command(&config, &customer, true).await;
        }
        Command::Connections(ConnectionsCommand::Reject { customer }) => {
            return tenancy::connections_console::decide_command(&config, &customer, false).await;
        }
        Command::Migrate => {
            let db = Db::connect(&config.database).await?;
            db.migrate().await?;
            println!("migrations applied to {:?}", config.database);
            db.close().await;
        }
        Command::Catalog(DocumentCommand::Import { file }) => {
            return import_command(&config, DocumentKind::Catalog, &file).await;
        }
        Command::Markets(DocumentCommand::Import { file }) => {
            return import_command(&config, DocumentKind::Markets, &file).await;
        }
        Command::Tenants(TenantsCommand::List { domain }) => {
            return tenancy::console::list_command(&config, domain.as_deref()).await;
        }
        Command::Tenants(TenantsCommand::Grant { tenant, benefit }) => {
            return tenancy::console::set_benefit_command(&config, tenant, &benefit, true).await;
        }
        Command::Tenants(TenantsCommand::Withdraw { tenant, benefit }) => {
            return tenancy::console::set_benefit_command(&config, tenant, &benefit, false).await;
        }
        Command::Catalog(DocumentCommand::Show) => {
            return show_command(&config, DocumentKind::Catalog).await;
        }
        Command::Markets(DocumentCommand::Show) => {
            return show_command(&config, DocumentKind::Markets).await;
        }
        Command::Agreements(AgreementsCommand::Import { file, snapshot }) => {
            return hup::agreements::console::import_command(&config, &file, snapshot).await;
        }
        Command::Customers(CustomersCommand::Eligibility {
            customer_number,
            json,
            as_of,
        }) => {
            return hup::agreements::console::eligibility_command(
                &config,
                &customer_number,
                json,
                as_of,
            )
            .await;
        }
    }
    Ok(ExitCode::SUCCESS)
}
