#!/usr/bin/env python3
"""Measures how long German translations are compared with their English
sources, to set the omission check's length bounds (OmissionCheck.swift).

Data: the English and German editions of the Debian Administrator's Handbook
(Debian package debian-handbook, same paragraphs in the same order; see
Benchmarks/align/handbook.py) and the bundled sample pair. Lengths count
letters and digits only, as the check does.

    python3 Benchmarks/review/calibrate_length.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "align"))
import handbook  # noqa: E402

MINIMUM = 40


def length(text):
    return sum(1 for c in text if c.isalnum())


def percentile(values, p):
    index = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[index]


def main():
    ratios = []
    for _, english, german in handbook.pages("en-US", "de-DE"):
        for (_, _, en), (_, _, de) in zip(english, german):
            if length(en) >= MINIMUM and en != de:
                ratios.append(length(de) / length(en))
    ratios.sort()
    print(f"{len(ratios)} paragraph pairs with a source of {MINIMUM}+ letters and digits")
    for p in (0.1, 0.5, 1, 5, 50, 95, 99, 99.5, 99.9):
        print(f"  {p:5}th percentile: {percentile(ratios, p):.2f}")
    low, high = 0.55, 2.2  # OmissionCheck.shortestRatio, .longestRatio
    outside = sum(1 for r in ratios if r < low or r > high)
    print(f"outside {low} … {high}: {outside} ({100 * outside / len(ratios):.2f} %)")


if __name__ == "__main__":
    main()
