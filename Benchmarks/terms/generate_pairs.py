#!/usr/bin/env python3
"""Writes deterministic English/German segment pairs for the terminology benchmark.

Each line is SOURCE<TAB>TARGET. About two thirds of the pairs name an occupation
from the bundled termbase (ESCO preferred English label; German masculine,
feminine or gender-inclusive form, sometimes inflected), some of them with a
known wrong rendering from curated.tsv; the rest is ordinary prose without a
job title. Standard library only.

    generate_pairs.py 100000 > pairs.tsv
"""
import os
import random
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TERMINOLOGY = os.path.join(REPO, "Locales", "terminology")


def rows(name):
    with open(os.path.join(TERMINOLOGY, name), encoding="utf-8") as handle:
        header = None
        for line in handle:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            yield dict(zip(header, cells))


def occupations():
    concepts = {}
    for row in rows("occupations.tsv"):
        if not row["concept"].startswith("esco:"):
            continue
        concept = concepts.setdefault(row["concept"], {"en": None, "m": None, "f": None})
        if row["lang"] == "en" and row["status"] == "preferred":
            concept["en"] = row["term"]
        elif row["lang"] == "de" and row["status"] == "preferred" and row["gender"] in ("m", "f"):
            concept[row["gender"]] = concept[row["gender"]] or row["term"]
    return [c for c in concepts.values() if c["en"] and c["m"] and c["f"]]


def mistakes():
    """(English term, wrong German term) from the curated forbidden renderings."""
    english = {}
    wrong = []
    for row in rows("curated.tsv"):
        if row["lang"] == "en" and row["status"] != "forbidden":
            english.setdefault(row["concept"], row["term"])
        elif row["lang"] == "de" and row["status"] == "forbidden":
            wrong.append((row["concept"], row["term"]))
    return [(english[c], w) for c, w in wrong if c in english]


PROSE = [
    ("The office opens at nine and closes at five.", "Das Büro öffnet um neun und schließt um fünf."),
    ("Please send the form by e-mail before Friday.", "Bitte senden Sie das Formular vor Freitag per E-Mail."),
    ("Most calls are about deliveries and invoices.", "Die meisten Anrufe betreffen Lieferungen und Rechnungen."),
    ("Training takes a few weeks and is paid.", "Die Einarbeitung dauert einige Wochen und wird bezahlt."),
    ("Many companies offer flexible working hours.", "Viele Unternehmen bieten flexible Arbeitszeiten an."),
    ("The new system saves a lot of time.", "Das neue System spart viel Zeit."),
]

TEMPLATES = [
    ("She works as a {en} in a small town.", "Sie arbeitet als {f} in einer Kleinstadt."),
    ("He has been a {en} for ten years.", "Er ist seit zehn Jahren {m}."),
    ("We are looking for an experienced {en}.", "Wir suchen eine:n erfahrene:n {m}:in."),
    ("Job offer: {en} (full time).", "Stellenangebot: {m} (m/w/d) in Vollzeit."),
    ("Every {en} needs good communication skills.", "Alle {f}nen und {m} brauchen gute Kommunikationsfähigkeiten."),
    ("The {en} answers questions from customers.", "Die {f} beantwortet Fragen von Kundinnen und Kunden."),
]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    rng = random.Random(42)
    titles = occupations()
    wrong = mistakes()
    out = sys.stdout
    for _ in range(count):
        roll = rng.random()
        if roll < 0.33:
            source, target = rng.choice(PROSE)
        elif roll < 0.36 and wrong:
            en, de = rng.choice(wrong)
            source, target = f"Ask the {en} at the bank, library or office.", f"Fragen Sie den {de} in der Bank, Bibliothek oder im Büro."
        else:
            title = rng.choice(titles)
            template_en, template_de = rng.choice(TEMPLATES)
            if "{f}nen" in template_de and not title["f"].endswith("in"):
                template_en, template_de = TEMPLATES[0]
            source = template_en.format(en=title["en"])
            target = template_de.format(m=title["m"], f=title["f"])
        out.write(f"{source}\t{target}\n")


if __name__ == "__main__":
    main()
