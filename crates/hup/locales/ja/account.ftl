# issue 16: 個人データ — エクスポート、アカウントの削除、資格の終了。

## 資格の終了 (/account と /offers)
account-grant-expired = { $email } による組織の割引は { $date } に期限切れになりました。もう一度割引価格で購入するには、勤務先アドレスをもう一度確認してください。購入したものはそのままお使いいただけ、サブスクリプションは引き続き更新されます。

## /account: あなたのデータ
account-data-heading = あなたのデータ
account-data-intro = ホーム ユース プログラムが保持しているあなたに関するすべての情報を 1 つのファイルでダウンロードするか、アカウントを削除できます。
account-export-link = 自分のデータをダウンロードする (JSON)
account-delete-link = アカウントを削除する

## /account/delete
account-delete-title = アカウントの削除
account-delete-intro = アカウントの削除は元に戻せません。直ちに次のことが行われます:
account-delete-sessions = すべての場所でサインアウトされます。
account-delete-renewals = プログラムで購入したサブスクリプションの更新が停止します。
account-delete-erased = 氏名、個人アドレス、勤務先アドレス、およびそれらに送信されたメールが消去されます。
account-delete-orders = 注文は、氏名やアドレスを含まない形で販売元の帳簿に残ります。
account-delete-no-mail = 確認メールは送信されません。消去するアドレスが残ってしまうためです。データを残したい場合は、先にダウンロードしてください。
account-delete-password = パスワード
account-delete-button = アカウントを完全に削除する
account-delete-cancel = アカウントを残す
account-deleted-title = アカウントは削除されました
account-deleted-body = あなたを特定する情報はすべて消去されました。同じ勤務先アドレスでいつでも再登録できます。
account-deleted-home = プログラムのページへ

## 資格終了の 30 日前のメール
mail-grant-ending-subject = ホーム ユース プログラムの割引がまもなく終了します
mail-grant-ending-body = { $email } による組織の割引は { $date } に終了します。引き続き割引価格で購入するには、勤務先アドレスをもう一度確認してください。リンクを開いて { $email } を入力し、そのアドレスに届くメールから確認してください。
mail-grant-ending-button = 勤務先アドレスをもう一度確認する
mail-grant-ending-subscriptions = プログラムで購入したサブスクリプションはいずれにしてもその価格で更新され続け、購入したものはそのままお使いいただけます。
