# Issue 13: カード支払い、提供、領収書、キャンセル、返金 (R18, R19)。
order-status-pending_payment = 支払い待ち
order-status-payment_failed = 支払い失敗
order-status-paid = 支払い済み
order-status-fulfilled = 提供済み
order-status-cancelled = キャンセル済み
order-status-refunded = 返金済み
order-next-pay = 注文の代金を支払う
# 確認ステップ: 消費者法 (EU 消費者権利指令 第16条(m))。
order-review-vat = すべての価格は税込みです。
order-review-consent = ソフトウェアをすぐに提供してほしいこと、提供後は撤回権を失うことを理解しています。
order-review-consent-missing = ソフトウェアをすぐに提供してほしいこと、提供後は撤回権を失うことを確認してください。
order-review-pay-button = 支払い義務のある注文を確定する ({ $price })
order-review-free-button = { $price } で注文する (ここでは支払いは発生しません)
order-review-no-payment = このサイトでは支払いは発生しません。注文はプログラム価格ですぐに提供されます。
order-review-pay-next = 次にカードで支払います。支払いが完了するまで何も提供されません。
# 支払いページ。
pay-title = 注文 { $number } の支払い
pay-intro = { $price } をカードで支払います。カード情報は決済事業者の Stripe に直接送られ、このサイトが見ることはありません。
pay-renewal-card = サブスクリプションを解約するまで、更新をプログラム価格で支払うためにカードがアカウントに保存されます。
pay-card-label = カード情報
pay-button = { $price } を支払う
pay-needs-js = 決済事業者のカードフォームには JavaScript が必要です。JavaScript を有効にするか、下で注文をキャンセルしてください。
pay-failed = 支払いが完了しませんでした: { $reason } 別のカードでもう一度お試しください。
pay-card-failed = カードを使用できませんでした。入力内容を確認して、もう一度お試しください。
pay-unavailable = 決済事業者に接続できませんでした。請求は発生していません。しばらくしてからもう一度お試しください。
pay-processing = 支払いを処理中です。しばらくしてからこのページを再読み込みして結果を確認してください。
pay-cancel = 注文をキャンセルする
pay-back = 注文に戻る
# 支払い後の注文ページ。
order-paid-notice = ありがとうございます。支払いが完了し、注文が提供されました。領収書を { $email } にお送りしています。
order-cancelled-notice = 注文はキャンセルされました。請求は発生していません。
order-refunded-notice = この注文は返金されました。ライセンスは終了しています。
order-no-payment = このサイトでは支払いは発生しませんでした。注文はプログラム価格で提供されました。
order-pay-link = 今すぐ支払う
order-retry-link = 別のカードでもう一度試す
order-price = 価格
# 領収書 (注文ページとメール)。
receipt-title = 領収書
receipt-number = 領収書番号
receipt-paid-on = 支払日
receipt-seller = 販売者
receipt-seller-address = 住所
receipt-vat-id = 付加価値税番号
receipt-vat = 付加価値税込み ({ $rate } %)
receipt-prices-include-vat = 価格には付加価値税が含まれています。
