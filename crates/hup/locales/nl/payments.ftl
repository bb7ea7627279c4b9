# Issue 13: betalen met een kaart, levering, bonnen, annuleren en terugbetalen (R18, R19).
order-status-pending_payment = Wacht op betaling
order-status-payment_failed = Betaling mislukt
order-status-paid = Betaald
order-status-fulfilled = Geleverd
order-status-cancelled = Geannuleerd
order-status-refunded = Terugbetaald
order-next-pay = Betaal de bestelling
# De controlestap: consumentenrecht (EU-richtlijn consumentenrechten art. 16(m), Duits BGB §312j).
order-review-vat = Alle prijzen zijn inclusief btw.
order-review-consent = Ik wil dat de software meteen wordt geleverd, en ik weet dat ik mijn herroepingsrecht verlies zodra die is geleverd.
order-review-consent-missing = Bevestig dat u de software meteen geleverd wilt krijgen en dat u dan uw herroepingsrecht verliest.
order-review-pay-button = Bestellen en betalen: { $price }
order-review-free-button = Bestellen voor { $price } (hier wordt niet betaald)
order-review-no-payment = Via deze site wordt niet betaald: de bestelling wordt meteen geleverd tegen de programmaprijs.
order-review-pay-next = Daarna betaalt u met een kaart; er wordt niets geleverd voordat de betaling binnen is.
# De betaalpagina.
pay-title = Betaal bestelling { $number }
pay-intro = Betaal { $price } met een kaart. Uw kaartgegevens gaan rechtstreeks naar de betaaldienst, Stripe; deze site ziet ze nooit.
pay-renewal-card = Uw kaart wordt bij uw account bewaard om de verlengingen tegen de programmaprijs te betalen, tot u het abonnement opzegt.
pay-card-label = Kaartgegevens
pay-button = Betaal { $price }
pay-needs-js = Voor betalen met een kaart is JavaScript nodig, voor het kaartformulier van de betaaldienst. Zet JavaScript aan, of annuleer de bestelling hieronder.
pay-failed = De betaling is niet gelukt: { $reason } Probeer het opnieuw met een andere kaart.
pay-card-failed = De kaart kon niet worden gebruikt. Controleer de gegevens en probeer het opnieuw.
pay-unavailable = De betaaldienst was niet bereikbaar. Er is niets afgeschreven; probeer het zo dadelijk opnieuw.
pay-processing = De betaling wordt verwerkt. Laad deze pagina zo dadelijk opnieuw om het resultaat te zien.
pay-cancel = Annuleer de bestelling
pay-back = Terug naar de bestelling
# De bestelpagina na betaling.
order-paid-notice = Dank u: uw betaling is binnen en uw bestelling is geleverd. De bon is onderweg naar { $email }.
order-cancelled-notice = De bestelling is geannuleerd. Er is niets afgeschreven.
order-refunded-notice = Deze bestelling is terugbetaald; de licentie is beëindigd.
order-no-payment = Via deze site is niet betaald: de bestelling is geleverd tegen de programmaprijs.
order-pay-link = Nu betalen
order-retry-link = Opnieuw proberen met een andere kaart
order-price = Prijs
# De bon, op de bestelpagina en in de mail.
receipt-title = Bon
receipt-number = Bonnummer
receipt-paid-on = Betaald op
receipt-seller = Verkoper
receipt-seller-address = Adres
receipt-vat-id = Btw-nummer
receipt-vat = Inclusief btw ({ $rate } %)
receipt-prices-include-vat = De prijs is inclusief btw.
