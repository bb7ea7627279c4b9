## Layout
site-name = Thuisgebruikprogramma
skip-to-content = Naar de inhoud
nav-program = Programma
nav-get-started = Aan de slag
language-switch-label = Taal
footer-text = Aankopen via het programma zijn van u: ze raken nooit de abonnementen of apparaten van uw organisatie.

## Program page (R2, R7, R15–R18)
program-title = Thuisgebruikprogramma (Home Use Program)
program-lead = Doet uw organisatie mee? Dan koopt u de consumentensoftware van de leverancier voor thuis met korting — met uw eigen persoonlijke account, voor uw eigen apparaten.
program-get-started = Aan de slag
program-needs-title = Wat u nodig hebt
program-needs-work-email = Een geldig werk-e-mailadres bij een organisatie die meedoet.
program-needs-personal-account = Een actief persoonlijk account, gekoppeld aan een persoonlijk e-mailadres. Uw werkaccount wordt nooit voor deze aankopen gebruikt.
program-steps-title = Zo werkt het
program-step-register-title = Registreren
program-step-register-body = Kies „Aan de slag” en voer uw werk-e-mailadres in.
program-step-confirm-title = Bevestigen
program-step-confirm-body = We sturen een link naar uw werkadres. Open die en bevestig dat u daar werkt.
program-step-signin-title = Aanmelden
program-step-signin-body = Meld u aan met uw persoonlijke account en zie de kortingen die het voordeel van uw organisatie u geeft.
program-step-shop-title = Winkelen
program-step-shop-body = Koop en volg uw bestelling. Wat u koopt blijft van u, ook als u van baan verandert.
program-admins-title = Voor IT-beheerders
program-admins-body = Zet het voordeel voor uw organisatie aan in het beheercentrum: bewijs uw domein, koppel uw licentieovereenkomst en geef uw collega's de link.
program-admins-link = Naar het beheercentrum

## Errors
error-not-found-title = Pagina niet gevonden
error-not-found-body = We konden de pagina die u zocht niet vinden. Controleer het adres of begin opnieuw op de programmapagina.
error-form-title = Het formulier kon niet worden gelezen
error-form-body = Wat is verstuurd, is geen formulier dat deze pagina kan lezen, of het is te groot. Ga terug, controleer wat u hebt ingevuld en verstuur het opnieuw.
error-internal-title = Er ging iets mis
error-internal-body = Een onverwachte fout hield ons tegen. Niets van wat u invoerde is verloren; probeer het zo opnieuw.
error-back-home = Terug naar de programmapagina
error-reference = Referentie: { $id }

## Developer mail viewer (demo mode only)
devmail-title = Verzonden e-mail (demo)
devmail-lead = In de demomodus schrijft hup elke e-mail naar een map in plaats van hem te versturen. Hier leest u ze.
devmail-empty = Er is nog geen e-mail verzonden. Een e-mail verschijnt hier zodra hup er een verstuurt.
devmail-col-date = Datum
devmail-col-to = Aan
devmail-col-subject = Onderwerp
devmail-back = Alle e-mail
devmail-not-found = Deze e-mail bestaat niet (meer).
devmail-text-version = Versie zonder opmaak

## Mail: demo welcome
mail-footer = U ontvangt dit bericht van het Thuisgebruikprogramma.
mail-demo-welcome-subject = Uw demo van het Thuisgebruikprogramma staat klaar
mail-demo-welcome-greeting = Hallo,
mail-demo-welcome-body = De demogegevens zijn geladen. Open de programmapagina en volg de weg van een medewerker of een beheerder:
mail-demo-welcome-closing = Kijk gerust rond.

## Where people with questions are sent (R21, R23, R24)
help-questions = Vragen?
help-frequently-viewed = Veelbekeken
help-purchase_faq = Kopen en installeren: veelgestelde vragen
help-employee_faq = Veelgestelde vragen voor werknemers
help-order_support = Ondersteuning bij bestelstatus, facturering, Office installeren en aanmelden bij Office
help-licensing_support = Ondersteuning voor licenties
help-store_admin_support = Ondersteuning voor winkelbeheerders
help-subscriptions = Abonnementen
help-licensing_service_center = Licentieservicecentrum
help-business_store = Zakelijke winkel
help-employee_store = Winkel voor werknemers
help-licensing_overview = Licentieoverzicht

# issue 12: de programmavoorwaarden (/terms)
terms-title = Programmavoorwaarden
terms-version = Versie { $version }

# issue 12: /dev/dns, de naamserver van de demo
devdns-title = Naamserver (demo)
devdns-lead = In de demo beantwoordt hup de TXT-opvragingen van het domeinbewijs zelf: niemand kan records publiceren voor .example-domeinen. Publiceer hier het record dat uw organisatie bij haar DNS-provider zou publiceren.
devdns-how = Voeg in het beheercentrum een domein toe, kopieer de TXT-waarde, publiceer die hier op dat domein en klik daarna op Verifiëren.
devdns-domains-link = Uw domeinen
devdns-link-lead = publiceer het TXT-record dat een domein bewijst.
devdns-domain = Domein
devdns-value = TXT-waarde
devdns-publish = Record publiceren
devdns-records = Gepubliceerde records
devdns-empty = Er zijn nog geen records gepubliceerd.
devdns-remove = Verwijderen
devdns-error-csrf = Het formulier is verlopen. Probeer het opnieuw.
devdns-error-domain = Dit is geen domeinnaam, bijvoorbeeld contoso-two.example.
devdns-error-value = De waarde moet 1 tot 255 afdrukbare ASCII-tekens zijn.
devdns-error-too-many = Dit domein heeft al 5 records: verwijder er eerst een.
devdns-domains-note = Demo: .example-domeinen staan in geen openbare DNS. Publiceer de TXT-waarde op de naamserver van de demo en klik daarna op Verifiëren.
