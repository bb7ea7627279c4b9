//! Mail: composed in the recipient's language, queued in the outbox inside the transaction of
//! the change that causes it, delivered by [`worker::OutboxWorker`] with retries.

pub mod compose;
pub mod links;
pub mod message_id;
pub mod transport;
pub mod worker;

use askama::Template;

use crate::i18n::{Locale, Tr};
use crate::store::{now_epoch, outbox, StoreError, Tx};

pub use compose::ComposedMail;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("cannot render mail template: {0}")]
    Render(#[from] askama::Error),
    #[error("invalid address \"{0}\"")]
    Address(String),
    #[error("cannot build the message: {0}")]
    Build(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A mail's content, one template pair (HTML and plain text) per kind of mail.
pub trait MailContent {
    /// The Fluent id of the subject line.
    fn subject_id(&self) -> &'static str;
    fn html(&self, t: Tr) -> Result<String, askama::Error>;
    fn text(&self, t: Tr) -> Result<String, askama::Error>;
}

/// Composes `content` in `locale` and queues it in `tx`: the mail leaves only if the caller
/// commits. Wake the worker with [`worker::Wakeup::notify`] after the commit.
pub async fn queue(
    tx: &mut Tx,
    from: &str,
    to: &str,
    locale: Locale,
    content: &(dyn MailContent + Sync),
) -> Result<i64, MailError> {
    let mail = compose::compose(from, to, locale, content)?;
    let id = outbox::enqueue(
        tx,
        &mail.recipient,
        &mail.subject,
        locale.code(),
        &mail.message,
        now_epoch(),
    )
    .await?;
    Ok(id)
}

/// The mail the demo sends when it is loaded the first time, so `/dev/mail` has something to
/// show at once.
#[derive(Template)]
#[template(path = "mail/demo_welcome.html")]
pub struct DemoWelcomeHtml<'a> {
    pub t: Tr,
    pub program_link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/demo_welcome.txt")]
pub struct DemoWelcomeText<'a> {
    pub t: Tr,
    pub program_link: &'a str,
}

pub struct DemoWelcome {
    pub program_link: String,
}

impl MailContent for DemoWelcome {
    fn subject_id(&self) -> &'static str {
        "mail-demo-welcome-subject"
    }
    fn html(&self, t: Tr) -> Result<String, askama::Error> {
        DemoWelcomeHtml {
            t,
            program_link: &self.program_link,
        }
        .render()
    }
    fn text(&self, t: Tr) -> Result<String, askama::Error> {
        DemoWelcomeText {
            t,
            program_link: &self.program_link,
        }
        .render()
    }
}
