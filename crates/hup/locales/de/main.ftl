## Layout
site-name = Home Use Program
skip-to-content = Zum Inhalt springen
nav-program = Programm
nav-get-started = Jetzt starten
language-switch-label = Sprache
footer-text = Käufe über das Programm gehören Ihnen: Sie berühren nie die Abonnements oder Geräte Ihrer Organisation.

## Program page (R2, R7, R15–R18)
program-title = Home Use Program
program-lead = Nimmt Ihre Organisation teil? Dann kaufen Sie die Verbrauchersoftware des Herstellers für zu Hause mit Rabatt – mit Ihrem eigenen persönlichen Konto, für Ihre eigenen Geräte.
program-get-started = Jetzt starten
program-needs-title = Was Sie brauchen
program-needs-work-email = Eine gültige geschäftliche E-Mail-Adresse bei einer teilnehmenden Organisation.
program-needs-personal-account = Ein aktives persönliches Konto mit einer privaten E-Mail-Adresse. Ihr Geschäftskonto wird für diese Käufe nie verwendet.
program-steps-title = So funktioniert es
program-step-register-title = Registrieren
program-step-register-body = Wählen Sie „Jetzt starten“ und geben Sie Ihre geschäftliche E-Mail-Adresse ein.
program-step-confirm-title = Bestätigen
program-step-confirm-body = Wir senden einen Link an Ihre geschäftliche Adresse. Öffnen Sie ihn und bestätigen Sie, dass Sie dort arbeiten.
program-step-signin-title = Anmelden
program-step-signin-body = Melden Sie sich mit Ihrem persönlichen Konto an und sehen Sie die Rabatte, die Ihnen der Vorteil Ihrer Organisation gibt.
program-step-shop-title = Einkaufen
program-step-shop-body = Kaufen Sie und verfolgen Sie Ihre Bestellung. Was Sie kaufen, bleibt Ihres, auch wenn Sie die Stelle wechseln.
program-admins-title = Für IT-Administratoren
program-admins-body = Schalten Sie den Vorteil für Ihre Organisation im Admin Center ein: Weisen Sie Ihre Domäne nach, verbinden Sie Ihren Lizenzvertrag und geben Sie Ihren Kollegen den Link.
program-admins-link = Zum Admin Center

## Errors
error-not-found-title = Seite nicht gefunden
error-not-found-body = Wir konnten die angeforderte Seite nicht finden. Prüfen Sie die Adresse oder beginnen Sie noch einmal auf der Programmseite.
error-form-title = Das Formular konnte nicht gelesen werden
error-form-body = Was gesendet wurde, ist kein Formular, das diese Seite lesen kann, oder es ist zu groß. Gehen Sie zurück, prüfen Sie Ihre Eingaben und senden Sie sie erneut.
error-internal-title = Etwas ist schiefgelaufen
error-internal-body = Ein unerwarteter Fehler hat uns gestoppt. Nichts von Ihren Eingaben ist verloren; bitte versuchen Sie es gleich noch einmal.
error-back-home = Zurück zur Programmseite
error-reference = Referenz: { $id }

## Developer mail viewer (demo mode only)
devmail-title = Gesendete E-Mails (Demo)
devmail-lead = Im Demomodus schreibt hup jede E-Mail in einen Ordner, statt sie zu senden. Hier lesen Sie sie.
devmail-empty = Es wurde noch keine E-Mail gesendet. E-Mails erscheinen hier, sobald hup eine sendet.
devmail-col-date = Datum
devmail-col-to = An
devmail-col-subject = Betreff
devmail-back = Alle E-Mails
devmail-not-found = Diese E-Mail gibt es nicht (mehr).
devmail-text-version = Textversion

## Mail: demo welcome
mail-footer = Sie erhalten diese Nachricht vom Home Use Program.
mail-demo-welcome-subject = Ihre Demo des Home Use Program ist bereit
mail-demo-welcome-greeting = Hallo,
mail-demo-welcome-body = Die Demodaten sind geladen. Öffnen Sie die Programmseite, um den Weg eines Mitarbeiters oder eines Administrators zu verfolgen:
mail-demo-welcome-closing = Schauen Sie sich um.

## Where people with questions are sent (R21, R23, R24)
help-questions = Fragen?
help-frequently-viewed = Häufig angesehen
help-purchase_faq = Kaufen und installieren: häufig gestellte Fragen
help-employee_faq = Häufig gestellte Fragen für Mitarbeiter
help-order_support = Support für Bestellstatus, Abrechnung, Installation von Office und Anmeldung bei Office
help-licensing_support = Lizenzierungssupport
help-store_admin_support = Support für Store-Administratoren
help-subscriptions = Abonnements
help-licensing_service_center = Volume Licensing Service Center
help-business_store = Business Store
help-employee_store = Mitarbeiter-Store
help-licensing_overview = Lizenzierung im Überblick

# issue 12: the program terms (/terms)
terms-title = Programmbedingungen
terms-version = Version { $version }

# issue 12: /dev/dns, the demo's name server
devdns-title = Nameserver (Demo)
devdns-lead = Im Demomodus beantwortet hup die TXT-Abfragen des Domänennachweises selbst: Niemand kann Einträge für .example-Domänen veröffentlichen. Veröffentlichen Sie hier den Eintrag, den Ihre Organisation bei ihrem DNS-Anbieter veröffentlichen würde.
devdns-how = Fügen Sie im Admin Center eine Domäne hinzu, kopieren Sie ihren TXT-Wert, veröffentlichen Sie ihn hier für diese Domäne und drücken Sie dann auf Prüfen.
devdns-domains-link = Ihre Domänen
devdns-link-lead = den TXT-Eintrag veröffentlichen, der eine Domäne nachweist.
devdns-domain = Domäne
devdns-value = TXT-Wert
devdns-publish = Eintrag veröffentlichen
devdns-records = Veröffentlichte Einträge
devdns-empty = Es sind noch keine Einträge veröffentlicht.
devdns-remove = Entfernen
devdns-error-csrf = Das Formular ist abgelaufen. Bitte versuchen Sie es erneut.
devdns-error-domain = Das ist kein Domänenname, z. B. contoso-two.example.
devdns-error-value = Der Wert muss aus 1 bis 255 druckbaren ASCII-Zeichen bestehen.
devdns-error-too-many = Diese Domäne hat bereits 5 Einträge: Entfernen Sie zuerst einen.
devdns-domains-note = Demo: .example-Domänen stehen in keinem öffentlichen DNS. Veröffentlichen Sie den TXT-Wert auf dem Nameserver der Demo und drücken Sie dann auf Prüfen.
