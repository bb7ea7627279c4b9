# Het promotiepakket voor beheerders (R13, R14): de pagina in het beheercentrum, en het
# materiaal zelf (flyers, tekst voor e-mail en nieuwsbrief), in de taal die de beheerder kiest.

## De pagina, in de taal van de pagina.
promo-link = Maak het programma bekend bij uw medewerkers
promo-title = Het programma bekendmaken
promo-lead = Flyers om te printen of op uw intranet te zetten, kant-en-klare tekst voor een e-mail en een nieuwsbrief, en tips om het nieuws te verspreiden. Elk stuk bevat de link voor uw medewerkers.
promo-language-en = Engels
promo-language-nl = Nederlands
promo-language-de = Duits
promo-language-fr = Frans
promo-language-es = Spaans
promo-language-ja = Japans
promo-material-label = Taal van het materiaal
promo-material-button = Toon het materiaal
promo-material-unknown = Er is geen materiaal in die taal. Kies er een uit de lijst.
promo-downloads-title = Materiaal in het { $language }
promo-flyer-title = Flyer om te printen
promo-flyer-body = Eén A4 voor prikborden, kantines en welkomstpakketten.
promo-flyer-open = Openen om te printen
promo-flyer-download = Downloaden
promo-intranet-title = Digitale flyer
promo-intranet-body = Een kort blok HTML om in een intranetpagina te plakken.
promo-email-title = E-mail
promo-email-body = Onderwerpregel en tekst voor een e-mail aan alle medewerkers.
promo-newsletter-title = Nieuwsbrief
promo-newsletter-body = Een kort stuk voor de personeelsnieuwsbrief.
promo-download = Downloaden
promo-preview-title = Voorbeeld van de e-mail
promo-link-in-material = Het materiaal wijst uw medewerkers naar { $link }.
promo-inactive-off = Het materiaal bevat de link voor uw medewerkers en is er dus alleen zolang medewerkers het voordeel kunnen gebruiken. Zet het voordeel eerst aan.
promo-inactive-not-eligible = Het materiaal bevat de link voor uw medewerkers en is er dus alleen zolang medewerkers het voordeel kunnen gebruiken. Uw organisatie komt op dit moment niet in aanmerking.
promo-back = Terug naar het tabblad HUP
promo-guidance-title = Tips om het programma bekend te maken
promo-guidance-1 = Stuur de e-mail aan iedereen zodra het voordeel aan staat, en herhaal het een paar maanden later in de nieuwsbrief.
promo-guidance-2 = Zet de digitale flyer op de intranetpagina waar medewerkers hun arbeidsvoorwaarden en voordelen zoeken.
promo-guidance-3 = Print de flyer voor prikborden en kantines, en stop hem in het welkomstpakket van nieuwe medewerkers.
promo-guidance-4 = Zeg duidelijk dat medewerkers kopen met een persoonlijk account en een persoonlijk e-mailadres: het werkaccount wordt nooit gebruikt, en IT behandelt deze aankopen niet.
promo-guidance-5 = Verwijs vragen over bestellingen, betalen en installeren naar de programmapagina en de ondersteuning van de winkel, niet naar uw helpdesk.
promo-guidance-6 = Volg de aanmeldingsaantallen op het tabblad HUP om te zien of de boodschap aankomt.

## Het materiaal, in de gekozen taal.
promo-m-headline = Software voor thuis, met korting
promo-m-pitch = { $organization } doet mee aan het Thuisgebruikprogramma. Als medewerker koopt u de consumentensoftware van de leverancier voor thuis met korting — met uw eigen persoonlijke account, voor uw eigen apparaten.
promo-m-steps-title = Zo werkt het
promo-m-step-register = Aanmelden: ga naar { $link }, kies „Aan de slag” en vul uw werkadres in.
promo-m-step-confirm = Bevestigen: open de link die we naar uw werkadres sturen.
promo-m-step-signin = Meld u aan met uw persoonlijke account, gekoppeld aan een persoonlijk e-mailadres — nooit uw werkaccount — en bekijk uw kortingen.
promo-m-discounts = De actuele kortingen op elk product staan op de programmapagina: { $link }
promo-m-personal = Wat u koopt is van u: het raakt de abonnementen en apparaatlimieten van uw organisatie niet. Activeer het met uw persoonlijke account.
promo-m-cta = Begin op { $link }
promo-m-email-subject = Nieuw voor u: software voor thuis met korting
promo-m-greeting = Beste collega,
promo-m-email-closing = Met vriendelijke groet,
promo-m-signature = Het IT-team van { $organization }
promo-m-newsletter-title = Software voor thuis met korting, via { $organization }
