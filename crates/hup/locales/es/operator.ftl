## operator console messages (en), issue 15

## Layout
operator-console-title = Operator console
operator-nav-label = Operator console
operator-nav-overview = Overview
operator-nav-feed = Licensing feed
operator-nav-customers = Customers
operator-nav-tenants = Tenants
operator-nav-connections = Connections
operator-nav-support = Support
operator-nav-documents = Catalog and markets
operator-nav-audit = Audit log
operator-signed-in-as = Signed in as { $email }
operator-signout = Sign out

## Fields
operator-field-email = Email address
operator-field-password = Password
operator-field-new-password = Choose a password
operator-field-new-password-hint = At least 12 characters; a long phrase is best. Common passwords are refused.
operator-field-code = Code from your authenticator app

## Setup link
operator-setup-title = Set up your operator account
operator-setup-lead = This account is for { $email }. Choose a password and connect an authenticator app: signing in needs both.
operator-setup-app-title = Connect your authenticator app
operator-setup-app-lead = Scan the QR code with an authenticator app (for example Microsoft Authenticator, Google Authenticator or 1Password), or type the key below into it. It is a time-based key: 6 digits, every 30 seconds.
operator-setup-qr-caption = QR code of the key for your authenticator app
operator-setup-secret-label = Or type this key:
operator-setup-code-hint = The 6 digits the app shows now, to prove it is set up.
operator-setup-button = Set up my account

## Recovery codes
operator-recovery-title = Keep your recovery codes
operator-recovery-lead = Your account is set up. If you lose your authenticator app, each of these codes signs you in once instead of a code from the app. Store them somewhere safe, such as a password manager.
operator-recovery-once = They are shown only now. When they run out, ask another operator to run "hup operators reset-mfa" for your address.
operator-recovery-continue = Continue to sign in

## Sign-in
operator-signin-title = Sign in to the operator console
operator-signin-lead = For the program team. You need your password and your authenticator app.
operator-signin-code-hint = The 6 digits your app shows now, or one of your recovery codes.
operator-signin-button = Sign in

## Errors
operator-error-csrf = The form expired. Please try again.
operator-error-email = Enter an email address such as name@vendor.example.
operator-error-password = The password needs at least 12 characters.
operator-error-password-common = This password is one of the most common ones. Choose another, for example a phrase of several words.
operator-error-link = This setup link is not valid any more: it was used, or it is older than 24 hours. Ask for a new one ("hup operators reset-mfa").
operator-error-code-format = A code has 6 digits.
operator-error-code = That is not the code your app shows now. Check that the app was set up with this key, and that the time on your device is right.
operator-error-credentials = The address, password or code is not right.
operator-error-throttled = Too many failed attempts. Wait a little and try again.
operator-error-account = There is no such operator account.

## Overview
operator-home-title = Program overview
operator-home-customers = Customers
operator-home-customers-value = { $customers } in the licensing feed, { $eligible } qualify
operator-home-employees = Employees
operator-home-employees-value = { $accounts } personal accounts, { $enrolled } enrolled now
operator-home-orders = Orders
operator-home-tenants = Tenants by state
operator-tenants-unmanaged = Unmanaged (no domain proven)
operator-tenants-benefit-off = Managed, benefit off
operator-tenants-not-taking-part = Benefit on, not taking part yet
operator-tenants-taking-part = Taking part
operator-home-funnel = Employee funnel
operator-home-funnel-lead = How far employees got: counts only, never who.
operator-funnel-registered = Registered a work address
operator-funnel-confirmed = Confirmed it
operator-funnel-account = Have a personal account
operator-funnel-bound = Bound the work address
operator-funnel-bought = Bought at least once
operator-home-days = Orders and sales per day
operator-home-days-lead = The last 90 days, { $first } to { $last } (UTC).
operator-home-orders-per-day = Orders per day
operator-home-sales-per-day = Sales per day in { $currency }
operator-home-no-orders = No orders in these 90 days.
operator-col-state = State
operator-col-tenants = Tenants
operator-col-step = Step
operator-col-employees = Employees
operator-col-day = Day
operator-col-orders = Orders
operator-col-paid = Paid ({ $currency })
operator-col-when = When
operator-col-by = By
operator-col-customer = Customer
operator-col-tenant = Tenant
operator-col-name = Name
operator-col-decision = Decision
operator-col-requested-by = Asked by
operator-col-agreement = Agreement
operator-col-product = Product
operator-col-quantity = Quantity
operator-col-period = Period
operator-col-order = Order
operator-col-status = Status
operator-col-price = Price (list price)
operator-yes = Yes
operator-no = No
operator-search-button = Search

## Licensing feed
operator-feed-title = Licensing feed
operator-feed-lead = Upload the licensing-agreement feed (CSV). It is checked as a whole: when one line is bad, every bad line is listed with its number and nothing is imported.
operator-feed-file = Feed file (CSV)
operator-feed-file-hint = Up to 64 MiB; import larger feeds with "hup agreements import FILE".
operator-feed-snapshot = The file holds every current line (snapshot): lines it lacks end yesterday.
operator-feed-allow-empty = Import a snapshot even when it has no lines (ends every agreement).
operator-feed-button = Import
operator-feed-imported = Imported.
operator-feed-lines = Lines
operator-feed-customers = Customers
operator-feed-eligible = Eligible
operator-feed-written = Lines added or changed
operator-feed-ended = Lines ended / removed
operator-feed-unknown-products = Products no criterion of the eligibility policy counts (not refused; check for a typo):
operator-feed-unknown-lines = { $lines } lines, the first at
operator-feed-rejected = { $rows } bad rows: nothing was imported.
operator-feed-no-file = Choose a feed file first.
operator-feed-empty-snapshot = The snapshot holds no lines, so it would end every agreement ({ $lines } stored lines). Nothing was imported. Tick "import even when it has no lines" only if that is what you want.
operator-feed-read = The file could not be read: { $reason }
operator-feed-unreadable = The upload could not be read. Please try again.
operator-feed-past = Past imports
operator-feed-no-past = No feed was imported yet.
operator-feed-snapshot-short = snapshot
operator-feed-unknown-short = Uncounted products

## Customers
operator-customers-title = Customers
operator-customers-search = Customer number or name
operator-customers-segment = Segment
operator-customers-verdict = Verdict
operator-customers-eligible = Qualifies
operator-customers-not-eligible = Does not qualify
operator-customers-until = Holds until
operator-customers-as-of = Evaluated on
operator-customers-criterion = Criterion { $id }
operator-customers-total = { $quantity } licenses counted.
operator-customers-no-criterion = No criterion of the eligibility policy is met.
operator-customers-none = No customer has a number or name with "{ $q }".
operator-whatif-title = Try a policy change
operator-whatif-lead = Change the eligibility policy below (for example a threshold of 1500 instead of 2000) and see how many customers would qualify, computed on the stored agreement lines. Nothing is changed: the policy in force is set with HUP_POLICY.
operator-whatif-policy = Eligibility policy (TOML)
operator-whatif-button = Compare with the policy in force
operator-whatif-result = With this policy { $more } more customers qualify, { $fewer } fewer.
operator-whatif-totals = Of { $customers } customers, { $now } qualify now and { $then } would.
operator-whatif-gained = Would qualify:
operator-whatif-lost = Would no longer qualify:
operator-whatif-nothing-changed = Nothing was changed.
operator-whatif-invalid = This policy is not valid: { $reason }

## Tenants
operator-tenants-title = Tenants
operator-tenants-search = Domain
operator-tenants-none = No tenant has the domain { $domain }.
operator-tenants-heading = Tenant { $id } · { $domain }
operator-tenants-managed = Managed
operator-tenants-domains = Verified domains
operator-tenants-admins = Admins
operator-tenants-waiting = waiting for approval
operator-tenants-connection = Licensing connection
operator-tenants-approved = approved
operator-tenants-pending = waiting for a decision
operator-tenants-benefit = Benefit
operator-tenants-enrollment = Enrollment (counts only)
operator-tenants-enrollment-value = { $registered } registered, { $confirmed } confirmed, { $bound } enrolled now
operator-tenants-extra = Extra benefits
operator-tenants-granted-state = granted
operator-tenants-not-granted = not granted
operator-tenants-grant = Grant
operator-tenants-withdraw = Withdraw
operator-tenants-granted = { $benefit } granted to tenant { $tenant }.
operator-tenants-withdrawn = { $benefit } withdrawn from tenant { $tenant }.
operator-tenants-bad-form = That tenant or benefit does not exist.

## Connections
operator-connections-title = Licensing connections
operator-connections-lead = An org admin asked to connect a licensing customer whose agreement contact is not at one of the tenant's verified domains. Decide each one; the reason is kept in the audit log.
operator-connections-none-waiting = No connection waits for a decision.
operator-connections-reason = Reason
operator-connections-approve = Approve
operator-connections-reject = Reject
operator-connections-approved = The connection of customer { $customer } is approved.
operator-connections-rejected = The connection of customer { $customer } is rejected; the customer is free to connect elsewhere.
operator-connections-none = No connection of customer { $customer } waits for a decision.
operator-connections-no-decision = Choose Approve or Reject.
operator-connections-reason-needed = Give a reason (one line); it is kept with the decision.
operator-connections-decided = Decisions
operator-connections-none-decided = No decisions yet.
operator-connections-was-approved = Approved
operator-connections-was-rejected = Rejected

## Support
operator-support-title = Support look-up
operator-support-lead = For questions about an order or a personal account (R23): look up an order by its number or an account by its personal address.
operator-support-search = Order number or personal address
operator-support-none = No order or personal account matches "{ $q }".
operator-support-country = Country
operator-support-confirmed = Account confirmed
operator-support-grant = Current grant
operator-support-grant-value = tenant { $tenant }, work address { $work }, until { $until }
operator-support-no-grant = None
operator-support-orders = Orders
operator-support-no-orders = No orders.

## Catalog and market rules
operator-documents-title = Catalog and market rules
operator-documents-lead = Upload a catalog or market rules document (TOML), see what it would change, then publish it.
operator-documents-upload = Upload a document
operator-documents-kind = Document
operator-documents-catalog = Catalog
operator-documents-markets = Market rules
operator-documents-file = File (TOML)
operator-documents-allow-empty = Allow it to remove every row of a kind in force.
operator-documents-preview = See what would change
operator-documents-would-change = What publishing would change
operator-documents-published = Published
operator-documents-publish = Publish
operator-documents-rows = Rows
operator-documents-total = In the document
operator-documents-added = Added
operator-documents-removed = Removed
operator-documents-changed = Changed
operator-documents-products = Products
operator-documents-offers = Offers
operator-documents-price-lists = Price lists
operator-documents-market-rules = Country rules
operator-documents-invalid = The document was not published; nothing changed:
operator-documents-no-file = Choose the kind of document and a file.
operator-documents-not-utf8 = The file is not UTF-8 text.
operator-documents-in-force = In force
operator-documents-shipped = Nothing published yet: the shipped catalog and market rules are in force.
operator-documents-version = version { $version }

## Audit log
operator-audit-title = Audit log
operator-audit-lead = Every change an operator made, in these pages, the API or the command line, newest first.
operator-audit-empty = Nothing was changed yet.
operator-audit-from = From
operator-audit-action = Action
operator-audit-subject = Concerns
operator-audit-detail = Details
operator-audit-older = Older entries
operator-audit-kind-operator = operator
operator-audit-kind-token = operator token
operator-audit-kind-cli = command line

## Refunds from the support look-up (issue 13)
operator-refund-column = Refund
operator-refund-button = Refund { $order }
operator-refund-done = { $order } is refunded: { $price } goes back to the employee, and the licence has ended.
operator-refund-unknown = There is no such order.
operator-refund-not-paid = Only a paid or fulfilled order can be refunded; this one is not (any more).
operator-refund-unavailable = The payment provider could not be reached. Nothing was refunded; try again in a moment.
