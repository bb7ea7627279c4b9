//! `hup orders refund ORDER_ID`: the operator gives an order's money back through the payment
//! provider, as `POST /api/v1/orders/{id}/refund` (issue 13); the entitlement ends.

use std::process::ExitCode;

use clap::Subcommand;

use crate::config::Config;
use crate::orders::{refund, OrderError};
use crate::services::Services;
use crate::store::Db;

#[derive(Debug, Subcommand)]
pub enum OrdersCommand {
    /// Refund a paid or fulfilled order through the payment provider; its entitlement ends.
    Refund {
        /// The order's id (the number in HUP-000042 is 42).
        order: String,
    },
}

pub async fn run(command: OrdersCommand, config: &Config) -> anyhow::Result<ExitCode> {
    let OrdersCommand::Refund { order } = command;
    let digits = order
        .trim()
        .trim_start_matches("HUP-")
        .trim_start_matches('0');
    let Ok(id) = digits.parse::<i64>() else {
        eprintln!("{order}: not an order id (e.g. 42 or HUP-000042)");
        return Ok(ExitCode::FAILURE);
    };
    let db = Db::open(&config.database).await?;
    let services = Services::for_command(config.clone(), db.clone())?;
    let result = refund::refund(&services, &super::cli_actor(), id).await;
    db.close().await;
    match result {
        Ok(order) => {
            println!("{}: refunded {}", order.number(), order.price);
            Ok(ExitCode::SUCCESS)
        }
        Err(e @ (OrderError::NotFound | OrderError::WrongState(_))) => {
            eprintln!("HUP-{id:06}: {e}");
            Ok(ExitCode::FAILURE)
        }
        Err(e) => Err(e.into()),
    }
}
