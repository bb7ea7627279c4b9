//! Each outbox row's own `Message-ID` (RFC 5322 §3.6.4).
//!
//! Delivery is at least once: a process killed after the transport accepted a message but
//! before the row was marked sent delivers it again. Every attempt of one row carries the same
//! `Message-ID`, so receivers (and the operator reading their logs) can recognize a repeat.
//! The id is given on the row's first claim and kept in the row; it names the row (`outbox-{id}`)
//! and adds 128 random bits, so two databases (a restore, a second installation) never give
//! the same id to different messages.

use crate::token;

/// A new `Message-ID` for outbox row `row_id`, in the sender's `domain`.
pub fn for_row(row_id: i64, domain: &str) -> String {
    format!("<outbox-{row_id}-{}@{domain}>", token::random_hex_128())
}

/// The domain of the sender's address, which the ids are made in; `localhost` if it has none.
pub fn domain_of(from: &str) -> String {
    from.parse::<lettre::message::Mailbox>()
        .map(|m| m.email.domain().to_owned())
        .unwrap_or_else(|_| "localhost".to_owned())
}

/// `message` (a complete RFC 5322 message, CRLF line ends) with `message_id` as its only
/// `Message-ID` header: one already present (rows queued before ids were kept) is replaced.
pub fn stamp(message: &str, message_id: &str) -> String {
    let (head, body) = message.split_once("\r\n\r\n").unwrap_or((message, ""));
    let mut out = String::with_capacity(message.len() + message_id.len() + 16);
    out.push_str("Message-ID: ");
    out.push_str(message_id);
    out.push_str("\r\n");
    let mut dropping = false;
    for line in head.split("\r\n") {
        // A line starting with white space continues the header above it (folding).
        if !line.starts_with([' ', '\t']) {
            dropping = is_message_id_header(line);
        }
        if !dropping && !line.is_empty() {
            out.push_str(line);
            out.push_str("\r\n");
        }
    }
    out.push_str("\r\n");
    out.push_str(body);
    out
}

fn is_message_id_header(line: &str) -> bool {
    line.split_once(':')
        .is_some_and(|(name, _)| name.trim().eq_ignore_ascii_case("Message-ID"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_name_the_row_and_differ_between_databases() {
        let a = for_row(7, "hup.example");
        let b = for_row(7, "hup.example");
        assert!(
            a.starts_with("<outbox-7-") && a.ends_with("@hup.example>"),
            "{a}"
        );
        assert_ne!(
            a, b,
            "the same row number in another database gets another id"
        );
    }

    #[test]
    fn the_domain_is_the_senders() {
        assert_eq!(domain_of("Hup <no-reply@hup.example>"), "hup.example");
        assert_eq!(domain_of("not an address"), "localhost");
    }

    #[test]
    fn stamping_replaces_any_earlier_id_and_keeps_the_rest() {
        let message = "From: a@b.example\r\nMessage-ID: <old@x>\r\nSubject: Hi\r\n there\r\n\
                       \r\nbody\r\nMessage-ID: <in the body stays>\r\n";
        let stamped = stamp(message, "<outbox-1-ab@b.example>");
        assert_eq!(
            stamped,
            "Message-ID: <outbox-1-ab@b.example>\r\nFrom: a@b.example\r\nSubject: Hi\r\n there\r\n\
             \r\nbody\r\nMessage-ID: <in the body stays>\r\n"
        );
        assert_eq!(stamp(&stamped, "<outbox-1-ab@b.example>"), stamped);
    }

    #[test]
    fn a_folded_old_id_goes_entirely() {
        let message = "message-id:\r\n <old@x>\r\nTo: c@d.example\r\n\r\n";
        assert_eq!(
            stamp(message, "<n@d>"),
            "Message-ID: <n@d>\r\nTo: c@d.example\r\n\r\n"
        );
    }
}
