# Issue 17: the promotion kit as files (R13, R14): one zip per language with the PDF flyers,
# the digital flyer image, the email and newsletter copy as HTML, the intranet snippet and a PDF
# guide on promoting the program (R21–R24).

## The page, in the page's language.
kit-download-title = キット一式を 1 つのファイルで
kit-download-body = 印刷用チラシの PDF (A4 と US レター)、イントラネットやチャット用のデジタル チラシ画像、メールと社内報の HTML 文面、イントラネット用のブロック、プログラム周知のガイド (PDF) をまとめた zip です。
kit-download-button = { $language }のキットをダウンロード (zip)

## On the flyers.
kit-m-scan = スマートフォンのカメラで読み取るか、次のアドレスを入力してください:
kit-m-discounts-title = 現在の割引
kit-m-discount-line = { $product } ({ $term }): { $discount }
kit-m-footer = { $organization } の従業員のためのホーム ユース プログラム

## The guide (guidance.pdf), in the material's language.
kit-guide-title = ホーム ユース プログラムを周知する
kit-guide-for = { $organization } の管理者向けガイド
kit-guide-link = 従業員向けのリンク: { $link }
kit-guide-when-title = いつ何を送るか
kit-guide-when-1 = 特典を有効にした日: 全従業員にメールを送り、デジタル チラシをイントラネットに載せます。
kit-guide-when-2 = 最初の週: チラシを印刷して、掲示板、休憩室、会議室に貼ります。
kit-guide-when-3 = 2～3 か月後: 社内報の記事でもう一度知らせます。
kit-guide-when-4 = 新入社員ごとに: チラシを入社資料に加えます。
kit-guide-when-5 = 年に 1 回、また割引が変わったとき: メールをもう一度送ります。
kit-guide-ask-title = 従業員からよくある質問
kit-guide-ask-1 = 会社は私が何を買ったかわかりますか？ いいえ。管理者に見えるのは件数だけで、誰が登録したか、誰が何を買ったかは見えません。
kit-guide-ask-2 = どのアカウントを使いますか？ 個人のメール アドレスの個人用アカウントです。職場のアドレスはここで働いていることの確認にだけ使い、購入やライセンス認証には使いません。
kit-guide-ask-3 = 退職したらどうなりますか？ 購入したものはあなたのものです。再びプログラム価格で購入するには、現在の職場のアドレスを確認します。
kit-guide-ask-4 = Visio と Project Professional 2019 はどこですか？ 追加特典がある組織では「その他の Office 製品」にあります。従業員はプログラム管理者に問い合わせます。
kit-guide-ask-5 = 自分の国が表示されないのはなぜですか？ プログラムはすべての国で提供されているわけではなく、地域のストアで購入する国もあります。各国の状況はプログラムのページでわかります。
kit-guide-tips-title = ヒント
kit-guide-support-title = サポート窓口
kit-guide-support-employees = 購入、インストール、注文、請求、サインインについて質問がある従業員:
kit-guide-support-admins = 管理者: ライセンス契約や管理センターへのアクセスに関する質問はライセンス サポートへ。特典が期待どおりに表示されない場合はストア管理者サポートへ。
kit-guide-support-none = プログラム運営者はまだサポート窓口のアドレスを公開していません。
