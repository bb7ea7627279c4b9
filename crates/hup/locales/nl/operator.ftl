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
operator-col-when = Wanneer
operator-col-by = Door
operator-col-customer = Klant
operator-col-tenant = Tenant
operator-col-name = Naam
operator-col-decision = Besluit
operator-col-requested-by = Gevraagd door
operator-col-agreement = Overeenkomst
operator-col-product = Product
operator-col-quantity = Aantal
operator-col-period = Periode
operator-col-order = Bestelling
operator-col-status = Status
operator-col-price = Prijs (catalogusprijs)
operator-yes = Ja
operator-no = Nee
operator-search-button = Zoeken

## Licensing feed
operator-feed-title = Licentiebestand
operator-feed-lead = Upload het bestand met licentieovereenkomsten (CSV). Het wordt als geheel gecontroleerd: is één regel fout, dan staat elke foute regel met zijn nummer in de lijst en wordt niets geïmporteerd.
operator-feed-file = Bestand (CSV)
operator-feed-file-hint = Tot 64 MiB; importeer grotere bestanden met "hup agreements import BESTAND".
operator-feed-snapshot = Het bestand bevat alle huidige regels (momentopname): regels die ontbreken eindigen gisteren.
operator-feed-allow-empty = Importeer een momentopname ook zonder regels (beëindigt alle overeenkomsten).
operator-feed-button = Importeren
operator-feed-imported = Geïmporteerd.
operator-feed-lines = Regels
operator-feed-customers = Klanten
operator-feed-eligible = In aanmerking
operator-feed-written = Regels toegevoegd of gewijzigd
operator-feed-ended = Regels beëindigd / verwijderd
operator-feed-unknown-products = Producten die geen criterium van het beleid meetelt (niet geweigerd; controleer op een tikfout):
operator-feed-unknown-lines = { $lines } regels, de eerste op
operator-feed-rejected = { $rows } foute regels: er is niets geïmporteerd.
operator-feed-no-file = Kies eerst een bestand.
operator-feed-empty-snapshot = De momentopname bevat geen regels en zou dus alle overeenkomsten beëindigen ({ $lines } opgeslagen regels). Er is niets geïmporteerd. Vink "ook zonder regels" alleen aan als dat de bedoeling is.
operator-feed-read = Het bestand kon niet gelezen worden: { $reason }
operator-feed-unreadable = De upload kon niet gelezen worden. Probeer het opnieuw.
operator-feed-past = Eerdere imports
operator-feed-no-past = Er is nog geen bestand geïmporteerd.
operator-feed-snapshot-short = momentopname
operator-feed-unknown-short = Niet meegetelde producten

## Customers
operator-customers-title = Klanten
operator-customers-search = Klantnummer of naam
operator-customers-segment = Segment
operator-customers-verdict = Oordeel
operator-customers-eligible = Komt in aanmerking
operator-customers-not-eligible = Komt niet in aanmerking
operator-customers-until = Geldig tot
operator-customers-as-of = Beoordeeld op
operator-customers-criterion = Criterium { $id }
operator-customers-total = { $quantity } licenties meegeteld.
operator-customers-no-criterion = Aan geen enkel criterium van het beleid is voldaan.
operator-customers-none = Geen klant heeft een nummer of naam met "{ $q }".
operator-whatif-title = Een beleidswijziging uitproberen
operator-whatif-lead = Wijzig het beleid hieronder (bijvoorbeeld een drempel van 1500 in plaats van 2000) en zie hoeveel klanten in aanmerking zouden komen, berekend op de opgeslagen regels. Er verandert niets: het geldende beleid stel je in met HUP_POLICY.
operator-whatif-policy = Beleid (TOML)
operator-whatif-button = Vergelijken met het geldende beleid
operator-whatif-result = Met dit beleid komen { $more } klanten meer in aanmerking, { $fewer } minder.
operator-whatif-totals = Van de { $customers } klanten komen er nu { $now } in aanmerking en dan { $then }.
operator-whatif-gained = Zouden in aanmerking komen:
operator-whatif-lost = Zouden niet meer in aanmerking komen:
operator-whatif-nothing-changed = Er is niets gewijzigd.
operator-whatif-invalid = Dit beleid is niet geldig: { $reason }

## Tenants
operator-tenants-title = Tenants
operator-tenants-search = Domein
operator-tenants-none = Geen tenant heeft het domein { $domain }.
operator-tenants-heading = Tenant { $id } · { $domain }
operator-tenants-managed = Beheerd
operator-tenants-domains = Bewezen domeinen
operator-tenants-admins = Beheerders
operator-tenants-waiting = wacht op goedkeuring
operator-tenants-connection = Licentiekoppeling
operator-tenants-approved = goedgekeurd
operator-tenants-pending = wacht op een besluit
operator-tenants-benefit = Voordeel
operator-tenants-enrollment = Inschrijvingen (alleen aantallen)
operator-tenants-enrollment-value = { $registered } opgegeven, { $confirmed } bevestigd, { $bound } nu ingeschreven
operator-tenants-extra = Extra voordelen
operator-tenants-granted-state = toegekend
operator-tenants-not-granted = niet toegekend
operator-tenants-grant = Toekennen
operator-tenants-withdraw = Intrekken
operator-tenants-granted = { $benefit } toegekend aan tenant { $tenant }.
operator-tenants-withdrawn = { $benefit } ingetrokken bij tenant { $tenant }.
operator-tenants-bad-form = Die tenant of dat voordeel bestaat niet.

## Connections
operator-connections-title = Licentiekoppelingen
operator-connections-lead = Een beheerder vroeg een licentieklant te koppelen waarvan het contactadres niet op een bewezen domein van de tenant ligt. Neem over elke koppeling een besluit; de reden blijft bewaard in de auditlog.
operator-connections-none-waiting = Er wacht geen koppeling op een besluit.
operator-connections-reason = Reden
operator-connections-approve = Goedkeuren
operator-connections-reject = Afwijzen
operator-connections-approved = De koppeling van klant { $customer } is goedgekeurd.
operator-connections-rejected = De koppeling van klant { $customer } is afgewezen; de klant kan elders gekoppeld worden.
operator-connections-none = Er wacht geen koppeling van klant { $customer } op een besluit.
operator-connections-no-decision = Kies Goedkeuren of Afwijzen.
operator-connections-reason-needed = Geef een reden (één regel); die wordt bij het besluit bewaard.
operator-connections-decided = Besluiten
operator-connections-none-decided = Nog geen besluiten.
operator-connections-was-approved = Goedgekeurd
operator-connections-was-rejected = Afgewezen

## Support
operator-support-title = Support opzoeken
operator-support-lead = Voor vragen over een bestelling of een persoonlijk account (R23): zoek een bestelling op nummer of een account op persoonlijk adres.
operator-support-search = Bestelnummer of persoonlijk adres
operator-support-none = Geen bestelling of persoonlijk account past bij "{ $q }".
operator-support-country = Land
operator-support-confirmed = Account bevestigd
operator-support-grant = Huidige toegang
operator-support-grant-value = tenant { $tenant }, werkadres { $work }, tot { $until }
operator-support-no-grant = Geen
operator-support-orders = Bestellingen
operator-support-no-orders = Geen bestellingen.

## Catalog and market rules
operator-documents-title = Catalogus en marktregels
operator-documents-lead = Upload een catalogus of marktregels (TOML), zie wat er zou veranderen en publiceer het dan.
operator-documents-upload = Een document uploaden
operator-documents-kind = Document
operator-documents-catalog = Catalogus
operator-documents-markets = Marktregels
operator-documents-file = Bestand (TOML)
operator-documents-allow-empty = Toestaan dat het alle geldende regels van een soort verwijdert.
operator-documents-preview = Zien wat er verandert
operator-documents-would-change = Wat publiceren zou veranderen
operator-documents-published = Gepubliceerd
operator-documents-publish = Publiceren
operator-documents-rows = Regels
operator-documents-total = In het document
operator-documents-added = Toegevoegd
operator-documents-removed = Verwijderd
operator-documents-changed = Gewijzigd
operator-documents-products = Producten
operator-documents-offers = Aanbiedingen
operator-documents-price-lists = Prijslijsten
operator-documents-market-rules = Landregels
operator-documents-invalid = Het document is niet gepubliceerd; er is niets veranderd:
operator-documents-no-file = Kies het soort document en een bestand.
operator-documents-not-utf8 = Het bestand is geen UTF-8-tekst.
operator-documents-in-force = Geldend
operator-documents-shipped = Nog niets gepubliceerd: de meegeleverde catalogus en marktregels gelden.
operator-documents-version = versie { $version }

## Audit log
operator-audit-title = Auditlog
operator-audit-lead = Elke wijziging door een operator, op deze pagina's, via de API of de opdrachtregel, de nieuwste eerst.
operator-audit-empty = Er is nog niets gewijzigd.
operator-audit-from = Vanaf
operator-audit-action = Actie
operator-audit-subject = Betreft
operator-audit-detail = Details
operator-audit-older = Oudere regels
operator-audit-kind-operator = operator
operator-audit-kind-token = operatortoken
operator-audit-kind-cli = opdrachtregel

## Refunds from the support look-up (issue 13)
operator-refund-column = Terugbetalen
operator-refund-button = { $order } terugbetalen
operator-refund-done = { $order } is terugbetaald: { $price } gaat terug naar de medewerker, en de licentie is beëindigd.
operator-refund-unknown = Die bestelling bestaat niet.
operator-refund-not-paid = Alleen een betaalde of geleverde bestelling kan worden terugbetaald; deze is dat niet (meer).
operator-refund-unavailable = De betaalprovider was niet bereikbaar. Er is niets terugbetaald; probeer het zo opnieuw.
