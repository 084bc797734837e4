#!/usr/bin/env python3
"""Estimates Gale–Church length parameters per language pair from debian-handbook.

For each pair of languages, every translated paragraph pair (same position on
the same page, text not identical, i.e. not left untranslated) gives source
length l1 and target length l2 in Unicode characters, white space collapsed.

    ratio    c  = sum(l2) / sum(l1)                       (Gale & Church 1993)
    variance s² = sum((l2 - c·l1)²) / sum(l1)             (least squares of (l2 - c·l1)² ≈ s²·l1)

The 2% of pairs with the largest residuals are left out before s² is computed
(partial translations and translator's notes). The `*` row pools every pair
with c = 1 for language pairs not in the table.

Usage: estimate_length_model.py [OUTPUT.tsv]   (default: Locales/alignment/length-model.tsv)
"""

import itertools
import os
import sys

import handbook

LANGUAGES = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT",
             "nl": "nl-NL", "pt": "pt-BR", "sv": "sv-SE", "nb": "nb-NO"}
# Danish (da-DK) is left out: most of its pages are the English text, untranslated.
TRIM = 0.02


def lengths(first, second):
    pairs = []
    for _, a, b in handbook.pages(LANGUAGES[first], LANGUAGES[second]):
        for x, y in zip(a, b):
            if x[0] == "paragraph" and x[2] != y[2] and len(x[2]) >= 20 and len(y[2]) >= 20:
                pairs.append((len(x[2]), len(y[2])))
    return pairs


def estimate(pairs, ratio=None):
    c = ratio if ratio is not None else sum(l2 for _, l2 in pairs) / sum(l1 for l1, _ in pairs)
    residuals = sorted(pairs, key=lambda p: (p[1] - c * p[0]) ** 2 / p[0])
    kept = residuals[: max(1, int(len(residuals) * (1 - TRIM)))]
    variance = sum((l2 - c * l1) ** 2 for l1, l2 in kept) / sum(l1 for l1, _ in kept)
    return c, variance


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "Locales", "alignment", "length-model.tsv")
    package = sorted(f for f in os.listdir(handbook.DATA) if f.endswith(".deb"))
    rows = []
    pooled = []
    for first, second in itertools.combinations(LANGUAGES, 2):
        pairs = lengths(first, second)
        if len(pairs) < 200:
            print(f"{first}-{second}: only {len(pairs)} translated paragraphs, skipped", file=sys.stderr)
            continue
        c, s2 = estimate(pairs)
        rows.append((first, second, c, s2, len(pairs)))
        pooled.extend(pairs)
        print(f"{first}-{second}: c={c:.4f} s2={s2:.3f} from {len(pairs)} paragraphs", file=sys.stderr)
    _, pooled_variance = estimate(pooled, ratio=1.0)
    with open(output, "w", encoding="utf-8") as handle:
        handle.write("# Gale-Church length model per language pair, estimated by Benchmarks/align/estimate_length_model.py\n")
        handle.write(f"# from translated paragraph pairs of the Debian package {package[-1] if package else 'debian-handbook'}.\n")
        handle.write("# ratio = sum(target chars) / sum(source chars); variance = sum((l2 - ratio*l1)^2) / sum(l1), 2% largest residuals left out.\n")
        handle.write("# The '*' row pools all pairs with ratio 1, for language pairs not listed. See README.md.\n")
        handle.write("# source\ttarget\tratio\tvariance\tparagraphs\n")
        for first, second, c, s2, count in rows:
            handle.write(f"{first}\t{second}\t{c:.4f}\t{s2:.3f}\t{count}\n")
        handle.write(f"*\t*\t1.0000\t{pooled_variance:.3f}\t{len(pooled)}\n")
    print(f"wrote {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
