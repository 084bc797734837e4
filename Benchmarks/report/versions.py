#!/usr/bin/env python3
"""Writes two versions of a German text with N sentences each, for `tandem diff`.

versions.py OLD NEW N

The sentences are the bundled sample's German sentences, repeated and numbered
so that most are unique. The new version revises about a third of them: a word
replaced, a word deleted or inserted, a typo fixed, two words swapped, a
sentence reworded, split or dropped, a new one added.
"""
import random
import re
import sys
from pathlib import Path

root = Path(__file__).resolve().parents[2]
text = (root / "Locales/samples/customer-service-representative.de.md").read_text(encoding="utf-8")
sentences = []
for line in text.splitlines():
    line = line.strip()
    if not line or line.startswith("|") or line.startswith("#"):
        continue
    line = line.lstrip("- ")
    sentences += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])", line) if len(s) > 20]

old_path, new_path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(7)
old, new = [], []
for number in range(count):
    base = sentences[number % len(sentences)]
    sentence = f"Abschnitt {number // len(sentences) + 1}: {base}"
    old.append(sentence)
    words = sentence.split(" ")
    roll = rng.random()
    if roll < 0.66 or len(words) < 6:
        new.append(sentence)
        continue
    kind = rng.randrange(8)
    position = rng.randrange(2, len(words) - 1)
    if kind == 0:
        words[position] = "geänderte"
        new.append(" ".join(words))
    elif kind == 1:
        del words[position]
        new.append(" ".join(words))
    elif kind == 2:
        words.insert(position, "zusätzlich")
        new.append(" ".join(words))
    elif kind == 3:
        words[position] = words[position][:-1] if len(words[position]) > 3 else words[position] + "e"
        new.append(" ".join(words))
    elif kind == 4:
        words[position], words[position - 1] = words[position - 1], words[position]
        new.append(" ".join(words))
    elif kind == 5:
        half = len(words) // 2
        new.append(" ".join(words[:half]) + ".")
        new.append(" ".join(words[half:]).capitalize())
    elif kind == 6:
        continue
    else:
        new.append(sentence)
        new.append(f"Ein neuer Satz Nummer {number} ergänzt den Text.")

def write(path, lines):
    # Paragraphs of five sentences.
    paragraphs = [" ".join(lines[i:i + 5]) for i in range(0, len(lines), 5)]
    Path(path).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")

write(old_path, old)
write(new_path, new)
