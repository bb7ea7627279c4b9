# The promotion kit for org admins (R13, R14): the page in the admin center, and the material
# itself (flyers, email and newsletter copy), each in the language the admin picks.

## The page, in the page's language.
promo-link = Faire connaître le programme à vos employés
promo-title = Faire connaître le programme
promo-lead = Des flyers à imprimer ou à mettre sur votre intranet, des textes prêts pour un e-mail et une lettre d’information, et des conseils pour faire passer le message. Chaque document contient le lien pour vos employés.
promo-language-en = anglais
promo-language-nl = néerlandais
promo-language-de = allemand
promo-language-fr = français
promo-language-es = espagnol
promo-language-ja = japonais
promo-material-label = Langue du matériel
promo-material-button = Afficher le matériel
promo-material-unknown = Il n’y a pas de matériel dans cette langue. Choisissez-en une dans la liste.
promo-downloads-title = Matériel en { $language }
promo-flyer-title = Flyer à imprimer
promo-flyer-body = Une page A4 à imprimer pour les panneaux d’affichage, les salles de pause et les dossiers d’accueil.
promo-flyer-open = Ouvrir pour imprimer
promo-flyer-download = Télécharger
promo-intranet-title = Flyer numérique
promo-intranet-body = Un court bloc HTML à coller dans une page de l’intranet.
promo-email-title = E-mail
promo-email-body = Objet et texte d’un e-mail à tous les employés.
promo-newsletter-title = Lettre d’information
promo-newsletter-body = Un court article pour la lettre d’information interne.
promo-download = Télécharger
promo-preview-title = Aperçu de l’e-mail
promo-link-in-material = Le matériel dirige vos employés vers { $link }.
promo-inactive-off = Le matériel contient le lien de vos employés : il est donc proposé tant que les employés peuvent utiliser l’avantage. Activez d’abord l’avantage.
promo-inactive-not-eligible = Le matériel contient le lien de vos employés : il est donc proposé tant que les employés peuvent utiliser l’avantage. Votre organisation n’est pas éligible pour le moment.
promo-back = Retour à l’onglet HUP
promo-guidance-title = Conseils pour faire connaître le programme
promo-guidance-1 = Envoyez l’e-mail à tout le monde dès que l’avantage est activé, et reprenez-le dans la lettre d’information quelques mois plus tard.
promo-guidance-2 = Placez le flyer numérique sur la page de l’intranet où les employés cherchent leurs avantages.
promo-guidance-3 = Imprimez le flyer pour les panneaux d’affichage et les salles de pause, et ajoutez-le au dossier d’accueil des nouveaux employés.
promo-guidance-4 = Dites clairement que les employés achètent avec un compte personnel et une adresse e-mail personnelle : le compte professionnel n’est jamais utilisé, et l’informatique ne gère pas ces achats.
promo-guidance-5 = Orientez les questions sur les commandes, la facturation et l’installation vers la page du programme et le support du Store, pas vers votre service d’assistance.
promo-guidance-6 = Suivez les chiffres d’inscription dans l’onglet HUP pour voir si le message passe.

## The material, in the chosen language.
promo-m-headline = Des logiciels pour la maison, à prix réduit
promo-m-pitch = { $organization } participe au Home Use Program. En tant qu’employé, vous achetez les logiciels grand public de l’éditeur pour la maison à prix réduit, avec votre propre compte personnel, pour vos propres appareils.
promo-m-steps-title = Comment ça marche
promo-m-step-register = Inscrivez-vous : allez sur { $link }, choisissez « Commencer » et saisissez votre adresse e-mail professionnelle.
promo-m-step-confirm = Confirmez : ouvrez le lien que nous envoyons à votre adresse professionnelle.
promo-m-step-signin = Connectez-vous avec votre compte personnel, lié à une adresse e-mail personnelle (jamais votre compte professionnel), et découvrez vos remises.
promo-m-discounts = Les remises actuelles sur chaque produit sont sur la page du programme : { $link }
promo-m-personal = Ce que vous achetez vous appartient : cela ne touche pas aux abonnements ni aux limites d’appareils de votre organisation. Activez-le avec votre compte personnel.
promo-m-cta = Commencez sur { $link }
promo-m-email-subject = Nouveau pour vous : des logiciels pour la maison à prix réduit
promo-m-greeting = Chère collègue, cher collègue,
promo-m-email-closing = Bien cordialement,
promo-m-signature = L’équipe informatique de { $organization }
promo-m-newsletter-title = Des logiciels pour la maison à prix réduit, grâce à { $organization }
