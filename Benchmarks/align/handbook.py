#!/usr/bin/env python3
"""Extracts parallel paragraphs from Debian's debian-handbook package.

The package ships the same book as HTML in many languages; every page has the
same headings and paragraphs (`<div class="para">`) in the same order in each
language. This module downloads the package (apt-get download, into
Benchmarks/.data/, which git ignores), unpacks it and returns, per page, the
list of units (headings and paragraphs) for a language.
"""

import html.parser
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", ".data")
HTML_ROOT = os.path.join(DATA, "debian-handbook", "usr", "share", "doc", "debian-handbook", "html")


def ensure_package():
    """Downloads and unpacks debian-handbook under Benchmarks/.data/ if it is not there yet."""
    if os.path.isdir(HTML_ROOT):
        return HTML_ROOT
    os.makedirs(DATA, exist_ok=True)
    debs = [f for f in os.listdir(DATA) if f.startswith("debian-handbook_") and f.endswith(".deb")]
    if not debs:
        subprocess.run(["apt-get", "download", "debian-handbook"], cwd=DATA, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        debs = [f for f in os.listdir(DATA) if f.startswith("debian-handbook_") and f.endswith(".deb")]
    subprocess.run(["dpkg", "-x", os.path.join(DATA, sorted(debs)[-1]), os.path.join(DATA, "debian-handbook")], check=True)
    return HTML_ROOT


class _Units(html.parser.HTMLParser):
    """Collects headings (h1–h6) and paragraphs (div.para, without code blocks and index terms)."""

    SKIP = {"pre", "script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units = []          # [kind, level, [text parts]] in order of their start
        self.open = []           # stack of (tag, unit index or None, is_skip)
        self.skip_depth = 0
        self.heading = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag in self.SKIP or "indexterm" in classes:
            self.open.append((tag, None, True))
            self.skip_depth += 1
            return
        if tag == "div" and "para" in classes:
            self.units.append(["paragraph", 0, []])
            self.open.append((tag, len(self.units) - 1, False))
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and "title" in classes:
            self.units.append(["heading", int(tag[1]), []])
            self.open.append((tag, len(self.units) - 1, False))
            return
        if tag in ("br", "img", "meta", "link", "hr", "input"):
            return
        self.open.append((tag, None, False))

    def handle_endtag(self, tag):
        while self.open:
            open_tag, _, is_skip = self.open.pop()
            if is_skip:
                self.skip_depth -= 1
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.skip_depth:
            return
        for _, unit, _ in reversed(self.open):
            if unit is not None:
                self.units[unit][2].append(data)
                return


def units(path):
    """The (kind, level, text) units of one HTML page; empty units left out."""
    parser = _Units()
    with open(path, encoding="utf-8") as handle:
        parser.feed(handle.read())
    result = []
    for kind, level, parts in parser.units:
        text = " ".join("".join(parts).split())
        result.append((kind, level, text))
    return result


def pages(language_a, language_b):
    """Pages whose unit sequences agree in kind between the two languages.

    Yields (page name, units of a, units of b), where a unit empty in either
    language is dropped from both.
    """
    root = ensure_package()
    names = sorted(f for f in os.listdir(os.path.join(root, language_a)) if f.endswith(".html"))
    for name in names:
        path_b = os.path.join(root, language_b, name)
        if not os.path.exists(path_b):
            continue
        a = units(os.path.join(root, language_a, name))
        b = units(os.path.join(root, language_b, name))
        if len(a) != len(b) or any(x[0] != y[0] or x[1] != y[1] for x, y in zip(a, b)):
            print(f"skipping {name}: structure differs", file=sys.stderr)
            continue
        kept = [(x, y) for x, y in zip(a, b) if x[2] and y[2]]
        yield name[:-5], [x for x, _ in kept], [y for _, y in kept]
