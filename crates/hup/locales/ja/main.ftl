## Layout
site-name = ホーム ユース プログラム
skip-to-content = コンテンツへスキップ
nav-program = プログラム
nav-get-started = 始める
language-switch-label = 言語
footer-text = プログラムを通じた購入はあなたのものです。組織のサブスクリプションやデバイスには一切影響しません。

## Program page (R2, R7, R15–R18)
program-title = ホーム ユース プログラム
program-lead = あなたの組織は参加していますか？ 参加していれば、メーカーの個人向けソフトウェアを家庭用に割引価格で購入できます。ご自身の個人用アカウントで、ご自身のデバイスのために。
program-get-started = 始める
program-needs-title = 必要なもの
program-needs-work-email = 参加している組織の有効な職場のメール アドレス。
program-needs-personal-account = 個人のメール アドレスに結び付いた、有効な個人用アカウント。これらの購入に職場のアカウントが使われることはありません。
program-steps-title = ご利用の流れ
program-step-register-title = 登録
program-step-register-body = 「始める」を選び、職場のメール アドレスを入力します。
program-step-confirm-title = 確認
program-step-confirm-body = 職場のアドレスにリンクをお送りします。リンクを開き、そこで働いていることを確認してください。
program-step-signin-title = サインイン
program-step-signin-body = 個人用アカウントでサインインすると、組織の特典による割引が表示されます。
program-step-shop-title = 購入
program-step-shop-body = 購入して、注文の状況を確認できます。購入したものは、転職してもあなたのものです。
program-admins-title = IT 管理者の方へ
program-admins-body = 管理センターで組織の特典を有効にしてください。ドメインを証明し、ライセンス契約を接続して、同僚にリンクを伝えます。
program-admins-link = 管理センターへ

## Errors
error-not-found-title = ページが見つかりません
error-not-found-body = お探しのページが見つかりませんでした。アドレスを確認するか、プログラムのページからやり直してください。
error-form-title = フォームを読み取れませんでした
error-form-body = 送信された内容は、このページが読み取れるフォームではないか、大きすぎます。前に戻って入力内容を確認し、もう一度送信してください。
error-internal-title = 問題が発生しました
error-internal-body = 予期しないエラーで処理が止まりました。入力した内容は失われていません。少し待ってからもう一度お試しください。
error-back-home = プログラムのページに戻る
error-reference = 参照番号: { $id }

## Developer mail viewer (demo mode only)
devmail-title = 送信済みメール (デモ)
devmail-lead = デモ モードでは、hup はメールを送信する代わりにフォルダーに書き出します。ここで読むことができます。
devmail-empty = まだメールは送信されていません。hup がメールを送ると、すぐにここに表示されます。
devmail-col-date = 日付
devmail-col-to = 宛先
devmail-col-subject = 件名
devmail-back = すべてのメール
devmail-not-found = このメールは存在しません (または削除されました)。
devmail-text-version = テキスト版

## Mail: demo welcome
mail-footer = このメッセージはホーム ユース プログラムからお送りしています。
mail-demo-welcome-subject = ホーム ユース プログラムのデモの準備ができました
mail-demo-welcome-greeting = こんにちは。
mail-demo-welcome-body = デモ データが読み込まれました。プログラムのページを開いて、従業員や管理者の流れをたどってみてください:
mail-demo-welcome-closing = どうぞご覧ください。

## Where people with questions are sent (R21, R23, R24)
help-questions = ご質問は？
help-frequently-viewed = よく表示されるページ
help-purchase_faq = 購入とインストール: よく寄せられる質問
help-employee_faq = 従業員向けのよく寄せられる質問
help-order_support = 注文状況、請求、Office のインストール、Office へのサインインに関するサポート
help-licensing_support = ライセンス サポート
help-store_admin_support = ストア管理者サポート
help-subscriptions = サブスクリプション
help-licensing_service_center = ボリューム ライセンス サービス センター
help-business_store = ビジネス ストア
help-employee_store = 従業員ストア
help-licensing_overview = ライセンスの概要

# issue 12: the program terms (/terms)
terms-title = プログラム規約
terms-version = バージョン { $version }

# issue 12: /dev/dns, the demo's name server
devdns-title = ネーム サーバー (デモ)
devdns-lead = デモ モードでは、ドメイン証明の TXT 照会に hup 自身が応答します。.example ドメインのレコードは誰も公開できないためです。組織が DNS プロバイダーで公開するはずのレコードを、ここで公開してください。
devdns-how = 管理センターでドメインを追加し、その TXT 値をコピーして、ここでそのドメインに公開してから「確認」を押します。
devdns-domains-link = ドメイン
devdns-link-lead = ドメインを証明する TXT レコードを公開します。
devdns-domain = ドメイン
devdns-value = TXT 値
devdns-publish = レコードを公開
devdns-records = 公開済みのレコード
devdns-empty = まだレコードは公開されていません。
devdns-remove = 削除
devdns-error-csrf = フォームの有効期限が切れました。もう一度お試しください。
devdns-error-domain = ドメイン名ではありません (例: contoso-two.example)。
devdns-error-value = 値は 1 ～ 255 文字の印刷可能な ASCII 文字にしてください。
devdns-error-too-many = このドメインにはすでに 5 件のレコードがあります。先に 1 件削除してください。
devdns-domains-note = デモ: .example ドメインは公開 DNS にはありません。デモのネーム サーバーに TXT 値を公開してから「確認」を押してください。
