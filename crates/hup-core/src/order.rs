//! Where an order stands, and the only ways it moves on (R18). Today hup takes no payment and
//! confirms an order the moment it is placed; checkout with payment will place it pending
//! payment instead. Every change of state goes through [`OrderStatus::transition`], so an
//! order that was refunded cannot be fulfilled, nor a failed payment counted as paid.

use std::fmt;

/// The states of an order. The codes are the stored values and the API's `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrderStatus {
    /// Placed without payment through hup, at the program price: the employee activates with
    /// the personal account (R19). Every order stored so far is in this state.
    Confirmed,
    /// Placed, waiting for the payment provider.
    PendingPayment,
    /// The provider declined or gave up; the employee may try again.
    PaymentFailed,
    /// The money is in; the licence is still to be handed over.
    Paid,
    /// The licence is handed over.
    Fulfilled,
    /// Ended before any money was taken.
    Cancelled,
    /// The money went back.
    Refunded,
}

/// What happens to an order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrderEvent {
    PaymentSucceeded,
    PaymentFailed,
    /// The employee tries a failed payment again.
    RetryPayment,
    Fulfil,
    Cancel,
    Refund,
}

/// How checkout places an order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checkout {
    /// hup today: confirmed at once, no payment taken.
    WithoutPayment,
    /// The order waits for its payment.
    WithPayment,
}

/// An event that does not apply to the order's state; nothing changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("an order that is {from} cannot take the event {event:?}")]
pub struct IllegalTransition {
    pub from: OrderStatus,
    pub event: OrderEvent,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 7] = [
        OrderStatus::Confirmed,
        OrderStatus::PendingPayment,
        OrderStatus::PaymentFailed,
        OrderStatus::Paid,
        OrderStatus::Fulfilled,
        OrderStatus::Cancelled,
        OrderStatus::Refunded,
    ];

    /// The state a new order starts in.
    pub fn placed(checkout: Checkout) -> OrderStatus {
        match checkout {
            Checkout::WithoutPayment => OrderStatus::Confirmed,
            Checkout::WithPayment => OrderStatus::PendingPayment,
        }
    }

    /// The state after `event`, or why it does not apply.
    pub fn transition(self, event: OrderEvent) -> Result<OrderStatus, IllegalTransition> {
        use OrderEvent as E;
        use OrderStatus as S;
        match (self, event) {
            (S::PendingPayment, E::PaymentSucceeded) => Ok(S::Paid),
            (S::PendingPayment, E::PaymentFailed) => Ok(S::PaymentFailed),
            (S::PaymentFailed, E::RetryPayment) => Ok(S::PendingPayment),
            (S::Paid, E::Fulfil) => Ok(S::Fulfilled),
            // Nothing was paid, so there is nothing to give back.
            (S::Confirmed | S::PendingPayment | S::PaymentFailed, E::Cancel) => Ok(S::Cancelled),
            (S::Paid | S::Fulfilled, E::Refund) => Ok(S::Refunded),
            (from, event) => Err(IllegalTransition { from, event }),
        }
    }

    /// No event applies any more.
    pub fn is_final(self) -> bool {
        matches!(self, OrderStatus::Cancelled | OrderStatus::Refunded)
    }

    /// The stored value.
    pub fn code(self) -> &'static str {
        match self {
            OrderStatus::Confirmed => "confirmed",
            OrderStatus::PendingPayment => "pending_payment",
            OrderStatus::PaymentFailed => "payment_failed",
            OrderStatus::Paid => "paid",
            OrderStatus::Fulfilled => "fulfilled",
            OrderStatus::Cancelled => "cancelled",
            OrderStatus::Refunded => "refunded",
        }
    }

    /// A stored value read back; `None` for one this version never writes.
    pub fn parse(code: &str) -> Option<OrderStatus> {
        OrderStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrderEvent as E;
    use OrderStatus as S;

    const EVENTS: [OrderEvent; 6] = [
        E::PaymentSucceeded,
        E::PaymentFailed,
        E::RetryPayment,
        E::Fulfil,
        E::Cancel,
        E::Refund,
    ];

    /// Every legal move; anything not listed must be refused.
    const LEGAL: [(OrderStatus, OrderEvent, OrderStatus); 9] = [
        (S::PendingPayment, E::PaymentSucceeded, S::Paid),
        (S::PendingPayment, E::PaymentFailed, S::PaymentFailed),
        (S::PendingPayment, E::Cancel, S::Cancelled),
        (S::PaymentFailed, E::RetryPayment, S::PendingPayment),
        (S::PaymentFailed, E::Cancel, S::Cancelled),
        (S::Paid, E::Fulfil, S::Fulfilled),
        (S::Paid, E::Refund, S::Refunded),
        (S::Fulfilled, E::Refund, S::Refunded),
        (S::Confirmed, E::Cancel, S::Cancelled),
    ];

    #[test]
    fn legal_moves_lead_where_they_should() {
        for (from, event, to) in LEGAL {
            assert_eq!(from.transition(event), Ok(to), "{from} {event:?}");
        }
    }

    #[test]
    fn every_other_move_is_refused_and_says_what_was_tried() {
        for from in S::ALL {
            for event in EVENTS {
                if LEGAL.iter().any(|(f, e, _)| *f == from && *e == event) {
                    continue;
                }
                assert_eq!(
                    from.transition(event),
                    Err(IllegalTransition { from, event }),
                    "{from} {event:?}"
                );
            }
        }
    }

    #[test]
    fn a_failed_payment_may_be_retried_until_it_succeeds() {
        let paid = S::placed(Checkout::WithPayment)
            .transition(E::PaymentFailed)
            .and_then(|s| s.transition(E::RetryPayment))
            .and_then(|s| s.transition(E::PaymentFailed))
            .and_then(|s| s.transition(E::RetryPayment))
            .and_then(|s| s.transition(E::PaymentSucceeded));
        assert_eq!(paid, Ok(S::Paid));
    }

    #[test]
    fn orders_start_confirmed_without_payment_and_pending_with_it() {
        assert_eq!(S::placed(Checkout::WithoutPayment), S::Confirmed);
        assert_eq!(S::placed(Checkout::WithPayment), S::PendingPayment);
    }

    #[test]
    fn final_states_take_no_event() {
        for from in S::ALL {
            let none = EVENTS.iter().all(|e| from.transition(*e).is_err());
            assert_eq!(from.is_final(), none, "{from}");
        }
    }

    #[test]
    fn stored_codes_round_trip_and_confirmed_stays_as_stored() {
        for status in S::ALL {
            assert_eq!(S::parse(status.code()), Some(status));
        }
        // The value migration 0007 documents and every existing row holds.
        assert_eq!(S::parse("confirmed"), Some(S::Confirmed));
        assert_eq!(S::parse("shipped"), None);
        assert_eq!(S::parse("Confirmed"), None);
    }
}
