# Issue 17: the promotion kit as files (R13, R14): one zip per language with the PDF flyers,
# the digital flyer image, the email and newsletter copy as HTML, the intranet snippet and a PDF
# guide on promoting the program (R21–R24).

## The page, in the page's language.
kit-download-title = De hele kit in één bestand
kit-download-body = Een zip met de flyers om te printen als pdf (A4 en US Letter), de digitale flyer als afbeelding voor intranet en chat, de tekst voor de e-mail en de nieuwsbrief als HTML, het blok voor het intranet en een handleiding voor het bekendmaken van het programma (pdf).
kit-download-button = De kit in het { $language } downloaden (zip)

## On the flyers.
kit-m-scan = Scan met de camera van uw telefoon, of typ:
kit-m-discounts-title = Kortingen nu
kit-m-discount-line = { $product }, { $term }: { $discount }
kit-m-footer = Het Thuisgebruikprogramma voor de medewerkers van { $organization }

## The guide (guidance.pdf), in the material's language.
kit-guide-title = Het Thuisgebruikprogramma bekendmaken
kit-guide-for = Een handleiding voor de beheerders van { $organization }
kit-guide-link = De link voor uw medewerkers: { $link }
kit-guide-when-title = Wanneer u wat verstuurt
kit-guide-when-1 = De dag dat het voordeel aanstaat: stuur de e-mail naar alle medewerkers en zet de digitale flyer op het intranet.
kit-guide-when-2 = In de eerste week: print de flyer voor prikborden, kantines en vergaderruimtes.
kit-guide-when-3 = Na twee of drie maanden: plaats het stuk in de nieuwsbrief als herinnering.
kit-guide-when-4 = Voor elke nieuwe medewerker: voeg de flyer toe aan het welkomstpakket.
kit-guide-when-5 = Eens per jaar, en wanneer de kortingen veranderen: stuur de e-mail opnieuw.
kit-guide-ask-title = Wat medewerkers vragen
kit-guide-ask-1 = Ziet mijn werkgever wat ik koop? Nee. Beheerders zien alleen aantallen, nooit wie zich aanmeldde of wat iemand kocht.
kit-guide-ask-2 = Welk account gebruik ik? Een persoonlijk account met een persoonlijk e-mailadres. Het werkadres bevestigt alleen dat u hier werkt; het wordt nooit gebruikt om te kopen of te activeren.
kit-guide-ask-3 = Wat gebeurt er als ik vertrek? Wat u kocht, blijft van u. Om weer tegen de programmaprijs te kopen, bevestigt u een actueel werkadres.
kit-guide-ask-4 = Waar zijn Visio en Project Professional 2019? Onder „Andere Office-producten”, voor organisaties met dat extra voordeel. Medewerkers vragen het de beheerder van het programma.
kit-guide-ask-5 = Waarom staat mijn land er niet bij? Het programma wordt niet overal aangeboden, en in sommige landen koopt u via een regionale winkel. De programmapagina toont wat voor elk land geldt.
kit-guide-tips-title = Tips
kit-guide-support-title = Waar de ondersteuning is
kit-guide-support-employees = Medewerkers met vragen over kopen, installeren, bestellingen, facturen of aanmelden:
kit-guide-support-admins = Beheerders: vragen over de licentieovereenkomst of het bereiken van het beheercentrum gaan naar de licentieondersteuning; een voordeel dat niet zichtbaar is zoals verwacht gaat naar de ondersteuning voor winkelbeheerders.
kit-guide-support-none = De programmabeheerder heeft nog geen adressen voor ondersteuning gepubliceerd.
