#!/usr/bin/env python3
"""How fast tandem lint reads and checks many locale files, beside compare-locales.

Writes 1,000 Java .properties files (500 English references, 500 German
translations, 1,000 keys each: 1,000,000 keys in all) of shop-app strings with
placeholders and a few seeded mistakes, then times `tandem lint` (release
build, one process, one core) and compare-locales on the same files.

    python3 Benchmarks/lint/speed.py                  # builds .build-bench/release/tandem
    TANDEM_BIN=path/to/tandem python3 Benchmarks/lint/speed.py [--files 1000] [--keys 1000] [--skip-peer]

Prints a table: files, keys, seconds, keys per second, findings, and the ratio.
"""
import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

ENGLISH = [
    ("title", "Your shopping cart"), ("empty", "Your cart is empty"), ("count", "You have %S items in your cart"),
    ("total", "Total: %1$S (incl. %2$S VAT)"), ("pay", "Pay now"), ("ship", "Free shipping on orders over %S"),
    ("coupon", "Coupon applied: %S"), ("remove", "Remove from cart"), ("wish", "Add to wishlist"),
    ("stock", "Only %S left in stock"), ("review", "Write a review"), ("help", "Need help? Call us"),
]
GERMAN = [
    "Ihr Warenkorb", "Ihr Warenkorb ist leer", "Sie haben %S Artikel im Warenkorb", "Summe: %1$S (inkl. %2$S MwSt.)",
    "Jetzt bezahlen", "Kostenloser Versand ab %S", "Gutschein eingelöst: %S", "Aus dem Warenkorb entfernen",
    "Auf den Wunschzettel", "Nur noch %S auf Lager", "Bewertung schreiben", "Hilfe nötig? Rufen Sie uns an",
]


def escape(text):
    return "".join(c if ord(c) < 0x80 else "\\u%04X" % ord(c) for c in text)


def generate(root, files, keys):
    random.seed(42)
    pairs = files // 2
    for number in range(pairs):
        en_lines, de_lines = [], []
        for index in range(keys):
            name, english = ENGLISH[index % len(ENGLISH)]
            german = GERMAN[index % len(GERMAN)]
            key = f"shop.module{number}.section{index // 12}.{name}"
            en_lines.append(f"{key}={english}\n")
            roll = random.random()
            if roll < 0.002:
                continue  # a missing key
            if roll < 0.004:
                german = german.replace("%S", "%d")  # a placeholder of another type
            de_lines.append(f"{key}={escape(german)}\n")
        for language, lines in (("en-US", en_lines), ("de", de_lines)):
            folder = os.path.join(root, language)
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"module{number:04d}.properties"), "w", encoding="utf-8") as handle:
                handle.writelines(lines)


def tandem_binary():
    if os.environ.get("TANDEM_BIN"):
        return os.path.abspath(os.environ["TANDEM_BIN"])
    subprocess.run(["swift", "build", "-c", "release", "--scratch-path", ".build-bench", "--product", "tandem"], cwd=REPO, check=True)
    return os.path.join(REPO, ".build-bench", "release", "tandem")


def timed(command, cwd):
    """Wall-clock seconds, CPU seconds (user + system of the child) and the result."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--keys", type=int, default=1000, help="keys per file")
    parser.add_argument("--skip-peer", action="store_true")
    args = parser.parse_args()
    binary = tandem_binary()
    root = tempfile.mkdtemp(prefix="tandem-speed-")
    try:
        generate(root, args.files, args.keys)
        total_keys = args.files * args.keys
        # One core: taskset pins the process where it is available.
        pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
        seconds, cpu, result = timed(pin + [binary, "lint", "--format", "json", "--reference", "en-US", "--fail-on", "critical", "en-US", "de"], root)
        if result.returncode not in (0, 1):
            sys.exit("tandem failed: " + result.stderr)
        findings = len(json.loads(result.stdout)["findings"])
        rows = [("tandem lint", seconds, cpu, findings)]
        if not args.skip_peer and shutil.which("compare-locales"):
            with open(os.path.join(root, "l10n.toml"), "w") as handle:
                handle.write('basepath = "."\nlocales = ["de"]\n[env]\n    l10n = "{l10n_base}/{locale}/"\n[[paths]]\n'
                             '    reference = "en-US/**"\n    l10n = "{l10n}**"\n')
            os.makedirs(os.path.join(root, "l10n"), exist_ok=True)
            shutil.copytree(os.path.join(root, "de"), os.path.join(root, "l10n", "de"))
            peer_seconds, peer_cpu, peer = timed(pin + ["compare-locales", "--json", "-", "--return-zero", "l10n.toml", "l10n", "de"], root)
            summary = json.loads(peer.stdout)[0]["summary"]["de"]
            rows.append(("compare-locales", peer_seconds, peer_cpu, summary.get("errors", 0) + summary.get("warnings", 0) + summary.get("missing", 0)))
        print(f"{args.files} files, {total_keys:,} keys ({args.files // 2} English references, {args.files // 2} German translations)\n")
        print("%-16s %9s %9s %16s %9s" % ("tool", "wall s", "CPU s", "keys/CPU second", "findings"))
        for name, secs, cpu_secs, count in rows:
            print("%-16s %9.2f %9.2f %16s %9d" % (name, secs, cpu_secs, f"{total_keys / max(cpu_secs, 1e-9):,.0f}", count))
        if len(rows) == 2:
            print(f"\ncompare-locales takes {rows[1][2] / rows[0][2]:.1f} times the CPU time of tandem lint "
                  f"({rows[1][1] / rows[0][1]:.1f} times the wall-clock time)")
        load = os.getloadavg()[0]
        print(f"\nload average while measuring: {load:.1f} on {os.cpu_count()} cores (wall-clock time includes waiting for a core)")
        print("goal: under 5 seconds for 1,000,000 keys on one core: " + ("met" if cpu < 5 or total_keys < 1_000_000 else "NOT met")
              + f" ({cpu:.2f} s CPU, {seconds:.2f} s wall)")
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
