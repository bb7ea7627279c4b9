## admin messages (ja)

## Admin center: layout
admin-center-title = 管理センター
admin-nav-label = 管理センター
admin-nav-domains = ドメイン
admin-nav-hup = 課金 › 製品 › 特典 › HUP
admin-signed-in-as = { $email } としてサインイン中
admin-signout = サインアウト
admin-landing-lead = 組織のホーム ユース プログラムを管理します。ドメインを証明し、ライセンス契約を接続して、同僚のために特典を有効にしてください。

## Work accounts
admin-field-work-email = 職場のメール アドレス
admin-field-password = パスワード
admin-field-password-hint = 10 文字以上。
admin-signin-title = 管理センターにサインイン
admin-signin-button = サインイン
admin-no-account = 管理者アカウントをお持ちでない場合
admin-signup-link = 管理者アカウントを作成
admin-signup-title = 管理者アカウントを作成
admin-signup-lead = 職場のメール アドレスを使ってください。確認のためのリンクをそこにお送りします。gmail.com などの個人向けメール サービスのアドレスは使えません。
admin-signup-button = アカウントを作成
admin-signup-sent-title = 職場のメールボックスをご確認ください
admin-signup-sent-body = このアドレスが使える場合、確認のリンクを { $email } にお送りしています。リンクを開いてアカウントを有効にしてください。
admin-confirm-title = 職場のアドレスの確認
admin-confirm-body = ボタンを押してこのアドレスを確認し、管理者アカウントを有効にしてください。
admin-confirm-button = アドレスを確認する
admin-confirmed-title = アドレスが確認されました
admin-confirmed-body = 管理者アカウントが有効になりました。サインインして続けてください。
admin-have-account = 確認済みの場合

## Form errors
admin-error-invalid-token = このリンクはもう有効ではありません。もう一度登録して、新しいリンクを受け取ってください。
admin-error-credentials = アドレスまたはパスワードが正しくありません。
admin-error-throttled = 失敗した試行が多すぎます。15 分待ってからもう一度お試しください。
admin-error-csrf = フォームの有効期限が切れました。もう一度お試しください。
admin-error-consumer-domain = { $domain } は個人向けメール サービスで、組織のドメインではありません。
admin-error-invalid-email = 有効な職場のメール アドレスではありません。
admin-error-invalid-domain = 組織が所有できるドメインではありません。
admin-error-password = パスワードは 10 文字以上にしてください。
admin-error-password-common = このパスワードは非常によく使われているものです。別のパスワードを選んでください。
admin-error-forbidden = この操作は、管理された組織の管理者だけが行えます。
admin-error-unknown-customer = この顧客番号のライセンス契約はありません。
admin-error-conflict = この顧客番号は別の組織に接続されているか、あなたの組織はすでに別の番号に接続されています。

## Domains (R10, R12)
admin-domains-title = ドメイン
admin-domains-lead = 組織がドメインを所有していることを証明してください。表示された値の TXT レコードを公開してから「確認」を押します。ドメインが確認されると、組織は管理された組織になり、あなたがその管理者になります。
admin-domains-empty = ドメインはまだありません。まず職場のメール アドレスのドメインを追加してください。
admin-domain-col-domain = ドメイン
admin-domain-col-status = 状態
admin-domain-col-record = TXT レコードの値
admin-domain-verified = 確認済み
admin-domain-pending = 未確認
admin-domain-verify = 確認
admin-domain-add-label = ドメイン (例: contoso.com)
admin-domain-add-button = ドメインを追加
admin-domain-howto-title = レコードの公開方法
admin-domain-howto = DNS プロバイダーの管理画面で、ドメイン自体 (ホスト「@」) に、表示された値とまったく同じ TXT レコードを追加します。ほかの TXT レコードはそのままでかまいません。新しいレコードが見えるようになるまで時間がかかることがあります。「確認」でまだ見つからない場合は、後でもう一度お試しください。
admin-copy = コピー
admin-copied = コピーしました
admin-dns-no-such-domain = そのようなドメインはありません。ネーム サーバーが認識していません。
admin-dns-no-record = このドメインにはまだ TXT レコードがありません。
admin-dns-wrong-value = このドメインの TXT レコードに、表示された値が含まれていません。
admin-dns-timeout = ネーム サーバーが時間内に応答しませんでした。少し待ってからもう一度お試しください。
admin-dns-lookup-failed = DNS の照会に失敗しました。少し待ってからもう一度お試しください。
admin-dns-held-elsewhere = このドメインは別の組織がすでに証明しています。
admin-verified-now = { $domain } が確認されました。組織は管理された組織になり、あなたがその管理者です。
admin-members-note = 組織はまだ管理されていません。組織内の誰でもドメインを証明して、その管理者になることができます。

## The HUP tab (R1, R9, R20, R21)
admin-hup-title = ホーム ユース プログラム
admin-hup-breadcrumb = 課金 › 製品 › 特典 › HUP
admin-hup-unmanaged = 組織はまだ管理されていません。まずドメインのいずれかを証明してください。
admin-hup-connect-title = ライセンス契約
admin-hup-connect-lead = 組織のボリューム ライセンス契約の顧客番号を接続してください。
admin-hup-customer-number = 顧客番号
admin-hup-connect-button = 接続
admin-hup-connection-approved = 顧客 { $number } に接続しました。
admin-hup-connection-pending = 契約の連絡先アドレスが確認済みのドメインのいずれにも属していないため、顧客 { $number } はプログラム運営者の承認を待っています。
admin-hup-verdict-title = 組織は対象になりますか？
admin-hup-eligible = はい、組織は対象です。
admin-hup-not-eligible = いいえ、組織は現在対象ではありません。
admin-hup-no-verdict = ライセンス契約を接続すると、組織が対象かどうかがわかります。
admin-hup-no-data = この顧客のライセンス データはまだ読み込まれていません。読み込まれると、ここに結果が表示されます。
admin-hup-awaiting-approval = プログラム運営者が接続を承認すると、ここに結果が表示されます。
admin-hup-valid-until = { $date } まで有効です。
admin-hup-because = 理由:
admin-hup-criterion-a = 対象の Office アプリケーションに有効なソフトウェア アシュアランスがある
admin-hup-criterion-b = ソフトウェア アシュアランスによる Microsoft 365 E3 または E5
admin-hup-criterion-c = 民間企業または官公庁の顧客で、Microsoft 365 E3 と E5 のライセンスが合計 2,000 以上
admin-hup-criterion-d = 教育機関または非営利団体の顧客
admin-hup-criterion-other = 基準 { $id }
admin-hup-agreements = 契約: { $list }
admin-hup-switch-title = 特典
admin-hup-on = 特典は有効です。
admin-hup-off = 特典は無効です。
admin-hup-active = 従業員は今すぐ利用できます。
admin-hup-inactive = 従業員は現在利用できません。
admin-hup-turn-on = 有効にしてプログラム規約に同意する
admin-hup-turn-off = 無効にする
admin-hup-terms = 有効にすると、組織を代表してプログラム規約に同意したことになります。
admin-hup-link-title = 従業員向けのリンク
admin-hup-link-lead = このリンクを同僚に伝えてください。同僚は職場のメール アドレスで登録し、個人用アカウントで購入します。
admin-hup-counts-title = 参加状況
admin-hup-counts-lead = 件数のみです。誰が登録したか、誰が何を購入したかは表示されません。
admin-hup-count-registrations = 登録
admin-hup-count-confirmations = 確認済みの職場のアドレス
admin-hup-count-bound = 結び付けられた個人用アカウント
admin-hup-fewer-than-5 = 5 未満
admin-hup-support-title = お困りですか？
admin-hup-support-licensing = ライセンス契約について、またはこの管理センターへのアクセスについてのご質問は、ライセンス サポートにお問い合わせください。
admin-hup-support-store = サインインできたのに特典が期待どおりに表示されない場合は、ストア管理者サポートにお問い合わせください。

## Mail
mail-admin-confirm-subject = 管理センター用に職場のアドレスを確認してください
mail-admin-confirm-body = このアドレスでホーム ユース プログラムの管理者アカウントが作成されました (おそらくご本人によるものです)。リンクを開いて確認し、アカウントを有効にしてください。
mail-admin-confirm-button = アドレスを確認する
mail-admin-confirm-ignore = お心当たりがない場合は、このメールを無視してください。確認しない限り何も起こりません。
mail-domain-unverified-subject = 組織のドメインが確認済みではなくなりました
mail-domain-unverified-body = 7 日間、{ $domain } で証明用のレコードが見つかりませんでした。そのため確認済みではなくなり、そのドメインのアドレスを持つ従業員は登録できません。レコードをもう一度公開し、管理センターで「確認」を押してください。
admin-hup-extra-title = 追加特典
admin-hup-extra-none = なし。Visio または Project Professional 2019 をプログラム価格で購入できると考えている旧プログラムの従業員の方へ: この追加特典はメーカーが組織に付与します。
admin-hup-extra-other-office = Visio Professional 2019 と Project Professional 2019: 従業員は「その他の Office 製品」で見つけられます。

## Accounts and approval (issue 12)
admin-nav-admins = 管理者
admin-admins-title = 管理者
admin-admins-lead = 組織のドメインのアドレスで登録したすべての人です。新しいアカウントは、管理者が承認するまで組織の情報を何も見られません。
admin-admins-col-email = 職場のメール アドレス
admin-admins-col-role = 役割
admin-admins-col-status = 状態
admin-admins-col-actions = 操作
admin-admins-you = (あなた)
admin-admins-role-admin = 管理者 (ドメインを証明済み)
admin-admins-role-member = 管理者
admin-admins-approved = 承認済み
admin-admins-waiting = 承認待ち
admin-admins-approve = 承認
admin-admins-approve-label = { $email } を承認
admin-admins-remove = 削除
admin-admins-remove-label = { $email } を削除
admin-waiting-title = 承認待ち
admin-waiting-body = あなたのアカウントは { $email } による承認を待っています。「管理者」ページで承認するよう依頼してください。それまでは組織の情報を何も見られません。
admin-waiting-body-nobody = あなたのアカウントは組織の管理者による承認を待っています。それまでは組織の情報を何も見られません。
admin-error-remove-self = 自分のアカウントは削除できません。
admin-error-no-such-account = このアカウントはあなたの組織のものではありません。
admin-error-no-such-action = 「承認」または「削除」を選んでください。
admin-domain-remove = 削除
admin-domain-remove-label = { $domain } を削除
admin-error-last-domain = 組織の最後の確認済みドメインのため、削除できません。先に別のドメインを確認してください。
admin-error-no-such-domain = このドメインはあなたの組織のものではありません。

## The HUP tab's states (issue 12): what is true, why, and the next step
admin-hup-not-eligible-why = ライセンス データでは、顧客はプログラムのどの基準も満たしていません:
admin-hup-not-eligible-next = いずれかを満たしているはずの場合は、ライセンス サポートに契約の確認を依頼してください (下の「お困りですか？」を参照)。
admin-hup-why-unmanaged = 従業員はまだ利用できません。組織が管理されていません。
admin-hup-why-no-connection = 従業員はまだ利用できません。まずライセンス契約を接続してください。
admin-hup-why-pending = 従業員はまだ利用できません。プログラム運営者が接続を承認していません。
admin-hup-why-no-data = 従業員はまだ利用できません。顧客のライセンス データが読み込まれていません。
admin-hup-why-not-qualifying = 組織が対象ではないため、従業員は特典を利用できません。
admin-hup-why-off = 無効になっている間、従業員は利用できません。

# issue 12: the program terms on the HUP tab
admin-hup-terms-none = プログラム規約にはまだ誰も同意していません。
admin-hup-terms-accepted = プログラム規約のバージョン { $version } に { $who } が { $date } に同意しました。
admin-hup-terms-accepted-earlier = プログラム規約の以前のバージョンに { $who } が { $date } に同意しました。
admin-hup-terms-someone = 管理者
admin-hup-terms-read = プログラム規約を読む (バージョン { $version })
admin-hup-terms-outdated = 運営者がプログラム規約の新しいバージョン ({ $version }) を公開しました。特典はそのままです。組織の同意を最新に保つため、新しいバージョンに同意してください。
admin-hup-terms-accept = プログラム規約のバージョン { $version } に同意する
admin-hup-done-accepted = 完了: 特典が有効になり、プログラム規約のバージョン { $version } に同意しました。
admin-hup-done-off = 完了: 特典は無効になりました。管理者が再び有効にするまで、従業員は利用できません。
