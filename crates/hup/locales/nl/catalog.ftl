## catalog messages (nl)
program-discounts-title = Kortingen
program-discounts-lead = Wat het programma van de prijs afhaalt, voor het land dat u kiest. De prijzen zijn inclusief programmakorting; uw eigen land stelt u in bij uw persoonlijke account.
program-discounts-country = Land
program-discounts-show = Tonen
program-discounts-empty = Het programma heeft nog geen catalogus. De kortingen verschijnen hier zodra de leverancier er een publiceert.
col-product = Product
col-term = Looptijd
col-list-price = Catalogusprijs
col-discount = Korting
col-price = Uw prijs
term-p1y = 1 jaar
term-p1m = 1 maand
term-perpetual = Eenmalige aankoop
discount-percent = { $percent } % korting
discount-fixed = Programmaprijs
offer-regional-store = Verkocht via de regionale winkel
offer-other-office = Overige Office-producten: voor organisaties met dit extra voordeel
unavailable-not-offered = Het programma is in dit land niet beschikbaar.
unavailable-not-priced = Het programma heeft voor dit land nog geen prijzen.
unavailable-no-offers = In dit land zijn er geen aanbiedingen.
offers-title = Uw aanbiedingen
offers-country = Prijzen voor { $country }, het land van uw persoonlijke account.
offers-grant-until = het voordeel van uw organisatie geldt tot { $date }
offers-no-grant = Bevestig eerst uw werkadres: de programmaprijzen verschijnen hier zodra het voordeel van uw organisatie aan dit account is gekoppeld.
offers-grant-inactive = Uw recht is verlopen, of uw organisatie doet niet meer mee. Bevestig uw werkadres opnieuw om tegen de programmaprijs te kopen; wat u kocht blijft van u.
offers-confirm-link = Uw werkadres bevestigen
offers-col-where = Waar te koop
offers-regional-store-link = Kopen in de regionale winkel
offers-r22-guidance = Verwachtte u Visio Professional 2019 of Project Professional 2019 onder „Overige Office-producten”? Vraag de programmabeheerder van uw werkgever naar deze extra voordelen.
offers-personal-account = U koopt met uw persoonlijke account, voor uw eigen apparaten: het raakt nooit de abonnementen van uw organisatie.
discount-none = Geen korting

# issue 12: de organisatie heeft het voordeel gepauzeerd (de toegang loopt nog)
offers-organization-paused = Uw organisatie heeft het voordeel gepauzeerd, dus u kunt nu niets tegen de programmaprijs kopen. Uw werkadres opnieuw bevestigen verandert daar niets aan: vraag het uw IT-afdeling of kijk later nog eens. Wat u kocht, blijft van u.
