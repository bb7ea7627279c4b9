## admin messages (en)

## Admin center: layout
admin-center-title = Admin center
admin-nav-label = Admin center
admin-nav-domains = Domains
admin-nav-hup = Billing › Your products › Benefits › HUP
admin-signed-in-as = Signed in as { $email }
admin-signout = Sign out
admin-landing-lead = Manage the Home Use Program for your organization: prove your domain, connect your licensing agreement and switch the benefit on for your colleagues.

## Work accounts
admin-field-work-email = Work email address
admin-field-password = Password
admin-field-password-hint = At least 10 characters.
admin-signin-title = Sign in to the admin center
admin-signin-button = Sign in
admin-no-account = No admin account yet?
admin-signup-link = Create an admin account
admin-signup-title = Create an admin account
admin-signup-lead = Use your work email address. We send a link there to confirm it. Addresses at consumer mail services such as gmail.com cannot be used.
admin-signup-button = Create account
admin-signup-sent-title = Check your work mailbox
admin-signup-sent-body = If the address can be used, a confirmation link is on its way to { $email }. Open it to activate your account.
admin-confirm-title = Confirm your work address
admin-confirm-body = Press the button to confirm this address and activate your admin account.
admin-confirm-button = Confirm my address
admin-confirmed-title = Your address is confirmed
admin-confirmed-body = Your admin account is active. Sign in to continue.
admin-have-account = Already confirmed?

## Form errors
admin-error-invalid-token = This link is not valid any more. Sign up again to get a new one.
admin-error-credentials = The address or the password is wrong.
admin-error-throttled = Too many failed attempts. Wait a quarter of an hour and try again.
admin-error-csrf = The form expired. Please try again.
admin-error-consumer-domain = { $domain } is a consumer mail service, not an organization's domain.
admin-error-invalid-email = This is not a valid work email address.
admin-error-invalid-domain = This is not a domain an organization can own.
admin-error-password = The password needs at least 10 characters.
admin-error-password-common = This password is one of the most common ones. Choose another.
admin-error-forbidden = Only an admin of a managed organization can do this.
admin-error-unknown-customer = No licensing agreement has this customer number.
admin-error-conflict = This customer number is connected to another organization, or yours is already connected to one.

## Domains (R10, R12)
admin-domains-title = Domains
admin-domains-lead = Prove that your organization owns its domain: publish a TXT record with the value shown, then press Verify. A verified domain makes your organization managed and you its admin.
admin-domains-empty = No domains yet. Add the domain of your work email address first.
admin-domain-col-domain = Domain
admin-domain-col-status = Status
admin-domain-col-record = TXT record value
admin-domain-verified = Verified
admin-domain-pending = Not verified yet
admin-domain-verify = Verify
admin-domain-add-label = Domain, for example contoso.com
admin-domain-add-button = Add domain
admin-domain-howto-title = How to publish the record
admin-domain-howto = In the panel of your DNS provider, add a record to the domain itself (host “@”) of type TXT with exactly the value shown. Other TXT records can stay. A new record can take a while to become visible; if Verify does not find it yet, try again later.
admin-copy = Copy
admin-copied = Copied
admin-dns-no-such-domain = No such domain: the name servers do not know it.
admin-dns-no-record = The domain has no TXT record yet.
admin-dns-wrong-value = The TXT records of the domain do not hold the value shown.
admin-dns-timeout = The name servers did not answer in time. Try again in a moment.
admin-dns-lookup-failed = The DNS look-up failed. Try again in a moment.
admin-dns-held-elsewhere = Another organization has already proven this domain.
admin-verified-now = { $domain } is verified. Your organization is managed and you are its admin.
admin-members-note = Your organization is not managed yet. Anyone in it can prove its domain and so become its admin.

## The HUP tab (R1, R9, R20, R21)
admin-hup-title = Home Use Program
admin-hup-breadcrumb = Billing › Your products › Benefits › HUP
admin-hup-unmanaged = Your organization is not managed yet: prove one of its domains first.
admin-hup-connect-title = Licensing agreement
admin-hup-connect-lead = Connect the customer number of your organization's volume-licensing agreement.
admin-hup-customer-number = Customer number
admin-hup-connect-button = Connect
admin-hup-connection-approved = Connected to customer { $number }.
admin-hup-connection-pending = Customer { $number } waits for approval by the program operator, because the agreement's contact address is not at one of your verified domains.
admin-hup-verdict-title = Does your organization qualify?
admin-hup-eligible = Yes, your organization qualifies.
admin-hup-not-eligible = No, your organization does not qualify at the moment.
admin-hup-no-verdict = Connect your licensing agreement to see whether your organization qualifies.
admin-hup-no-data = The licensing data of this customer has not been loaded yet. Once it is, the verdict shows here.
admin-hup-awaiting-approval = The verdict shows here once the program operator has approved the connection.
admin-hup-valid-until = This holds until { $date }.
admin-hup-because = Because of:
admin-hup-criterion-a = active Software Assurance on eligible Office applications
admin-hup-criterion-b = Microsoft 365 E3 or E5 through Software Assurance
admin-hup-criterion-c = at least 2,000 licenses of Microsoft 365 E3 and E5 for a commercial or government customer
admin-hup-criterion-d = an education or non-profit customer
admin-hup-criterion-other = criterion { $id }
admin-hup-agreements = agreements: { $list }
admin-hup-switch-title = The benefit
admin-hup-on = The benefit is switched on.
admin-hup-off = The benefit is switched off.
admin-hup-active = Employees can use it now.
admin-hup-inactive = Employees cannot use it now.
admin-hup-turn-on = Switch on and accept the program terms
admin-hup-turn-off = Switch off
admin-hup-terms = Switching on means accepting the program terms on behalf of your organization.
admin-hup-link-title = The link for your employees
admin-hup-link-lead = Hand this link to your colleagues. They register with their work email address and buy with their personal account.
admin-hup-counts-title = Enrollment
admin-hup-counts-lead = Counts only: you never see who enrolled or what anyone bought.
admin-hup-count-registrations = Registrations
admin-hup-count-confirmations = Confirmed work addresses
admin-hup-count-bound = Personal accounts linked
admin-hup-fewer-than-5 = fewer than 5
admin-hup-support-title = Need help?
admin-hup-support-licensing = Questions about your licensing agreement, or about reaching this admin center: contact licensing support.
admin-hup-support-store = You are in, but the benefit does not show as expected: contact store admin support.

## Mail
mail-admin-confirm-subject = Confirm your work address for the admin center
mail-admin-confirm-body = Someone, probably you, created an admin account for the Home Use Program with this address. Open the link and confirm to activate it.
mail-admin-confirm-button = Confirm my address
mail-admin-confirm-ignore = Did not ask for this? Ignore this mail: nothing happens without the confirmation.
mail-domain-unverified-subject = A domain of your organization is no longer verified
mail-domain-unverified-body = For 7 days we could not find the proof record on { $domain }, so it is no longer verified and employees with addresses there cannot register. Publish the record again and press Verify in the admin center.
admin-hup-extra-title = Extra benefits
admin-hup-extra-none = None. Employees of the previous program who expect Visio or Project Professional 2019 at the program price: the vendor grants that extra benefit to the organization.
admin-hup-extra-other-office = Visio Professional 2019 and Project Professional 2019: your employees find them under “Other Office products”.

## Accounts and approval (issue 12)
admin-nav-admins = Admins
admin-admins-title = Admins
admin-admins-lead = Everyone who signed up with an address at your organization's domains. A new account sees nothing of your organization until an admin approves it.
admin-admins-col-email = Work email address
admin-admins-col-role = Role
admin-admins-col-status = Status
admin-admins-col-actions = Actions
admin-admins-you = (you)
admin-admins-role-admin = Admin (proved a domain)
admin-admins-role-member = Admin
admin-admins-approved = Approved
admin-admins-waiting = Waiting for approval
admin-admins-approve = Approve
admin-admins-approve-label = Approve { $email }
admin-admins-remove = Remove
admin-admins-remove-label = Remove { $email }
admin-waiting-title = Waiting for approval
admin-waiting-body = Your account waits for approval by { $email }. Ask them to approve it on the Admins page; until then you see nothing of your organization.
admin-waiting-body-nobody = Your account waits for approval by an admin of your organization; until then you see nothing of it.
admin-error-remove-self = You cannot remove your own account.
admin-error-no-such-account = This account is not one of your organization's.
admin-error-no-such-action = Choose Approve or Remove.
admin-domain-remove = Remove
admin-domain-remove-label = Remove { $domain }
admin-error-last-domain = This is your organization's last verified domain, so it stays. Verify another domain first.
admin-error-no-such-domain = This domain is not one of your organization's.

## The HUP tab's states (issue 12): what is true, why, and the next step
admin-hup-not-eligible-why = None of the program's criteria holds for your customer in the licensing data:
admin-hup-not-eligible-next = If you expected one of them to hold, ask licensing support to check your agreements (see “Need help?” below).
admin-hup-why-unmanaged = Employees cannot use it yet: your organization is not managed.
admin-hup-why-no-connection = Employees cannot use it yet: connect your licensing agreement first.
admin-hup-why-pending = Employees cannot use it yet: the program operator has not approved the connection.
admin-hup-why-no-data = Employees cannot use it yet: the licensing data of your customer has not been loaded.
admin-hup-why-not-qualifying = Employees cannot use the benefit, because your organization does not qualify.
admin-hup-why-off = Employees cannot use it while it is switched off.

# issue 12: the program terms on the HUP tab
admin-hup-terms-none = Nobody has accepted the program terms yet.
admin-hup-terms-accepted = Version { $version } of the program terms was accepted by { $who } on { $date }.
admin-hup-terms-accepted-earlier = An earlier version of the program terms was accepted by { $who } on { $date }.
admin-hup-terms-someone = an admin
admin-hup-terms-read = Read the program terms (version { $version })
admin-hup-terms-outdated = The operator has published a new version ({ $version }) of the program terms. The benefit stays as it is; accept the new version to keep your organization's acceptance current.
admin-hup-terms-accept = Accept version { $version } of the program terms
admin-hup-done-accepted = Done: the benefit is switched on and you accepted version { $version } of the program terms.
admin-hup-done-off = Done: the benefit is switched off. Employees cannot use it until an admin switches it on again.
