## org admin security messages (en), issue 15

security-nav = Security
security-title = Sign-in security
security-lead = Protect your admin account with an authenticator app: signing in then needs your password and the app's current code.
security-required = Your organization's program requires an authenticator app for every admin. Set it up to continue.
security-app-lead = Scan the QR code with an authenticator app (for example Microsoft Authenticator, Google Authenticator or 1Password), or type the key below into it: 6 digits, every 30 seconds.
security-qr-caption = QR code of the key for your authenticator app
security-secret-label = Or type this key:
security-field-code = Code from your authenticator app
security-signin-code-hint = Only if you set up an authenticator app: its current 6 digits, or a recovery code.
security-enrol = Turn on
security-enrolled = Your authenticator app is set up. From now on, signing in asks for its code.
security-enrolled-lead = An authenticator app protects your sign-in. { $left } recovery codes are left.
security-replace-title = Switch to another app or device
security-remove = Turn off
security-removed = The authenticator app is turned off; signing in needs only your password.
security-codes-title = Keep your recovery codes
security-codes-lead = If you lose your authenticator app, each of these codes signs you in once instead of a code. Store them somewhere safe; they are shown only now.
security-error-code-format = A code has 6 digits.
security-error-code = That is not the code your app shows now. Check that the app was set up with this key, and that the time on your device is right.
