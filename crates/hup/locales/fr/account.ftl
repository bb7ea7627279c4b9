# issue 16 : données personnelles — l'export, la suppression du compte, la fin du droit.

## La fin du droit, sur /account et /offers
account-grant-expired = La remise de votre organisation via { $email } a expiré le { $date }. Pour acheter de nouveau avec la remise, confirmez de nouveau votre adresse professionnelle. Ce que vous avez acheté reste à vous, et les abonnements continuent de se renouveler.

## /account : vos données
account-data-heading = Vos données
account-data-intro = Téléchargez en un seul fichier tout ce que le Home Use Program conserve sur vous, ou supprimez votre compte.
account-export-link = Télécharger mes données (JSON)
account-delete-link = Supprimer mon compte

## /account/delete
account-delete-title = Supprimer votre compte
account-delete-intro = La suppression de votre compte est définitive. Immédiatement :
account-delete-sessions = vous êtes déconnecté partout ;
account-delete-renewals = les abonnements achetés via le programme ne se renouvellent plus ;
account-delete-erased = votre nom, votre adresse personnelle, vos adresses professionnelles et les courriels qui leur ont été envoyés sont effacés ;
account-delete-orders = vos commandes restent dans les comptes du fournisseur, sans votre nom ni vos adresses.
account-delete-no-mail = Aucun courriel ne le confirme : il conserverait l'adresse en cours d'effacement. Téléchargez d'abord vos données si vous souhaitez les garder.
account-delete-password = Votre mot de passe
account-delete-button = Supprimer définitivement mon compte
account-delete-cancel = Garder mon compte
account-deleted-title = Votre compte est supprimé
account-deleted-body = Tout ce qui vous désignait a été effacé. Vous pouvez vous inscrire de nouveau avec la même adresse professionnelle à tout moment.
account-deleted-home = Vers la page du programme

## Le courriel 30 jours avant la fin d'un droit
mail-grant-ending-subject = Votre remise Home Use Program prend bientôt fin
mail-grant-ending-body = La remise de votre organisation via { $email } prend fin le { $date }. Pour continuer à acheter avec la remise, confirmez de nouveau votre adresse professionnelle : ouvrez le lien, saisissez { $email } et confirmez depuis le courriel qui y est envoyé.
mail-grant-ending-button = Confirmer de nouveau mon adresse professionnelle
mail-grant-ending-subscriptions = Les abonnements achetés via le programme continuent dans tous les cas de se renouveler à leur prix, et ce que vous avez acheté reste à vous.
