# The promotion kit for org admins (R13, R14): the page in the admin center, and the material
# itself (flyers, email and newsletter copy), each in the language the admin picks.

## The page, in the page's language.
promo-link = Das Programm bei Ihren Mitarbeitern bekannt machen
promo-title = Das Programm bekannt machen
promo-lead = Flyer zum Drucken oder für Ihr Intranet, fertige Texte für eine E-Mail und einen Newsletter, und Tipps, wie Sie das Programm bekannt machen. Jedes Stück enthält den Link für Ihre Mitarbeiter.
promo-language-en = Englisch
promo-language-nl = Niederländisch
promo-language-de = Deutsch
promo-language-fr = Französisch
promo-language-es = Spanisch
promo-language-ja = Japanisch
promo-material-label = Sprache des Materials
promo-material-button = Material anzeigen
promo-material-unknown = In dieser Sprache gibt es kein Material. Wählen Sie eine aus der Liste.
promo-downloads-title = Material auf { $language }
promo-flyer-title = Flyer zum Drucken
promo-flyer-body = Eine A4-Seite zum Drucken für Schwarze Bretter, Pausenräume und Willkommensmappen.
promo-flyer-open = Zum Drucken öffnen
promo-flyer-download = Herunterladen
promo-intranet-title = Digitaler Flyer
promo-intranet-body = Ein kurzer HTML-Block zum Einfügen in eine Intranetseite.
promo-email-title = E-Mail
promo-email-body = Betreffzeile und Text für eine E-Mail an alle Mitarbeiter.
promo-newsletter-title = Newsletter
promo-newsletter-body = Ein kurzer Beitrag für den Mitarbeiter-Newsletter.
promo-download = Herunterladen
promo-preview-title = Vorschau der E-Mail
promo-link-in-material = Das Material führt Ihre Mitarbeiter zu { $link }.
promo-inactive-off = Das Material enthält den Link Ihrer Mitarbeiter und wird daher angeboten, solange Mitarbeiter den Vorteil nutzen können. Schalten Sie zuerst den Vorteil ein.
promo-inactive-not-eligible = Das Material enthält den Link Ihrer Mitarbeiter und wird daher angeboten, solange Mitarbeiter den Vorteil nutzen können. Ihre Organisation ist derzeit nicht berechtigt.
promo-back = Zurück zum HUP-Tab
promo-guidance-title = Tipps, um das Programm bekannt zu machen
promo-guidance-1 = Senden Sie die E-Mail an alle, sobald der Vorteil eingeschaltet ist, und wiederholen Sie sie einige Monate später im Newsletter.
promo-guidance-2 = Stellen Sie den digitalen Flyer auf die Intranetseite, auf der Mitarbeiter ihre Vorteile suchen.
promo-guidance-3 = Drucken Sie den Flyer für Schwarze Bretter und Pausenräume, und legen Sie ihn in die Willkommensmappe neuer Mitarbeiter.
promo-guidance-4 = Sagen Sie deutlich, dass Mitarbeiter mit einem persönlichen Konto und einer privaten E-Mail-Adresse kaufen: Das Geschäftskonto wird nie verwendet, und die IT kümmert sich nicht um diese Käufe.
promo-guidance-5 = Verweisen Sie Fragen zu Bestellungen, Abrechnung und Installation an die Programmseite und den Support des Stores, nicht an Ihren Helpdesk.
promo-guidance-6 = Beobachten Sie die Teilnahmezahlen im HUP-Tab, um zu sehen, ob die Botschaft ankommt.

## The material, in the chosen language.
promo-m-headline = Software für zu Hause, mit Rabatt
promo-m-pitch = { $organization } nimmt am Home Use Program teil. Als Mitarbeiter kaufen Sie die Verbrauchersoftware des Herstellers für zu Hause mit Rabatt – mit Ihrem eigenen persönlichen Konto, für Ihre eigenen Geräte.
promo-m-steps-title = So funktioniert es
promo-m-step-register = Registrieren: Gehen Sie zu { $link }, wählen Sie „Jetzt starten“ und geben Sie Ihre geschäftliche E-Mail-Adresse ein.
promo-m-step-confirm = Bestätigen: Öffnen Sie den Link, den wir an Ihre geschäftliche Adresse senden.
promo-m-step-signin = Melden Sie sich mit Ihrem persönlichen Konto an, das mit einer privaten E-Mail-Adresse verbunden ist – nie mit Ihrem Geschäftskonto –, und sehen Sie Ihre Rabatte.
promo-m-discounts = Die aktuellen Rabatte auf jedes Produkt stehen auf der Programmseite: { $link }
promo-m-personal = Was Sie kaufen, gehört Ihnen: Es berührt nicht die Abonnements oder Gerätelimits Ihrer Organisation. Aktivieren Sie es mit Ihrem persönlichen Konto.
promo-m-cta = Starten Sie unter { $link }
promo-m-email-subject = Neu für Sie: Software für zu Hause mit Rabatt
promo-m-greeting = Liebe Kollegin, lieber Kollege,
promo-m-email-closing = Viele Grüße
promo-m-signature = Das IT-Team von { $organization }
promo-m-newsletter-title = Software für zu Hause mit Rabatt, über { $organization }
