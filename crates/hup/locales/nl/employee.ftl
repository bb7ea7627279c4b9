## employee messages (nl)

## Mail: confirm the work address (R16)
mail-employee-register-subject = Bevestig uw werkadres voor het Thuisgebruikprogramma
mail-employee-register-body = Iemand, hopelijk u, heeft met dit werkadres de korting van het Thuisgebruikprogramma (Home Use Program) aangevraagd. Open de link en klik op Bevestigen om te laten zien dat het voordeel van uw organisatie voor u geldt. De link werkt één keer, { $hours } uur lang.
mail-employee-register-button = Mijn werkadres bevestigen
mail-employee-register-ignore = Niet aangevraagd? Negeer deze mail; er gebeurt niets.

## Mail: confirm the personal account (R7)
mail-employee-account-subject = Bevestig uw persoonlijke account
mail-employee-account-body = Open de link en klik op Bevestigen om uw persoonlijke account voor het Thuisgebruikprogramma te activeren. Aankopen zijn van u en raken uw werkaccount nooit.
mail-employee-account-button = Mijn account activeren
mail-employee-account-ignore = Geen account aangemaakt? Negeer deze mail; er gebeurt niets.

## Mail: password reset
mail-employee-reset-subject = Kies een nieuw wachtwoord
mail-employee-reset-body = Open de link om een nieuw wachtwoord voor uw persoonlijke account te kiezen. De link werkt één keer, { $hours } uur lang.
mail-employee-reset-button = Nieuw wachtwoord kiezen
mail-employee-reset-ignore = Niet aangevraagd? Negeer deze mail; uw wachtwoord blijft zoals het is.

## Register (R15)
employee-register-title = Aan de slag
employee-register-lead = Vul uw werkadres in. We sturen er een link naartoe om te bevestigen dat het voordeel van uw organisatie voor u geldt.
employee-field-work-email = Werkadres (e-mail)
employee-register-button = Stuur de link
employee-register-sent-title = Kijk in uw werkmailbox
employee-register-sent-body = Er is een bevestigingslink onderweg naar { $email }. Open hem op een willekeurig apparaat en klik op Bevestigen. Ga daarna hier of daar verder: meld u aan of maak uw persoonlijke account.

## Confirm (R16)
employee-confirm-title = Bevestig uw werkadres
employee-confirm-body = Klik op de knop om te bevestigen dat dit werkadres van u is. Klik alleen als u de korting zelf hebt aangevraagd: de browser waarin u dat deed, krijgt hem ook.
employee-confirm-used = Deze link is al gebruikt: het werkadres is bevestigd. Meld u aan of maak uw persoonlijke account, op dit apparaat of op het apparaat waarop u zich registreerde, om de kortingen te ontgrendelen.
employee-confirm-gone = Deze link kan niet worden gebruikt: hij is verlopen, of er is een nieuwere link naar hetzelfde adres gestuurd. Registreer uw werkadres opnieuw om een nieuwe te krijgen.
employee-confirm-missing = Voor deze pagina hebt u de link uit de bevestigingsmail nodig. Registreer uw werkadres om er een te krijgen.
employee-register-again = Mijn werkadres opnieuw registreren
employee-link-unusable-title = Deze link kan niet worden gebruikt
employee-have-account = Hebt u al een persoonlijke account? Meld u aan
employee-confirm-button = Bevestigen
employee-confirmed-title = Uw werkadres is bevestigd
employee-confirmed-body = Meld u nu aan met uw persoonlijke account, of maak er een, om de kortingen te ontgrendelen.
employee-continue-button = Verder

## Sign in or create the personal account (R7, R17)
employee-signin-title = Aanmelden met uw persoonlijke account
employee-signin-lead = Gebruik uw persoonlijke e-mailadres, niet uw werkadres: aankopen zijn van u en raken uw werkaccount nooit.
employee-signin-claim = Uw werkadres { $email } is bevestigd. Meld u aan of maak uw account om de kortingen te ontgrendelen.
employee-field-email = Persoonlijk e-mailadres
employee-field-password = Wachtwoord
employee-field-new-password = Kies een wachtwoord
employee-field-password-hint = Minstens 8 tekens. Een veelgebruikt wachtwoord wordt geweigerd.
employee-field-country = Land waar u woont
employee-field-display-name = Uw naam (niet verplicht)
employee-signin-button = Aanmelden
employee-create-title = Nieuw? Maak uw persoonlijke account
employee-create-button = Account maken
employee-created-title = Kijk in uw persoonlijke mailbox
employee-created-body = Als het adres gebruikt kan worden, is er een link om uw account te activeren onderweg naar { $email }. Open hem en meld u daarna aan.
employee-forgot-password = Wachtwoord vergeten?

## Confirm the personal account
employee-account-confirm-title = Activeer uw persoonlijke account
employee-account-confirm-body = Klik op de knop om uw persoonlijke account te activeren.
employee-account-confirm-button = Activeren
employee-account-confirmed-title = Uw account is actief
employee-account-confirmed-body = Uw account is actief. Meld u aan om verder te gaan.
employee-account-confirm-gone = Deze link kan niet worden gebruikt: hij is al gebruikt, is verlopen, of er is een nieuwere gestuurd. Is uw account actief, meld u dan aan; maak hem anders opnieuw om een nieuwe link te krijgen.
employee-account-confirm-missing = Voor deze pagina hebt u de link nodig uit de mail naar uw persoonlijke adres. Maak uw account om er een te krijgen, of meld u aan.

## Password reset
employee-reset-title = Kies een nieuw wachtwoord
employee-reset-lead = Vul het persoonlijke e-mailadres van uw account in. Als het een account heeft, mailen we een link om een nieuw wachtwoord te kiezen.
employee-reset-request-button = Stuur de link
employee-reset-sent-title = Kijk in uw persoonlijke mailbox
employee-reset-sent-body = Als { $email } een account heeft, is er een link onderweg.
employee-reset-button = Nieuw wachtwoord opslaan
employee-reset-gone = Deze link kan niet worden gebruikt: hij is al gebruikt, is verlopen, of er is een nieuwere gestuurd. Vraag een nieuwe link aan.
employee-reset-again = Een nieuwe link aanvragen
employee-reset-done-title = Uw wachtwoord is gewijzigd
employee-reset-done-body = U bent overal afgemeld. Meld u aan met het nieuwe wachtwoord.

## Account (R17)
employee-account-title = Uw account
employee-account-email = Persoonlijk e-mailadres
employee-account-country = Land
employee-account-name = Naam
employee-account-benefit = Uw voordeel
employee-account-grant-active = De korting van uw organisatie is via { $email } ontgrendeld tot { $date }.
employee-account-grant-expired = De korting via { $email } is afgelopen. Bevestig uw werkadres opnieuw om met korting te kopen; wat u kocht blijft van u.
employee-account-no-grant = Voor dit account is nog geen werkadres bevestigd.
employee-account-register-link = Een werkadres bevestigen
employee-account-claim-failed = De bevestiging van uw werkadres kon niet worden gebruikt (verlopen of al gebruikt). Registreer opnieuw.
employee-signout = Afmelden
employee-signed-in-as = Aangemeld als { $email }

## Errors next to the fields
employee-error-csrf = Het formulier is verlopen. Probeer het opnieuw.
employee-error-invalid-email = Dit is geen geldig e-mailadres.
employee-error-not-participating = Uw organisatie ({ $domain }) doet (nog) niet mee aan het Thuisgebruikprogramma. Vraag het uw IT-afdeling.
employee-error-work-address = Dit is een adres van een organisatie. Gebruik uw persoonlijke adres: aankopen zijn van u en raken uw werkaccount nooit.
employee-error-password-short = Het wachtwoord moet minstens 8 tekens hebben.
employee-error-password-long = Het wachtwoord mag hoogstens 256 tekens hebben.
employee-error-password-common = Dit wachtwoord is een van de meest gebruikte. Kies een ander.
employee-error-country = Kies het land waar u woont.
employee-error-display-name = De naam moet één regel van hoogstens 100 tekens zijn, zonder stuurtekens.
employee-error-invalid-token = Deze link is niet meer geldig. Begin opnieuw om een nieuwe te krijgen.
employee-error-invalid-claim = De bevestiging van uw werkadres is niet meer geldig. Registreer opnieuw.
employee-error-credentials = Het adres of het wachtwoord klopt niet.
employee-error-not-confirmed = Bevestig eerst uw persoonlijke adres: open de link die we ernaartoe mailden.
employee-error-throttled = Te veel pogingen. Probeer het over { $wait } opnieuw.
employee-wait-seconds = { $n ->
    [one] 1 seconde
   *[other] { $n } seconden
}
employee-wait-minutes = { $n ->
    [one] ongeveer een minuut
   *[other] ongeveer { $n } minuten
}
employee-wait-hours = { $n ->
    [one] ongeveer een uur
   *[other] ongeveer { $n } uur
}
employee-error-consumer-domain = { $domain } is een domein voor particuliere mail, niet van een organisatie. Gebruik uw werkadres.
employee-nav-label = Uw pagina's
employee-nav-offers = Aanbiedingen
employee-nav-orders = Bestellingen
employee-nav-account = Account
# Issue 12: het account wijzigen.
employee-account-profile = Uw gegevens
employee-account-country-hint = Uw land bepaalt welke aanbiedingen u ziet en tegen welke prijs.
employee-account-save = Gegevens opslaan
employee-account-saved-profile = Uw gegevens zijn opgeslagen.
employee-account-password = Uw wachtwoord wijzigen
employee-account-current-password = Huidig wachtwoord
employee-account-new-password = Nieuw wachtwoord
employee-account-change-password = Wachtwoord wijzigen
employee-account-saved-password = Uw wachtwoord is gewijzigd. U bent overal elders afgemeld.
employee-error-wrong-current-password = Dat is niet uw huidige wachtwoord.

# issue 12: de organisatie heeft het voordeel gepauzeerd
employee-account-grant-paused = Uw organisatie heeft het voordeel dat u via { $email } hebt gepauzeerd: u kunt nu niet met korting kopen. U hoeft niets opnieuw te bevestigen; vraag het uw IT-afdeling of kijk later nog eens. Wat u kocht, blijft van u.
