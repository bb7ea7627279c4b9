## employee messages (en)

## Mail: confirm the work address (R16)
mail-employee-register-subject = Confirm your work address for the Home Use Program
mail-employee-register-body = Someone, hopefully you, asked for the Home Use Program discount with this work address. Open the link and press Confirm to show that your organization's benefit applies to you. The link works once, for { $hours } hours.
mail-employee-register-button = Confirm my work address
mail-employee-register-ignore = Did not ask for this? Ignore this mail; nothing happens.

## Mail: confirm the personal account (R7)
mail-employee-account-subject = Confirm your personal account
mail-employee-account-body = Open the link and press Confirm to activate your personal account for the Home Use Program. Purchases are yours and never touch your work account.
mail-employee-account-button = Activate my account
mail-employee-account-ignore = Did not create an account? Ignore this mail; nothing happens.

## Mail: password reset
mail-employee-reset-subject = Choose a new password
mail-employee-reset-body = Open the link to choose a new password for your personal account. The link works once, for { $hours } hours.
mail-employee-reset-button = Choose a new password
mail-employee-reset-ignore = Did not ask for this? Ignore this mail; your password stays as it is.

## Register (R15)
employee-register-title = Get started
employee-register-lead = Enter your work email address. We send a link there to confirm that your organization's benefit applies to you.
employee-field-work-email = Work email address
employee-register-button = Send the link
employee-register-sent-title = Check your work mailbox
employee-register-sent-body = A confirmation link is on its way to { $email }. Open it on any device and press Confirm. Then continue here or there: sign in or create your personal account.

## Confirm (R16)
employee-confirm-title = Confirm your work address
employee-confirm-body = Press the button to confirm that this work address is yours. Press it only if you asked for the discount yourself: the browser where you asked gets it too.
employee-confirm-used = This link was used already: the work address is confirmed. Sign in or create your personal account, on this device or the one where you registered, to unlock the discounts.
employee-confirm-gone = This link cannot be used: it expired, or a newer link was sent to the same address. Register your work address again to get a new one.
employee-confirm-missing = This page needs the link from the confirmation mail. Register your work address to get one.
employee-register-again = Register my work address again
employee-link-unusable-title = This link cannot be used
employee-have-account = Already have a personal account? Sign in
employee-confirm-button = Confirm
employee-confirmed-title = Your work address is confirmed
employee-confirmed-body = Now sign in with your personal account, or create one, to unlock the discounts.
employee-continue-button = Continue

## Sign in or create the personal account (R7, R17)
employee-signin-title = Sign in with your personal account
employee-signin-lead = Use your personal email address, not your work address: purchases are yours and never touch your work account.
employee-signin-claim = Your work address { $email } is confirmed. Sign in or create your account to unlock the discounts.
employee-field-email = Personal email address
employee-field-password = Password
employee-field-new-password = Choose a password
employee-field-password-hint = At least 8 characters. A common password is refused.
employee-field-country = Country you live in
employee-field-display-name = Your name (optional)
employee-signin-button = Sign in
employee-create-title = New here? Create your personal account
employee-create-button = Create account
employee-created-title = Check your personal mailbox
employee-created-body = If the address can be used, a link to activate your account is on its way to { $email }. Open it, then sign in.
employee-forgot-password = Forgot your password?

## Confirm the personal account
employee-account-confirm-title = Activate your personal account
employee-account-confirm-body = Press the button to activate your personal account.
employee-account-confirm-button = Activate
employee-account-confirmed-title = Your account is active
employee-account-confirmed-body = Your account is active. Sign in to continue.
employee-account-confirm-gone = This link cannot be used: it was used already, it expired, or a newer one was sent. If your account is active, sign in; otherwise create it again to get a new link.
employee-account-confirm-missing = This page needs the link from the mail sent to your personal address. Create your account to get one, or sign in.

## Password reset
employee-reset-title = Choose a new password
employee-reset-lead = Enter the personal email address of your account. If it has one, we mail a link to choose a new password.
employee-reset-request-button = Send the link
employee-reset-sent-title = Check your personal mailbox
employee-reset-sent-body = If { $email } has an account, a link is on its way.
employee-reset-button = Save the new password
employee-reset-gone = This link cannot be used: it was used already, it expired, or a newer one was sent. Ask for a new link.
employee-reset-again = Ask for a new link
employee-reset-done-title = Your password is changed
employee-reset-done-body = You were signed out everywhere. Sign in with the new password.

## Account (R17)
employee-account-title = Your account
employee-account-email = Personal email address
employee-account-country = Country
employee-account-name = Name
employee-account-benefit = Your benefit
employee-account-grant-active = The discount of your organization is unlocked through { $email } until { $date }.
employee-account-grant-expired = The discount through { $email } has ended. Confirm your work address again to buy at the discount; what you bought stays yours.
employee-account-no-grant = No work address is confirmed for this account yet.
employee-account-register-link = Confirm a work address
employee-account-claim-failed = Your work address confirmation could not be used (it expired or was used already). Register again.
employee-signout = Sign out
employee-signed-in-as = Signed in as { $email }

## Errors next to the fields
employee-error-csrf = The form expired. Please try again.
employee-error-invalid-email = This is not a valid email address.
employee-error-not-participating = Your organization ({ $domain }) does not take part in the Home Use Program (yet). Ask your IT department.
employee-error-work-address = This is an organization's address. Use your personal address: purchases are yours and never touch your work account.
employee-error-password-short = The password needs at least 8 characters.
employee-error-password-long = The password may have at most 256 characters.
employee-error-password-common = This password is one of the most common ones. Choose another.
employee-error-country = Choose the country you live in.
employee-error-display-name = The name must be one line of at most 100 characters, without control characters.
employee-error-invalid-token = This link is not valid any more. Start again to get a new one.
employee-error-invalid-claim = Your work address confirmation is not valid any more. Register again.
employee-error-credentials = The address or the password is wrong.
employee-error-not-confirmed = Confirm your personal address first: open the link we mailed to it.
employee-error-throttled = Too many attempts. Try again in { $wait }.
employee-wait-seconds = { $n ->
    [one] 1 second
   *[other] { $n } seconds
}
employee-wait-minutes = { $n ->
    [one] about a minute
   *[other] about { $n } minutes
}
employee-wait-hours = { $n ->
    [one] about an hour
   *[other] about { $n } hours
}
employee-error-consumer-domain = { $domain } is a consumer mail domain, not an organization's. Use your work address.
employee-nav-label = Your pages
employee-nav-offers = Offers
employee-nav-orders = Orders
employee-nav-account = Account
# Issue 12: changing the account.
employee-account-profile = Your details
employee-account-country-hint = Your country decides which offers you see and their prices.
employee-account-save = Save your details
employee-account-saved-profile = Your details are saved.
employee-account-password = Change your password
employee-account-current-password = Current password
employee-account-new-password = New password
employee-account-change-password = Change the password
employee-account-saved-password = Your password is changed. You are signed out everywhere else.
employee-error-wrong-current-password = That is not your current password.

# issue 12: the organization paused the benefit
employee-account-grant-paused = Your organization has paused the benefit you have through { $email }: for now you cannot buy at the discount. There is nothing to confirm again; ask your IT department, or check back later. What you bought stays yours.
