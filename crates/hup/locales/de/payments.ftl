# Issue 13: Bezahlen mit Karte, Lieferung, Belege, Stornieren und Erstatten (R18, R19).
order-status-pending_payment = Wartet auf Zahlung
order-status-payment_failed = Zahlung fehlgeschlagen
order-status-paid = Bezahlt
order-status-fulfilled = Geliefert
order-status-cancelled = Storniert
order-status-refunded = Erstattet
order-next-pay = Bestellung bezahlen
# Der Prüfschritt: Verbraucherrecht (EU-Verbraucherrechte-Richtlinie Art. 16 Buchst. m, BGB §312j).
order-review-vat = Alle Preise enthalten die Mehrwertsteuer.
order-review-consent = Ich möchte, dass die Software sofort geliefert wird, und weiß, dass ich mit der Lieferung mein Widerrufsrecht verliere.
order-review-consent-missing = Bitte bestätigen Sie, dass die Software sofort geliefert werden soll und dass Sie mit der Lieferung Ihr Widerrufsrecht verlieren.
order-review-pay-button = Zahlungspflichtig bestellen ({ $price })
order-review-free-button = Für { $price } bestellen (hier wird keine Zahlung erhoben)
order-review-no-payment = Über diese Website wird keine Zahlung erhoben: Die Bestellung wird sofort zum Programmpreis geliefert.
order-review-pay-next = Als Nächstes bezahlen Sie mit Karte; geliefert wird erst, wenn die Zahlung eingegangen ist.
# Die Zahlungsseite.
pay-title = Bestellung { $number } bezahlen
pay-intro = Bezahlen Sie { $price } mit Karte. Ihre Kartendaten gehen direkt an den Zahlungsdienstleister Stripe; diese Website sieht sie nie.
pay-renewal-card = Ihre Karte wird bei Ihrem Konto hinterlegt, um die Verlängerungen zum Programmpreis zu bezahlen, bis Sie das Abonnement kündigen.
pay-card-label = Kartendaten
pay-button = { $price } bezahlen
pay-needs-js = Für das Kartenformular des Zahlungsdienstleisters ist JavaScript nötig. Schalten Sie JavaScript ein oder stornieren Sie die Bestellung unten.
pay-failed = Die Zahlung ist nicht durchgegangen: { $reason } Versuchen Sie es mit einer anderen Karte erneut.
pay-card-failed = Die Karte konnte nicht verwendet werden. Prüfen Sie die Angaben und versuchen Sie es erneut.
pay-unavailable = Der Zahlungsdienstleister war nicht erreichbar. Es wurde nichts belastet; bitte versuchen Sie es gleich noch einmal.
pay-processing = Die Zahlung wird verarbeitet. Laden Sie diese Seite gleich neu, um das Ergebnis zu sehen.
pay-cancel = Bestellung stornieren
pay-back = Zurück zur Bestellung
# Die Bestellseite nach der Zahlung.
order-paid-notice = Vielen Dank: Ihre Zahlung ist eingegangen und Ihre Bestellung geliefert. Der Beleg ist unterwegs an { $email }.
order-cancelled-notice = Die Bestellung ist storniert. Es wurde nichts belastet.
order-refunded-notice = Diese Bestellung wurde erstattet; ihre Lizenz ist beendet.
order-no-payment = Über diese Website wurde keine Zahlung erhoben: Die Bestellung wurde zum Programmpreis geliefert.
order-pay-link = Jetzt bezahlen
order-retry-link = Mit einer anderen Karte erneut versuchen
order-price = Preis
# Der Beleg, auf der Bestellseite und in der Mail.
receipt-title = Beleg
receipt-number = Belegnummer
receipt-paid-on = Bezahlt am
receipt-seller = Verkäufer
receipt-seller-address = Anschrift
receipt-vat-id = USt-IdNr.
receipt-vat = Enthaltene MwSt. ({ $rate } %)
receipt-prices-include-vat = Der Preis enthält die Mehrwertsteuer.
