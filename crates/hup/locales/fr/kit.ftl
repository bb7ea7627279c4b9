# Issue 17: the promotion kit as files (R13, R14): one zip per language with the PDF flyers,
# the digital flyer image, the email and newsletter copy as HTML, the intranet snippet and a PDF
# guide on promoting the program (R21–R24).

## The page, in the page's language.
kit-download-title = Tout le kit en un seul fichier
kit-download-body = Un zip avec les flyers à imprimer en PDF (A4 et US Letter), le flyer numérique en image pour l’intranet et les messageries, les textes de l’e-mail et de la lettre d’information en HTML, le bloc pour l’intranet et un guide pour faire connaître le programme (PDF).
kit-download-button = Télécharger le kit en { $language } (zip)

## On the flyers.
kit-m-scan = Scannez avec l’appareil photo de votre téléphone, ou saisissez :
kit-m-discounts-title = Remises actuelles
kit-m-discount-line = { $product }, { $term } : { $discount }
kit-m-footer = Le Home Use Program pour les employés de { $organization }

## The guide (guidance.pdf), in the material's language.
kit-guide-title = Faire connaître le Home Use Program
kit-guide-for = Un guide pour les administrateurs de { $organization }
kit-guide-link = Le lien pour vos employés : { $link }
kit-guide-when-title = Quand envoyer quoi
kit-guide-when-1 = Le jour où l’avantage est activé : envoyez l’e-mail à tous les employés et placez le flyer numérique sur l’intranet.
kit-guide-when-2 = La première semaine : imprimez le flyer pour les panneaux d’affichage, les salles de pause et les salles de réunion.
kit-guide-when-3 = Après deux ou trois mois : publiez l’article dans la lettre d’information, en guise de rappel.
kit-guide-when-4 = Pour chaque nouvel employé : ajoutez le flyer au dossier d’accueil.
kit-guide-when-5 = Une fois par an, et quand les remises changent : renvoyez l’e-mail.
kit-guide-ask-title = Ce que demandent les employés
kit-guide-ask-1 = Mon employeur voit-il ce que j’achète ? Non. Les administrateurs ne voient que des chiffres, jamais qui s’est inscrit ni ce que quelqu’un a acheté.
kit-guide-ask-2 = Quel compte dois-je utiliser ? Un compte personnel avec une adresse e-mail personnelle. L’adresse professionnelle confirme seulement que vous travaillez ici ; elle ne sert jamais à acheter ni à activer.
kit-guide-ask-3 = Que se passe-t-il si je pars ? Ce que vous avez acheté reste à vous. Pour acheter à nouveau au prix du programme, vous confirmez une adresse professionnelle actuelle.
kit-guide-ask-4 = Où sont Visio et Project Professional 2019 ? Sous « Autres produits Office », pour les organisations qui ont cet avantage supplémentaire. Les employés s’adressent à l’administrateur du programme.
kit-guide-ask-5 = Pourquoi mon pays n’apparaît-il pas ? Le programme n’est pas proposé partout, et certains pays achètent via un Store régional. La page du programme indique ce qui vaut pour chaque pays.
kit-guide-tips-title = Conseils
kit-guide-support-title = Où trouver de l’aide
kit-guide-support-employees = Employés ayant des questions sur l’achat, l’installation, les commandes, la facturation ou la connexion :
kit-guide-support-admins = Administrateurs : les questions sur le contrat de licence ou l’accès au centre d’administration vont au support des licences ; un avantage qui ne s’affiche pas comme prévu va au support des administrateurs du Store.
kit-guide-support-none = L’opérateur du programme n’a pas encore publié d’adresses de support.
