## operator console messages (nl), issue 15

## Layout
operator-console-title = Operatorconsole
operator-nav-label = Operatorconsole
operator-nav-overview = Overzicht
operator-nav-feed = Licentiebestand
operator-nav-customers = Klanten
operator-nav-tenants = Tenants
operator-nav-connections = Koppelingen
operator-nav-support = Support
operator-nav-documents = Catalogus en markten
operator-nav-audit = Auditlog
operator-signed-in-as = Aangemeld als { $email }
operator-signout = Afmelden

## Fields
operator-field-email = E-mailadres
operator-field-password = Wachtwoord
operator-field-new-password = Kies een wachtwoord
operator-field-new-password-hint = Minstens 12 tekens; een lange zin is het beste. Veelgebruikte wachtwoorden worden geweigerd.
operator-field-code = Code uit je authenticator-app

## Setup link
operator-setup-title = Je operatoraccount instellen
operator-setup-lead = Dit account is voor { $email }. Kies een wachtwoord en koppel een authenticator-app: voor het aanmelden heb je ze allebei nodig.
operator-setup-app-title = Koppel je authenticator-app
operator-setup-app-lead = Scan de QR-code met een authenticator-app (bijvoorbeeld Microsoft Authenticator, Google Authenticator of 1Password), of typ de sleutel hieronder over. Het is een tijdgebonden sleutel: 6 cijfers, elke 30 seconden nieuw.
operator-setup-qr-caption = QR-code van de sleutel voor je authenticator-app
operator-setup-secret-label = Of typ deze sleutel over:
operator-setup-code-hint = De 6 cijfers die de app nu toont, om te laten zien dat hij is ingesteld.
operator-setup-button = Mijn account instellen

## Recovery codes
operator-recovery-title = Bewaar je herstelcodes
operator-recovery-lead = Je account is ingesteld. Ben je je authenticator-app kwijt, dan meldt elk van deze codes je één keer aan in plaats van een code uit de app. Bewaar ze op een veilige plek, zoals een wachtwoordmanager.
operator-recovery-once = Je ziet ze alleen nu. Zijn ze op, vraag dan een andere operator om "hup operators reset-mfa" voor je adres uit te voeren.
operator-recovery-continue = Verder naar aanmelden

## Sign-in
operator-signin-title = Aanmelden bij de operatorconsole
operator-signin-lead = Voor het programmateam. Je hebt je wachtwoord en je authenticator-app nodig.
operator-signin-code-hint = De 6 cijfers die je app nu toont, of een van je herstelcodes.
operator-signin-button = Aanmelden

## Errors
operator-error-csrf = Het formulier is verlopen. Probeer het opnieuw.
operator-error-email = Vul een e-mailadres in, zoals naam@leverancier.example.
operator-error-password = Het wachtwoord moet minstens 12 tekens hebben.
operator-error-password-common = Dit wachtwoord is een van de meest gebruikte. Kies een ander, bijvoorbeeld een zin van een paar woorden.
operator-error-link = Deze instellink is niet meer geldig: hij is gebruikt, of ouder dan 24 uur. Vraag om een nieuwe ("hup operators reset-mfa").
operator-error-code-format = Een code heeft 6 cijfers.
operator-error-code = Dat is niet de code die je app nu toont. Controleer of de app met deze sleutel is ingesteld en of de tijd op je apparaat klopt.
operator-error-credentials = Het adres, het wachtwoord of de code klopt niet.
operator-error-throttled = Te veel mislukte pogingen. Wacht even en probeer het opnieuw.
operator-error-account = Dit operatoraccount bestaat niet.

## Overview
operator-home-title = Programmaoverzicht
operator-home-customers = Klanten
operator-home-customers-value = { $customers } in het licentiebestand, { $eligible } komen in aanmerking
operator-home-employees = Medewerkers
operator-home-employees-value = { $accounts } persoonlijke accounts, { $enrolled } nu ingeschreven
operator-home-orders = Bestellingen
operator-home-tenants = Tenants per stand
operator-tenants-unmanaged = Onbeheerd (geen domein bewezen)
operator-tenants-benefit-off = Beheerd, voordeel uit
operator-tenants-not-taking-part = Voordeel aan, doet nog niet mee
operator-tenants-taking-part = Doet mee
operator-home-funnel = Trechter van medewerkers
operator-home-funnel-lead = Hoe ver medewerkers kwamen: alleen aantallen, nooit wie.
operator-funnel-registered = Werkadres opgegeven
operator-funnel-confirmed = Bevestigd
operator-funnel-account = Heeft een persoonlijk account
operator-funnel-bound = Werkadres gekoppeld
operator-funnel-bought = Minstens één keer gekocht
operator-home-days = Bestellingen en verkoop per dag
operator-home-days-lead = De laatste 90 dagen, { $first } tot en met { $last } (UTC).
operator-home-orders-per-day = Bestellingen per dag
operator-home-sales-per-day = Verkoop per dag in { $currency }
operator-home-no-orders = Geen bestellingen in deze 90 dagen.
operator-col-state = Stand
operator-col-tenants = Tenants
operator-col-step = Stap
operator-col-employees = Medewerkers
operator-col-day = Dag
operator-col-orders = Bestellingen
operator-col-paid = Betaald ({ $currency })
