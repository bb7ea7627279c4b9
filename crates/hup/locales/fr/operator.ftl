## operator console messages (fr), issue 15

## Layout
operator-console-title = Console de l’opérateur
operator-nav-label = Console de l’opérateur
operator-nav-overview = Vue d’ensemble
operator-nav-feed = Flux des licences
operator-nav-customers = Clients
operator-nav-tenants = Locataires
operator-nav-connections = Connexions
operator-nav-support = Support
operator-nav-documents = Catalogue et marchés
operator-nav-audit = Journal d’audit
operator-signed-in-as = Connecté en tant que { $email }
operator-signout = Se déconnecter

## Fields
operator-field-email = Adresse e-mail
operator-field-password = Mot de passe
operator-field-new-password = Choisissez un mot de passe
operator-field-new-password-hint = Au moins 12 caractères ; une longue phrase est l’idéal. Les mots de passe courants sont refusés.
operator-field-code = Code de votre application d’authentification

## Setup link
operator-setup-title = Configurez votre compte d’opérateur
operator-setup-lead = Ce compte est destiné à { $email }. Choisissez un mot de passe et connectez une application d’authentification : la connexion exige les deux.
operator-setup-app-title = Connectez votre application d’authentification
operator-setup-app-lead = Scannez le code QR avec une application d’authentification (par exemple Microsoft Authenticator, Google Authenticator ou 1Password), ou saisissez-y la clé ci-dessous. C’est une clé basée sur le temps : 6 chiffres, toutes les 30 secondes.
operator-setup-qr-caption = Code QR de la clé pour votre application d’authentification
operator-setup-secret-label = Ou saisissez cette clé :
operator-setup-code-hint = Les 6 chiffres que l’application affiche maintenant, pour prouver qu’elle est configurée.
operator-setup-button = Configurer mon compte

## Recovery codes
operator-recovery-title = Conservez vos codes de récupération
operator-recovery-lead = Votre compte est configuré. Si vous perdez votre application d’authentification, chacun de ces codes vous connecte une fois à la place d’un code de l’application. Conservez-les en lieu sûr, par exemple dans un gestionnaire de mots de passe.
operator-recovery-once = Ils ne sont affichés que maintenant. Lorsqu’ils sont épuisés, demandez à un autre opérateur d’exécuter « hup operators reset-mfa » pour votre adresse.
operator-recovery-continue = Continuer vers la connexion

## Sign-in
operator-signin-title = Connectez-vous à la console de l’opérateur
operator-signin-lead = Pour l’équipe du programme. Vous avez besoin de votre mot de passe et de votre application d’authentification.
operator-signin-code-hint = Les 6 chiffres que votre application affiche maintenant, ou l’un de vos codes de récupération.
operator-signin-button = Se connecter

## Errors
operator-error-csrf = Le formulaire a expiré. Veuillez réessayer.
operator-error-email = Saisissez une adresse e-mail, par exemple name@vendor.example.
operator-error-password = Le mot de passe doit comporter au moins 12 caractères.
operator-error-password-common = Ce mot de passe fait partie des plus courants. Choisissez-en un autre, par exemple une phrase de plusieurs mots.
operator-error-link = Ce lien de configuration n’est plus valide : il a déjà été utilisé, ou il date de plus de 24 heures. Demandez-en un nouveau (« hup operators reset-mfa »).
operator-error-code-format = Un code comporte 6 chiffres.
operator-error-code = Ce n’est pas le code que votre application affiche maintenant. Vérifiez que l’application a été configurée avec cette clé et que l’heure de votre appareil est juste.
operator-error-credentials = L’adresse, le mot de passe ou le code est incorrect.
operator-error-throttled = Trop de tentatives échouées. Patientez un peu et réessayez.
operator-error-account = Ce compte d’opérateur n’existe pas.

## Overview
operator-home-title = Vue d’ensemble du programme
operator-home-customers = Clients
operator-home-customers-value = { $customers } dans le flux des licences, dont { $eligible } éligibles
operator-home-employees = Employés
operator-home-employees-value = { $accounts } comptes personnels, { $enrolled } participants actuels
operator-home-orders = Commandes
operator-home-tenants = Locataires par état
operator-tenants-unmanaged = Non gérés (aucun domaine prouvé)
operator-tenants-benefit-off = Gérés, avantage désactivé
operator-tenants-not-taking-part = Avantage activé, pas encore de participation
operator-tenants-taking-part = Participent
operator-home-funnel = Entonnoir des employés
operator-home-funnel-lead = Jusqu’où les employés sont allés : des chiffres seulement, jamais qui.
operator-funnel-registered = Ont inscrit une adresse professionnelle
operator-funnel-confirmed = L’ont confirmée
operator-funnel-account = Ont un compte personnel
operator-funnel-bound = Ont lié l’adresse professionnelle
operator-funnel-bought = Ont acheté au moins une fois
operator-home-days = Commandes et ventes par jour
operator-home-days-lead = Les 90 derniers jours, du { $first } au { $last } (UTC).
operator-home-orders-per-day = Commandes par jour
operator-home-sales-per-day = Ventes par jour en { $currency }
operator-home-no-orders = Aucune commande au cours de ces 90 jours.
operator-col-state = État
operator-col-tenants = Locataires
operator-col-step = Étape
operator-col-employees = Employés
operator-col-day = Jour
operator-col-orders = Commandes
operator-col-paid = Payé ({ $currency })
operator-col-when = Quand
operator-col-by = Par
operator-col-customer = Client
operator-col-tenant = Locataire
operator-col-name = Nom
operator-col-decision = Décision
operator-col-requested-by = Demandé par
operator-col-agreement = Contrat
operator-col-product = Produit
operator-col-quantity = Quantité
operator-col-period = Période
operator-col-order = Commande
operator-col-status = Statut
operator-col-price = Prix (prix catalogue)
operator-yes = Oui
operator-no = Non
operator-search-button = Rechercher

## Licensing feed
operator-feed-title = Flux des licences
operator-feed-lead = Téléversez le flux des contrats de licence (CSV). Il est vérifié dans son ensemble : si une ligne est incorrecte, chaque ligne incorrecte est listée avec son numéro et rien n’est importé.
operator-feed-file = Fichier du flux (CSV)
operator-feed-file-hint = Jusqu’à 64 Mio ; importez les flux plus volumineux avec « hup agreements import FILE ».
operator-feed-snapshot = Le fichier contient toutes les lignes actuelles (instantané) : les lignes qui n’y figurent pas prennent fin à la date d’hier.
operator-feed-allow-empty = Importer un instantané même s’il ne contient aucune ligne (met fin à tous les contrats).
operator-feed-button = Importer
operator-feed-imported = Importé.
operator-feed-lines = Lignes
operator-feed-customers = Clients
operator-feed-eligible = Éligibles
operator-feed-written = Lignes ajoutées ou modifiées
operator-feed-ended = Lignes terminées / supprimées
operator-feed-unknown-products = Produits qu’aucun critère de la politique d’éligibilité ne compte (non refusés ; vérifiez s’il y a une faute de frappe) :
operator-feed-unknown-lines = { $lines } lignes, les premières aux lignes
operator-feed-rejected = { $rows } lignes incorrectes : rien n’a été importé.
operator-feed-no-file = Choisissez d’abord un fichier de flux.
operator-feed-empty-snapshot = L’instantané ne contient aucune ligne, il mettrait donc fin à tous les contrats ({ $lines } lignes enregistrées). Rien n’a été importé. Cochez « importer même sans lignes » uniquement si c’est bien ce que vous voulez.
operator-feed-read = Le fichier n’a pas pu être lu : { $reason }
operator-feed-unreadable = Le téléversement n’a pas pu être lu. Veuillez réessayer.
operator-feed-past = Imports précédents
operator-feed-no-past = Aucun flux n’a encore été importé.
operator-feed-snapshot-short = instantané
operator-feed-unknown-short = Produits non comptés

## Customers
operator-customers-title = Clients
operator-customers-search = Numéro de client ou nom
operator-customers-segment = Segment
operator-customers-verdict = Résultat
operator-customers-eligible = Éligible
operator-customers-not-eligible = Non éligible
operator-customers-until = Valable jusqu’au
operator-customers-as-of = Évalué le
operator-customers-criterion = Critère { $id }
operator-customers-total = { $quantity } licences comptées.
operator-customers-no-criterion = Aucun critère de la politique d’éligibilité n’est rempli.
operator-customers-none = Aucun client n’a de numéro ou de nom contenant « { $q } ».
operator-whatif-title = Essayer une modification de la politique
operator-whatif-lead = Modifiez ci-dessous la politique d’éligibilité (par exemple un seuil de 1500 au lieu de 2000) et voyez combien de clients seraient éligibles, calculé sur les lignes de contrat enregistrées. Rien n’est modifié : la politique en vigueur est définie avec HUP_POLICY.
operator-whatif-policy = Politique d’éligibilité (TOML)
operator-whatif-button = Comparer avec la politique en vigueur
operator-whatif-result = Avec cette politique, { $more } clients de plus sont éligibles, { $fewer } de moins.
operator-whatif-totals = Sur { $customers } clients, { $now } sont éligibles maintenant et { $then } le seraient.
operator-whatif-gained = Deviendraient éligibles :
operator-whatif-lost = Ne seraient plus éligibles :
operator-whatif-nothing-changed = Rien n’a été modifié.
operator-whatif-invalid = Cette politique n’est pas valide : { $reason }

## Tenants
operator-tenants-title = Locataires
operator-tenants-search = Domaine
operator-tenants-none = Aucun locataire n’a le domaine { $domain }.
operator-tenants-heading = Locataire { $id } · { $domain }
operator-tenants-managed = Géré
operator-tenants-domains = Domaines vérifiés
operator-tenants-admins = Administrateurs
operator-tenants-waiting = en attente d’approbation
operator-tenants-connection = Connexion de licences
operator-tenants-approved = approuvée
operator-tenants-pending = en attente de décision
operator-tenants-benefit = Avantage
operator-tenants-enrollment = Participation (chiffres seulement)
operator-tenants-enrollment-value = { $registered } inscrits, { $confirmed } confirmés, { $bound } participants actuels
operator-tenants-extra = Avantages supplémentaires
operator-tenants-granted-state = accordé
operator-tenants-not-granted = non accordé
operator-tenants-grant = Accorder
operator-tenants-withdraw = Retirer
operator-tenants-granted = L’avantage { $benefit } a été accordé au locataire { $tenant }.
operator-tenants-withdrawn = L’avantage { $benefit } a été retiré au locataire { $tenant }.
operator-tenants-bad-form = Ce locataire ou cet avantage n’existe pas.

## Connections
operator-connections-title = Connexions de licences
operator-connections-lead = Un administrateur d’organisation a demandé à connecter un client de licences dont le contact du contrat n’appartient à aucun des domaines vérifiés du locataire. Prenez une décision pour chacune ; le motif est conservé dans le journal d’audit.
operator-connections-none-waiting = Aucune connexion n’attend de décision.
operator-connections-reason = Motif
operator-connections-approve = Approuver
operator-connections-reject = Refuser
operator-connections-approved = La connexion du client { $customer } est approuvée.
operator-connections-rejected = La connexion du client { $customer } est refusée ; le client est libre de se connecter ailleurs.
operator-connections-none = Aucune connexion du client { $customer } n’attend de décision.
operator-connections-no-decision = Choisissez Approuver ou Refuser.
operator-connections-reason-needed = Indiquez un motif (une ligne) ; il est conservé avec la décision.
operator-connections-decided = Décisions
operator-connections-none-decided = Aucune décision pour l’instant.
operator-connections-was-approved = Approuvée
operator-connections-was-rejected = Refusée

## Support
operator-support-title = Recherche du support
operator-support-lead = Pour les questions sur une commande ou un compte personnel (R23) : recherchez une commande par son numéro ou un compte par son adresse personnelle.
operator-support-search = Numéro de commande ou adresse personnelle
operator-support-none = Aucune commande ni aucun compte personnel ne correspond à « { $q } ».
operator-support-country = Pays
operator-support-confirmed = Compte confirmé
operator-support-grant = Droit actuel
operator-support-grant-value = locataire { $tenant }, adresse professionnelle { $work }, jusqu’au { $until }
operator-support-no-grant = Aucun
operator-support-orders = Commandes
operator-support-no-orders = Aucune commande.

## Catalog and market rules
operator-documents-title = Catalogue et règles des marchés
operator-documents-lead = Téléversez un catalogue ou un document de règles des marchés (TOML), voyez ce qu’il changerait, puis publiez-le.
operator-documents-upload = Téléverser un document
operator-documents-kind = Document
operator-documents-catalog = Catalogue
operator-documents-markets = Règles des marchés
operator-documents-file = Fichier (TOML)
operator-documents-allow-empty = L’autoriser à supprimer toutes les lignes en vigueur d’un type.
operator-documents-preview = Voir ce qui changerait
operator-documents-would-change = Ce que la publication changerait
operator-documents-published = Publié
operator-documents-publish = Publier
operator-documents-rows = Lignes
operator-documents-total = Dans le document
operator-documents-added = Ajoutées
operator-documents-removed = Supprimées
operator-documents-changed = Modifiées
operator-documents-products = Produits
operator-documents-offers = Offres
operator-documents-price-lists = Listes de prix
operator-documents-market-rules = Règles par pays
operator-documents-invalid = Le document n’a pas été publié ; rien n’a changé :
operator-documents-no-file = Choisissez le type de document et un fichier.
operator-documents-not-utf8 = Le fichier n’est pas du texte UTF-8.
operator-documents-in-force = En vigueur
operator-documents-shipped = Rien n’a encore été publié : le catalogue et les règles des marchés livrés sont en vigueur.
operator-documents-version = version { $version }

## Audit log
operator-audit-title = Journal d’audit
operator-audit-lead = Chaque modification faite par un opérateur, dans ces pages, par l’API ou en ligne de commande, de la plus récente à la plus ancienne.
operator-audit-empty = Rien n’a encore été modifié.
operator-audit-from = Origine
operator-audit-action = Action
operator-audit-subject = Concerne
operator-audit-detail = Détails
operator-audit-older = Entrées plus anciennes
operator-audit-kind-operator = opérateur
operator-audit-kind-token = jeton d’opérateur
operator-audit-kind-cli = ligne de commande

## Refunds from the support look-up (issue 13)
operator-refund-column = Remboursement
operator-refund-button = Rembourser { $order }
operator-refund-done = La commande { $order } est remboursée : { $price } retourne à l’employé, et la licence a pris fin.
operator-refund-unknown = Cette commande n’existe pas.
operator-refund-not-paid = Seule une commande payée ou livrée peut être remboursée ; celle-ci ne l’est pas (ou plus).
operator-refund-unavailable = Le prestataire de paiement n’a pas pu être joint. Rien n’a été remboursé ; réessayez dans un instant.
