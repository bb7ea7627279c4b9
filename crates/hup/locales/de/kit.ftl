# Issue 17: the promotion kit as files (R13, R14): one zip per language with the PDF flyers,
# the digital flyer image, the email and newsletter copy as HTML, the intranet snippet and a PDF
# guide on promoting the program (R21–R24).

## The page, in the page's language.
kit-download-title = Das ganze Kit in einer Datei
kit-download-body = Eine ZIP-Datei mit den Flyern zum Drucken als PDF (A4 und US Letter), dem digitalen Flyer als Bild für Intranet und Chat, den Texten für E-Mail und Newsletter als HTML, dem Intranet-Block und einem Leitfaden zur Bekanntmachung des Programms (PDF).
kit-download-button = Das Kit auf { $language } herunterladen (ZIP)

## On the flyers.
kit-m-scan = Mit der Handykamera scannen oder eingeben:
kit-m-discounts-title = Aktuelle Rabatte
kit-m-discount-line = { $product }, { $term }: { $discount }
kit-m-footer = Das Home Use Program für die Mitarbeiter von { $organization }

## The guide (guidance.pdf), in the material's language.
kit-guide-title = Das Home Use Program bekannt machen
kit-guide-for = Ein Leitfaden für die Administratoren von { $organization }
kit-guide-link = Der Link für Ihre Mitarbeiter: { $link }
kit-guide-when-title = Wann Sie was versenden
kit-guide-when-1 = Am Tag, an dem der Vorteil eingeschaltet wird: Senden Sie die E-Mail an alle Mitarbeiter und stellen Sie den digitalen Flyer ins Intranet.
kit-guide-when-2 = In der ersten Woche: Drucken Sie den Flyer für Schwarze Bretter, Pausenräume und Besprechungsräume.
kit-guide-when-3 = Nach zwei oder drei Monaten: Bringen Sie den Newsletter-Beitrag als Erinnerung.
kit-guide-when-4 = Für jeden neuen Mitarbeiter: Legen Sie den Flyer in die Willkommensmappe.
kit-guide-when-5 = Einmal im Jahr und wenn sich die Rabatte ändern: Senden Sie die E-Mail erneut.
kit-guide-ask-title = Was Mitarbeiter fragen
kit-guide-ask-1 = Sieht mein Arbeitgeber, was ich kaufe? Nein. Administratoren sehen nur Zahlen, nie, wer sich angemeldet oder was jemand gekauft hat.
kit-guide-ask-2 = Welches Konto verwende ich? Ein persönliches Konto mit einer privaten E-Mail-Adresse. Die geschäftliche Adresse bestätigt nur, dass Sie hier arbeiten; sie wird nie zum Kaufen oder Aktivieren verwendet.
kit-guide-ask-3 = Was passiert, wenn ich das Unternehmen verlasse? Was Sie gekauft haben, bleibt Ihres. Um wieder zum Programmpreis zu kaufen, bestätigen Sie eine aktuelle geschäftliche Adresse.
kit-guide-ask-4 = Wo sind Visio und Project Professional 2019? Unter „Weitere Office-Produkte“, für Organisationen mit diesem zusätzlichen Vorteil. Mitarbeiter fragen den Programmadministrator.
kit-guide-ask-5 = Warum fehlt mein Land? Das Programm wird nicht überall angeboten, und in manchen Ländern kauft man über einen regionalen Store. Die Programmseite zeigt, was für jedes Land gilt.
kit-guide-tips-title = Tipps
kit-guide-support-title = Wo es Support gibt
kit-guide-support-employees = Mitarbeiter mit Fragen zu Kauf, Installation, Bestellungen, Abrechnung oder Anmeldung:
kit-guide-support-admins = Administratoren: Fragen zum Lizenzvertrag oder zum Zugang zum Admin Center gehen an den Lizenzierungssupport; ein Vorteil, der nicht wie erwartet erscheint, geht an den Support für Store-Administratoren.
kit-guide-support-none = Der Programmbetreiber hat noch keine Support-Adressen veröffentlicht.
