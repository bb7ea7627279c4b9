//! How a queued message leaves hup: an `.eml` file per message, or SMTP.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::config::MailTransportConfig;

#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    #[error("cannot write mail file: {0}")]
    File(#[from] std::io::Error),
    #[error("SMTP: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("invalid address: {0}")]
    Address(String),
    #[error("the transport did not accept the message within {0} s")]
    TimedOut(i64),
}

#[derive(Clone)]
pub enum Transport {
    File { dir: PathBuf },
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl Transport {
    pub fn from_config(config: &MailTransportConfig) -> Result<Transport, TransportError> {
        Ok(match config {
            MailTransportConfig::File { dir } => {
                std::fs::create_dir_all(dir)?;
                Transport::File { dir: dir.clone() }
            }
            MailTransportConfig::Smtp {
                host,
                port,
                credentials,
            } => {
                // STARTTLS when the server offers it; plain otherwise (a local relay).
                let tls = Tls::Opportunistic(TlsParameters::new(host.clone())?);
                let mut builder =
                    AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host.clone())
                        .port(*port)
                        .tls(tls)
                        .timeout(Some(Duration::from_secs(30)));
                if let Some((user, pass)) = credentials {
                    builder = builder
                        .credentials(Credentials::new(user.clone(), pass.expose().to_owned()));
                }
                Transport::Smtp(builder.build())
            }
        })
    }

    /// Delivers one message. `id` names the `.eml` file, so a retry of the same message
    /// overwrites rather than duplicates it.
    pub async fn send(
        &self,
        id: i64,
        from: &str,
        to: &str,
        message: &str,
    ) -> Result<(), TransportError> {
        match self {
            Transport::File { dir } => write_eml(dir, id, message).await,
            Transport::Smtp(smtp) => {
                let from = envelope_address(from)?;
                let to = envelope_address(to)?;
                let envelope = Envelope::new(Some(from), vec![to])
                    .map_err(|e| TransportError::Address(e.to_string()))?;
                smtp.send_raw(&envelope, message.as_bytes()).await?;
                Ok(())
            }
        }
    }
}

fn envelope_address(mailbox: &str) -> Result<Address, TransportError> {
    mailbox
        .parse::<lettre::message::Mailbox>()
        .map(|m| m.email)
        .map_err(|_| TransportError::Address(mailbox.to_owned()))
}

/// The file name of message `id`: sortable, and the only shape `/dev/mail` will open.
pub fn eml_file_name(id: i64) -> String {
    format!("{id:010}.eml")
}

async fn write_eml(dir: &Path, id: i64, message: &str) -> Result<(), TransportError> {
    tokio::fs::create_dir_all(dir).await?;
    let name = eml_file_name(id);
    // Write aside, then rename: a reader never sees half a message.
    let partial = dir.join(format!(".{name}.partial"));
    tokio::fs::write(&partial, message.as_bytes()).await?;
    tokio::fs::rename(&partial, dir.join(name)).await?;
    Ok(())
}
