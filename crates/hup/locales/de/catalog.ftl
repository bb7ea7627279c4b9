## catalog messages (de)
program-discounts-title = Rabatte
program-discounts-lead = Was das Programm vom Preis abzieht, für das Land Ihrer Wahl. Die Preise enthalten den Programmrabatt; Ihr eigenes Land legen Sie in Ihrem persönlichen Konto fest.
program-discounts-country = Land
program-discounts-show = Anzeigen
program-discounts-empty = Das Programm hat noch keinen Katalog. Rabatte erscheinen hier, sobald der Hersteller einen veröffentlicht.
col-product = Produkt
col-term = Laufzeit
col-list-price = Listenpreis
col-discount = Rabatt
col-price = Ihr Preis
term-p1y = 1 Jahr
term-p1m = 1 Monat
term-perpetual = Einmalkauf
discount-percent = { $percent } % Rabatt
discount-fixed = Programmpreis
offer-regional-store = Verkauf über den regionalen Store
offer-other-office = Weitere Office-Produkte: für Organisationen mit diesem zusätzlichen Vorteil
unavailable-not-offered = Das Programm ist in diesem Land nicht verfügbar.
unavailable-not-priced = Das Programm hat für dieses Land noch keine Preise.
unavailable-no-offers = In diesem Land gibt es keine Angebote.
offers-title = Ihre Angebote
offers-country = Preise für { $country }, das Land Ihres persönlichen Kontos.
offers-grant-until = der Vorteil Ihrer Organisation gilt bis { $date }
offers-no-grant = Bestätigen Sie zuerst Ihre geschäftliche Adresse: Die Programmpreise erscheinen hier, sobald der Vorteil Ihrer Organisation mit diesem Konto verknüpft ist.
offers-grant-inactive = Ihre Berechtigung ist abgelaufen, oder Ihre Organisation nimmt nicht mehr teil. Bestätigen Sie Ihre geschäftliche Adresse erneut, um zum Programmpreis zu kaufen; was Sie gekauft haben, bleibt Ihres.
offers-confirm-link = Geschäftliche Adresse bestätigen
offers-col-where = Wo kaufen
offers-regional-store-link = Im regionalen Store kaufen
offers-r22-guidance = Sie haben Visio Professional 2019 oder Project Professional 2019 unter „Weitere Office-Produkte“ erwartet? Fragen Sie den Programmadministrator Ihres Arbeitgebers nach diesen zusätzlichen Vorteilen.
offers-personal-account = Sie kaufen mit Ihrem persönlichen Konto, für Ihre eigenen Geräte: Die Abonnements Ihrer Organisation werden nie berührt.
discount-none = Kein Rabatt

# issue 12: the organization paused the benefit (the grant still runs)
offers-organization-paused = Ihre Organisation hat den Vorteil pausiert, daher gibt es jetzt nichts zum Programmpreis zu kaufen. Eine erneute Bestätigung Ihrer geschäftlichen Adresse ändert daran nichts: Fragen Sie Ihre IT-Abteilung oder schauen Sie später wieder vorbei. Was Sie gekauft haben, bleibt Ihres.
