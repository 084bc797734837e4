#!/usr/bin/env python3
"""Writes two versions of a German text with N sentences each, for `tandem diff`.

versions.py OLD NEW N [SOURCE]

The sentences are the bundled sample's German sentences, repeated and numbered
so that most are unique; SOURCE gets their English counterparts. The new version revises about a third of them: a word
replaced, a word deleted or inserted, a typo fixed, two words swapped, a
sentence reworded, split or dropped, a new one added.
"""
import random
import re
import sys
from pathlib import Path

root = Path(__file__).resolve().parents[2]
sample = root / "Locales/samples/customer-service-representative"
english_lines = (sample.parent / (sample.name + ".en.md")).read_text(encoding="utf-8").splitlines()
german_lines = (sample.parent / (sample.name + ".de.md")).read_text(encoding="utf-8").splitlines()

def split(line):
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])", line.strip().lstrip("- ")) if len(s) > 20]

# Sentence pairs of lines (the two files correspond line by line) that split alike.
pairs = []
for english, german in zip(english_lines, german_lines):
    if not german.strip() or german.startswith(("|", "#")):
        continue
    e, g = split(english), split(german)
    if len(e) == len(g):
        pairs += list(zip(e, g))
sentences = [german for _, german in pairs]

old_path, new_path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
source_path = sys.argv[4] if len(sys.argv) > 4 else None
rng = random.Random(7)
old, new, source = [], [], []
for number in range(count):
    base = sentences[number % len(sentences)]
    sentence = f"Abschnitt {number // len(sentences) + 1}: {base}"
    source.append(f"Section {number // len(sentences) + 1}: {pairs[number % len(pairs)][0]}")
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
if source_path:
    write(source_path, source)
