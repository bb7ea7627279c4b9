## employee messages (fr)

## Mail: confirm the work address (R16)
mail-employee-register-subject = Confirmez votre adresse professionnelle pour le Home Use Program
mail-employee-register-body = Quelqu’un, vous espérons-le, a demandé la remise du Home Use Program avec cette adresse professionnelle. Ouvrez le lien et appuyez sur Confirmer pour montrer que l’avantage de votre organisation s’applique à vous. Le lien fonctionne une fois, pendant { $hours } heures.
mail-employee-register-button = Confirmer mon adresse professionnelle
mail-employee-register-ignore = Vous n’avez rien demandé ? Ignorez cet e-mail ; rien ne se passe.

## Mail: confirm the personal account (R7)
mail-employee-account-subject = Confirmez votre compte personnel
mail-employee-account-body = Ouvrez le lien et appuyez sur Confirmer pour activer votre compte personnel du Home Use Program. Les achats vous appartiennent et ne touchent jamais à votre compte professionnel.
mail-employee-account-button = Activer mon compte
mail-employee-account-ignore = Vous n’avez pas créé de compte ? Ignorez cet e-mail ; rien ne se passe.

## Mail: password reset
mail-employee-reset-subject = Choisissez un nouveau mot de passe
mail-employee-reset-body = Ouvrez le lien pour choisir un nouveau mot de passe pour votre compte personnel. Le lien fonctionne une fois, pendant { $hours } heures.
mail-employee-reset-button = Choisir un nouveau mot de passe
mail-employee-reset-ignore = Vous n’avez rien demandé ? Ignorez cet e-mail ; votre mot de passe reste inchangé.

## Register (R15)
employee-register-title = Commencer
employee-register-lead = Saisissez votre adresse e-mail professionnelle. Nous y envoyons un lien pour confirmer que l’avantage de votre organisation s’applique à vous.
employee-field-work-email = Adresse e-mail professionnelle
employee-register-button = Envoyer le lien
employee-register-sent-title = Consultez votre boîte professionnelle
employee-register-sent-body = Un lien de confirmation est en route vers { $email }. Ouvrez-le sur n’importe quel appareil et appuyez sur Confirmer. Continuez ensuite ici ou là-bas : connectez-vous ou créez votre compte personnel.

## Confirm (R16)
employee-confirm-title = Confirmez votre adresse professionnelle
employee-confirm-body = Appuyez sur le bouton pour confirmer que cette adresse professionnelle est la vôtre. N’appuyez que si vous avez vous-même demandé la remise : le navigateur où vous l’avez demandée la reçoit aussi.
employee-confirm-used = Ce lien a déjà été utilisé : l’adresse professionnelle est confirmée. Connectez-vous ou créez votre compte personnel, sur cet appareil ou sur celui où vous vous êtes inscrit, pour débloquer les remises.
employee-confirm-gone = Ce lien ne peut pas être utilisé : il a expiré, ou un lien plus récent a été envoyé à la même adresse. Inscrivez à nouveau votre adresse professionnelle pour en obtenir un nouveau.
employee-confirm-missing = Cette page a besoin du lien de l’e-mail de confirmation. Inscrivez votre adresse professionnelle pour en obtenir un.
employee-register-again = Inscrire à nouveau mon adresse professionnelle
employee-link-unusable-title = Ce lien ne peut pas être utilisé
employee-have-account = Vous avez déjà un compte personnel ? Connectez-vous
employee-confirm-button = Confirmer
employee-confirmed-title = Votre adresse professionnelle est confirmée
employee-confirmed-body = Connectez-vous maintenant avec votre compte personnel, ou créez-en un, pour débloquer les remises.
employee-continue-button = Continuer

## Sign in or create the personal account (R7, R17)
employee-signin-title = Connectez-vous avec votre compte personnel
employee-signin-lead = Utilisez votre adresse e-mail personnelle, pas votre adresse professionnelle : les achats vous appartiennent et ne touchent jamais à votre compte professionnel.
employee-signin-claim = Votre adresse professionnelle { $email } est confirmée. Connectez-vous ou créez votre compte pour débloquer les remises.
employee-field-email = Adresse e-mail personnelle
employee-field-password = Mot de passe
employee-field-new-password = Choisissez un mot de passe
employee-field-password-hint = Au moins 8 caractères. Un mot de passe courant est refusé.
employee-field-country = Pays où vous vivez
employee-field-display-name = Votre nom (facultatif)
employee-signin-button = Se connecter
employee-create-title = Nouveau ? Créez votre compte personnel
employee-create-button = Créer le compte
employee-created-title = Consultez votre boîte personnelle
employee-created-body = Si l’adresse peut être utilisée, un lien pour activer votre compte est en route vers { $email }. Ouvrez-le, puis connectez-vous.
employee-forgot-password = Mot de passe oublié ?

## Confirm the personal account
employee-account-confirm-title = Activez votre compte personnel
employee-account-confirm-body = Appuyez sur le bouton pour activer votre compte personnel.
employee-account-confirm-button = Activer
employee-account-confirmed-title = Votre compte est actif
employee-account-confirmed-body = Votre compte est actif. Connectez-vous pour continuer.
employee-account-confirm-gone = Ce lien ne peut pas être utilisé : il a déjà servi, il a expiré, ou un plus récent a été envoyé. Si votre compte est actif, connectez-vous ; sinon, créez-le à nouveau pour obtenir un nouveau lien.
employee-account-confirm-missing = Cette page a besoin du lien de l’e-mail envoyé à votre adresse personnelle. Créez votre compte pour en obtenir un, ou connectez-vous.

## Password reset
employee-reset-title = Choisissez un nouveau mot de passe
employee-reset-lead = Saisissez l’adresse e-mail personnelle de votre compte. Si elle en a un, nous envoyons un lien pour choisir un nouveau mot de passe.
employee-reset-request-button = Envoyer le lien
employee-reset-sent-title = Consultez votre boîte personnelle
employee-reset-sent-body = Si { $email } a un compte, un lien est en route.
employee-reset-button = Enregistrer le nouveau mot de passe
employee-reset-gone = Ce lien ne peut pas être utilisé : il a déjà servi, il a expiré, ou un plus récent a été envoyé. Demandez un nouveau lien.
employee-reset-again = Demander un nouveau lien
employee-reset-done-title = Votre mot de passe est modifié
employee-reset-done-body = Vous avez été déconnecté partout. Connectez-vous avec le nouveau mot de passe.

## Account (R17)
employee-account-title = Votre compte
employee-account-email = Adresse e-mail personnelle
employee-account-country = Pays
employee-account-name = Nom
employee-account-benefit = Votre avantage
employee-account-grant-active = La remise de votre organisation est débloquée via { $email } jusqu’au { $date }.
employee-account-grant-expired = La remise via { $email } a pris fin. Confirmez à nouveau votre adresse professionnelle pour acheter avec la remise ; ce que vous avez acheté reste à vous.
employee-account-no-grant = Aucune adresse professionnelle n’est encore confirmée pour ce compte.
employee-account-register-link = Confirmer une adresse professionnelle
employee-account-claim-failed = La confirmation de votre adresse professionnelle n’a pas pu être utilisée (elle a expiré ou a déjà servi). Inscrivez-vous à nouveau.
employee-signout = Se déconnecter
employee-signed-in-as = Connecté en tant que { $email }

## Errors next to the fields
employee-error-csrf = Le formulaire a expiré. Veuillez réessayer.
employee-error-invalid-email = Ce n’est pas une adresse e-mail valide.
employee-error-not-participating = Votre organisation ({ $domain }) ne participe pas (encore) au Home Use Program. Renseignez-vous auprès de votre service informatique.
employee-error-work-address = C’est l’adresse d’une organisation. Utilisez votre adresse personnelle : les achats vous appartiennent et ne touchent jamais à votre compte professionnel.
employee-error-password-short = Le mot de passe doit compter au moins 8 caractères.
employee-error-password-long = Le mot de passe peut compter au plus 256 caractères.
employee-error-password-common = Ce mot de passe fait partie des plus courants. Choisissez-en un autre.
employee-error-country = Choisissez le pays où vous vivez.
employee-error-display-name = Le nom doit tenir sur une ligne d’au plus 100 caractères, sans caractères de contrôle.
employee-error-invalid-token = Ce lien n’est plus valide. Recommencez pour en obtenir un nouveau.
employee-error-invalid-claim = La confirmation de votre adresse professionnelle n’est plus valide. Inscrivez-vous à nouveau.
employee-error-credentials = L’adresse ou le mot de passe est incorrect.
employee-error-not-confirmed = Confirmez d’abord votre adresse personnelle : ouvrez le lien que nous y avons envoyé.
employee-error-throttled = Trop de tentatives. Réessayez dans { $wait }.
employee-wait-seconds = { $n ->
    [one] 1 seconde
   *[other] { $n } secondes
}
employee-wait-minutes = { $n ->
    [one] environ une minute
   *[other] environ { $n } minutes
}
employee-wait-hours = { $n ->
    [one] environ une heure
   *[other] environ { $n } heures
}
employee-error-consumer-domain = { $domain } est un domaine de messagerie grand public, pas celui d’une organisation. Utilisez votre adresse professionnelle.
employee-nav-label = Vos pages
employee-nav-offers = Offres
employee-nav-orders = Commandes
employee-nav-account = Compte
# Issue 12: changing the account.
employee-account-profile = Vos informations
employee-account-country-hint = Votre pays détermine les offres que vous voyez et leurs prix.
employee-account-save = Enregistrer vos informations
employee-account-saved-profile = Vos informations sont enregistrées.
employee-account-password = Changer votre mot de passe
employee-account-current-password = Mot de passe actuel
employee-account-new-password = Nouveau mot de passe
employee-account-change-password = Changer le mot de passe
employee-account-saved-password = Votre mot de passe est modifié. Vous êtes déconnecté partout ailleurs.
employee-error-wrong-current-password = Ce n’est pas votre mot de passe actuel.

# issue 12: the organization paused the benefit
employee-account-grant-paused = Votre organisation a suspendu l’avantage dont vous bénéficiez via { $email } : pour l’instant, vous ne pouvez pas acheter avec la remise. Il n’y a rien à confirmer à nouveau ; renseignez-vous auprès de votre service informatique, ou revenez plus tard. Ce que vous avez acheté reste à vous.
