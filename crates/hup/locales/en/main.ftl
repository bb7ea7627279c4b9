## Layout
site-name = Home Use Program
skip-to-content = Skip to content
nav-program = Program
nav-get-started = Get started
language-switch-label = Language
footer-text = Purchases through the program are yours: they never touch your organization's subscriptions or devices.

## Program page (R2, R7, R15–R18)
program-title = Home Use Program
program-lead = Does your organization take part? Then you buy the vendor's consumer software for home at a discount — with your own personal account, for your own devices.
program-get-started = Get started
program-needs-title = What you need
program-needs-work-email = A valid work email address at an organization that takes part.
program-needs-personal-account = An active personal account, tied to a personal email address. Your work account is never used for these purchases.
program-steps-title = How it works
program-step-register-title = Register
program-step-register-body = Select “Get started” and enter your work email address.
program-step-confirm-title = Confirm
program-step-confirm-body = We send a link to your work address. Open it and confirm that you work there.
program-step-signin-title = Sign in
program-step-signin-body = Sign in with your personal account and see the discounts your organization's benefit gives you.
program-step-shop-title = Shop
program-step-shop-body = Buy, and follow your order. What you buy stays yours, also when you change jobs.
program-admins-title = For IT administrators
program-admins-body = Switch the benefit on for your organization in the admin center: prove your domain, connect your licensing agreement and hand your colleagues the link.
program-admins-link = Go to the admin center

## Errors
error-not-found-title = Page not found
error-not-found-body = We could not find the page you asked for. Check the address, or start again from the program page.
error-form-title = The form could not be read
error-form-body = What was sent is not a form this page can read, or it is too large. Go back, check what you typed, and send it again.
error-internal-title = Something went wrong
error-internal-body = An unexpected error stopped us. Nothing you entered was lost; please try again in a moment.
error-back-home = Back to the program page
error-reference = Reference: { $id }

## Developer mail viewer (demo mode only)
devmail-title = Sent mail (demo)
devmail-lead = In demo mode hup writes every mail to a folder instead of sending it. Here you read them.
devmail-empty = No mail has been sent yet. Mail appears here as soon as hup sends one.
devmail-col-date = Date
devmail-col-to = To
devmail-col-subject = Subject
devmail-back = All mail
devmail-not-found = This mail does not exist (any more).
devmail-text-version = Plain-text version

## Mail: demo welcome
mail-footer = You receive this message from the Home Use Program.
mail-demo-welcome-subject = Your Home Use Program demo is ready
mail-demo-welcome-greeting = Hello,
mail-demo-welcome-body = The demo data set is loaded. Open the program page to follow the journey of an employee or an administrator:
mail-demo-welcome-closing = Have a look around.

## Where people with questions are sent (R21, R23, R24)
help-questions = Questions?
help-frequently-viewed = Frequently viewed
help-purchase_faq = Buying and installing: frequently asked questions
help-employee_faq = Frequently asked questions for employees
help-order_support = Support for order status, billing, installing Office and signing in to Office
help-licensing_support = Licensing support
help-store_admin_support = Store admin support
help-subscriptions = Subscriptions
help-licensing_service_center = Licensing service center
help-business_store = Business store
help-employee_store = Employee store
help-licensing_overview = Licensing overview

# issue 12: the program terms (/terms)
terms-title = Program terms
terms-version = Version { $version }

# issue 12: /dev/dns, the demo's name server
devdns-title = Name server (demo)
devdns-lead = In demo mode hup answers the TXT look-ups of domain proof itself: nobody can publish records for .example domains. Publish the record your organization would publish at its DNS provider here.
devdns-how = Add a domain in the admin center, copy its TXT value, publish it here on that domain, then press Verify.
devdns-domains-link = Your domains
devdns-link-lead = publish the TXT record that proves a domain.
devdns-domain = Domain
devdns-value = TXT value
devdns-publish = Publish the record
devdns-records = Published records
devdns-empty = No records are published yet.
devdns-remove = Remove
devdns-error-csrf = The form expired. Please try again.
devdns-error-domain = This is not a domain name, e.g. contoso-two.example.
devdns-error-value = The value must be 1 to 255 printable ASCII characters.
devdns-error-too-many = This domain holds 5 records already: remove one first.
devdns-domains-note = Demo: .example domains are in no public DNS. Publish the TXT value on the demo's name server, then press Verify.
