# Issue 17: the promotion kit as files (R13, R14): one zip per language with the PDF flyers,
# the digital flyer image, the email and newsletter copy as HTML, the intranet snippet and a PDF
# guide on promoting the program (R21–R24).

## The page, in the page's language.
kit-download-title = The whole kit in one file
kit-download-body = A zip with the printable flyers as PDF (A4 and US Letter), the digital flyer as an image for the intranet and chat, the email and newsletter copy as HTML, the intranet snippet and a guide on promoting the program (PDF).
kit-download-button = Download the kit in { $language } (zip)

## On the flyers.
kit-m-scan = Scan with your phone’s camera, or type:
kit-m-discounts-title = Discounts now
kit-m-discount-line = { $product }, { $term }: { $discount }
kit-m-footer = The Home Use Program for the employees of { $organization }

## The guide (guidance.pdf), in the material's language.
kit-guide-title = Promoting the Home Use Program
kit-guide-for = A guide for the administrators of { $organization }
kit-guide-link = The link for your employees: { $link }
kit-guide-when-title = When to send what
kit-guide-when-1 = The day the benefit is on: send the email to all employees and put the digital flyer on the intranet.
kit-guide-when-2 = In the first week: print the flyer for notice boards, break rooms and meeting rooms.
kit-guide-when-3 = After two or three months: run the newsletter piece as a reminder.
kit-guide-when-4 = For every new employee: add the flyer to the welcome pack.
kit-guide-when-5 = Once a year, and when the discounts change: send the email again.
kit-guide-ask-title = What employees ask
kit-guide-ask-1 = Does my employer see what I buy? No. Administrators see counts only, never who enrolled or what anyone bought.
kit-guide-ask-2 = Which account do I use? A personal account with a personal email address. The work address only confirms that you work here; it is never used to buy or to activate.
kit-guide-ask-3 = What happens when I leave? What you bought stays yours. To buy at the program price again, you confirm a current work address.
kit-guide-ask-4 = Where are Visio and Project Professional 2019? Under “Other Office products”, for organizations with that extra benefit. Employees ask the program administrator.
kit-guide-ask-5 = Why is my country not listed? The program is not offered everywhere, and some countries buy through a regional store. The program page shows what holds for each country.
kit-guide-tips-title = Tips
kit-guide-support-title = Where support is
kit-guide-support-employees = Employees with questions about buying, installing, orders, billing or signing in:
kit-guide-support-admins = Administrators: questions about the licensing agreement or reaching the admin center go to licensing support; a benefit that does not show as expected goes to store admin support.
kit-guide-support-none = The program operator has not published support addresses yet.
