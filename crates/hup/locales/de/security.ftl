## org admin security messages (de), issue 15

security-nav = Sicherheit
security-title = Anmeldesicherheit
security-lead = Schützen Sie Ihr Administratorkonto mit einer Authenticator-App: Für die Anmeldung brauchen Sie dann Ihr Kennwort und den aktuellen Code der App.
security-required = Das Programm Ihrer Organisation verlangt für jeden Administrator eine Authenticator-App. Richten Sie sie ein, um fortzufahren.
security-app-lead = Scannen Sie den QR-Code mit einer Authenticator-App (zum Beispiel Microsoft Authenticator, Google Authenticator oder 1Password), oder geben Sie den Schlüssel unten darin ein: 6 Ziffern, alle 30 Sekunden neu.
security-qr-caption = QR-Code des Schlüssels für Ihre Authenticator-App
security-secret-label = Oder geben Sie diesen Schlüssel ein:
security-field-code = Code aus Ihrer Authenticator-App
security-signin-code-hint = Nur wenn Sie eine Authenticator-App eingerichtet haben: ihre aktuellen 6 Ziffern oder ein Wiederherstellungscode.
security-enrol = Einschalten
security-enrolled = Ihre Authenticator-App ist eingerichtet. Ab jetzt fragt die Anmeldung nach ihrem Code.
security-enrolled-lead = Eine Authenticator-App schützt Ihre Anmeldung. Es sind noch { $left } Wiederherstellungscodes übrig.
security-replace-title = Zu einer anderen App oder einem anderen Gerät wechseln
security-remove = Ausschalten
security-removed = Die Authenticator-App ist ausgeschaltet; für die Anmeldung brauchen Sie nur Ihr Kennwort.
security-codes-title = Bewahren Sie Ihre Wiederherstellungscodes auf
security-codes-lead = Wenn Sie Ihre Authenticator-App verlieren, meldet Sie jeder dieser Codes einmal an, anstelle eines Codes. Bewahren Sie sie an einem sicheren Ort auf; sie werden nur jetzt angezeigt.
security-error-code-format = Ein Code hat 6 Ziffern.
security-error-code = Das ist nicht der Code, den Ihre App gerade anzeigt. Prüfen Sie, ob die App mit diesem Schlüssel eingerichtet wurde und ob die Uhrzeit auf Ihrem Gerät stimmt.
