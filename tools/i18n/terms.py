#!/usr/bin/env python3
"""Term fixes from the native review of issue 13, as data, so they can be re-applied after a merge.

    python3 tools/i18n/terms.py            # every locale below, from the repository root
    python3 tools/i18n/terms.py ja ko      # only these bundles

Each rule is (key pattern, text pattern, replacement), regular expressions; a rule applies to every
message whose key matches (re.search) and is idempotent: re-running changes nothing. A regional
bundle made by regional.py is regenerated afterwards (run regional.py).
"""
import pathlib
import re
import sys
import unicodedata

# A *.short text must fit a 16-column display (BundleCheck); a fix that would not fit is skipped
# and printed, so a translator can reword it.
SHORT_COLUMNS = 16


def columns(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)

BUNDLES = pathlib.Path("sdk-i18n/src/main/resources/dev/posdx/i18n")

ALL = r"."
TERMS = {
    "zh_Hans": [
        # Causes that never pass here: 暂不受理 ("not for now") promises a later that never comes.
        (r"^cause\.(merchant\.not-permitted|card\.no-such-issuer|card\.not-accepted|card\.token-not-supported"
         r"|network\.bank-not-supported)\.(cardholder|cashier)\.short$", r"^暂不受理$", "无法受理"),
        (r"^cause\.issuer\.declined-offline\.cashier\.short$", r"^卡片拒绝$", "卡片脱机拒绝"),
        (r"^step\.swipe-card$", r"^刷卡片的磁条。$", "请顾客刷磁条。"),
        (r"^heading\.what-to-do$", r"^怎么办$", "处理建议"),
    ],
    "zh_Hant": [
        (r"^cause\.(merchant\.not-permitted|card\.no-such-issuer|card\.not-accepted|card\.token-not-supported"
         r"|network\.bank-not-supported)\.(cardholder|cashier)\.short$", r"^暫不受理$", "無法受理"),
        # 拒絕往來 is the bounced-cheque blacklist in Taiwan.
        (ALL, r"拒絕往來名單", "停用卡名單"),
        (r"^cause\.terminal\.keys\.cashier\.short$", r"押碼錯誤", "金鑰錯誤"),
        (ALL, r"端末機代號", "刷卡機代號"),
        (ALL, r"稍候再試", "稍後再試"),
        (ALL, r"教育員工", "訓練員工"),
        (r"^step\.swipe-card$", r"^刷卡片的磁條。$", "請客人刷磁條。"),
        (r"^heading\.what-to-do$", r"^怎麼辦$", "處理建議"),
    ],
    "ja": [
        # The issuer is カード会社 (short) / カード発行会社 (long), never 銀行: glossary/ja.tsv.
        (r"^cause\.issuer\.unavailable\.cardholder\.short$", r"^銀行システム停止$", "カード会社障害中"),
        (r"^cause\.issuer\.peak-load\.(cashier|cardholder)\.short$", r"^銀行混雑中$", "カード会社混雑中"),
        (r"^cause\.issuer\.timeout\.cardholder\.short$", r"^銀行の応答なし$", "カード会社無応答"),
        (r"^cause\.account\.contact-details-missing\.cardholder\.short$", r"^銀行へご連絡を$", "カード会社へ連絡"),
        (r"^cause\.issuer\.error\.cardholder\.short$", r"^銀行エラー$", "カード会社エラー"),
        (r"^cause\.issuer\.slow-response\.cashier\.short$", r"^銀行応答遅延$", "カード会社が遅延"),
        (r"^cause\.network\.bank-not-supported\.cashier\.short$", r"^銀行未対応$", "カード会社未対応"),
        (r"^cause\.network\.(routing-failed|stand-in)\.cardholder\.short$", r"^銀行に接続不可$", "カード会社不通"),
        (ALL, r"発行銀行", "カード発行会社"),
        (ALL, r"(?<!受取)銀行システム", "カード会社のシステム"),
        (ALL, r"(?<!受取)銀行", "カード会社"),
        # Humble plus passive is wrong keigo.
        (ALL, r"このお支払いはお断りされました", "このお支払いはお受けできませんでした"),
        (ALL, r"別の支払方法をお願いしてください", "お客様に別のお支払い方法をご案内ください"),
        (r"\.cashier\.", r"再試行してください", "もう一度お取引ください"),
        (ALL, r"カード有効前", "利用開始日前"),
    ],
    "ko": [
        (ALL, r"은행 앱", "카드사 앱"),
        (r"^cause\.issuer\.peak-load\.(cardholder|cashier)\.short$", r"^은행 시스템 혼잡$", "카드사 응답 지연"),
        (r"^cause\.issuer\.slow-response\.cashier\.short$", r"^은행 응답 지연$", "카드사 응답 지연"),
        # The cardholder's issuer is 카드사 in every cardholder text; a receiving or the store's bank stays 은행.
        (r"\.cardholder\.|^step\.(check-card-controls|activate-card|replace-card|renew-card|check-card-abroad)$",
         r"(?<!받는 )(?<!거래 )은행", "카드사"),
        (r"^step\.swipe-card$", r"마그네틱 띠를 긁으세요", "카드를 긁으세요"),
    ],
    "th": [
        (r"^cause\.connectivity\.no-reply\.cardholder\.long$", r" ก่อนลองใหม่$",
         " และกรุณาอย่าชำระซ้ำจนกว่าเราจะแจ้งผล"),
    ],
    "vi": [
        (r"^cause\.issuer\.refer\.cashier\.short$", r"^Gọi NH phát hành$", "Gọi ngân hàng"),
        (r"^cause\.(issuer\.refer|account\.contact-details-missing)\.cardholder\.short$", r"^Vui lòng gọi NH$", "Gọi ngân hàng"),
        (ALL, r"\b([Gg])ọi NH\b", r"\1ọi ngân hàng"),
    ],
    "ar": [
        (r"^cause\.card\.expired\.cardholder\.short$", r"^بطاقة منتهية$", "منتهية الصلاحية"),
    ],
    "pt_BR": [
        (ALL, r"^Pagamento falhou$", "Não autorizado"),
    ],
    "id": [
        (ALL, r"^Setuju sebagian$", "Disetujui sbgn."),
    ],
    "ms": [
        # Colloquial "tak" becomes "tidak" wherever it fits (see SHORT_COLUMNS); some short forms reworded.
        (r"^cause\.card\.damaged\.(cashier|cardholder)\.short$", r"^Kad tak terbaca$", "Kad tidak dibaca"),
        (r"^cause\.connectivity\.no-reply\.cashier\.short$", r"^Hos tak membalas$", "Hos tidak jawab"),
        (r"^cause\.terminal\.not-registered\.cashier\.short$", r"^TID tak dikenali$", "TID belum daftar"),
        (ALL, r"\btak\b", "tidak"),
        (ALL, r"\bTak\b", "Tidak"),
    ],
}


def apply(suffix, rules):
    path = BUNDLES / ("messages_" + suffix + ".properties")
    lines = path.read_text(encoding="utf-8").split("\n")
    changed = 0
    for i, line in enumerate(lines):
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, text = line.split("=", 1)
        new = text
        for key_pattern, old, replacement in rules:
            if re.search(key_pattern, key):
                new = re.sub(old, replacement, new)
        if new != text and key.endswith(".short") and columns(new) > SHORT_COLUMNS:
            print("  kept %s=%s: \"%s\" is %d columns" % (key, text, new, columns(new)))
            continue
        if new != text:
            lines[i] = key + "=" + new
            changed += 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return changed


if __name__ == "__main__":
    for suffix in sys.argv[1:] or TERMS:
        print(suffix, apply(suffix, TERMS[suffix]), "messages changed")
