## Layout
site-name = Home Use Program
skip-to-content = Aller au contenu
nav-program = Programme
nav-get-started = Commencer
language-switch-label = Langue
footer-text = Les achats faits via le programme vous appartiennent : ils ne touchent jamais aux abonnements ni aux appareils de votre organisation.

## Program page (R2, R7, R15–R18)
program-title = Home Use Program
program-lead = Votre organisation participe ? Vous achetez alors les logiciels grand public de l’éditeur pour la maison à prix réduit, avec votre propre compte personnel, pour vos propres appareils.
program-get-started = Commencer
program-needs-title = Ce qu’il vous faut
program-needs-work-email = Une adresse e-mail professionnelle valide dans une organisation participante.
program-needs-personal-account = Un compte personnel actif, lié à une adresse e-mail personnelle. Votre compte professionnel n’est jamais utilisé pour ces achats.
program-steps-title = Comment ça marche
program-step-register-title = S’inscrire
program-step-register-body = Choisissez « Commencer » et saisissez votre adresse e-mail professionnelle.
program-step-confirm-title = Confirmer
program-step-confirm-body = Nous envoyons un lien à votre adresse professionnelle. Ouvrez-le et confirmez que vous y travaillez.
program-step-signin-title = Se connecter
program-step-signin-body = Connectez-vous avec votre compte personnel et découvrez les remises que vous offre l’avantage de votre organisation.
program-step-shop-title = Acheter
program-step-shop-body = Achetez et suivez votre commande. Ce que vous achetez reste à vous, même si vous changez d’emploi.
program-admins-title = Pour les administrateurs informatiques
program-admins-body = Activez l’avantage pour votre organisation dans le centre d’administration : prouvez votre domaine, connectez votre contrat de licence et donnez le lien à vos collègues.
program-admins-link = Aller au centre d’administration

## Errors
error-not-found-title = Page introuvable
error-not-found-body = Nous n’avons pas trouvé la page demandée. Vérifiez l’adresse, ou recommencez depuis la page du programme.
error-form-title = Le formulaire n’a pas pu être lu
error-form-body = Ce qui a été envoyé n’est pas un formulaire que cette page sait lire, ou il est trop volumineux. Revenez en arrière, vérifiez votre saisie et renvoyez-la.
error-internal-title = Un problème est survenu
error-internal-body = Une erreur inattendue nous a arrêtés. Rien de ce que vous avez saisi n’est perdu ; réessayez dans un instant.
error-back-home = Retour à la page du programme
error-reference = Référence : { $id }

## Developer mail viewer (demo mode only)
devmail-title = E-mails envoyés (démo)
devmail-lead = En mode démo, hup écrit chaque e-mail dans un dossier au lieu de l’envoyer. Vous les lisez ici.
devmail-empty = Aucun e-mail n’a encore été envoyé. Les e-mails apparaissent ici dès que hup en envoie un.
devmail-col-date = Date
devmail-col-to = À
devmail-col-subject = Objet
devmail-back = Tous les e-mails
devmail-not-found = Cet e-mail n’existe pas (ou plus).
devmail-text-version = Version texte

## Mail: demo welcome
mail-footer = Vous recevez ce message du Home Use Program.
mail-demo-welcome-subject = Votre démo du Home Use Program est prête
mail-demo-welcome-greeting = Bonjour,
mail-demo-welcome-body = Les données de démonstration sont chargées. Ouvrez la page du programme pour suivre le parcours d’un employé ou d’un administrateur :
mail-demo-welcome-closing = Bonne découverte.

## Where people with questions are sent (R21, R23, R24)
help-questions = Des questions ?
help-frequently-viewed = Pages fréquemment consultées
help-purchase_faq = Achat et installation : questions fréquentes
help-employee_faq = Questions fréquentes des employés
help-order_support = Support pour l’état des commandes, la facturation, l’installation d’Office et la connexion à Office
help-licensing_support = Support des licences
help-store_admin_support = Support des administrateurs du Store
help-subscriptions = Abonnements
help-licensing_service_center = Centre de service des licences en volume
help-business_store = Business Store
help-employee_store = Store des employés
help-licensing_overview = Vue d’ensemble des licences

# issue 12: the program terms (/terms)
terms-title = Conditions du programme
terms-version = Version { $version }

# issue 12: /dev/dns, the demo's name server
devdns-title = Serveur de noms (démo)
devdns-lead = En mode démo, hup répond lui-même aux requêtes TXT de la preuve de domaine : personne ne peut publier d’enregistrements pour les domaines .example. Publiez ici l’enregistrement que votre organisation publierait chez son fournisseur DNS.
devdns-how = Ajoutez un domaine dans le centre d’administration, copiez sa valeur TXT, publiez-la ici sur ce domaine, puis appuyez sur Vérifier.
devdns-domains-link = Vos domaines
devdns-link-lead = publier l’enregistrement TXT qui prouve un domaine.
devdns-domain = Domaine
devdns-value = Valeur TXT
devdns-publish = Publier l’enregistrement
devdns-records = Enregistrements publiés
devdns-empty = Aucun enregistrement n’est encore publié.
devdns-remove = Supprimer
devdns-error-csrf = Le formulaire a expiré. Veuillez réessayer.
devdns-error-domain = Ce n’est pas un nom de domaine, par exemple contoso-two.example.
devdns-error-value = La valeur doit compter de 1 à 255 caractères ASCII imprimables.
devdns-error-too-many = Ce domaine a déjà 5 enregistrements : supprimez-en un d’abord.
devdns-domains-note = Démo : les domaines .example ne figurent dans aucun DNS public. Publiez la valeur TXT sur le serveur de noms de la démo, puis appuyez sur Vérifier.
