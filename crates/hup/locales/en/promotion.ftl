# The promotion kit for org admins (R13, R14): the page in the admin center, and the material
# itself (flyers, email and newsletter copy), each in the language the admin picks.

## The page, in the page's language.
promo-link = Promote the program to your employees
promo-title = Promote the program
promo-lead = Flyers to print or put on your intranet, ready copy for an email and a newsletter, and tips on spreading the word. Every piece carries the link for your employees.
promo-language-en = English
promo-language-nl = Dutch
promo-language-de = German
promo-language-fr = French
promo-language-es = Spanish
promo-language-ja = Japanese
promo-material-label = Language of the material
promo-material-button = Show the material
promo-material-unknown = There is no material in that language. Choose one of the list.
promo-downloads-title = Material in { $language }
promo-flyer-title = Printable flyer
promo-flyer-body = One A4 page to print for notice boards, break rooms and welcome packs.
promo-flyer-open = Open to print
promo-flyer-download = Download
promo-intranet-title = Digital flyer
promo-intranet-body = A short block of HTML to paste into an intranet page.
promo-email-title = Email
promo-email-body = Subject line and text for an email to all employees.
promo-newsletter-title = Newsletter
promo-newsletter-body = A short piece for the staff newsletter.
promo-download = Download
promo-preview-title = Preview of the email
promo-link-in-material = The material points your employees to { $link }.
promo-inactive-off = The material carries your employees' link, so it is offered while employees can use the benefit. Switch the benefit on first.
promo-inactive-not-eligible = The material carries your employees' link, so it is offered while employees can use the benefit. Your organization does not qualify at the moment.
promo-back = Back to the HUP tab
promo-guidance-title = Tips for promoting the program
promo-guidance-1 = Send the email to everyone as soon as the benefit is on, and repeat it in the newsletter a few months later.
promo-guidance-2 = Put the digital flyer on the intranet page where employees look for their benefits.
promo-guidance-3 = Print the flyer for notice boards and break rooms, and add it to the welcome pack of new employees.
promo-guidance-4 = Say plainly that employees buy with a personal account and a personal email address: the work account is never used, and IT does not handle these purchases.
promo-guidance-5 = Point questions about orders, billing and installing to the program page and the store's support, not to your helpdesk.
promo-guidance-6 = Watch the enrollment counts on the HUP tab to see whether the message lands.

## The material, in the chosen language.
promo-m-headline = Software for home, at a discount
promo-m-pitch = { $organization } takes part in the Home Use Program. As an employee you buy the vendor's consumer software for home at a discount — with your own personal account, for your own devices.
promo-m-steps-title = How it works
promo-m-step-register = Register: go to { $link }, select “Get started” and enter your work email address.
promo-m-step-confirm = Confirm: open the link we send to your work address.
promo-m-step-signin = Sign in with your personal account, tied to a personal email address — never your work account — and see your discounts.
promo-m-discounts = The current discounts on every product are on the program page: { $link }
promo-m-personal = What you buy is yours: it does not touch your organization's subscriptions or device limits. Activate it with your personal account.
promo-m-cta = Start at { $link }
promo-m-email-subject = New for you: software for home at a discount
promo-m-greeting = Dear colleague,
promo-m-email-closing = Kind regards,
promo-m-signature = The IT team of { $organization }
promo-m-newsletter-title = Software for home at a discount, through { $organization }
