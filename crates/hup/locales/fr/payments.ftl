# Issue 13 : paiement par carte, livraison, reçus, annulation et remboursement (R18, R19).
order-status-pending_payment = En attente de paiement
order-status-payment_failed = Paiement échoué
order-status-paid = Payée
order-status-fulfilled = Livrée
order-status-cancelled = Annulée
order-status-refunded = Remboursée
order-next-pay = Payer la commande
# L'étape de vérification : droit de la consommation (directive UE relative aux droits des consommateurs, art. 16, point m).
order-review-vat = Tous les prix incluent la TVA.
order-review-consent = Je veux que le logiciel me soit livré immédiatement, et je sais que je perds mon droit de rétractation une fois qu'il est livré.
order-review-consent-missing = Veuillez confirmer que vous voulez que le logiciel soit livré immédiatement et que vous perdez votre droit de rétractation une fois qu'il l'est.
order-review-pay-button = Commander avec obligation de paiement ({ $price })
order-review-free-button = Commander pour { $price } (aucun paiement n'est perçu ici)
order-review-no-payment = Aucun paiement n'est perçu sur ce site : la commande est livrée immédiatement au prix du programme.
order-review-pay-next = Vous payez ensuite par carte ; rien n'est livré avant que le paiement soit reçu.
# La page de paiement.
pay-title = Payer la commande { $number }
pay-intro = Payez { $price } par carte. Les données de votre carte vont directement au prestataire de paiement, Stripe ; ce site ne les voit jamais.
pay-renewal-card = Votre carte est conservée avec votre compte pour payer les renouvellements au prix du programme jusqu'à ce que vous résiliiez l'abonnement.
pay-card-label = Données de la carte
pay-button = Payer { $price }
pay-needs-js = Le formulaire de carte du prestataire de paiement nécessite JavaScript. Activez JavaScript, ou annulez la commande ci-dessous.
pay-failed = Le paiement n'a pas abouti : { $reason } Réessayez avec une autre carte.
pay-card-failed = La carte n'a pas pu être utilisée. Vérifiez les données et réessayez.
pay-unavailable = Le prestataire de paiement n'a pas pu être joint. Rien n'a été débité ; veuillez réessayer dans un instant.
pay-processing = Le paiement est en cours de traitement. Rechargez cette page dans un instant pour voir le résultat.
pay-cancel = Annuler la commande
pay-back = Retour à la commande
# La page de la commande après le paiement.
order-paid-notice = Merci : votre paiement est reçu et votre commande est livrée. Le reçu est en route vers { $email }.
order-cancelled-notice = La commande est annulée. Rien n'a été débité.
order-refunded-notice = Cette commande a été remboursée ; sa licence a pris fin.
order-no-payment = Aucun paiement n'a été perçu sur ce site : la commande a été livrée au prix du programme.
order-pay-link = Payer maintenant
order-retry-link = Réessayer avec une autre carte
order-price = Prix
# Le reçu, sur la page de la commande et dans le courriel.
receipt-title = Reçu
receipt-number = Numéro de reçu
receipt-paid-on = Payé le
receipt-seller = Vendeur
receipt-seller-address = Adresse
receipt-vat-id = Numéro de TVA
receipt-vat = TVA incluse ({ $rate } %)
receipt-prices-include-vat = Le prix inclut la TVA.
