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
