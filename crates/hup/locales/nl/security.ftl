## org admin security messages (nl), issue 15

security-nav = Beveiliging
security-title = Beveiliging van het aanmelden
security-lead = Bescherm je beheerdersaccount met een authenticator-app: voor het aanmelden heb je dan je wachtwoord en de huidige code van de app nodig.
security-required = Het programma vraagt een authenticator-app voor elke beheerder. Stel die in om verder te gaan.
security-app-lead = Scan de QR-code met een authenticator-app (bijvoorbeeld Microsoft Authenticator, Google Authenticator of 1Password), of typ de sleutel hieronder over: 6 cijfers, elke 30 seconden nieuw.
security-qr-caption = QR-code van de sleutel voor je authenticator-app
security-secret-label = Of typ deze sleutel over:
security-field-code = Code uit je authenticator-app
security-signin-code-hint = Alleen als je een authenticator-app hebt ingesteld: de huidige 6 cijfers, of een herstelcode.
security-enrol = Inschakelen
security-enrolled = Je authenticator-app is ingesteld. Bij het aanmelden wordt voortaan om de code gevraagd.
security-enrolled-lead = Een authenticator-app beschermt je aanmelding. Er zijn nog { $left } herstelcodes over.
security-replace-title = Overstappen op een andere app of ander apparaat
security-remove = Uitschakelen
security-removed = De authenticator-app is uitgeschakeld; voor het aanmelden is alleen je wachtwoord nodig.
security-codes-title = Bewaar je herstelcodes
security-codes-lead = Ben je je authenticator-app kwijt, dan meldt elk van deze codes je één keer aan in plaats van een code. Bewaar ze op een veilige plek; je ziet ze alleen nu.
security-error-code-format = Een code heeft 6 cijfers.
security-error-code = Dat is niet de code die je app nu toont. Controleer of de app met deze sleutel is ingesteld en of de tijd op je apparaat klopt.
