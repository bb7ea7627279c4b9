# issue 16: personenbezogene Daten — der Export, das Löschen des Kontos, das Ende der Berechtigung.

## Das Ende der Berechtigung, auf /account und /offers
account-grant-expired = Der Rabatt Ihrer Organisation über { $email } ist am { $date } abgelaufen. Um wieder mit Rabatt zu kaufen, bestätigen Sie Ihre geschäftliche Adresse erneut. Was Sie gekauft haben, bleibt Ihres, und Abonnements werden weiter verlängert.

## /account: Ihre Daten
account-data-heading = Ihre Daten
account-data-intro = Laden Sie alles, was das Home Use Program über Sie speichert, als eine Datei herunter, oder löschen Sie Ihr Konto.
account-export-link = Meine Daten herunterladen (JSON)
account-delete-link = Mein Konto löschen

## /account/delete
account-delete-title = Ihr Konto löschen
account-delete-intro = Das Löschen Ihres Kontos lässt sich nicht rückgängig machen. Sofort:
account-delete-sessions = werden Sie überall abgemeldet;
account-delete-renewals = werden über das Programm gekaufte Abonnements nicht mehr verlängert;
account-delete-erased = werden Ihr Name, Ihre private Adresse, Ihre geschäftlichen Adressen und die an sie gesendeten Mails gelöscht;
account-delete-orders = bleiben Ihre Bestellungen in den Büchern des Anbieters, ohne Ihren Namen oder Ihre Adressen.
account-delete-no-mail = Keine Mail bestätigt dies: Sie würde die Adresse behalten, die gerade gelöscht wird. Laden Sie Ihre Daten vorher herunter, wenn Sie sie behalten möchten.
account-delete-password = Ihr Passwort
account-delete-button = Mein Konto endgültig löschen
account-delete-cancel = Mein Konto behalten
account-deleted-title = Ihr Konto ist gelöscht
account-deleted-body = Alles, was Sie benannt hat, wurde gelöscht. Sie können sich jederzeit wieder mit derselben geschäftlichen Adresse registrieren.
account-deleted-home = Zur Programmseite

## Die Mail 30 Tage vor dem Ende einer Berechtigung
mail-grant-ending-subject = Ihr Home-Use-Program-Rabatt endet bald
mail-grant-ending-body = Der Rabatt Ihrer Organisation über { $email } endet am { $date }. Um weiter mit Rabatt zu kaufen, bestätigen Sie Ihre geschäftliche Adresse erneut: Öffnen Sie den Link, geben Sie { $email } ein und bestätigen Sie über die Mail, die dorthin geht.
mail-grant-ending-button = Meine geschäftliche Adresse erneut bestätigen
mail-grant-ending-subscriptions = Über das Programm gekaufte Abonnements werden in jedem Fall zu ihrem Preis weiter verlängert, und was Sie gekauft haben, bleibt Ihres.
