## employee messages (de)

## Mail: confirm the work address (R16)
mail-employee-register-subject = Bestätigen Sie Ihre geschäftliche Adresse für das Home Use Program
mail-employee-register-body = Jemand, hoffentlich Sie, hat mit dieser geschäftlichen Adresse den Rabatt des Home Use Program angefordert. Öffnen Sie den Link und drücken Sie auf Bestätigen, um zu zeigen, dass der Vorteil Ihrer Organisation für Sie gilt. Der Link funktioniert einmal, { $hours } Stunden lang.
mail-employee-register-button = Meine geschäftliche Adresse bestätigen
mail-employee-register-ignore = Nicht angefordert? Ignorieren Sie diese E-Mail; es passiert nichts.

## Mail: confirm the personal account (R7)
mail-employee-account-subject = Bestätigen Sie Ihr persönliches Konto
mail-employee-account-body = Öffnen Sie den Link und drücken Sie auf Bestätigen, um Ihr persönliches Konto für das Home Use Program zu aktivieren. Käufe gehören Ihnen und berühren nie Ihr Geschäftskonto.
mail-employee-account-button = Mein Konto aktivieren
mail-employee-account-ignore = Kein Konto erstellt? Ignorieren Sie diese E-Mail; es passiert nichts.

## Mail: password reset
mail-employee-reset-subject = Neues Kennwort wählen
mail-employee-reset-body = Öffnen Sie den Link, um ein neues Kennwort für Ihr persönliches Konto zu wählen. Der Link funktioniert einmal, { $hours } Stunden lang.
mail-employee-reset-button = Neues Kennwort wählen
mail-employee-reset-ignore = Nicht angefordert? Ignorieren Sie diese E-Mail; Ihr Kennwort bleibt, wie es ist.

## Register (R15)
employee-register-title = Jetzt starten
employee-register-lead = Geben Sie Ihre geschäftliche E-Mail-Adresse ein. Wir senden dorthin einen Link, um zu bestätigen, dass der Vorteil Ihrer Organisation für Sie gilt.
employee-field-work-email = Geschäftliche E-Mail-Adresse
employee-register-button = Link senden
employee-register-sent-title = Sehen Sie in Ihr geschäftliches Postfach
employee-register-sent-body = Ein Bestätigungslink ist unterwegs an { $email }. Öffnen Sie ihn auf einem beliebigen Gerät und drücken Sie auf Bestätigen. Fahren Sie dann hier oder dort fort: Melden Sie sich an oder erstellen Sie Ihr persönliches Konto.

## Confirm (R16)
employee-confirm-title = Geschäftliche Adresse bestätigen
employee-confirm-body = Drücken Sie auf die Schaltfläche, um zu bestätigen, dass diese geschäftliche Adresse Ihnen gehört. Drücken Sie nur, wenn Sie den Rabatt selbst angefordert haben: Der Browser, in dem Sie ihn angefordert haben, erhält ihn ebenfalls.
employee-confirm-used = Dieser Link wurde bereits verwendet: Die geschäftliche Adresse ist bestätigt. Melden Sie sich an oder erstellen Sie Ihr persönliches Konto, auf diesem Gerät oder dem, auf dem Sie sich registriert haben, um die Rabatte freizuschalten.
employee-confirm-gone = Dieser Link kann nicht verwendet werden: Er ist abgelaufen, oder an dieselbe Adresse wurde ein neuerer Link gesendet. Registrieren Sie Ihre geschäftliche Adresse erneut, um einen neuen zu erhalten.
employee-confirm-missing = Diese Seite braucht den Link aus der Bestätigungs-E-Mail. Registrieren Sie Ihre geschäftliche Adresse, um einen zu erhalten.
employee-register-again = Meine geschäftliche Adresse erneut registrieren
employee-link-unusable-title = Dieser Link kann nicht verwendet werden
employee-have-account = Sie haben schon ein persönliches Konto? Anmelden
employee-confirm-button = Bestätigen
employee-confirmed-title = Ihre geschäftliche Adresse ist bestätigt
employee-confirmed-body = Melden Sie sich jetzt mit Ihrem persönlichen Konto an, oder erstellen Sie eines, um die Rabatte freizuschalten.
employee-continue-button = Weiter

## Sign in or create the personal account (R7, R17)
employee-signin-title = Mit Ihrem persönlichen Konto anmelden
employee-signin-lead = Verwenden Sie Ihre private E-Mail-Adresse, nicht Ihre geschäftliche Adresse: Käufe gehören Ihnen und berühren nie Ihr Geschäftskonto.
employee-signin-claim = Ihre geschäftliche Adresse { $email } ist bestätigt. Melden Sie sich an oder erstellen Sie Ihr Konto, um die Rabatte freizuschalten.
employee-field-email = Private E-Mail-Adresse
employee-field-password = Kennwort
employee-field-new-password = Kennwort wählen
employee-field-password-hint = Mindestens 8 Zeichen. Ein häufiges Kennwort wird abgelehnt.
employee-field-country = Land, in dem Sie wohnen
employee-field-display-name = Ihr Name (optional)
employee-signin-button = Anmelden
employee-create-title = Neu hier? Erstellen Sie Ihr persönliches Konto
employee-create-button = Konto erstellen
employee-created-title = Sehen Sie in Ihr privates Postfach
employee-created-body = Wenn die Adresse verwendet werden kann, ist ein Link zum Aktivieren Ihres Kontos unterwegs an { $email }. Öffnen Sie ihn und melden Sie sich dann an.
employee-forgot-password = Kennwort vergessen?

## Confirm the personal account
employee-account-confirm-title = Persönliches Konto aktivieren
employee-account-confirm-body = Drücken Sie auf die Schaltfläche, um Ihr persönliches Konto zu aktivieren.
employee-account-confirm-button = Aktivieren
employee-account-confirmed-title = Ihr Konto ist aktiv
employee-account-confirmed-body = Ihr Konto ist aktiv. Melden Sie sich an, um fortzufahren.
employee-account-confirm-gone = Dieser Link kann nicht verwendet werden: Er wurde bereits verwendet, ist abgelaufen, oder ein neuerer wurde gesendet. Ist Ihr Konto aktiv, melden Sie sich an; andernfalls erstellen Sie es erneut, um einen neuen Link zu erhalten.
employee-account-confirm-missing = Diese Seite braucht den Link aus der E-Mail an Ihre private Adresse. Erstellen Sie Ihr Konto, um einen zu erhalten, oder melden Sie sich an.

## Password reset
employee-reset-title = Neues Kennwort wählen
employee-reset-lead = Geben Sie die private E-Mail-Adresse Ihres Kontos ein. Gibt es dazu ein Konto, senden wir einen Link, um ein neues Kennwort zu wählen.
employee-reset-request-button = Link senden
employee-reset-sent-title = Sehen Sie in Ihr privates Postfach
employee-reset-sent-body = Wenn { $email } ein Konto hat, ist ein Link unterwegs.
employee-reset-button = Neues Kennwort speichern
employee-reset-gone = Dieser Link kann nicht verwendet werden: Er wurde bereits verwendet, ist abgelaufen, oder ein neuerer wurde gesendet. Fordern Sie einen neuen Link an.
employee-reset-again = Neuen Link anfordern
employee-reset-done-title = Ihr Kennwort ist geändert
employee-reset-done-body = Sie wurden überall abgemeldet. Melden Sie sich mit dem neuen Kennwort an.

## Account (R17)
employee-account-title = Ihr Konto
employee-account-email = Private E-Mail-Adresse
employee-account-country = Land
employee-account-name = Name
employee-account-benefit = Ihr Vorteil
employee-account-grant-active = Der Rabatt Ihrer Organisation ist über { $email } bis { $date } freigeschaltet.
employee-account-grant-expired = Der Rabatt über { $email } ist abgelaufen. Bestätigen Sie Ihre geschäftliche Adresse erneut, um mit Rabatt zu kaufen; was Sie gekauft haben, bleibt Ihres.
employee-account-no-grant = Für dieses Konto ist noch keine geschäftliche Adresse bestätigt.
employee-account-register-link = Geschäftliche Adresse bestätigen
employee-account-claim-failed = Die Bestätigung Ihrer geschäftlichen Adresse konnte nicht verwendet werden (sie ist abgelaufen oder wurde bereits verwendet). Registrieren Sie sich erneut.
employee-signout = Abmelden
employee-signed-in-as = Angemeldet als { $email }

## Errors next to the fields
employee-error-csrf = Das Formular ist abgelaufen. Bitte versuchen Sie es erneut.
employee-error-invalid-email = Das ist keine gültige E-Mail-Adresse.
employee-error-not-participating = Ihre Organisation ({ $domain }) nimmt (noch) nicht am Home Use Program teil. Fragen Sie Ihre IT-Abteilung.
employee-error-work-address = Das ist die Adresse einer Organisation. Verwenden Sie Ihre private Adresse: Käufe gehören Ihnen und berühren nie Ihr Geschäftskonto.
employee-error-password-short = Das Kennwort braucht mindestens 8 Zeichen.
employee-error-password-long = Das Kennwort darf höchstens 256 Zeichen haben.
employee-error-password-common = Dieses Kennwort gehört zu den häufigsten. Wählen Sie ein anderes.
employee-error-country = Wählen Sie das Land, in dem Sie wohnen.
employee-error-display-name = Der Name muss eine Zeile von höchstens 100 Zeichen sein, ohne Steuerzeichen.
employee-error-invalid-token = Dieser Link ist nicht mehr gültig. Beginnen Sie erneut, um einen neuen zu erhalten.
employee-error-invalid-claim = Die Bestätigung Ihrer geschäftlichen Adresse ist nicht mehr gültig. Registrieren Sie sich erneut.
employee-error-credentials = Die Adresse oder das Kennwort ist falsch.
employee-error-not-confirmed = Bestätigen Sie zuerst Ihre private Adresse: Öffnen Sie den Link, den wir an sie gesendet haben.
employee-error-throttled = Zu viele Versuche. Versuchen Sie es in { $wait } erneut.
employee-wait-seconds = { $n ->
    [one] 1 Sekunde
   *[other] { $n } Sekunden
}
employee-wait-minutes = { $n ->
    [one] etwa einer Minute
   *[other] etwa { $n } Minuten
}
employee-wait-hours = { $n ->
    [one] etwa einer Stunde
   *[other] etwa { $n } Stunden
}
employee-error-consumer-domain = { $domain } ist eine Verbraucher-Maildomäne, nicht die einer Organisation. Verwenden Sie Ihre geschäftliche Adresse.
employee-nav-label = Ihre Seiten
employee-nav-offers = Angebote
employee-nav-orders = Bestellungen
employee-nav-account = Konto
# Issue 12: changing the account.
employee-account-profile = Ihre Angaben
employee-account-country-hint = Ihr Land bestimmt, welche Angebote Sie sehen und zu welchen Preisen.
employee-account-save = Angaben speichern
employee-account-saved-profile = Ihre Angaben sind gespeichert.
employee-account-password = Kennwort ändern
employee-account-current-password = Aktuelles Kennwort
employee-account-new-password = Neues Kennwort
employee-account-change-password = Kennwort ändern
employee-account-saved-password = Ihr Kennwort ist geändert. Sie sind überall sonst abgemeldet.
employee-error-wrong-current-password = Das ist nicht Ihr aktuelles Kennwort.

# issue 12: the organization paused the benefit
employee-account-grant-paused = Ihre Organisation hat den Vorteil pausiert, den Sie über { $email } haben: Vorerst können Sie nicht mit Rabatt kaufen. Es gibt nichts erneut zu bestätigen; fragen Sie Ihre IT-Abteilung oder schauen Sie später wieder vorbei. Was Sie gekauft haben, bleibt Ihres.
