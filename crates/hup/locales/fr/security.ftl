## org admin security messages (fr), issue 15

security-nav = Sécurité
security-title = Sécurité de la connexion
security-lead = Protégez votre compte d’administrateur avec une application d’authentification : la connexion exige alors votre mot de passe et le code actuel de l’application.
security-required = Le programme de votre organisation exige une application d’authentification pour chaque administrateur. Configurez-la pour continuer.
security-app-lead = Scannez le code QR avec une application d’authentification (par exemple Microsoft Authenticator, Google Authenticator ou 1Password), ou saisissez-y la clé ci-dessous : 6 chiffres, toutes les 30 secondes.
security-qr-caption = Code QR de la clé pour votre application d’authentification
security-secret-label = Ou saisissez cette clé :
security-field-code = Code de votre application d’authentification
security-signin-code-hint = Uniquement si vous avez configuré une application d’authentification : ses 6 chiffres actuels, ou un code de récupération.
security-enrol = Activer
security-enrolled = Votre application d’authentification est configurée. Désormais, la connexion demande son code.
security-enrolled-lead = Une application d’authentification protège votre connexion. Il vous reste { $left } codes de récupération.
security-replace-title = Passer à une autre application ou à un autre appareil
security-remove = Désactiver
security-removed = L’application d’authentification est désactivée ; la connexion n’exige plus que votre mot de passe.
security-codes-title = Conservez vos codes de récupération
security-codes-lead = Si vous perdez votre application d’authentification, chacun de ces codes vous connecte une fois à la place d’un code. Conservez-les en lieu sûr ; ils ne sont affichés que maintenant.
security-error-code-format = Un code comporte 6 chiffres.
security-error-code = Ce n’est pas le code que votre application affiche maintenant. Vérifiez que l’application a été configurée avec cette clé et que l’heure de votre appareil est juste.
