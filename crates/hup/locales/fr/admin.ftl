## admin messages (fr)

## Admin center: layout
admin-center-title = Centre d’administration
admin-nav-label = Centre d’administration
admin-nav-domains = Domaines
admin-nav-hup = Facturation › Vos produits › Avantages › HUP
admin-signed-in-as = Connecté en tant que { $email }
admin-signout = Se déconnecter
admin-landing-lead = Gérez le Home Use Program pour votre organisation : prouvez votre domaine, connectez votre contrat de licence et activez l’avantage pour vos collègues.

## Work accounts
admin-field-work-email = Adresse e-mail professionnelle
admin-field-password = Mot de passe
admin-field-password-hint = Au moins 10 caractères.
admin-signin-title = Se connecter au centre d’administration
admin-signin-button = Se connecter
admin-no-account = Pas encore de compte administrateur ?
admin-signup-link = Créer un compte administrateur
admin-signup-title = Créer un compte administrateur
admin-signup-lead = Utilisez votre adresse e-mail professionnelle. Nous y envoyons un lien pour la confirmer. Les adresses de services de messagerie grand public comme gmail.com ne peuvent pas être utilisées.
admin-signup-button = Créer le compte
admin-signup-sent-title = Consultez votre boîte professionnelle
admin-signup-sent-body = Si l’adresse peut être utilisée, un lien de confirmation est en route vers { $email }. Ouvrez-le pour activer votre compte.
admin-confirm-title = Confirmez votre adresse professionnelle
admin-confirm-body = Appuyez sur le bouton pour confirmer cette adresse et activer votre compte administrateur.
admin-confirm-button = Confirmer mon adresse
admin-confirmed-title = Votre adresse est confirmée
admin-confirmed-body = Votre compte administrateur est actif. Connectez-vous pour continuer.
admin-have-account = Déjà confirmé ?

## Form errors
admin-error-invalid-token = Ce lien n’est plus valide. Inscrivez-vous à nouveau pour en obtenir un nouveau.
admin-error-credentials = L’adresse ou le mot de passe est incorrect.
admin-error-throttled = Trop de tentatives échouées. Attendez un quart d’heure et réessayez.
admin-error-csrf = Le formulaire a expiré. Veuillez réessayer.
admin-error-consumer-domain = { $domain } est un service de messagerie grand public, pas le domaine d’une organisation.
admin-error-invalid-email = Ce n’est pas une adresse e-mail professionnelle valide.
admin-error-invalid-domain = Ce n’est pas un domaine qu’une organisation peut posséder.
admin-error-password = Le mot de passe doit compter au moins 10 caractères.
admin-error-password-common = Ce mot de passe fait partie des plus courants. Choisissez-en un autre.
admin-error-forbidden = Seul un administrateur d’une organisation gérée peut faire cela.
admin-error-unknown-customer = Aucun contrat de licence n’a ce numéro de client.
admin-error-conflict = Ce numéro de client est connecté à une autre organisation, ou la vôtre est déjà connectée à un autre.

## Domains (R10, R12)
admin-domains-title = Domaines
admin-domains-lead = Prouvez que votre organisation possède son domaine : publiez un enregistrement TXT avec la valeur affichée, puis appuyez sur Vérifier. Un domaine vérifié fait de votre organisation une organisation gérée, et de vous son administrateur.
admin-domains-empty = Aucun domaine pour le moment. Ajoutez d’abord le domaine de votre adresse e-mail professionnelle.
admin-domain-col-domain = Domaine
admin-domain-col-status = État
admin-domain-col-record = Valeur de l’enregistrement TXT
admin-domain-verified = Vérifié
admin-domain-pending = Pas encore vérifié
admin-domain-verify = Vérifier
admin-domain-add-label = Domaine, par exemple contoso.com
admin-domain-add-button = Ajouter le domaine
admin-domain-howto-title = Comment publier l’enregistrement
admin-domain-howto = Dans l’interface de votre fournisseur DNS, ajoutez au domaine lui-même (hôte « @ ») un enregistrement de type TXT avec exactement la valeur affichée. Les autres enregistrements TXT peuvent rester. Un nouvel enregistrement peut mettre un moment à devenir visible ; si Vérifier ne le trouve pas encore, réessayez plus tard.
admin-copy = Copier
admin-copied = Copié
admin-dns-no-such-domain = Ce domaine n’existe pas : les serveurs de noms ne le connaissent pas.
admin-dns-no-record = Le domaine n’a pas encore d’enregistrement TXT.
admin-dns-wrong-value = Les enregistrements TXT du domaine ne contiennent pas la valeur affichée.
admin-dns-timeout = Les serveurs de noms n’ont pas répondu à temps. Réessayez dans un instant.
admin-dns-lookup-failed = La requête DNS a échoué. Réessayez dans un instant.
admin-dns-held-elsewhere = Une autre organisation a déjà prouvé ce domaine.
admin-verified-now = { $domain } est vérifié. Votre organisation est gérée et vous en êtes l’administrateur.
admin-members-note = Votre organisation n’est pas encore gérée. Toute personne qui en fait partie peut prouver son domaine et en devenir ainsi l’administrateur.

## The HUP tab (R1, R9, R20, R21)
admin-hup-title = Home Use Program
admin-hup-breadcrumb = Facturation › Vos produits › Avantages › HUP
admin-hup-unmanaged = Votre organisation n’est pas encore gérée : prouvez d’abord l’un de ses domaines.
admin-hup-connect-title = Contrat de licence
admin-hup-connect-lead = Connectez le numéro de client du contrat de licence en volume de votre organisation.
admin-hup-customer-number = Numéro de client
admin-hup-connect-button = Connecter
admin-hup-connection-approved = Connecté au client { $number }.
admin-hup-connection-pending = Le client { $number } attend l’approbation de l’opérateur du programme, car l’adresse de contact du contrat n’appartient à aucun de vos domaines vérifiés.
admin-hup-verdict-title = Votre organisation est-elle éligible ?
admin-hup-eligible = Oui, votre organisation est éligible.
admin-hup-not-eligible = Non, votre organisation n’est pas éligible pour le moment.
admin-hup-no-verdict = Connectez votre contrat de licence pour savoir si votre organisation est éligible.
admin-hup-no-data = Les données de licence de ce client ne sont pas encore chargées. Dès qu’elles le sont, le résultat s’affiche ici.
admin-hup-awaiting-approval = Le résultat s’affiche ici dès que l’opérateur du programme a approuvé la connexion.
admin-hup-valid-until = Valable jusqu’au { $date }.
admin-hup-because = En raison de :
admin-hup-criterion-a = une Software Assurance active sur des applications Office éligibles
admin-hup-criterion-b = Microsoft 365 E3 ou E5 via la Software Assurance
admin-hup-criterion-c = au moins 2 000 licences Microsoft 365 E3 et E5 pour un client commercial ou public
admin-hup-criterion-d = un client de l’éducation ou à but non lucratif
admin-hup-criterion-other = critère { $id }
admin-hup-agreements = contrats : { $list }
admin-hup-switch-title = L’avantage
admin-hup-on = L’avantage est activé.
admin-hup-off = L’avantage est désactivé.
admin-hup-active = Les employés peuvent l’utiliser maintenant.
admin-hup-inactive = Les employés ne peuvent pas l’utiliser maintenant.
admin-hup-turn-on = Activer et accepter les conditions du programme
admin-hup-turn-off = Désactiver
admin-hup-terms = Activer l’avantage, c’est accepter les conditions du programme au nom de votre organisation.
admin-hup-link-title = Le lien pour vos employés
admin-hup-link-lead = Donnez ce lien à vos collègues. Ils s’inscrivent avec leur adresse e-mail professionnelle et achètent avec leur compte personnel.
admin-hup-counts-title = Inscriptions
admin-hup-counts-lead = Des chiffres seulement : vous ne voyez jamais qui s’est inscrit ni ce que quelqu’un a acheté.
admin-hup-count-registrations = Inscriptions
admin-hup-count-confirmations = Adresses professionnelles confirmées
admin-hup-count-bound = Comptes personnels liés
admin-hup-fewer-than-5 = moins de 5
admin-hup-support-title = Besoin d’aide ?
admin-hup-support-licensing = Des questions sur votre contrat de licence, ou sur l’accès à ce centre d’administration : contactez le support des licences.
admin-hup-support-store = Vous êtes connecté, mais l’avantage ne s’affiche pas comme prévu : contactez le support des administrateurs du Store.

## Mail
mail-admin-confirm-subject = Confirmez votre adresse professionnelle pour le centre d’administration
mail-admin-confirm-body = Quelqu’un, probablement vous, a créé un compte administrateur du Home Use Program avec cette adresse. Ouvrez le lien et confirmez pour l’activer.
mail-admin-confirm-button = Confirmer mon adresse
mail-admin-confirm-ignore = Vous n’avez rien demandé ? Ignorez cet e-mail : rien ne se passe sans la confirmation.
mail-domain-unverified-subject = Un domaine de votre organisation n’est plus vérifié
mail-domain-unverified-body = Pendant 7 jours, nous n’avons pas trouvé l’enregistrement de preuve sur { $domain } : il n’est donc plus vérifié et les employés qui y ont une adresse ne peuvent pas s’inscrire. Publiez à nouveau l’enregistrement et appuyez sur Vérifier dans le centre d’administration.
admin-hup-extra-title = Avantages supplémentaires
admin-hup-extra-none = Aucun. Les employés de l’ancien programme qui attendent Visio ou Project Professional 2019 au prix du programme : l’éditeur accorde cet avantage supplémentaire à l’organisation.
admin-hup-extra-other-office = Visio Professional 2019 et Project Professional 2019 : vos employés les trouvent sous « Autres produits Office ».

## Accounts and approval (issue 12)
admin-nav-admins = Administrateurs
admin-admins-title = Administrateurs
admin-admins-lead = Toutes les personnes inscrites avec une adresse sur les domaines de votre organisation. Un nouveau compte ne voit rien de votre organisation tant qu’un administrateur ne l’a pas approuvé.
admin-admins-col-email = Adresse e-mail professionnelle
admin-admins-col-role = Rôle
admin-admins-col-status = État
admin-admins-col-actions = Actions
admin-admins-you = (vous)
admin-admins-role-admin = Administrateur (a prouvé un domaine)
admin-admins-role-member = Administrateur
admin-admins-approved = Approuvé
admin-admins-waiting = En attente d’approbation
admin-admins-approve = Approuver
admin-admins-approve-label = Approuver { $email }
admin-admins-remove = Supprimer
admin-admins-remove-label = Supprimer { $email }
admin-waiting-title = En attente d’approbation
admin-waiting-body = Votre compte attend l’approbation de { $email }. Demandez-lui de l’approuver sur la page Administrateurs ; d’ici là, vous ne voyez rien de votre organisation.
admin-waiting-body-nobody = Votre compte attend l’approbation d’un administrateur de votre organisation ; d’ici là, vous n’en voyez rien.
admin-error-remove-self = Vous ne pouvez pas supprimer votre propre compte.
admin-error-no-such-account = Ce compte n’appartient pas à votre organisation.
admin-error-no-such-action = Choisissez Approuver ou Supprimer.
admin-domain-remove = Supprimer
admin-domain-remove-label = Supprimer { $domain }
admin-error-last-domain = C’est le dernier domaine vérifié de votre organisation : il reste. Vérifiez d’abord un autre domaine.
admin-error-no-such-domain = Ce domaine n’appartient pas à votre organisation.

## The HUP tab's states (issue 12): what is true, why, and the next step
admin-hup-not-eligible-why = Aucun des critères du programme n’est rempli par votre client dans les données de licence :
admin-hup-not-eligible-next = Si vous pensiez que l’un d’eux était rempli, demandez au support des licences de vérifier vos contrats (voir « Besoin d’aide ? » ci-dessous).
admin-hup-why-unmanaged = Les employés ne peuvent pas encore l’utiliser : votre organisation n’est pas gérée.
admin-hup-why-no-connection = Les employés ne peuvent pas encore l’utiliser : connectez d’abord votre contrat de licence.
admin-hup-why-pending = Les employés ne peuvent pas encore l’utiliser : l’opérateur du programme n’a pas approuvé la connexion.
admin-hup-why-no-data = Les employés ne peuvent pas encore l’utiliser : les données de licence de votre client ne sont pas chargées.
admin-hup-why-not-qualifying = Les employés ne peuvent pas utiliser l’avantage, car votre organisation n’est pas éligible.
admin-hup-why-off = Les employés ne peuvent pas l’utiliser tant qu’il est désactivé.

# issue 12: the program terms on the HUP tab
admin-hup-terms-none = Personne n’a encore accepté les conditions du programme.
admin-hup-terms-accepted = La version { $version } des conditions du programme a été acceptée par { $who } le { $date }.
admin-hup-terms-accepted-earlier = Une version antérieure des conditions du programme a été acceptée par { $who } le { $date }.
admin-hup-terms-someone = un administrateur
admin-hup-terms-read = Lire les conditions du programme (version { $version })
admin-hup-terms-outdated = L’opérateur a publié une nouvelle version ({ $version }) des conditions du programme. L’avantage reste tel quel ; acceptez la nouvelle version pour que l’acceptation de votre organisation reste à jour.
admin-hup-terms-accept = Accepter la version { $version } des conditions du programme
admin-hup-done-accepted = C’est fait : l’avantage est activé et vous avez accepté la version { $version } des conditions du programme.
admin-hup-done-off = C’est fait : l’avantage est désactivé. Les employés ne peuvent pas l’utiliser tant qu’un administrateur ne l’a pas réactivé.
