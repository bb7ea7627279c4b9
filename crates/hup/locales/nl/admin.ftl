## admin messages (nl)

## Beheercentrum: opmaak
admin-center-title = Beheercentrum
admin-nav-label = Beheercentrum
admin-nav-domains = Domeinen
admin-nav-hup = Facturering › Uw producten › Voordelen › HUP
admin-signed-in-as = Aangemeld als { $email }
admin-signout = Afmelden
admin-landing-lead = Beheer het Thuisgebruikprogramma (Home Use Program) voor uw organisatie: bewijs uw domein, koppel uw licentieovereenkomst en zet het voordeel aan voor uw collega's.

## Werkaccounts
admin-field-work-email = Zakelijk e-mailadres
admin-field-password = Wachtwoord
admin-field-password-hint = Minstens 10 tekens.
admin-signin-title = Aanmelden bij het beheercentrum
admin-signin-button = Aanmelden
admin-no-account = Nog geen beheerdersaccount?
admin-signup-link = Maak een beheerdersaccount
admin-signup-title = Een beheerdersaccount maken
admin-signup-lead = Gebruik uw zakelijke e-mailadres. We sturen er een link naartoe om het te bevestigen. Adressen bij consumentendiensten zoals gmail.com kunnen niet.
admin-signup-button = Account maken
admin-signup-sent-title = Kijk in uw zakelijke mailbox
admin-signup-sent-body = Als het adres gebruikt kan worden, is er een bevestigingslink onderweg naar { $email }. Open die om uw account te activeren.
admin-confirm-title = Bevestig uw zakelijke adres
admin-confirm-body = Druk op de knop om dit adres te bevestigen en uw beheerdersaccount te activeren.
admin-confirm-button = Mijn adres bevestigen
admin-confirmed-title = Uw adres is bevestigd
admin-confirmed-body = Uw beheerdersaccount is actief. Meld u aan om verder te gaan.
admin-have-account = Al bevestigd?

## Formulierfouten
admin-error-invalid-token = Deze link is niet meer geldig. Meld u opnieuw aan voor een nieuwe.
admin-error-credentials = Het adres of het wachtwoord klopt niet.
admin-error-throttled = Te veel mislukte pogingen. Wacht een kwartier en probeer het opnieuw.
admin-error-csrf = Het formulier is verlopen. Probeer het opnieuw.
admin-error-consumer-domain = { $domain } is een e-maildienst voor consumenten, geen domein van een organisatie.
admin-error-invalid-email = Dit is geen geldig zakelijk e-mailadres.
admin-error-invalid-domain = Dit is geen domein dat een organisatie kan bezitten.
admin-error-password = Het wachtwoord moet minstens 10 tekens hebben.
admin-error-password-common = Dit wachtwoord is een van de meest gebruikte. Kies een ander.
admin-error-forbidden = Alleen een beheerder van een beheerde organisatie kan dit doen.
admin-error-unknown-customer = Geen licentieovereenkomst heeft dit klantnummer.
admin-error-conflict = Dit klantnummer is aan een andere organisatie gekoppeld, of de uwe heeft er al een.

## Domeinen (R10, R12)
admin-domains-title = Domeinen
admin-domains-lead = Bewijs dat uw organisatie haar domein bezit: publiceer een TXT-record met de getoonde waarde en druk daarna op Verifiëren. Een geverifieerd domein maakt uw organisatie beheerd en u haar beheerder.
admin-domains-empty = Nog geen domeinen. Voeg eerst het domein van uw zakelijke e-mailadres toe.
admin-domain-col-domain = Domein
admin-domain-col-status = Status
admin-domain-col-record = Waarde van het TXT-record
admin-domain-verified = Geverifieerd
admin-domain-pending = Nog niet geverifieerd
admin-domain-verify = Verifiëren
admin-domain-add-label = Domein, bijvoorbeeld contoso.com
admin-domain-add-button = Domein toevoegen
admin-domain-howto-title = Zo publiceert u het record
admin-domain-howto = Voeg in het beheerpaneel van uw DNS-provider een record toe aan het domein zelf (host “@”), van het type TXT, met precies de getoonde waarde. Andere TXT-records mogen blijven staan. Een nieuw record kan even duren voordat het zichtbaar is; vindt Verifiëren het nog niet, probeer het dan later opnieuw.
admin-copy = Kopiëren
admin-copied = Gekopieerd
admin-dns-no-such-domain = Domein bestaat niet: de naamservers kennen het niet.
admin-dns-no-record = Het domein heeft nog geen TXT-record.
admin-dns-wrong-value = De TXT-records van het domein bevatten de getoonde waarde niet.
admin-dns-timeout = De naamservers antwoordden niet op tijd. Probeer het zo opnieuw.
admin-dns-lookup-failed = Het opzoeken in DNS is mislukt. Probeer het zo opnieuw.
admin-dns-held-elsewhere = Een andere organisatie heeft dit domein al bewezen.
admin-verified-now = { $domain } is geverifieerd. Uw organisatie is beheerd en u bent haar beheerder.
admin-members-note = Uw organisatie is nog niet beheerd. Iedereen in de organisatie kan haar domein bewijzen en zo beheerder worden.

## Het HUP-tabblad (R1, R9, R20, R21)
admin-hup-title = Thuisgebruikprogramma (Home Use Program)
admin-hup-breadcrumb = Facturering › Uw producten › Voordelen › HUP
admin-hup-unmanaged = Uw organisatie is nog niet beheerd: bewijs eerst een van haar domeinen.
admin-hup-connect-title = Licentieovereenkomst
admin-hup-connect-lead = Koppel het klantnummer van de volumelicentieovereenkomst van uw organisatie.
admin-hup-customer-number = Klantnummer
admin-hup-connect-button = Koppelen
admin-hup-connection-approved = Gekoppeld aan klant { $number }.
admin-hup-connection-pending = Klant { $number } wacht op goedkeuring door de beheerder van het programma, omdat het contactadres van de overeenkomst niet bij een van uw geverifieerde domeinen hoort.
admin-hup-verdict-title = Komt uw organisatie in aanmerking?
admin-hup-eligible = Ja, uw organisatie komt in aanmerking.
admin-hup-not-eligible = Nee, uw organisatie komt op dit moment niet in aanmerking.
admin-hup-no-verdict = Koppel uw licentieovereenkomst om te zien of uw organisatie in aanmerking komt.
admin-hup-no-data = De licentiegegevens van deze klant zijn nog niet geladen. Zodra dat gebeurd is, staat het oordeel hier.
admin-hup-awaiting-approval = Het oordeel verschijnt hier zodra de beheerder van het programma de koppeling heeft goedgekeurd.
admin-hup-valid-until = Dit geldt tot { $date }.
admin-hup-because = Op grond van:
admin-hup-criterion-a = actieve Software Assurance op geschikte Office-toepassingen
admin-hup-criterion-b = Microsoft 365 E3 of E5 via Software Assurance
admin-hup-criterion-c = minstens 2.000 licenties Microsoft 365 E3 en E5 voor een commerciële of overheidsklant
admin-hup-criterion-d = een klant uit onderwijs of non-profit
admin-hup-criterion-other = criterium { $id }
admin-hup-agreements = overeenkomsten: { $list }
admin-hup-switch-title = Het voordeel
admin-hup-on = Het voordeel staat aan.
admin-hup-off = Het voordeel staat uit.
admin-hup-active = Medewerkers kunnen het nu gebruiken.
admin-hup-inactive = Medewerkers kunnen het nu niet gebruiken.
admin-hup-turn-on = Aanzetten en de programmavoorwaarden aanvaarden
admin-hup-turn-off = Uitzetten
admin-hup-terms = Wie het voordeel aanzet, aanvaardt de programmavoorwaarden namens de organisatie.
admin-hup-link-title = De link voor uw medewerkers
admin-hup-link-lead = Geef deze link aan uw collega's. Zij registreren zich met hun zakelijke e-mailadres en kopen met hun persoonlijke account.
admin-hup-counts-title = Deelname
admin-hup-counts-lead = Alleen aantallen: u ziet nooit wie meedoet of wat iemand kocht.
admin-hup-count-registrations = Registraties
admin-hup-count-confirmations = Bevestigde zakelijke adressen
admin-hup-count-bound = Gekoppelde persoonlijke accounts
admin-hup-fewer-than-5 = minder dan 5
admin-hup-support-title = Hulp nodig?
admin-hup-support-licensing = Vragen over uw licentieovereenkomst, of over het bereiken van dit beheercentrum: neem contact op met de licentieondersteuning.
admin-hup-support-store = U bent binnen, maar het voordeel verschijnt niet zoals verwacht: neem contact op met de ondersteuning voor winkelbeheerders.

## E-mail
mail-admin-confirm-subject = Bevestig uw zakelijke adres voor het beheercentrum
mail-admin-confirm-body = Iemand, waarschijnlijk u, heeft met dit adres een beheerdersaccount voor het Thuisgebruikprogramma (Home Use Program) gemaakt. Open de link en bevestig om het te activeren.
mail-admin-confirm-button = Mijn adres bevestigen
mail-admin-confirm-ignore = Niet om gevraagd? Negeer deze mail: zonder bevestiging gebeurt er niets.
mail-domain-unverified-subject = Een domein van uw organisatie is niet meer geverifieerd
mail-domain-unverified-body = Zeven dagen lang vonden we het bewijsrecord op { $domain } niet, dus het is niet meer geverifieerd en medewerkers met een adres daar kunnen zich niet registreren. Publiceer het record opnieuw en druk in het beheercentrum op Verifiëren.
admin-hup-extra-title = Extra voordelen
admin-hup-extra-none = Geen. Medewerkers van het vorige programma die Visio of Project Professional 2019 tegen de programmaprijs verwachten: de leverancier kent dat extra voordeel toe aan de organisatie.
admin-hup-extra-other-office = Visio Professional 2019 en Project Professional 2019: uw medewerkers vinden ze onder „Overige Office-producten”.

## Accounts and approval (issue 12)
admin-nav-admins = Beheerders
admin-admins-title = Beheerders
admin-admins-lead = Iedereen die zich heeft aangemeld met een adres op de domeinen van uw organisatie. Een nieuw account ziet niets van uw organisatie tot een beheerder het goedkeurt.
admin-admins-col-email = Werkmailadres
admin-admins-col-role = Rol
admin-admins-col-status = Status
admin-admins-col-actions = Acties
admin-admins-you = (u)
admin-admins-role-admin = Beheerder (heeft een domein bewezen)
admin-admins-role-member = Beheerder
admin-admins-approved = Goedgekeurd
admin-admins-waiting = Wacht op goedkeuring
admin-admins-approve = Goedkeuren
admin-admins-approve-label = { $email } goedkeuren
admin-admins-remove = Verwijderen
admin-admins-remove-label = { $email } verwijderen
admin-waiting-title = Wacht op goedkeuring
admin-waiting-body = Uw account wacht op goedkeuring door { $email }. Vraag hen het goed te keuren op de pagina Beheerders; tot dan ziet u niets van uw organisatie.
admin-waiting-body-nobody = Uw account wacht op goedkeuring door een beheerder van uw organisatie; tot dan ziet u er niets van.
admin-error-remove-self = U kunt uw eigen account niet verwijderen.
admin-error-no-such-account = Dit account hoort niet bij uw organisatie.
admin-error-no-such-action = Kies Goedkeuren of Verwijderen.
admin-domain-remove = Verwijderen
admin-domain-remove-label = { $domain } verwijderen
admin-error-last-domain = Dit is het laatste geverifieerde domein van uw organisatie, dus het blijft. Verifieer eerst een ander domein.
admin-error-no-such-domain = Dit domein hoort niet bij uw organisatie.

## The HUP tab's states (issue 12): what is true, why, and the next step
admin-hup-not-eligible-why = Geen van de criteria van het programma geldt voor uw klant in de licentiegegevens:
admin-hup-not-eligible-next = Verwachtte u dat er een zou gelden, vraag dan licentieondersteuning uw overeenkomsten na te kijken (zie “Hulp nodig?” hieronder).
admin-hup-why-unmanaged = Medewerkers kunnen het nog niet gebruiken: uw organisatie is nog niet beheerd.
admin-hup-why-no-connection = Medewerkers kunnen het nog niet gebruiken: koppel eerst uw licentieovereenkomst.
admin-hup-why-pending = Medewerkers kunnen het nog niet gebruiken: de programmabeheerder heeft de koppeling nog niet goedgekeurd.
admin-hup-why-no-data = Medewerkers kunnen het nog niet gebruiken: de licentiegegevens van uw klant zijn nog niet geladen.
admin-hup-why-not-qualifying = Medewerkers kunnen het voordeel niet gebruiken, omdat uw organisatie niet in aanmerking komt.
admin-hup-why-off = Medewerkers kunnen het niet gebruiken zolang het uitgeschakeld is.

# issue 12: de programmavoorwaarden op het HUP-tabblad
admin-hup-terms-none = Nog niemand heeft de programmavoorwaarden aanvaard.
admin-hup-terms-accepted = Versie { $version } van de programmavoorwaarden is aanvaard door { $who } op { $date }.
admin-hup-terms-accepted-earlier = Een eerdere versie van de programmavoorwaarden is aanvaard door { $who } op { $date }.
admin-hup-terms-someone = een beheerder
admin-hup-terms-read = De programmavoorwaarden lezen (versie { $version })
admin-hup-terms-outdated = De aanbieder heeft een nieuwe versie ({ $version }) van de programmavoorwaarden gepubliceerd. Het voordeel blijft zoals het is; aanvaard de nieuwe versie om de aanvaarding van uw organisatie bij te werken.
admin-hup-terms-accept = Versie { $version } van de programmavoorwaarden aanvaarden
admin-hup-done-accepted = Gelukt: het voordeel staat aan en u hebt versie { $version } van de programmavoorwaarden aanvaard.
admin-hup-done-off = Gelukt: het voordeel staat uit. Werknemers kunnen het pas gebruiken als een beheerder het weer aanzet.
