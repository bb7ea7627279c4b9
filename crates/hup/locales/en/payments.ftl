# Issue 13: paying by card, fulfilment, receipts, cancelling and refunds (R18, R19).
order-status-pending_payment = Waiting for payment
order-status-payment_failed = Payment failed
order-status-paid = Paid
order-status-fulfilled = Fulfilled
order-status-cancelled = Cancelled
order-status-refunded = Refunded
order-next-pay = Pay for the order
# The review step: consumer law (EU Consumer Rights Directive art. 16(m), German BGB §312j).
order-review-vat = All prices include VAT.
order-review-consent = I want the software delivered at once, and I know that I lose my right of withdrawal once it is delivered.
order-review-consent-missing = Please confirm that you want the software delivered at once and that you lose your right of withdrawal once it is.
order-review-pay-button = Order and pay { $price }
order-review-free-button = Order for { $price } (no payment is taken here)
order-review-no-payment = No payment is taken through this site: the order is fulfilled at the program price at once.
order-review-pay-next = Next you pay by card; nothing is delivered until the payment is in.
# The payment page.
pay-title = Pay for order { $number }
pay-intro = Pay { $price } by card. Your card details go straight to the payment provider, Stripe; this site never sees them.
pay-renewal-card = Your card is kept with your account to pay the renewals at the program price until you cancel the subscription.
pay-card-label = Card details
pay-button = Pay { $price }
pay-needs-js = Paying by card needs JavaScript for the payment provider's card form. Turn JavaScript on, or cancel the order below.
pay-failed = The payment did not go through: { $reason } Try again with another card.
pay-card-failed = The card could not be used. Check the details and try again.
pay-unavailable = The payment provider could not be reached. Nothing was charged; please try again in a moment.
pay-processing = The payment is being processed. Reload this page in a moment to see the result.
pay-cancel = Cancel the order
pay-back = Back to the order
# The order page after payment.
order-paid-notice = Thank you: your payment is in and your order is fulfilled. The receipt is on its way to { $email }.
order-cancelled-notice = The order is cancelled. Nothing was charged.
order-refunded-notice = This order was refunded; its licence has ended.
order-no-payment = No payment was taken through this site: the order was fulfilled at the program price.
order-pay-link = Pay now
order-retry-link = Try again with another card
order-price = Price
# The receipt, on the order page and in the mail.
receipt-title = Receipt
receipt-number = Receipt number
receipt-paid-on = Paid on
receipt-seller = Seller
receipt-seller-address = Address
receipt-vat-id = VAT number
receipt-vat = VAT included ({ $rate } %)
receipt-prices-include-vat = The price includes VAT.
