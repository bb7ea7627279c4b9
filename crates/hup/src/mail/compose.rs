//! Turns a mail's content into a complete RFC 5322 message, HTML with a plain-text twin.

use lettre::message::header::{ContentType, HeaderName, HeaderValue, MessageId};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::Message;

use super::{MailContent, MailError};
use crate::i18n::{Locale, Tr};

/// A message ready for the outbox.
#[derive(Debug, Clone)]
pub struct ComposedMail {
    pub recipient: String,
    pub subject: String,
    pub message: String,
}

pub fn compose(
    from: &str,
    to: &str,
    locale: Locale,
    content: &dyn MailContent,
) -> Result<ComposedMail, MailError> {
    let t = Tr::new(locale);
    let from: Mailbox = from
        .parse()
        .map_err(|_| MailError::Address(from.to_owned()))?;
    let to_box: Mailbox = to.parse().map_err(|_| MailError::Address(to.to_owned()))?;
    let subject = t.get(content.subject_id());
    let mut message = Message::builder()
        .from(from)
        .to(to_box.clone())
        .subject(subject.clone())
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Content-Language"),
            locale.code().to_owned(),
        ))
        .multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(content.text(t)?),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(content.html(t)?),
                ),
        )
        .map_err(|e| MailError::Build(e.to_string()))?;
    // The builder invents a Message-ID; the outbox gives each row its own at delivery
    // (see `message_id`), so a queued message carries none.
    message.headers_mut().remove::<MessageId>();
    let message = String::from_utf8(message.formatted())
        .map_err(|_| MailError::Build("message is not UTF-8".into()))?;
    Ok(ComposedMail {
        recipient: to_box.email.to_string(),
        subject,
        message,
    })
}
