## operator console messages (ja), issue 15

## Layout
operator-console-title = オペレーター コンソール
operator-nav-label = オペレーター コンソール
operator-nav-overview = 概要
operator-nav-feed = ライセンス フィード
operator-nav-customers = 顧客
operator-nav-tenants = テナント
operator-nav-connections = 接続
operator-nav-support = サポート
operator-nav-documents = カタログと市場
operator-nav-audit = 監査ログ
operator-signed-in-as = { $email } としてサインイン中
operator-signout = サインアウト

## Fields
operator-field-email = メール アドレス
operator-field-password = パスワード
operator-field-new-password = パスワードを設定
operator-field-new-password-hint = 12 文字以上。長いフレーズが最適です。よく使われるパスワードは使えません。
operator-field-code = 認証アプリのコード

## Setup link
operator-setup-title = オペレーター アカウントを設定してください
operator-setup-lead = このアカウントは { $email } 用です。パスワードを設定し、認証アプリを接続してください。サインインには両方が必要です。
operator-setup-app-title = 認証アプリを接続する
operator-setup-app-lead = 認証アプリ (Microsoft Authenticator、Google Authenticator、1Password など) で QR コードをスキャンするか、下のキーをアプリに入力してください。これは時間ベースのキーで、30 秒ごとに 6 桁のコードが表示されます。
operator-setup-qr-caption = 認証アプリ用のキーの QR コード
operator-setup-secret-label = または、このキーを入力してください:
operator-setup-code-hint = 設定できたことを確認するため、アプリに今表示されている 6 桁の数字を入力してください。
operator-setup-button = アカウントを設定する

## Recovery codes
operator-recovery-title = リカバリー コードを保管してください
operator-recovery-lead = アカウントの設定が完了しました。認証アプリをなくした場合、アプリのコードの代わりに、これらのコードのそれぞれで 1 回ずつサインインできます。パスワード マネージャーなど、安全な場所に保管してください。
operator-recovery-once = コードが表示されるのは今だけです。使い切ったら、ほかのオペレーターにあなたのアドレスで「hup operators reset-mfa」を実行するよう依頼してください。
operator-recovery-continue = サインインに進む

## Sign-in
operator-signin-title = オペレーター コンソールにサインイン
operator-signin-lead = プログラム チーム向けです。パスワードと認証アプリが必要です。
operator-signin-code-hint = アプリに今表示されている 6 桁の数字、またはリカバリー コードのいずれか。
operator-signin-button = サインイン

## Errors
operator-error-csrf = フォームの有効期限が切れました。もう一度お試しください。
operator-error-email = name@vendor.example のようなメール アドレスを入力してください。
operator-error-password = パスワードは 12 文字以上にしてください。
operator-error-password-common = このパスワードは非常によく使われているものです。複数の単語から成るフレーズなど、別のパスワードを選んでください。
operator-error-link = この設定リンクはもう有効ではありません。使用済みか、発行から 24 時間以上経過しています。新しいリンクを依頼してください (「hup operators reset-mfa」)。
operator-error-code-format = コードは 6 桁です。
operator-error-code = アプリに今表示されているコードではありません。アプリがこのキーで設定されていること、デバイスの時刻が正しいことを確認してください。
operator-error-credentials = アドレス、パスワード、またはコードが正しくありません。
operator-error-throttled = 失敗した試行が多すぎます。少し待ってからもう一度お試しください。
operator-error-account = そのオペレーター アカウントは存在しません。

## Overview
operator-home-title = プログラムの概要
operator-home-customers = 顧客
operator-home-customers-value = ライセンス フィードに { $customers }、うち対象は { $eligible }
operator-home-employees = 従業員
operator-home-employees-value = 個人用アカウント { $accounts }、現在参加中 { $enrolled }
operator-home-orders = 注文
operator-home-tenants = 状態別のテナント
operator-tenants-unmanaged = 管理されていない (ドメイン未証明)
operator-tenants-benefit-off = 管理済み、特典は無効
operator-tenants-not-taking-part = 特典は有効、まだ参加なし
operator-tenants-taking-part = 参加中
operator-home-funnel = 従業員のファネル
operator-home-funnel-lead = 従業員がどこまで進んだか。人数のみで、誰かは表示しません。
operator-funnel-registered = 職場のアドレスを登録した
operator-funnel-confirmed = それを確認した
operator-funnel-account = 個人用アカウントを持っている
operator-funnel-bound = 職場のアドレスを結び付けた
operator-funnel-bought = 1 回以上購入した
operator-home-days = 1 日あたりの注文と売上
operator-home-days-lead = 過去 90 日間、{ $first } から { $last } まで (UTC)。
operator-home-orders-per-day = 1 日あたりの注文数
operator-home-sales-per-day = 1 日あたりの売上 ({ $currency })
operator-home-no-orders = この 90 日間に注文はありません。
operator-col-state = 状態
operator-col-tenants = テナント
operator-col-step = ステップ
operator-col-employees = 従業員
operator-col-day = 日付
operator-col-orders = 注文
operator-col-paid = 支払額 ({ $currency })
operator-col-when = 日時
operator-col-by = 実行者
operator-col-customer = 顧客
operator-col-tenant = テナント
operator-col-name = 名前
operator-col-decision = 判断
operator-col-requested-by = 依頼者
operator-col-agreement = 契約
operator-col-product = 製品
operator-col-quantity = 数量
operator-col-period = 期間
operator-col-order = 注文
operator-col-status = ステータス
operator-col-price = 価格 (定価)
operator-yes = はい
operator-no = いいえ
operator-search-button = 検索

## Licensing feed
operator-feed-title = ライセンス フィード
operator-feed-lead = ライセンス契約のフィード (CSV) をアップロードしてください。ファイル全体がチェックされます。不正な行が 1 行でもあると、不正な行がすべて行番号付きで一覧表示され、何もインポートされません。
operator-feed-file = フィード ファイル (CSV)
operator-feed-file-hint = 64 MiB まで。これより大きいフィードは「hup agreements import FILE」でインポートしてください。
operator-feed-snapshot = ファイルには現在のすべての行が含まれています (スナップショット)。ファイルにない行は昨日付けで終了します。
operator-feed-allow-empty = 行が 1 行もないスナップショットでもインポートする (すべての契約が終了します)。
operator-feed-button = インポート
operator-feed-imported = インポートしました。
operator-feed-lines = 行
operator-feed-customers = 顧客
operator-feed-eligible = 対象
operator-feed-written = 追加または変更された行
operator-feed-ended = 終了 / 削除された行
operator-feed-unknown-products = 対象ポリシーのどの基準にも数えられない製品 (拒否はされません。入力ミスがないか確認してください):
operator-feed-unknown-lines = { $lines } 行、最初の行番号:
operator-feed-rejected = 不正な行が { $rows } 行あります。何もインポートされませんでした。
operator-feed-no-file = 先にフィード ファイルを選んでください。
operator-feed-empty-snapshot = スナップショットに行が 1 行もないため、すべての契約が終了してしまいます (保存済みの行は { $lines } 行)。何もインポートされませんでした。それが本当に意図したことである場合にのみ、「行がなくてもインポートする」をオンにしてください。
operator-feed-read = ファイルを読み取れませんでした: { $reason }
operator-feed-unreadable = アップロードされたファイルを読み取れませんでした。もう一度お試しください。
operator-feed-past = 過去のインポート
operator-feed-no-past = まだフィードはインポートされていません。
operator-feed-snapshot-short = スナップショット
operator-feed-unknown-short = 数えられない製品

## Customers
operator-customers-title = 顧客
operator-customers-search = 顧客番号または名前
operator-customers-segment = セグメント
operator-customers-verdict = 判定
operator-customers-eligible = 対象
operator-customers-not-eligible = 対象外
operator-customers-until = 有効期限
operator-customers-as-of = 評価日
operator-customers-criterion = 基準 { $id }
operator-customers-total = { $quantity } ライセンスを数えました。
operator-customers-no-criterion = 対象ポリシーのどの基準も満たしていません。
operator-customers-none = 番号または名前に「{ $q }」を含む顧客はありません。
operator-whatif-title = ポリシーの変更を試す
operator-whatif-lead = 下の対象ポリシーを変更すると (たとえばしきい値を 2000 ではなく 1500 にする)、保存済みの契約行をもとに、対象となる顧客の数を確認できます。何も変更されません。実際に適用されるポリシーは HUP_POLICY で設定します。
operator-whatif-policy = 対象ポリシー (TOML)
operator-whatif-button = 適用中のポリシーと比較
operator-whatif-result = このポリシーでは、対象となる顧客が { $more } 増え、{ $fewer } 減ります。
operator-whatif-totals = { $customers } の顧客のうち、現在の対象は { $now }、このポリシーでは { $then } になります。
operator-whatif-gained = 対象になる顧客:
operator-whatif-lost = 対象外になる顧客:
operator-whatif-nothing-changed = 何も変更されていません。
operator-whatif-invalid = このポリシーは有効ではありません: { $reason }

## Tenants
operator-tenants-title = テナント
operator-tenants-search = ドメイン
operator-tenants-none = ドメイン { $domain } を持つテナントはありません。
operator-tenants-heading = テナント { $id } · { $domain }
operator-tenants-managed = 管理済み
operator-tenants-domains = 確認済みのドメイン
operator-tenants-admins = 管理者
operator-tenants-waiting = 承認待ち
operator-tenants-connection = ライセンス接続
operator-tenants-approved = 承認済み
operator-tenants-pending = 判断待ち
operator-tenants-benefit = 特典
operator-tenants-enrollment = 参加状況 (人数のみ)
operator-tenants-enrollment-value = 登録 { $registered }、確認済み { $confirmed }、現在参加中 { $bound }
operator-tenants-extra = 追加特典
operator-tenants-granted-state = 付与済み
operator-tenants-not-granted = 未付与
operator-tenants-grant = 付与
operator-tenants-withdraw = 取り消し
operator-tenants-granted = テナント { $tenant } に { $benefit } を付与しました。
operator-tenants-withdrawn = テナント { $tenant } から { $benefit } を取り消しました。
operator-tenants-bad-form = そのテナントまたは特典は存在しません。

## Connections
operator-connections-title = ライセンス接続
operator-connections-lead = 組織の管理者が、契約の連絡先がテナントの確認済みドメインのいずれにも属していないライセンス顧客の接続を申請しました。それぞれについて判断してください。理由は監査ログに記録されます。
operator-connections-none-waiting = 判断を待っている接続はありません。
operator-connections-reason = 理由
operator-connections-approve = 承認
operator-connections-reject = 却下
operator-connections-approved = 顧客 { $customer } の接続を承認しました。
operator-connections-rejected = 顧客 { $customer } の接続を却下しました。この顧客はほかの組織に接続できます。
operator-connections-none = 判断を待っている顧客 { $customer } の接続はありません。
operator-connections-no-decision = 「承認」または「却下」を選んでください。
operator-connections-reason-needed = 理由を入力してください (1 行)。判断と一緒に記録されます。
operator-connections-decided = 判断
operator-connections-none-decided = まだ判断はありません。
operator-connections-was-approved = 承認済み
operator-connections-was-rejected = 却下済み

## Support
operator-support-title = サポート用の検索
operator-support-lead = 注文や個人用アカウントについての問い合わせ用です (R23)。注文は注文番号で、アカウントは個人のアドレスで検索します。
operator-support-search = 注文番号または個人のアドレス
operator-support-none = 「{ $q }」に一致する注文や個人用アカウントはありません。
operator-support-country = 国
operator-support-confirmed = アカウント確認済み
operator-support-grant = 現在の利用資格
operator-support-grant-value = テナント { $tenant }、職場のアドレス { $work }、{ $until } まで
operator-support-no-grant = なし
operator-support-orders = 注文
operator-support-no-orders = 注文はありません。

## Catalog and market rules
operator-documents-title = カタログと市場ルール
operator-documents-lead = カタログまたは市場ルールのドキュメント (TOML) をアップロードし、何が変わるかを確認してから公開してください。
operator-documents-upload = ドキュメントをアップロード
operator-documents-kind = ドキュメント
operator-documents-catalog = カタログ
operator-documents-markets = 市場ルール
operator-documents-file = ファイル (TOML)
operator-documents-allow-empty = 適用中のある種類の行をすべて削除することを許可する。
operator-documents-preview = 変更内容を確認
operator-documents-would-change = 公開した場合の変更内容
operator-documents-published = 公開済み
operator-documents-publish = 公開
operator-documents-rows = 行
operator-documents-total = ドキュメント内
operator-documents-added = 追加
operator-documents-removed = 削除
operator-documents-changed = 変更
operator-documents-products = 製品
operator-documents-offers = オファー
operator-documents-price-lists = 価格表
operator-documents-market-rules = 国別ルール
operator-documents-invalid = ドキュメントは公開されませんでした。何も変更されていません:
operator-documents-no-file = ドキュメントの種類とファイルを選んでください。
operator-documents-not-utf8 = ファイルが UTF-8 のテキストではありません。
operator-documents-in-force = 適用中
operator-documents-shipped = まだ何も公開されていません。同梱のカタログと市場ルールが適用されています。
operator-documents-version = バージョン { $version }

## Audit log
operator-audit-title = 監査ログ
operator-audit-lead = オペレーターがこれらのページ、API、またはコマンド ラインで行ったすべての変更です。新しい順に表示します。
operator-audit-empty = まだ何も変更されていません。
operator-audit-from = 実行元
operator-audit-action = 操作
operator-audit-subject = 対象
operator-audit-detail = 詳細
operator-audit-older = 以前のエントリ
operator-audit-kind-operator = オペレーター
operator-audit-kind-token = オペレーター トークン
operator-audit-kind-cli = コマンド ライン

## Refunds from the support look-up (issue 13)
operator-refund-column = 返金
operator-refund-button = { $order } を返金
operator-refund-done = 注文 { $order } を返金しました。{ $price } が従業員に返金され、ライセンスは終了しました。
operator-refund-unknown = その注文は存在しません。
operator-refund-not-paid = 返金できるのは支払い済みまたは提供済みの注文だけです。この注文はそうではありません (またはもうそうではありません)。
operator-refund-unavailable = 決済事業者に接続できませんでした。返金は行われていません。しばらくしてからもう一度お試しください。
