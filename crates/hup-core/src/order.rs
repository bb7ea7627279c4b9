//! Where an order stands, and the only ways it moves on (R18, issue 13). With a payment
//! provider an order waits for its money (`pending_payment`), is `paid` when the provider says
//! so, and `fulfilled` once the licence is handed over; a declined card leaves it
//! `payment_failed`, from where the employee may try again. An unpaid order can be cancelled
//! (by the employee, or by expiry after a day); a paid one can only be refunded. Without a
//! provider an order is fulfilled at once and no money is taken.
//!
//! Every change of state goes through [`OrderStatus::transition`], so an order that was
//! refunded cannot be fulfilled, nor a failed payment counted as paid. The events that only
//! apply to an unpaid order are methods of [`Unpaid`], which only an unpaid status yields, so a
//! service cannot even write "cancel a paid order".

use std::fmt;

/// The states of an order. The codes are the stored values and the API's `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrderStatus {
    /// Placed, waiting for the payment provider.
    PendingPayment,
    /// The provider declined or gave up; the employee may try again.
    PaymentFailed,
    /// The money is in; the licence is still to be handed over.
    Paid,
    /// The licence is handed over: the employee activates with the personal account (R19).
    Fulfilled,
    /// Ended before any money was taken.
    Cancelled,
    /// The money went back; the entitlement ended.
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
    /// The employee abandons an unpaid order.
    Cancel,
    /// An unpaid order outlived its day.
    Expire,
    Refund,
}

/// How checkout places an order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checkout {
    /// `HUP_PAYMENTS=none`: fulfilled at once, no payment taken.
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

/// An order no money was taken for yet: the only kind that can be paid, cancelled or expire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unpaid(OrderStatus);

impl Unpaid {
    pub fn status(self) -> OrderStatus {
        self.0
    }

    /// The state in which a payment is attempted: a failed one is retried first.
    pub fn attempt(self) -> OrderStatus {
        OrderStatus::PendingPayment
    }

    /// Whether the attempt starts over (a new intent at the provider) rather than continuing.
    pub fn is_retry(self) -> bool {
        self.0 == OrderStatus::PaymentFailed
    }

    pub fn cancel(self) -> OrderStatus {
        OrderStatus::Cancelled
    }
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 6] = [
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
            Checkout::WithoutPayment => OrderStatus::Fulfilled,
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
            (S::PendingPayment | S::PaymentFailed, E::Cancel | E::Expire) => Ok(S::Cancelled),
            (S::Paid | S::Fulfilled, E::Refund) => Ok(S::Refunded),
            (from, event) => Err(IllegalTransition { from, event }),
        }
    }

    /// `Some` while no money was taken and the order is still open.
    pub fn unpaid(self) -> Option<Unpaid> {
        matches!(
            self,
            OrderStatus::PendingPayment | OrderStatus::PaymentFailed
        )
        .then_some(Unpaid(self))
    }

    /// The money is in and was not given back: the order holds a licence, so it counts
    /// against the product's limit and gives an entitlement.
    pub fn holds_licence(self) -> bool {
        matches!(self, OrderStatus::Paid | OrderStatus::Fulfilled)
    }

    /// No event applies any more.
    pub fn is_final(self) -> bool {
        matches!(self, OrderStatus::Cancelled | OrderStatus::Refunded)
    }

    /// The stored value.
    pub fn code(self) -> &'static str {
        match self {
            OrderStatus::PendingPayment => "pending_payment",
            OrderStatus::PaymentFailed => "payment_failed",
            OrderStatus::Paid => "paid",
            OrderStatus::Fulfilled => "fulfilled",
            OrderStatus::Cancelled => "cancelled",
            OrderStatus::Refunded => "refunded",
        }
    }

    /// A stored value read back; `None` for one this version never writes (migration 0013
    /// turned the `confirmed` of before payments into `fulfilled`).
    pub fn parse(code: &str) -> Option<OrderStatus> {
        OrderStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// How many licences of one product an employee may hold at a time: the catalog's `limit`,
/// one by default ("an employee may buy one license of each product"). `held` counts the
/// orders of that product that [`OrderStatus::holds_licence`].
pub fn within_limit(held: u64, limit: u32) -> bool {
    held < u64::from(limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrderEvent as E;
    use OrderStatus as S;

    const EVENTS: [OrderEvent; 7] = [
        E::PaymentSucceeded,
        E::PaymentFailed,
        E::RetryPayment,
        E::Fulfil,
        E::Cancel,
        E::Expire,
        E::Refund,
    ];

    /// Every legal move (issue 13); anything not listed must be refused.
    const LEGAL: [(OrderStatus, OrderEvent, OrderStatus); 10] = [
        (S::PendingPayment, E::PaymentSucceeded, S::Paid),
        (S::PendingPayment, E::PaymentFailed, S::PaymentFailed),
        (S::PendingPayment, E::Cancel, S::Cancelled),
        (S::PendingPayment, E::Expire, S::Cancelled),
        (S::PaymentFailed, E::RetryPayment, S::PendingPayment),
        (S::PaymentFailed, E::Cancel, S::Cancelled),
        (S::PaymentFailed, E::Expire, S::Cancelled),
        (S::Paid, E::Fulfil, S::Fulfilled),
        (S::Paid, E::Refund, S::Refunded),
        (S::Fulfilled, E::Refund, S::Refunded),
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

    /// R18: a declined card may be retried until it succeeds; nothing is paid before.
    #[test]
    fn a_failed_payment_may_be_retried_until_it_succeeds() {
        let paid = S::placed(Checkout::WithPayment)
            .transition(E::PaymentFailed)
            .and_then(|s| s.transition(E::RetryPayment))
            .and_then(|s| s.transition(E::PaymentFailed))
            .and_then(|s| s.transition(E::RetryPayment))
            .and_then(|s| s.transition(E::PaymentSucceeded));
        assert_eq!(paid, Ok(S::Paid));
        assert_eq!(paid.and_then(|s| s.transition(E::Fulfil)), Ok(S::Fulfilled));
    }

    #[test]
    fn orders_are_fulfilled_at_once_without_payment_and_pending_with_it() {
        assert_eq!(S::placed(Checkout::WithoutPayment), S::Fulfilled);
        assert_eq!(S::placed(Checkout::WithPayment), S::PendingPayment);
    }

    /// Only unpaid orders yield an [`Unpaid`], so only they can be cancelled or paid; its
    /// moves agree with the transition table.
    #[test]
    fn only_unpaid_orders_can_be_paid_or_cancelled() {
        for from in S::ALL {
            match from.unpaid() {
                Some(unpaid) => {
                    assert_eq!(from.transition(E::Cancel), Ok(unpaid.cancel()));
                    assert_eq!(unpaid.is_retry(), from == S::PaymentFailed);
                    assert_eq!(unpaid.attempt(), S::PendingPayment);
                    assert_eq!(unpaid.status(), from);
                }
                None => assert!(from.transition(E::Cancel).is_err(), "{from}"),
            }
        }
    }

    /// Contract, "Limits": only paid and fulfilled orders count; a refunded, cancelled or
    /// unpaid one does not.
    #[test]
    fn only_paid_and_fulfilled_orders_hold_a_licence() {
        let holding: Vec<S> = S::ALL.into_iter().filter(|s| s.holds_licence()).collect();
        assert_eq!(holding, [S::Paid, S::Fulfilled]);
        assert!(within_limit(0, 1));
        assert!(!within_limit(1, 1));
        assert!(within_limit(2, 3));
    }

    #[test]
    fn final_states_take_no_event() {
        for from in S::ALL {
            let none = EVENTS.iter().all(|e| from.transition(*e).is_err());
            assert_eq!(from.is_final(), none, "{from}");
        }
    }

    #[test]
    fn stored_codes_round_trip() {
        for status in S::ALL {
            assert_eq!(S::parse(status.code()), Some(status));
        }
        // Migration 0013 rewrote every `confirmed` as `fulfilled`.
        assert_eq!(S::parse("confirmed"), None);
        assert_eq!(S::parse("Fulfilled"), None);
    }
}
