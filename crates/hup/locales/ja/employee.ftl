## employee messages (ja)

## Mail: confirm the work address (R16)
mail-employee-register-subject = ホーム ユース プログラム用に職場のアドレスを確認してください
mail-employee-register-body = この職場のアドレスで、ホーム ユース プログラムの割引が申し込まれました (ご本人によるものであることを願っています)。リンクを開いて「確認」を押し、組織の特典があなたに適用されることを示してください。リンクは 1 回だけ、{ $hours } 時間有効です。
mail-employee-register-button = 職場のアドレスを確認する
mail-employee-register-ignore = お心当たりがない場合は、このメールを無視してください。何も起こりません。

## Mail: confirm the personal account (R7)
mail-employee-account-subject = 個人用アカウントを確認してください
mail-employee-account-body = リンクを開いて「確認」を押し、ホーム ユース プログラムの個人用アカウントを有効にしてください。購入はあなたのものであり、職場のアカウントには一切影響しません。
mail-employee-account-button = アカウントを有効にする
mail-employee-account-ignore = アカウントを作成していない場合は、このメールを無視してください。何も起こりません。

## Mail: password reset
mail-employee-reset-subject = 新しいパスワードを設定してください
mail-employee-reset-body = リンクを開いて、個人用アカウントの新しいパスワードを設定してください。リンクは 1 回だけ、{ $hours } 時間有効です。
mail-employee-reset-button = 新しいパスワードを設定する
mail-employee-reset-ignore = お心当たりがない場合は、このメールを無視してください。パスワードは変わりません。

## Register (R15)
employee-register-title = 始める
employee-register-lead = 職場のメール アドレスを入力してください。組織の特典があなたに適用されることを確認するためのリンクをお送りします。
employee-field-work-email = 職場のメール アドレス
employee-register-button = リンクを送信
employee-register-sent-title = 職場のメールボックスをご確認ください
employee-register-sent-body = 確認のリンクを { $email } にお送りしています。任意のデバイスでリンクを開き、「確認」を押してください。その後、こちらかあちらで続けて、サインインするか個人用アカウントを作成してください。

## Confirm (R16)
employee-confirm-title = 職場のアドレスの確認
employee-confirm-body = ボタンを押して、この職場のアドレスがあなたのものであることを確認してください。割引をご自身で申し込んだ場合にだけ押してください。申し込んだブラウザーにも割引が適用されます。
employee-confirm-used = このリンクはすでに使用されています。職場のアドレスは確認済みです。このデバイスか登録したデバイスでサインインするか個人用アカウントを作成すると、割引が利用できるようになります。
employee-confirm-gone = このリンクは使用できません。有効期限が切れたか、同じアドレスに新しいリンクが送信されました。新しいリンクを受け取るには、職場のアドレスをもう一度登録してください。
employee-confirm-missing = このページには確認メールのリンクが必要です。職場のアドレスを登録してリンクを受け取ってください。
employee-register-again = 職場のアドレスをもう一度登録する
employee-link-unusable-title = このリンクは使用できません
employee-have-account = 個人用アカウントをお持ちの場合はサインイン
employee-confirm-button = 確認
employee-confirmed-title = 職場のアドレスが確認されました
employee-confirmed-body = 個人用アカウントでサインインするか、アカウントを作成すると、割引が利用できるようになります。
employee-continue-button = 続ける

## Sign in or create the personal account (R7, R17)
employee-signin-title = 個人用アカウントでサインイン
employee-signin-lead = 職場のアドレスではなく、個人のメール アドレスを使ってください。購入はあなたのものであり、職場のアカウントには一切影響しません。
employee-signin-claim = 職場のアドレス { $email } は確認済みです。サインインするかアカウントを作成すると、割引が利用できるようになります。
employee-field-email = 個人のメール アドレス
employee-field-password = パスワード
employee-field-new-password = パスワードを設定
employee-field-password-hint = 8 文字以上。よく使われるパスワードは使えません。
employee-field-country = お住まいの国
employee-field-display-name = お名前 (省略可)
employee-signin-button = サインイン
employee-create-title = 初めての方は個人用アカウントを作成
employee-create-button = アカウントを作成
employee-created-title = 個人のメールボックスをご確認ください
employee-created-body = このアドレスが使える場合、アカウントを有効にするリンクを { $email } にお送りしています。リンクを開いてから、サインインしてください。
employee-forgot-password = パスワードをお忘れですか？

## Confirm the personal account
employee-account-confirm-title = 個人用アカウントを有効にする
employee-account-confirm-body = ボタンを押して、個人用アカウントを有効にしてください。
employee-account-confirm-button = 有効にする
employee-account-confirmed-title = アカウントが有効になりました
employee-account-confirmed-body = アカウントが有効になりました。サインインして続けてください。
employee-account-confirm-gone = このリンクは使用できません。すでに使用されたか、有効期限が切れたか、新しいリンクが送信されました。アカウントが有効ならサインインしてください。そうでなければ、もう一度アカウントを作成して新しいリンクを受け取ってください。
employee-account-confirm-missing = このページには、個人のアドレスに送られたメールのリンクが必要です。アカウントを作成してリンクを受け取るか、サインインしてください。

## Password reset
employee-reset-title = 新しいパスワードを設定
employee-reset-lead = アカウントの個人のメール アドレスを入力してください。アカウントがある場合、新しいパスワードを設定するリンクをお送りします。
employee-reset-request-button = リンクを送信
employee-reset-sent-title = 個人のメールボックスをご確認ください
employee-reset-sent-body = { $email } にアカウントがある場合、リンクをお送りしています。
employee-reset-button = 新しいパスワードを保存
employee-reset-gone = このリンクは使用できません。すでに使用されたか、有効期限が切れたか、新しいリンクが送信されました。新しいリンクを申し込んでください。
employee-reset-again = 新しいリンクを申し込む
employee-reset-done-title = パスワードが変更されました
employee-reset-done-body = すべての場所からサインアウトしました。新しいパスワードでサインインしてください。

## Account (R17)
employee-account-title = アカウント
employee-account-email = 個人のメール アドレス
employee-account-country = 国
employee-account-name = 名前
employee-account-benefit = あなたの特典
employee-account-grant-active = 組織の割引は { $email } を通じて { $date } まで利用できます。
employee-account-grant-expired = { $email } を通じた割引は終了しました。割引価格で購入するには、職場のアドレスをもう一度確認してください。購入済みのものはあなたのものです。
employee-account-no-grant = このアカウントには、まだ確認済みの職場のアドレスがありません。
employee-account-register-link = 職場のアドレスを確認する
employee-account-claim-failed = 職場のアドレスの確認を使用できませんでした (有効期限切れか使用済みです)。もう一度登録してください。
employee-signout = サインアウト
employee-signed-in-as = { $email } としてサインイン中

## Errors next to the fields
employee-error-csrf = フォームの有効期限が切れました。もう一度お試しください。
employee-error-invalid-email = 有効なメール アドレスではありません。
employee-error-not-participating = あなたの組織 ({ $domain }) はホーム ユース プログラムに (まだ) 参加していません。IT 部門にお問い合わせください。
employee-error-work-address = これは組織のアドレスです。個人のアドレスを使ってください。購入はあなたのものであり、職場のアカウントには一切影響しません。
employee-error-password-short = パスワードは 8 文字以上にしてください。
employee-error-password-long = パスワードは 256 文字以内にしてください。
employee-error-password-common = このパスワードは非常によく使われているものです。別のパスワードを選んでください。
employee-error-country = お住まいの国を選んでください。
employee-error-display-name = 名前は制御文字を含まない 1 行、100 文字以内にしてください。
employee-error-invalid-token = このリンクはもう有効ではありません。最初からやり直して、新しいリンクを受け取ってください。
employee-error-invalid-claim = 職場のアドレスの確認はもう有効ではありません。もう一度登録してください。
employee-error-credentials = アドレスまたはパスワードが正しくありません。
employee-error-not-confirmed = まず個人のアドレスを確認してください。お送りしたリンクを開いてください。
employee-error-throttled = 試行回数が多すぎます。{ $wait }後にもう一度お試しください。
employee-wait-seconds = { $n ->
   *[other] { $n } 秒
}
employee-wait-minutes = { $n ->
   *[other] 約 { $n } 分
}
employee-wait-hours = { $n ->
   *[other] 約 { $n } 時間
}
employee-error-consumer-domain = { $domain } は個人向けメールのドメインで、組織のものではありません。職場のアドレスを使ってください。
employee-nav-label = あなたのページ
employee-nav-offers = オファー
employee-nav-orders = 注文
employee-nav-account = アカウント
# Issue 12: changing the account.
employee-account-profile = 登録情報
employee-account-country-hint = 国によって、表示されるオファーとその価格が決まります。
employee-account-save = 登録情報を保存
employee-account-saved-profile = 登録情報を保存しました。
employee-account-password = パスワードの変更
employee-account-current-password = 現在のパスワード
employee-account-new-password = 新しいパスワード
employee-account-change-password = パスワードを変更
employee-account-saved-password = パスワードを変更しました。ほかのすべての場所からサインアウトしました。
employee-error-wrong-current-password = 現在のパスワードが正しくありません。

# issue 12: the organization paused the benefit
employee-account-grant-paused = 組織が、{ $email } を通じてあなたが受けている特典を一時停止しました。現在は割引価格で購入できません。もう一度確認する必要はありません。IT 部門に問い合わせるか、後でもう一度ご確認ください。購入済みのものはあなたのものです。
