# issue 16: personal data — the export, erasing the account, the grant's end.

## The grant's end, on /account and /offers
account-grant-expired = Your organization's discount through { $email } expired on { $date }. To buy at the discount again, confirm your work address again. What you bought stays yours, and subscriptions keep renewing.

## /account: your data
account-data-heading = Your data
account-data-intro = Download everything the Home Use Program holds about you, as one file, or delete your account.
account-export-link = Download my data (JSON)
account-delete-link = Delete my account

## /account/delete
account-delete-title = Delete your account
account-delete-intro = Deleting your account cannot be undone. At once:
account-delete-sessions = you are signed out everywhere;
account-delete-renewals = subscriptions bought through the program stop renewing;
account-delete-erased = your name, your personal address, your work addresses and the mail sent to them are erased;
account-delete-orders = your orders stay in the vendor's books, without your name or addresses.
account-delete-no-mail = No mail confirms this: it would keep the address that is being erased. Download your data first if you want to keep it.
account-delete-password = Your password
account-delete-button = Delete my account for good
account-delete-cancel = Keep my account
account-deleted-title = Your account is deleted
account-deleted-body = Everything that named you has been erased. You can register again with the same work address at any time.
account-deleted-home = To the program page

## The mail 30 days before a grant ends
mail-grant-ending-subject = Your Home Use Program discount ends soon
mail-grant-ending-body = Your organization's discount through { $email } ends on { $date }. To go on buying at the discount, confirm your work address again: open the link, enter { $email } and confirm from the mail that goes there.
mail-grant-ending-button = Confirm my work address again
mail-grant-ending-subscriptions = Subscriptions you bought through the program keep renewing at their price either way, and what you bought stays yours.
