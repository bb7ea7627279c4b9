## catalog messages (fr)
program-discounts-title = Remises
program-discounts-lead = Ce que le programme retire du prix, pour le pays de votre choix. Les prix incluent la remise du programme ; votre propre pays se règle dans votre compte personnel.
program-discounts-country = Pays
program-discounts-show = Afficher
program-discounts-empty = Le programme n’a pas encore de catalogue. Les remises apparaissent ici dès que l’éditeur en publie un.
col-product = Produit
col-term = Durée
col-list-price = Prix catalogue
col-discount = Remise
col-price = Votre prix
term-p1y = 1 an
term-p1m = 1 mois
term-perpetual = Achat unique
discount-percent = { $percent } % de remise
discount-fixed = Prix du programme
offer-regional-store = Vendu par le Store régional
offer-other-office = Autres produits Office : pour les organisations qui ont cet avantage supplémentaire
unavailable-not-offered = Le programme n’est pas disponible dans ce pays.
unavailable-not-priced = Le programme n’a pas encore de prix pour ce pays.
unavailable-no-offers = Il n’y a pas d’offres dans ce pays.
offers-title = Vos offres
offers-country = Prix pour { $country }, le pays de votre compte personnel.
offers-grant-until = l’avantage de votre organisation est valable jusqu’au { $date }
offers-no-grant = Confirmez d’abord votre adresse professionnelle : les prix du programme apparaissent ici dès que l’avantage de votre organisation est lié à ce compte.
offers-grant-inactive = Votre éligibilité a pris fin, ou votre organisation ne participe plus. Confirmez à nouveau votre adresse professionnelle pour acheter au prix du programme ; ce que vous avez acheté reste à vous.
offers-confirm-link = Confirmer votre adresse professionnelle
offers-col-where = Où acheter
offers-regional-store-link = Acheter sur le Store régional
offers-r22-guidance = Vous attendiez Visio Professional 2019 ou Project Professional 2019 sous « Autres produits Office » ? Demandez à l’administrateur du programme de votre employeur ces avantages supplémentaires.
offers-personal-account = Vous achetez avec votre compte personnel, pour vos propres appareils : cela ne touche jamais aux abonnements de votre organisation.
discount-none = Aucune remise

# issue 12: the organization paused the benefit (the grant still runs)
offers-organization-paused = Votre organisation a suspendu l’avantage : il n’y a donc rien à acheter au prix du programme pour le moment. Confirmer à nouveau votre adresse professionnelle n’y changera rien : demandez à votre service informatique, ou revenez plus tard. Ce que vous avez acheté reste à vous.
