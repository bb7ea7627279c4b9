# The promotion kit for org admins (R13, R14): the page in the admin center, and the material
# itself (flyers, email and newsletter copy), each in the language the admin picks.

## The page, in the page's language.
promo-link = 従業員にプログラムを知らせる
promo-title = プログラムを知らせる
promo-lead = 印刷用やイントラネット用のチラシ、メールと社内報にそのまま使える文面、そして周知のためのヒントです。どの資料にも従業員向けのリンクが入っています。
promo-language-en = 英語
promo-language-nl = オランダ語
promo-language-de = ドイツ語
promo-language-fr = フランス語
promo-language-es = スペイン語
promo-language-ja = 日本語
promo-material-label = 資料の言語
promo-material-button = 資料を表示
promo-material-unknown = その言語の資料はありません。一覧から選んでください。
promo-downloads-title = { $language }の資料
promo-flyer-title = 印刷用チラシ
promo-flyer-body = 掲示板、休憩室、入社資料用に印刷する A4 1 ページです。
promo-flyer-open = 開いて印刷
promo-flyer-download = ダウンロード
promo-intranet-title = デジタル チラシ
promo-intranet-body = イントラネットのページに貼り付ける短い HTML です。
promo-email-title = メール
promo-email-body = 全従業員に送るメールの件名と本文です。
promo-newsletter-title = 社内報
promo-newsletter-body = 社内報に載せる短い記事です。
promo-download = ダウンロード
promo-preview-title = メールのプレビュー
promo-link-in-material = 資料は従業員を { $link } に案内します。
promo-inactive-off = 資料には従業員向けのリンクが入っているため、従業員が特典を利用できる間だけ提供されます。まず特典を有効にしてください。
promo-inactive-not-eligible = 資料には従業員向けのリンクが入っているため、従業員が特典を利用できる間だけ提供されます。組織は現在対象ではありません。
promo-back = HUP タブに戻る
promo-guidance-title = プログラムを周知するためのヒント
promo-guidance-1 = 特典が有効になったらすぐに全員にメールを送り、数か月後に社内報でもう一度知らせましょう。
promo-guidance-2 = 従業員が福利厚生を探すイントラネットのページに、デジタル チラシを載せましょう。
promo-guidance-3 = チラシを印刷して掲示板や休憩室に貼り、新入社員の入社資料にも加えましょう。
promo-guidance-4 = 従業員は個人用アカウントと個人のメール アドレスで購入すること、職場のアカウントは決して使われず、IT 部門はこれらの購入を扱わないことをはっきり伝えましょう。
promo-guidance-5 = 注文、請求、インストールに関する質問は、ヘルプデスクではなく、プログラムのページとストアのサポートに案内しましょう。
promo-guidance-6 = HUP タブの参加状況の件数を見て、メッセージが届いているかを確かめましょう。

## The material, in the chosen language.
promo-m-headline = 家庭用ソフトウェアを割引価格で
promo-m-pitch = { $organization } はホーム ユース プログラムに参加しています。従業員の皆さんは、メーカーの個人向けソフトウェアを家庭用に割引価格で購入できます。ご自身の個人用アカウントで、ご自身のデバイスのために。
promo-m-steps-title = ご利用の流れ
promo-m-step-register = 登録: { $link } にアクセスし、「始める」を選んで職場のメール アドレスを入力します。
promo-m-step-confirm = 確認: 職場のアドレスに届くリンクを開きます。
promo-m-step-signin = 個人のメール アドレスに結び付いた個人用アカウント (職場のアカウントは不可) でサインインし、割引を確認します。
promo-m-discounts = すべての製品の現在の割引は、プログラムのページでご覧いただけます: { $link }
promo-m-personal = 購入したものはあなたのものです。組織のサブスクリプションやデバイスの上限には影響しません。個人用アカウントでライセンス認証してください。
promo-m-cta = { $link } から始めましょう
promo-m-email-subject = 新しい福利厚生: 家庭用ソフトウェアを割引価格で
promo-m-greeting = 社員の皆さま
promo-m-email-closing = よろしくお願いいたします。
promo-m-signature = { $organization } IT 部門
promo-m-newsletter-title = { $organization } を通じて、家庭用ソフトウェアを割引価格で
