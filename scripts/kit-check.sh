#!/usr/bin/env bash
# The promotion kit's files checked with real tools (issue 17), as `.ci/run` runs it: a fresh
# `hup serve --demo` on SQLite, the demo admin of Contoso downloads the kit in every language
# over the JSON API; in each PDF `pdftotext` finds the employee link and the organization,
# and the guide and flyers carry a sentence of the chosen language; the first page of each
# flyer, rendered by `pdftoppm`, decodes with `zbarimg` to the employee link, and so does the
# PNG flyer. Needs curl, python3, unzip, poppler-utils and zbar-tools.
#
#   bash scripts/kit-check.sh        (HUP_KIT_KEEP=1 keeps the files to look at)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q -p hup --bin hup
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
HUP_DATABASE_URL="sqlite://$dir/hup.db" HUP_LISTEN="127.0.0.1:$port" HUP_BASE_URL="$base" \
  HUP_MAIL="file:$dir/mail" target/debug/hup serve --demo >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fsS "$base/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "$base/readyz" >/dev/null || { echo "hup serve --demo did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }

signin=$(curl -fsS -H 'content-type: application/json' \
  -d '{"work_email":"admin@contoso.example","password":"demo-admin-password"}' "$base/api/v1/admin/sessions")
token=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["token"])' "$signin")
tenant=$(curl -fsS -H "authorization: Bearer $token" "$base/api/v1/admin/me" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["tenant"])')
link="$base/"
organization="Contoso Ltd."
# One sentence of each language's guide, as the Fluent files have it (kit-guide-when-title).
declare -A heading=([en]="When to send what" [nl]="Wanneer u wat verstuurt" [de]="Wann Sie was versenden"
  [fr]="Quand envoyer quoi" [es]="Cuándo enviar qué" [ja]="いつ何を送るか")
failed=0
fail() { echo "FAIL $*" >&2; failed=1; }
for lang in en nl de fr es ja; do
  out="$dir/$lang"; mkdir -p "$out"
  code=$(curl -sS -o "$out/kit.zip" -w '%{http_code}' -H "authorization: Bearer $token" \
    "$base/api/v1/tenants/$tenant/benefits/hup/promotion/kit.zip?lang=$lang")
  [ "$code" = 200 ] || { fail "$lang: kit.zip answered $code"; continue; }
  (cd "$out" && unzip -q kit.zip)
  for f in flyer-a4.pdf flyer-letter.pdf flyer.png email.html newsletter.html intranet.html guidance.pdf; do
    [ -s "$out/$f" ] || fail "$lang: $f missing from the zip"
  done
  for pdf in flyer-a4 flyer-letter guidance; do
    # pdftotext may break a long link over two lines; join them before searching.
    text=$(pdftotext -enc UTF-8 "$out/$pdf.pdf" - | tr -d '\n')
    grep -qF "$link" <<<"$text" || fail "$lang: $pdf.pdf lacks the link $link"
    grep -qF "$organization" <<<"$text" || fail "$lang: $pdf.pdf lacks \"$organization\""
  done
  guide=$(pdftotext -enc UTF-8 "$out/guidance.pdf" -)
  grep -qF "${heading[$lang]}" <<<"$guide" || fail "$lang: guidance.pdf is not in $lang (no \"${heading[$lang]}\")"
  grep -q "lang=\"$lang\"" "$out/email.html" || fail "$lang: email.html is not marked $lang"
  for pdf in flyer-a4 flyer-letter; do
    pdftoppm -r 150 -f 1 -l 1 -png "$out/$pdf.pdf" "$out/$pdf-page"
    decoded=$(zbarimg -q --raw "$out/$pdf-page"-*1.png 2>/dev/null || true)
    [ "$decoded" = "$link" ] || fail "$lang: the QR code of $pdf.pdf reads \"$decoded\", not $link"
  done
  decoded=$(zbarimg -q --raw "$out/flyer.png" 2>/dev/null || true)
  [ "$decoded" = "$link" ] || fail "$lang: the QR code of flyer.png reads \"$decoded\", not $link"
  echo "kit $lang: $(unzip -Z1 "$out/kit.zip" | tr '\n' ' ')($(stat -c %s "$out/kit.zip") bytes)"
done
if [ "$failed" != 0 ]; then
  echo "the kit check failed; files in $dir" >&2
  exit 1
fi
if [ -n "${HUP_KIT_KEEP:-}" ]; then echo "files kept in $dir"; else rm -rf "$dir"; fi
echo "kit check: 6 languages passed, 0 failed"
