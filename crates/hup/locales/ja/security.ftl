## org admin security messages (ja), issue 15

security-nav = セキュリティ
security-title = サインインのセキュリティ
security-lead = 認証アプリで管理者アカウントを保護しましょう。有効にすると、サインインにはパスワードとアプリに表示される現在のコードが必要になります。
security-required = 組織のプログラムでは、すべての管理者に認証アプリが必要です。続けるには設定してください。
security-app-lead = 認証アプリ (Microsoft Authenticator、Google Authenticator、1Password など) で QR コードをスキャンするか、下のキーをアプリに入力してください。30 秒ごとに 6 桁のコードが表示されます。
security-qr-caption = 認証アプリ用のキーの QR コード
security-secret-label = または、このキーを入力してください:
security-field-code = 認証アプリのコード
security-signin-code-hint = 認証アプリを設定した場合のみ: アプリに表示されている現在の 6 桁の数字、またはリカバリー コード。
security-enrol = 有効にする
security-enrolled = 認証アプリを設定しました。今後はサインイン時にそのコードの入力を求められます。
security-enrolled-lead = 認証アプリでサインインを保護しています。リカバリー コードの残りは { $left } 個です。
security-replace-title = 別のアプリまたはデバイスに切り替える
security-remove = 無効にする
security-removed = 認証アプリを無効にしました。サインインにはパスワードだけが必要です。
security-codes-title = リカバリー コードを保管してください
security-codes-lead = 認証アプリをなくした場合、コードの代わりに、これらのコードのそれぞれで 1 回ずつサインインできます。安全な場所に保管してください。表示されるのは今だけです。
security-error-code-format = コードは 6 桁です。
security-error-code = アプリに今表示されているコードではありません。アプリがこのキーで設定されていること、デバイスの時刻が正しいことを確認してください。
