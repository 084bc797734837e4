#!/usr/bin/env python3
"""Runs tandem lint beside `msgfmt -c` (GNU gettext) and compare-locales on the
same locale files and prints what each reports, and every item a peer reports
that tandem does not.

The files are German and English strings of a small shop app, written here with
the mistakes these tools exist to catch: PO files for msgfmt, and Java
.properties, Android strings.xml and PO for compare-locales.

    python3 Benchmarks/lint/peers.py              # builds a release tandem first
    TANDEM_BIN=.build/debug/tandem python3 Benchmarks/lint/peers.py

Exit status 1 when a peer reports something tandem misses (apart from the
policy differences listed in ACCEPTED_DIFFERENCES, which are printed too).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# Peer findings tandem deliberately does not report, with the reason.
ACCEPTED_DIFFERENCES = {
    "Only plain text allowed": "Mozilla policy: Android itself allows <b>, <i>, <u> and <xliff:g> markup in strings",
}

PO_HEADER = (
    'msgid ""\nmsgstr ""\n'
    '"Project-Id-Version: shop 1.0\\n"\n'
    '"Language: de\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
)

FILES = {
    # --- gettext, for msgfmt -c -------------------------------------------------------------
    "po/de/cart.po": PO_HEADER + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
    '#: cart.c:12\nmsgid "Your cart"\nmsgstr "Ihr Warenkorb"\n\n'
    '#, c-format\nmsgid "%d items in your cart"\nmsgstr "%s Artikel im Warenkorb"\n\n'
    '#, c-format\nmsgid "Save %d%% on %s"\nmsgstr "Sparen Sie %d % bei %s"\n\n'
    'msgid "Order placed.\\n"\nmsgstr "Bestellung aufgegeben."\n\n'
    'msgid "\\nThank you for your order"\nmsgstr "Vielen Dank für Ihre Bestellung"\n\n'
    '#, c-format\nmsgid "%d coupon"\nmsgid_plural "%d coupons"\nmsgstr[0] "%d Gutschein"\nmsgstr[1] "%d Gutscheine"\nmsgstr[2] "%d Gutscheine"\n\n'
    '#, c-format\nmsgid "Hello %s, you have %d new messages"\nmsgstr "Hallo %s, Sie haben neue Nachrichten"\n',
    "po/de/checkout.po": PO_HEADER + '\n'
    '#, c-format\nmsgid "%d product"\nmsgid_plural "%d products"\nmsgstr[0] "%d Produkt"\nmsgstr[1] "%d Produkte"\n\n'
    '#, python-format\nmsgid "Total: %(amount)s"\nmsgstr "Summe: %(betrag)s"\n',
    "po/de/account.po": PO_HEADER + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
    'msgid "Sign in"\nmsgstr "Anmelden"\n\nmsgid "Sign in"\nmsgstr "Einloggen"\n',
    "po/de/broken.po": PO_HEADER + '\nmsgid "Wishlist"\nmsgstr "Wunschzettel\n',
    # --- compare-locales: reference en-US, localization de ----------------------------------
    "cl/en-US/shop.properties": "# Shop strings\ncart.title=Your cart\ncart.count=You have %S items\n"
    "checkout.total=Total: %1$S (%2$S incl. VAT)\ncheckout.sale=Save 20%% on %S\n"
    "greeting=Hello\\tthere\nfooter=Free shipping\nlegal=Terms of service\n",
    "cl/de/shop.properties": "# Shop\ncart.title=Ihr Warenkorb\ncart.count=Sie haben %d Artikel\n"
    "checkout.total=Summe: %1$S\ncheckout.sale=Sparen Sie 20 % bei %S\n"
    "greeting=Hallo\\qda\nfooter=Kostenloser Versand \ufffd\nlegacy=Alter Text\ncart.title=Warenkorb\n",
    "cl/en-US/strings.xml": '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n'
    '  <string name="app_name" translatable="false">ShopApp</string>\n'
    '  <string name="cart_title">Your cart</string>\n'
    '  <string name="greeting">Hello %1$s, you have %2$d items</string>\n'
    '  <string name="sale">Sale: %1$d%% off</string>\n'
    '  <string name="help">Don\\\'t panic</string>\n'
    '  <string name="checkout">Checkout</string>\n'
    '  <string name="terms">Terms</string>\n'
    '  <string name="bold">Order <b>now</b></string>\n'
    '</resources>\n',
    "cl/de/strings.xml": '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n'
    '  <string name="app_name">Laden-App</string>\n'
    '  <string name="cart_title">Ihr Warenkorb</string>\n'
    '  <string name="greeting">Hallo %1$d, Sie haben %2$d Artikel</string>\n'
    '  <string name="sale">Angebot: %1$d%% Rabatt auf %3$s</string>\n'
    '  <string name="help">Keine Panik, es ist\'s gut</string>\n'
    '  <string name="checkout">@string/cart_title</string>\n'
    '  <string name="bold">Jetzt <b>bestellen</b></string>\n'
    '  <string name="quote">Sag ""Hallo""</string>\n'
    '</resources>\n',
}

L10N_TOML = """basepath = "."
locales = ["de"]
[env]
    l10n = "{l10n_base}/{locale}/"
[[paths]]
    reference = "en-US/**"
    l10n = "{l10n}**"
"""


def tandem_binary():
    if os.environ.get("TANDEM_BIN"):
        return os.path.abspath(os.environ["TANDEM_BIN"])
    subprocess.run(["swift", "build", "-c", "release", "--scratch-path", ".build-bench", "--product", "tandem"], cwd=REPO, check=True)
    return os.path.join(REPO, ".build-bench", "release", "tandem")


def entry_ranges(path):
    """Line ranges (first, last) of the blank-line separated entries of a PO file."""
    ranges, start = [], None
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().split("\n")
    for number, line in enumerate(lines, 1):
        if line.strip():
            if start is None:
                start = number
        elif start is not None:
            ranges.append((start, number - 1))
            start = None
    if start is not None:
        ranges.append((start, len(lines)))
    return ranges


def same_entry(path, line_a, line_b):
    for first, last in entry_ranges(path):
        if first <= line_a <= last:
            return first <= line_b <= last
    return line_a == line_b


def run_tandem(binary, root, paths, reference):
    result = subprocess.run([binary, "lint", "--format", "json", "--reference", reference, "--fail-on", "critical"] + paths,
                            cwd=root, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit("tandem failed: " + result.stderr)
    return json.loads(result.stdout)["findings"]


def msgfmt_items(root):
    items = []
    for name in sorted(FILES):
        if not name.startswith("po/"):
            continue
        result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", name], cwd=root, capture_output=True, text=True)
        for line in result.stderr.splitlines():
            match = re.match(r"^(po/[^:]+):(\d+): (.*)$", line)
            if match and not match.group(3).startswith("...") and "this is the location of the first definition" not in line:
                items.append({"path": match.group(1), "line": int(match.group(2)), "text": match.group(3)})
    return items


def compare_locales_items(root):
    with open(os.path.join(root, "cl", "l10n.toml"), "w") as handle:
        handle.write(L10N_TOML)
    os.makedirs(os.path.join(root, "cl-l10n"), exist_ok=True)
    target = os.path.join(root, "cl-l10n", "de")
    if os.path.exists(target):
        shutil.rmtree(target)
    shutil.copytree(os.path.join(root, "cl", "de"), target)
    result = subprocess.run(["compare-locales", "--json", "-", "--return-zero", "cl/l10n.toml", "cl-l10n", "de"],
                            cwd=root, capture_output=True, text=True)
    data = json.loads(result.stdout)
    items = []

    def walk(node, prefix):
        if isinstance(node, list):
            for detail in node:
                for kind, text in detail.items():
                    items.append({"path": "cl/" + prefix, "kind": kind, "text": text})
            return
        for name, child in node.items():
            walk(child, f"{prefix}/{name}" if prefix else name)

    for run in data:
        walk(run["details"], "")
    return items


def matches_msgfmt(item, findings, root):
    field = re.search(r"header field '([^']+)'", item["text"])
    for finding in findings:
        target = finding.get("target") or {}
        if target.get("path") != item["path"]:
            continue
        if field and finding["check"] == "po-header" and field.group(1) in finding["message"]:
            return finding
        if item["text"].startswith("nplurals") and finding["check"] == "plural-forms":
            return finding
    if field:
        return None
    for finding in findings:
        target = finding.get("target") or {}
        if target.get("path") == item["path"] and same_entry(os.path.join(root, item["path"]), item["line"], target.get("line", 0)):
            return finding
        if target.get("path") == item["path"] and finding["check"] == "parse-error":
            return finding
    return None


def key_line(path, key):
    """The line where `key` is defined in a .properties or Android file (compare-locales gives line 0 for Android)."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if re.match(r"^\s*" + re.escape(key) + r"\s*[=:]", line) or ('name="%s"' % key) in line:
                return number
    return 0


def matches_compare_locales(item, findings, root):
    text = item["text"]
    same_file = [f for f in findings if (f.get("target") or {}).get("path") == item["path"]]
    if item["kind"] == "missingEntity":
        return next((f for f in findings if f["check"] == "missing-key" and (f.get("target") or {}).get("text") == text
                     and (f.get("target") or {}).get("path") == item["path"]), None)
    if item["kind"] == "obsoleteEntity":
        return next((f for f in same_file if f["check"] == "obsolete-key" and f["target"]["text"] == text), None)
    duplicate = re.match(r"^(\S+) occurs \d+ times", text)
    if duplicate:
        return next((f for f in same_file if f["check"] == "duplicate-key" and duplicate.group(1) in f["message"]), None)
    located = re.search(r" at line (\d+), column (\d+) for (\S+)$", text)
    key = located.group(3) if located else re.search(r"for (\S+)$", text).group(1) if re.search(r"for (\S+)$", text) else None
    line = int(located.group(1)) if located else 0
    if line == 0 and key:
        line = key_line(os.path.join(root, item["path"]), key)
    for finding in same_file:
        if finding["check"] in ("missing-key", "obsolete-key"):
            continue
        if line > 0 and finding["target"]["line"] == line:
            return finding
        if key and ("“%s”" % key in finding["message"] or finding["target"].get("text") == key):
            return finding
    return None


def main():
    binary = tandem_binary()
    root = tempfile.mkdtemp(prefix="tandem-peers-")
    try:
        for name, content in FILES.items():
            path = os.path.join(root, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(content)
        po_findings = run_tandem(binary, root, ["po"], "en")
        # compare-locales pairs cl/en-US/X with cl/de/X: lint each pair as one resource group.
        config = os.path.join(root, ".tandem.yml")
        with open(config, "w") as handle:
            handle.write("lint:\n  resources:\n    - \"cl/{lang}/shop.properties\"\n    - \"cl/{lang}/strings.xml\"\n")
        cl_findings = run_tandem(binary, root, ["cl/en-US", "cl/de"], "en-US")

        missed = []
        rows = []
        for peer, items, findings, matcher in (
            ("msgfmt -c", msgfmt_items(root), po_findings, lambda item, found: matches_msgfmt(item, found, root)),
            ("compare-locales", compare_locales_items(root), cl_findings, lambda item, found: matches_compare_locales(item, found, root)),
        ):
            matched = 0
            accepted = 0
            used = set()
            print(f"\n== {peer}")
            for item in items:
                place = f"{item['path']}:{item.get('line', '')}".rstrip(":")
                label = f"{item.get('kind', 'error')}: {item['text']}"
                reason = next((why for pattern, why in ACCEPTED_DIFFERENCES.items() if pattern in item["text"]), None)
                finding = matcher(item, findings)
                if finding:
                    matched += 1
                    used.add(finding["fingerprint"])
                    print(f"  both    {place}  {label}\n          tandem: [{finding['check']}] {finding['message']}")
                elif reason:
                    accepted += 1
                    print(f"  peer    {place}  {label}\n          not reported by tandem on purpose: {reason}")
                else:
                    missed.append((peer, place, label))
                    print(f"  MISSED  {place}  {label}")
            extra = [f for f in findings if f["fingerprint"] not in used]
            for finding in extra:
                target = finding.get("target") or {}
                print(f"  tandem  {target.get('path')}:{target.get('line')}  [{finding['check']}] {finding['message']}")
            rows.append((peer, len(items), matched, accepted, len(items) - matched - accepted, len(extra)))

        print("\n%-16s %6s %8s %9s %7s %13s" % ("peer", "items", "tandem", "accepted", "missed", "tandem only"))
        for row in rows:
            print("%-16s %6d %8d %9d %7d %13d" % row)
        if missed:
            print("\ntandem misses %d peer item(s):" % len(missed))
            for peer, place, label in missed:
                print(f"  {peer}: {place} {label}")
            return 1
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
