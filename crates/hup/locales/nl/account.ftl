# issue 16: persoonsgegevens — de export, het account verwijderen, het einde van het recht.

## Het einde van het recht, op /account en /offers
account-grant-expired = De korting van uw organisatie via { $email } is op { $date } verlopen. Bevestig uw werkadres opnieuw om weer met korting te kopen. Wat u kocht blijft van u, en abonnementen worden gewoon verlengd.

## /account: uw gegevens
account-data-heading = Uw gegevens
account-data-intro = Download in één bestand alles wat het Thuisgebruikprogramma over u bewaart, of verwijder uw account.
account-export-link = Mijn gegevens downloaden (JSON)
account-delete-link = Mijn account verwijderen

## /account/delete
account-delete-title = Uw account verwijderen
account-delete-intro = Een verwijderd account komt niet terug. Meteen:
account-delete-sessions = wordt u overal afgemeld;
account-delete-renewals = worden abonnementen die u via het programma kocht niet meer verlengd;
account-delete-erased = worden uw naam, uw persoonlijke adres, uw werkadressen en de mail daarheen gewist;
account-delete-orders = blijven uw bestellingen in de boeken van de leverancier, zonder uw naam of adressen.
account-delete-no-mail = U krijgt hierover geen mail: die zou het adres bewaren dat gewist wordt. Download eerst uw gegevens als u ze wilt houden.
account-delete-password = Uw wachtwoord
account-delete-button = Mijn account definitief verwijderen
account-delete-cancel = Mijn account houden
account-deleted-title = Uw account is verwijderd
account-deleted-body = Alles wat naar u verwees is gewist. U kunt zich altijd opnieuw registreren met hetzelfde werkadres.
account-deleted-home = Naar de programmapagina

## De mail 30 dagen voor het einde van een recht
mail-grant-ending-subject = Uw korting van het Thuisgebruikprogramma loopt bijna af
mail-grant-ending-body = De korting van uw organisatie via { $email } loopt af op { $date }. Bevestig uw werkadres opnieuw om met korting te blijven kopen: open de link, vul { $email } in en bevestig vanuit de mail die daarheen gaat.
mail-grant-ending-button = Mijn werkadres opnieuw bevestigen
mail-grant-ending-subscriptions = Abonnementen die u via het programma kocht worden hoe dan ook tegen hun prijs verlengd, en wat u kocht blijft van u.
