## admin messages (de)

## Admin center: layout
admin-center-title = Admin Center
admin-nav-label = Admin Center
admin-nav-domains = Domänen
admin-nav-hup = Abrechnung › Ihre Produkte › Vorteile › HUP
admin-signed-in-as = Angemeldet als { $email }
admin-signout = Abmelden
admin-landing-lead = Verwalten Sie das Home Use Program für Ihre Organisation: Weisen Sie Ihre Domäne nach, verbinden Sie Ihren Lizenzvertrag und schalten Sie den Vorteil für Ihre Kollegen ein.

## Work accounts
admin-field-work-email = Geschäftliche E-Mail-Adresse
admin-field-password = Kennwort
admin-field-password-hint = Mindestens 10 Zeichen.
admin-signin-title = Beim Admin Center anmelden
admin-signin-button = Anmelden
admin-no-account = Noch kein Administratorkonto?
admin-signup-link = Administratorkonto erstellen
admin-signup-title = Administratorkonto erstellen
admin-signup-lead = Verwenden Sie Ihre geschäftliche E-Mail-Adresse. Wir senden dorthin einen Link zur Bestätigung. Adressen bei Verbraucher-Maildiensten wie gmail.com können nicht verwendet werden.
admin-signup-button = Konto erstellen
admin-signup-sent-title = Sehen Sie in Ihr geschäftliches Postfach
admin-signup-sent-body = Wenn die Adresse verwendet werden kann, ist ein Bestätigungslink unterwegs an { $email }. Öffnen Sie ihn, um Ihr Konto zu aktivieren.
admin-confirm-title = Geschäftliche Adresse bestätigen
admin-confirm-body = Drücken Sie auf die Schaltfläche, um diese Adresse zu bestätigen und Ihr Administratorkonto zu aktivieren.
admin-confirm-button = Meine Adresse bestätigen
admin-confirmed-title = Ihre Adresse ist bestätigt
admin-confirmed-body = Ihr Administratorkonto ist aktiv. Melden Sie sich an, um fortzufahren.
admin-have-account = Schon bestätigt?

## Form errors
admin-error-invalid-token = Dieser Link ist nicht mehr gültig. Registrieren Sie sich erneut, um einen neuen zu erhalten.
admin-error-credentials = Die Adresse oder das Kennwort ist falsch.
admin-error-throttled = Zu viele fehlgeschlagene Versuche. Warten Sie eine Viertelstunde und versuchen Sie es erneut.
admin-error-csrf = Das Formular ist abgelaufen. Bitte versuchen Sie es erneut.
admin-error-consumer-domain = { $domain } ist ein Verbraucher-Maildienst, keine Domäne einer Organisation.
admin-error-invalid-email = Das ist keine gültige geschäftliche E-Mail-Adresse.
admin-error-invalid-domain = Das ist keine Domäne, die eine Organisation besitzen kann.
admin-error-password = Das Kennwort braucht mindestens 10 Zeichen.
admin-error-password-common = Dieses Kennwort gehört zu den häufigsten. Wählen Sie ein anderes.
admin-error-forbidden = Nur ein Administrator einer verwalteten Organisation kann das tun.
admin-error-unknown-customer = Kein Lizenzvertrag hat diese Kundennummer.
admin-error-conflict = Diese Kundennummer ist mit einer anderen Organisation verbunden, oder Ihre ist bereits mit einer verbunden.

## Domains (R10, R12)
admin-domains-title = Domänen
admin-domains-lead = Weisen Sie nach, dass Ihre Organisation ihre Domäne besitzt: Veröffentlichen Sie einen TXT-Eintrag mit dem angezeigten Wert und drücken Sie dann auf Prüfen. Eine geprüfte Domäne macht Ihre Organisation zu einer verwalteten und Sie zu ihrem Administrator.
admin-domains-empty = Noch keine Domänen. Fügen Sie zuerst die Domäne Ihrer geschäftlichen E-Mail-Adresse hinzu.
admin-domain-col-domain = Domäne
admin-domain-col-status = Status
admin-domain-col-record = Wert des TXT-Eintrags
admin-domain-verified = Geprüft
admin-domain-pending = Noch nicht geprüft
admin-domain-verify = Prüfen
admin-domain-add-label = Domäne, zum Beispiel contoso.com
admin-domain-add-button = Domäne hinzufügen
admin-domain-howto-title = So veröffentlichen Sie den Eintrag
admin-domain-howto = Fügen Sie im Portal Ihres DNS-Anbieters der Domäne selbst (Host „@“) einen Eintrag vom Typ TXT mit genau dem angezeigten Wert hinzu. Andere TXT-Einträge können bleiben. Ein neuer Eintrag kann eine Weile brauchen, bis er sichtbar ist; findet Prüfen ihn noch nicht, versuchen Sie es später erneut.
admin-copy = Kopieren
admin-copied = Kopiert
admin-dns-no-such-domain = Diese Domäne gibt es nicht: Die Nameserver kennen sie nicht.
admin-dns-no-record = Die Domäne hat noch keinen TXT-Eintrag.
admin-dns-wrong-value = Die TXT-Einträge der Domäne enthalten den angezeigten Wert nicht.
admin-dns-timeout = Die Nameserver haben nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.
admin-dns-lookup-failed = Die DNS-Abfrage ist fehlgeschlagen. Versuchen Sie es gleich noch einmal.
admin-dns-held-elsewhere = Eine andere Organisation hat diese Domäne bereits nachgewiesen.
admin-verified-now = { $domain } ist geprüft. Ihre Organisation ist verwaltet und Sie sind ihr Administrator.
admin-members-note = Ihre Organisation ist noch nicht verwaltet. Jeder in ihr kann ihre Domäne nachweisen und so ihr Administrator werden.

## The HUP tab (R1, R9, R20, R21)
admin-hup-title = Home Use Program
admin-hup-breadcrumb = Abrechnung › Ihre Produkte › Vorteile › HUP
admin-hup-unmanaged = Ihre Organisation ist noch nicht verwaltet: Weisen Sie zuerst eine ihrer Domänen nach.
admin-hup-connect-title = Lizenzvertrag
admin-hup-connect-lead = Verbinden Sie die Kundennummer des Volumenlizenzvertrags Ihrer Organisation.
admin-hup-customer-number = Kundennummer
admin-hup-connect-button = Verbinden
admin-hup-connection-approved = Verbunden mit Kunde { $number }.
admin-hup-connection-pending = Kunde { $number } wartet auf die Genehmigung durch den Programmbetreiber, weil die Kontaktadresse des Vertrags nicht zu einer Ihrer geprüften Domänen gehört.
admin-hup-verdict-title = Ist Ihre Organisation berechtigt?
admin-hup-eligible = Ja, Ihre Organisation ist berechtigt.
admin-hup-not-eligible = Nein, Ihre Organisation ist derzeit nicht berechtigt.
admin-hup-no-verdict = Verbinden Sie Ihren Lizenzvertrag, um zu sehen, ob Ihre Organisation berechtigt ist.
admin-hup-no-data = Die Lizenzdaten dieses Kunden sind noch nicht geladen. Sobald sie es sind, erscheint das Ergebnis hier.
admin-hup-awaiting-approval = Das Ergebnis erscheint hier, sobald der Programmbetreiber die Verbindung genehmigt hat.
admin-hup-valid-until = Das gilt bis { $date }.
admin-hup-because = Aufgrund von:
admin-hup-criterion-a = aktiver Software Assurance für berechtigte Office-Anwendungen
admin-hup-criterion-b = Microsoft 365 E3 oder E5 über Software Assurance
admin-hup-criterion-c = mindestens 2.000 Lizenzen von Microsoft 365 E3 und E5 für einen gewerblichen Kunden oder einen Kunden aus dem öffentlichen Sektor
admin-hup-criterion-d = einem Kunden aus Bildung oder gemeinnützigem Bereich
admin-hup-criterion-other = Kriterium { $id }
admin-hup-agreements = Verträge: { $list }
admin-hup-switch-title = Der Vorteil
admin-hup-on = Der Vorteil ist eingeschaltet.
admin-hup-off = Der Vorteil ist ausgeschaltet.
admin-hup-active = Mitarbeiter können ihn jetzt nutzen.
admin-hup-inactive = Mitarbeiter können ihn jetzt nicht nutzen.
admin-hup-turn-on = Einschalten und Programmbedingungen akzeptieren
admin-hup-turn-off = Ausschalten
admin-hup-terms = Mit dem Einschalten akzeptieren Sie die Programmbedingungen im Namen Ihrer Organisation.
admin-hup-link-title = Der Link für Ihre Mitarbeiter
admin-hup-link-lead = Geben Sie diesen Link an Ihre Kollegen weiter. Sie registrieren sich mit ihrer geschäftlichen E-Mail-Adresse und kaufen mit ihrem persönlichen Konto.
admin-hup-counts-title = Teilnahme
admin-hup-counts-lead = Nur Zahlen: Sie sehen nie, wer sich angemeldet oder was jemand gekauft hat.
admin-hup-count-registrations = Registrierungen
admin-hup-count-confirmations = Bestätigte geschäftliche Adressen
admin-hup-count-bound = Verknüpfte persönliche Konten
admin-hup-fewer-than-5 = weniger als 5
admin-hup-support-title = Brauchen Sie Hilfe?
admin-hup-support-licensing = Fragen zu Ihrem Lizenzvertrag oder zum Zugang zu diesem Admin Center: Wenden Sie sich an den Lizenzierungssupport.
admin-hup-support-store = Sie sind angemeldet, aber der Vorteil erscheint nicht wie erwartet: Wenden Sie sich an den Support für Store-Administratoren.

## Mail
mail-admin-confirm-subject = Bestätigen Sie Ihre geschäftliche Adresse für das Admin Center
mail-admin-confirm-body = Jemand, wahrscheinlich Sie, hat mit dieser Adresse ein Administratorkonto für das Home Use Program erstellt. Öffnen Sie den Link und bestätigen Sie, um es zu aktivieren.
mail-admin-confirm-button = Meine Adresse bestätigen
mail-admin-confirm-ignore = Nicht angefordert? Ignorieren Sie diese E-Mail: Ohne Bestätigung passiert nichts.
mail-domain-unverified-subject = Eine Domäne Ihrer Organisation ist nicht mehr geprüft
mail-domain-unverified-body = Sieben Tage lang konnten wir den Nachweiseintrag auf { $domain } nicht finden. Die Domäne ist daher nicht mehr geprüft, und Mitarbeiter mit Adressen dort können sich nicht registrieren. Veröffentlichen Sie den Eintrag erneut und drücken Sie im Admin Center auf Prüfen.
admin-hup-extra-title = Zusätzliche Vorteile
admin-hup-extra-none = Keine. Mitarbeiter des früheren Programms, die Visio oder Project Professional 2019 zum Programmpreis erwarten: Diesen zusätzlichen Vorteil gewährt der Hersteller der Organisation.
admin-hup-extra-other-office = Visio Professional 2019 und Project Professional 2019: Ihre Mitarbeiter finden sie unter „Weitere Office-Produkte“.

## Accounts and approval (issue 12)
admin-nav-admins = Administratoren
admin-admins-title = Administratoren
admin-admins-lead = Alle, die sich mit einer Adresse an den Domänen Ihrer Organisation registriert haben. Ein neues Konto sieht nichts von Ihrer Organisation, bis ein Administrator es genehmigt.
admin-admins-col-email = Geschäftliche E-Mail-Adresse
admin-admins-col-role = Rolle
admin-admins-col-status = Status
admin-admins-col-actions = Aktionen
admin-admins-you = (Sie)
admin-admins-role-admin = Administrator (hat eine Domäne nachgewiesen)
admin-admins-role-member = Administrator
admin-admins-approved = Genehmigt
admin-admins-waiting = Wartet auf Genehmigung
admin-admins-approve = Genehmigen
admin-admins-approve-label = { $email } genehmigen
admin-admins-remove = Entfernen
admin-admins-remove-label = { $email } entfernen
admin-waiting-title = Wartet auf Genehmigung
admin-waiting-body = Ihr Konto wartet auf die Genehmigung durch { $email }. Bitten Sie diese Person, es auf der Seite Administratoren zu genehmigen; bis dahin sehen Sie nichts von Ihrer Organisation.
admin-waiting-body-nobody = Ihr Konto wartet auf die Genehmigung durch einen Administrator Ihrer Organisation; bis dahin sehen Sie nichts von ihr.
admin-error-remove-self = Sie können Ihr eigenes Konto nicht entfernen.
admin-error-no-such-account = Dieses Konto gehört nicht zu Ihrer Organisation.
admin-error-no-such-action = Wählen Sie Genehmigen oder Entfernen.
admin-domain-remove = Entfernen
admin-domain-remove-label = { $domain } entfernen
admin-error-last-domain = Das ist die letzte geprüfte Domäne Ihrer Organisation, daher bleibt sie. Prüfen Sie zuerst eine andere Domäne.
admin-error-no-such-domain = Diese Domäne gehört nicht zu Ihrer Organisation.

## The HUP tab's states (issue 12): what is true, why, and the next step
admin-hup-not-eligible-why = Keines der Kriterien des Programms trifft laut den Lizenzdaten auf Ihren Kunden zu:
admin-hup-not-eligible-next = Wenn Sie erwartet haben, dass eines davon zutrifft, bitten Sie den Lizenzierungssupport, Ihre Verträge zu prüfen (siehe „Brauchen Sie Hilfe?“ unten).
admin-hup-why-unmanaged = Mitarbeiter können ihn noch nicht nutzen: Ihre Organisation ist nicht verwaltet.
admin-hup-why-no-connection = Mitarbeiter können ihn noch nicht nutzen: Verbinden Sie zuerst Ihren Lizenzvertrag.
admin-hup-why-pending = Mitarbeiter können ihn noch nicht nutzen: Der Programmbetreiber hat die Verbindung nicht genehmigt.
admin-hup-why-no-data = Mitarbeiter können ihn noch nicht nutzen: Die Lizenzdaten Ihres Kunden sind nicht geladen.
admin-hup-why-not-qualifying = Mitarbeiter können den Vorteil nicht nutzen, weil Ihre Organisation nicht berechtigt ist.
admin-hup-why-off = Mitarbeiter können ihn nicht nutzen, solange er ausgeschaltet ist.

# issue 12: the program terms on the HUP tab
admin-hup-terms-none = Noch niemand hat die Programmbedingungen akzeptiert.
admin-hup-terms-accepted = Version { $version } der Programmbedingungen wurde von { $who } am { $date } akzeptiert.
admin-hup-terms-accepted-earlier = Eine frühere Version der Programmbedingungen wurde von { $who } am { $date } akzeptiert.
admin-hup-terms-someone = einem Administrator
admin-hup-terms-read = Programmbedingungen lesen (Version { $version })
admin-hup-terms-outdated = Der Betreiber hat eine neue Version ({ $version }) der Programmbedingungen veröffentlicht. Der Vorteil bleibt, wie er ist; akzeptieren Sie die neue Version, damit die Zustimmung Ihrer Organisation aktuell bleibt.
admin-hup-terms-accept = Version { $version } der Programmbedingungen akzeptieren
admin-hup-done-accepted = Erledigt: Der Vorteil ist eingeschaltet, und Sie haben Version { $version } der Programmbedingungen akzeptiert.
admin-hup-done-off = Erledigt: Der Vorteil ist ausgeschaltet. Mitarbeiter können ihn nicht nutzen, bis ein Administrator ihn wieder einschaltet.
