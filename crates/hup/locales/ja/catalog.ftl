## catalog messages (ja)
program-discounts-title = 割引
program-discounts-lead = 選んだ国でプログラムが価格から差し引く額です。価格にはプログラムの割引が含まれています。ご自身の国は個人用アカウントで設定します。
program-discounts-country = 国
program-discounts-show = 表示
program-discounts-empty = プログラムにはまだカタログがありません。メーカーがカタログを公開すると、ここに割引が表示されます。
col-product = 製品
col-term = 期間
col-list-price = 定価
col-discount = 割引
col-price = あなたの価格
term-p1y = 1 年
term-p1m = 1 か月
term-perpetual = 買い切り
discount-percent = { $percent }% 割引
discount-fixed = プログラム価格
offer-regional-store = 地域のストアで販売
offer-other-office = その他の Office 製品: この追加特典がある組織向け
unavailable-not-offered = この国ではプログラムを利用できません。
unavailable-not-priced = この国のプログラム価格はまだありません。
unavailable-no-offers = この国で利用できるオファーはありません。
offers-title = あなたへのオファー
offers-country = 個人用アカウントの国、{ $country } の価格です。
offers-grant-until = 組織の特典は { $date } まで有効です
offers-no-grant = まず職場のアドレスを確認してください。組織の特典がこのアカウントに結び付くと、ここにプログラム価格が表示されます。
offers-grant-inactive = 利用資格が終了したか、組織が参加していません。プログラム価格で購入するには、職場のアドレスをもう一度確認してください。購入済みのものはあなたのものです。
offers-confirm-link = 職場のアドレスを確認する
offers-col-where = 購入先
offers-regional-store-link = 地域のストアで購入
offers-r22-guidance = 「その他の Office 製品」に Visio Professional 2019 または Project Professional 2019 があるはずでしたか？ これらの追加特典については、勤務先のプログラム管理者にお問い合わせください。
offers-personal-account = 個人用アカウントで、ご自身のデバイスのために購入します。組織のサブスクリプションには一切影響しません。
discount-none = 割引なし

# issue 12: the organization paused the benefit (the grant still runs)
offers-organization-paused = 組織が特典を一時停止しているため、現在プログラム価格で購入できるものはありません。職場のアドレスをもう一度確認しても変わりません。IT 部門に問い合わせるか、後でもう一度ご確認ください。購入済みのものはあなたのものです。
