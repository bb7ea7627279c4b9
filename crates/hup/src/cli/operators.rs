//! `hup operators …` (issue 15): the operator accounts of the console. Adding one or
//! resetting its second factor prints a one-time setup link for its owner.

use std::process::ExitCode;

use clap::Subcommand;

use super::cli_actor;
use crate::config::Config;
use crate::operators::{accounts, OperatorError};
use crate::store::Db;

#[derive(Debug, Subcommand)]
pub enum OperatorsCommand {
    /// Make an account; prints the setup link (24 hours) where its owner sets a password and
    /// enrols an authenticator app.
    Add { email: String },
    /// The accounts: address, set up or waiting for the link, authenticator, recovery codes left.
    List,
    /// Remove an account; its sessions end at once.
    Remove { email: String },
    /// A lost authenticator: forget it and the recovery codes, end the sessions, and print a
    /// new setup link.
    ResetMfa { email: String },
}

pub async fn run(command: OperatorsCommand, config: &Config) -> anyhow::Result<ExitCode> {
    let db = Db::open(&config.database).await?;
    let actor = cli_actor();
    let outcome = match &command {
        OperatorsCommand::Add { email } => {
            accounts::add(&db, config, &actor, email).await.map(|l| {
                println!(
                    "{}: send its owner this setup link (24 hours):\n{}",
                    l.email, l.link
                )
            })
        }
        OperatorsCommand::ResetMfa { email } => accounts::reset_mfa(&db, config, &actor, email)
            .await
            .map(|l| {
                println!(
                    "{}: authenticator forgotten, sessions ended; new setup link (24 hours):\n{}",
                    l.email, l.link
                )
            }),
        OperatorsCommand::Remove { email } => accounts::remove(&db, &actor, email)
            .await
            .map(|()| println!("{email}: removed")),
        OperatorsCommand::List => accounts::list(&db).await.map(|all| print_list(&all)),
    };
    db.close().await;
    match outcome {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(
            e @ (OperatorError::InvalidEmail(_)
            | OperatorError::Exists(_)
            | OperatorError::NotFound(_)),
        ) => {
            eprintln!("{e}");
            Ok(ExitCode::FAILURE)
        }
        Err(e) => Err(anyhow::Error::new(e)),
    }
}

fn print_list(all: &[accounts::Listing]) {
    if all.is_empty() {
        println!("no operator accounts yet: `hup operators add EMAIL` makes one");
        return;
    }
    println!(
        "{:<40} {:<22} {:<14} recovery codes left",
        "email", "state", "authenticator"
    );
    for a in all {
        println!(
            "{:<40} {:<22} {:<14} {}",
            a.email,
            if a.set_up {
                "set up"
            } else {
                "waiting for setup link"
            },
            if a.authenticator { "enrolled" } else { "none" },
            a.recovery_codes_left
        );
    }
}
