## operator console messages (de), issue 15

## Layout
operator-console-title = Betreiberkonsole
operator-nav-label = Betreiberkonsole
operator-nav-overview = Übersicht
operator-nav-feed = Lizenzdaten-Feed
operator-nav-customers = Kunden
operator-nav-tenants = Mandanten
operator-nav-connections = Verbindungen
operator-nav-support = Support
operator-nav-documents = Katalog und Märkte
operator-nav-audit = Prüfprotokoll
operator-signed-in-as = Angemeldet als { $email }
operator-signout = Abmelden

## Fields
operator-field-email = E-Mail-Adresse
operator-field-password = Kennwort
operator-field-new-password = Kennwort wählen
operator-field-new-password-hint = Mindestens 12 Zeichen; am besten ein langer Satz. Häufige Kennwörter werden abgelehnt.
operator-field-code = Code aus Ihrer Authenticator-App

## Setup link
operator-setup-title = Richten Sie Ihr Betreiberkonto ein
operator-setup-lead = Dieses Konto ist für { $email }. Wählen Sie ein Kennwort und verbinden Sie eine Authenticator-App: Für die Anmeldung brauchen Sie beides.
operator-setup-app-title = Verbinden Sie Ihre Authenticator-App
operator-setup-app-lead = Scannen Sie den QR-Code mit einer Authenticator-App (zum Beispiel Microsoft Authenticator, Google Authenticator oder 1Password), oder geben Sie den Schlüssel unten darin ein. Es ist ein zeitbasierter Schlüssel: 6 Ziffern, alle 30 Sekunden neu.
operator-setup-qr-caption = QR-Code des Schlüssels für Ihre Authenticator-App
operator-setup-secret-label = Oder geben Sie diesen Schlüssel ein:
operator-setup-code-hint = Die 6 Ziffern, die die App gerade anzeigt, als Nachweis, dass sie eingerichtet ist.
operator-setup-button = Mein Konto einrichten

## Recovery codes
operator-recovery-title = Bewahren Sie Ihre Wiederherstellungscodes auf
operator-recovery-lead = Ihr Konto ist eingerichtet. Wenn Sie Ihre Authenticator-App verlieren, meldet Sie jeder dieser Codes einmal an, anstelle eines Codes aus der App. Bewahren Sie sie an einem sicheren Ort auf, etwa in einem Kennwort-Manager.
operator-recovery-once = Sie werden nur jetzt angezeigt. Wenn sie aufgebraucht sind, bitten Sie einen anderen Betreiber, „hup operators reset-mfa“ für Ihre Adresse auszuführen.
operator-recovery-continue = Weiter zur Anmeldung

## Sign-in
operator-signin-title = Bei der Betreiberkonsole anmelden
operator-signin-lead = Für das Programmteam. Sie brauchen Ihr Kennwort und Ihre Authenticator-App.
operator-signin-code-hint = Die 6 Ziffern, die Ihre App gerade anzeigt, oder einer Ihrer Wiederherstellungscodes.
operator-signin-button = Anmelden

## Errors
operator-error-csrf = Das Formular ist abgelaufen. Bitte versuchen Sie es erneut.
operator-error-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@vendor.example.
operator-error-password = Das Kennwort braucht mindestens 12 Zeichen.
operator-error-password-common = Dieses Kennwort gehört zu den häufigsten. Wählen Sie ein anderes, zum Beispiel einen Satz aus mehreren Wörtern.
operator-error-link = Dieser Einrichtungslink ist nicht mehr gültig: Er wurde bereits verwendet oder ist älter als 24 Stunden. Fordern Sie einen neuen an („hup operators reset-mfa“).
operator-error-code-format = Ein Code hat 6 Ziffern.
operator-error-code = Das ist nicht der Code, den Ihre App gerade anzeigt. Prüfen Sie, ob die App mit diesem Schlüssel eingerichtet wurde und ob die Uhrzeit auf Ihrem Gerät stimmt.
operator-error-credentials = Die Adresse, das Kennwort oder der Code ist falsch.
operator-error-throttled = Zu viele fehlgeschlagene Versuche. Warten Sie einen Moment und versuchen Sie es erneut.
operator-error-account = Dieses Betreiberkonto gibt es nicht.

## Overview
operator-home-title = Programmübersicht
operator-home-customers = Kunden
operator-home-customers-value = { $customers } im Lizenzdaten-Feed, { $eligible } davon berechtigt
operator-home-employees = Mitarbeiter
operator-home-employees-value = { $accounts } persönliche Konten, { $enrolled } derzeit teilnehmend
operator-home-orders = Bestellungen
operator-home-tenants = Mandanten nach Status
operator-tenants-unmanaged = Nicht verwaltet (keine Domäne nachgewiesen)
operator-tenants-benefit-off = Verwaltet, Vorteil ausgeschaltet
operator-tenants-not-taking-part = Vorteil eingeschaltet, noch keine Teilnahme
operator-tenants-taking-part = Teilnehmend
operator-home-funnel = Mitarbeiter-Trichter
operator-home-funnel-lead = Wie weit Mitarbeiter gekommen sind: nur Zahlen, nie wer.
operator-funnel-registered = Geschäftliche Adresse registriert
operator-funnel-confirmed = Adresse bestätigt
operator-funnel-account = Persönliches Konto vorhanden
operator-funnel-bound = Geschäftliche Adresse verknüpft
operator-funnel-bought = Mindestens einmal gekauft
operator-home-days = Bestellungen und Umsatz pro Tag
operator-home-days-lead = Die letzten 90 Tage, { $first } bis { $last } (UTC).
operator-home-orders-per-day = Bestellungen pro Tag
operator-home-sales-per-day = Umsatz pro Tag in { $currency }
operator-home-no-orders = Keine Bestellungen in diesen 90 Tagen.
operator-col-state = Status
operator-col-tenants = Mandanten
operator-col-step = Schritt
operator-col-employees = Mitarbeiter
operator-col-day = Tag
operator-col-orders = Bestellungen
operator-col-paid = Bezahlt ({ $currency })
operator-col-when = Wann
operator-col-by = Von
operator-col-customer = Kunde
operator-col-tenant = Mandant
operator-col-name = Name
operator-col-decision = Entscheidung
operator-col-requested-by = Angefragt von
operator-col-agreement = Vertrag
operator-col-product = Produkt
operator-col-quantity = Menge
operator-col-period = Zeitraum
operator-col-order = Bestellung
operator-col-status = Status
operator-col-price = Preis (Listenpreis)
operator-yes = Ja
operator-no = Nein
operator-search-button = Suchen

## Licensing feed
operator-feed-title = Lizenzdaten-Feed
operator-feed-lead = Laden Sie den Feed der Lizenzverträge (CSV) hoch. Er wird als Ganzes geprüft: Ist eine Zeile fehlerhaft, wird jede fehlerhafte Zeile mit ihrer Nummer aufgeführt und nichts importiert.
operator-feed-file = Feed-Datei (CSV)
operator-feed-file-hint = Bis zu 64 MiB; größere Feeds importieren Sie mit „hup agreements import FILE“.
operator-feed-snapshot = Die Datei enthält jede aktuelle Zeile (Snapshot): Zeilen, die darin fehlen, enden mit dem gestrigen Tag.
operator-feed-allow-empty = Einen Snapshot auch dann importieren, wenn er keine Zeilen hat (beendet jeden Vertrag).
operator-feed-button = Importieren
operator-feed-imported = Importiert.
operator-feed-lines = Zeilen
operator-feed-customers = Kunden
operator-feed-eligible = Berechtigt
operator-feed-written = Hinzugefügte oder geänderte Zeilen
operator-feed-ended = Beendete / entfernte Zeilen
operator-feed-unknown-products = Produkte, die kein Kriterium der Berechtigungsrichtlinie zählt (nicht abgelehnt; prüfen Sie auf Tippfehler):
operator-feed-unknown-lines = { $lines } Zeilen, die ersten in Zeile
operator-feed-rejected = { $rows } fehlerhafte Zeilen: Es wurde nichts importiert.
operator-feed-no-file = Wählen Sie zuerst eine Feed-Datei.
operator-feed-empty-snapshot = Der Snapshot enthält keine Zeilen und würde daher jeden Vertrag beenden ({ $lines } gespeicherte Zeilen). Es wurde nichts importiert. Setzen Sie das Häkchen bei „auch ohne Zeilen importieren“ nur, wenn Sie genau das wollen.
operator-feed-read = Die Datei konnte nicht gelesen werden: { $reason }
operator-feed-unreadable = Der Upload konnte nicht gelesen werden. Bitte versuchen Sie es erneut.
operator-feed-past = Frühere Importe
operator-feed-no-past = Es wurde noch kein Feed importiert.
operator-feed-snapshot-short = Snapshot
operator-feed-unknown-short = Nicht gezählte Produkte

## Customers
operator-customers-title = Kunden
operator-customers-search = Kundennummer oder Name
operator-customers-segment = Segment
operator-customers-verdict = Ergebnis
operator-customers-eligible = Berechtigt
operator-customers-not-eligible = Nicht berechtigt
operator-customers-until = Gilt bis
operator-customers-as-of = Ausgewertet am
operator-customers-criterion = Kriterium { $id }
operator-customers-total = { $quantity } Lizenzen gezählt.
operator-customers-no-criterion = Kein Kriterium der Berechtigungsrichtlinie ist erfüllt.
operator-customers-none = Kein Kunde hat eine Nummer oder einen Namen mit „{ $q }“.
operator-whatif-title = Eine Richtlinienänderung ausprobieren
operator-whatif-lead = Ändern Sie unten die Berechtigungsrichtlinie (zum Beispiel einen Schwellenwert von 1500 statt 2000) und sehen Sie, wie viele Kunden berechtigt wären, berechnet aus den gespeicherten Vertragszeilen. Es wird nichts geändert: Die geltende Richtlinie wird mit HUP_POLICY festgelegt.
operator-whatif-policy = Berechtigungsrichtlinie (TOML)
operator-whatif-button = Mit der geltenden Richtlinie vergleichen
operator-whatif-result = Mit dieser Richtlinie sind { $more } Kunden mehr berechtigt, { $fewer } weniger.
operator-whatif-totals = Von { $customers } Kunden sind jetzt { $now } berechtigt, dann wären es { $then }.
operator-whatif-gained = Wären berechtigt:
operator-whatif-lost = Wären nicht mehr berechtigt:
operator-whatif-nothing-changed = Es wurde nichts geändert.
operator-whatif-invalid = Diese Richtlinie ist nicht gültig: { $reason }

## Tenants
operator-tenants-title = Mandanten
operator-tenants-search = Domäne
operator-tenants-none = Kein Mandant hat die Domäne { $domain }.
operator-tenants-heading = Mandant { $id } · { $domain }
operator-tenants-managed = Verwaltet
operator-tenants-domains = Geprüfte Domänen
operator-tenants-admins = Administratoren
operator-tenants-waiting = wartet auf Genehmigung
operator-tenants-connection = Lizenzverbindung
operator-tenants-approved = genehmigt
operator-tenants-pending = wartet auf Entscheidung
operator-tenants-benefit = Vorteil
operator-tenants-enrollment = Teilnahme (nur Zahlen)
operator-tenants-enrollment-value = { $registered } registriert, { $confirmed } bestätigt, { $bound } derzeit teilnehmend
operator-tenants-extra = Zusätzliche Vorteile
operator-tenants-granted-state = gewährt
operator-tenants-not-granted = nicht gewährt
operator-tenants-grant = Gewähren
operator-tenants-withdraw = Entziehen
operator-tenants-granted = { $benefit } wurde Mandant { $tenant } gewährt.
operator-tenants-withdrawn = { $benefit } wurde Mandant { $tenant } entzogen.
operator-tenants-bad-form = Diesen Mandanten oder Vorteil gibt es nicht.

## Connections
operator-connections-title = Lizenzverbindungen
operator-connections-lead = Ein Organisationsadministrator hat beantragt, einen Lizenzkunden zu verbinden, dessen Vertragskontakt nicht zu einer der geprüften Domänen des Mandanten gehört. Entscheiden Sie über jeden Antrag; die Begründung wird im Prüfprotokoll festgehalten.
operator-connections-none-waiting = Keine Verbindung wartet auf eine Entscheidung.
operator-connections-reason = Begründung
operator-connections-approve = Genehmigen
operator-connections-reject = Ablehnen
operator-connections-approved = Die Verbindung von Kunde { $customer } ist genehmigt.
operator-connections-rejected = Die Verbindung von Kunde { $customer } ist abgelehnt; der Kunde kann sich anderswo verbinden.
operator-connections-none = Keine Verbindung von Kunde { $customer } wartet auf eine Entscheidung.
operator-connections-no-decision = Wählen Sie Genehmigen oder Ablehnen.
operator-connections-reason-needed = Geben Sie eine Begründung an (eine Zeile); sie wird mit der Entscheidung gespeichert.
operator-connections-decided = Entscheidungen
operator-connections-none-decided = Noch keine Entscheidungen.
operator-connections-was-approved = Genehmigt
operator-connections-was-rejected = Abgelehnt

## Support
operator-support-title = Support-Suche
operator-support-lead = Für Fragen zu einer Bestellung oder einem persönlichen Konto (R23): Suchen Sie eine Bestellung über ihre Nummer oder ein Konto über seine private Adresse.
operator-support-search = Bestellnummer oder private Adresse
operator-support-none = Keine Bestellung und kein persönliches Konto passt zu „{ $q }“.
operator-support-country = Land
operator-support-confirmed = Konto bestätigt
operator-support-grant = Aktuelle Berechtigung
operator-support-grant-value = Mandant { $tenant }, geschäftliche Adresse { $work }, bis { $until }
operator-support-no-grant = Keine
operator-support-orders = Bestellungen
operator-support-no-orders = Keine Bestellungen.

## Catalog and market rules
operator-documents-title = Katalog und Marktregeln
operator-documents-lead = Laden Sie einen Katalog oder ein Dokument mit Marktregeln (TOML) hoch, sehen Sie, was es ändern würde, und veröffentlichen Sie es dann.
operator-documents-upload = Dokument hochladen
operator-documents-kind = Dokument
operator-documents-catalog = Katalog
operator-documents-markets = Marktregeln
operator-documents-file = Datei (TOML)
operator-documents-allow-empty = Erlauben, dass es alle geltenden Zeilen einer Art entfernt.
operator-documents-preview = Ansehen, was sich ändern würde
operator-documents-would-change = Was die Veröffentlichung ändern würde
operator-documents-published = Veröffentlicht
operator-documents-publish = Veröffentlichen
operator-documents-rows = Zeilen
operator-documents-total = Im Dokument
operator-documents-added = Hinzugefügt
operator-documents-removed = Entfernt
operator-documents-changed = Geändert
operator-documents-products = Produkte
operator-documents-offers = Angebote
operator-documents-price-lists = Preislisten
operator-documents-market-rules = Länderregeln
operator-documents-invalid = Das Dokument wurde nicht veröffentlicht; es hat sich nichts geändert:
operator-documents-no-file = Wählen Sie die Art des Dokuments und eine Datei.
operator-documents-not-utf8 = Die Datei ist kein UTF-8-Text.
operator-documents-in-force = Geltend
operator-documents-shipped = Noch nichts veröffentlicht: Es gelten der mitgelieferte Katalog und die mitgelieferten Marktregeln.
operator-documents-version = Version { $version }

## Audit log
operator-audit-title = Prüfprotokoll
operator-audit-lead = Jede Änderung eines Betreibers, auf diesen Seiten, über die API oder die Befehlszeile, die neueste zuerst.
operator-audit-empty = Es wurde noch nichts geändert.
operator-audit-from = Quelle
operator-audit-action = Aktion
operator-audit-subject = Betrifft
operator-audit-detail = Details
operator-audit-older = Ältere Einträge
operator-audit-kind-operator = Betreiber
operator-audit-kind-token = Betreiber-Token
operator-audit-kind-cli = Befehlszeile

## Refunds from the support look-up (issue 13)
operator-refund-column = Erstattung
operator-refund-button = { $order } erstatten
operator-refund-done = Bestellung { $order } ist erstattet: { $price } geht an den Mitarbeiter zurück, und die Lizenz ist beendet.
operator-refund-unknown = Diese Bestellung gibt es nicht.
operator-refund-not-paid = Nur eine bezahlte oder gelieferte Bestellung kann erstattet werden; diese ist es nicht (mehr).
operator-refund-unavailable = Der Zahlungsdienstleister war nicht erreichbar. Es wurde nichts erstattet; versuchen Sie es gleich noch einmal.
