#!/usr/bin/env python3
"""Writes deterministic German or English prose of a given size for benchmarks.

Paragraphs of three to six sentences, headings, bullet lists and Markdown table
rows, with the things a segmenter must get right: abbreviations (z. B., usw.,
Dr., e.g.), ordinals, numbers with grouping and decimals, quotes and umlauts.

    generate_prose.py de 100 > de.txt     # about 100 MB of German
"""
import random
import sys

WORDS = {
    "de": {
        "subjects": ["Die Mitarbeiterin", "Der Kundendienst", "Ein Bankkassierer", "Die Auftragssachbearbeiterin",
                     "Das Team", "Die Bibliotheksassistentin", "Der Arbeitgeber", "Eine Kundin", "Die Abteilung"],
        "verbs": ["beantwortet", "bearbeitet", "prüft", "erfasst", "bespricht", "dokumentiert", "löst", "begleitet"],
        "objects": ["die Fragen der Kunden", "alle Bestellungen", "die Beschwerden", "neue Verträge",
                    "die Rückfragen zur Lieferung", "die Zahlungen", "die Anträge", "die Ausleihen"],
        "tails": ["am Telefon", "per E-Mail", "im Callcenter", "in der Filiale", "z. B. bei Banken",
                  "u. a. im Einzelhandel", "i. d. R. innerhalb eines Tages", "ca. 40 Stunden pro Woche",
                  "mit „großer Sorgfalt“", "usw."],
        "numbers": ["{a}.{b:03d} USD pro Jahr", "{c},{d:02d} USD pro Stunde", "{p} %", "am {day}. Oktober",
                    "seit {year}", "rund {a}.{b:03d} Beschäftigte"],
        "headings": ["Aufgaben im Überblick", "Gehalt und Arbeitszeit", "Ausbildung", "Verwandte Berufe"],
    },
    "en": {
        "subjects": ["The representative", "Customer service", "A bank teller", "The order clerk", "The team",
                     "The library assistant", "The employer", "A customer", "The department"],
        "verbs": ["answers", "processes", "checks", "records", "discusses", "documents", "resolves", "handles"],
        "objects": ["the customers' questions", "all orders", "the complaints", "new contracts",
                    "questions about deliveries", "the payments", "the applications", "the loans"],
        "tails": ["by phone", "by e-mail", "in the call center", "at the branch", "e.g. at banks",
                  "with Dr. Smith's team", "i.e. within one day", "approx. 40 hours a week",
                  "with \u201cgreat care\u201d", "etc."],
        "numbers": ["${a},{b:03d} per year", "${c}.{d:02d} per hour", "{p}%", "on October {day}",
                    "since {year}", "about {a},{b:03d} workers"],
        "headings": ["Duties at a glance", "Pay and hours", "Education", "Related occupations"],
    },
}


def sentence(rng, w):
    parts = [rng.choice(w["subjects"]), rng.choice(w["verbs"]), rng.choice(w["objects"]), rng.choice(w["tails"])]
    if rng.random() < 0.4:
        parts.append(rng.choice(w["numbers"]).format(a=rng.randint(20, 99), b=rng.randint(0, 999),
                                                      c=rng.randint(10, 40), d=rng.randint(0, 99),
                                                      p=rng.randint(1, 100), day=rng.randint(1, 28),
                                                      year=rng.randint(1990, 2024)))
    text = " ".join(parts)
    return text if text.endswith(".") else text + "."


def main():
    language = sys.argv[1]
    megabytes = float(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    rng = random.Random(seed)
    w = WORDS[language]
    limit = int(megabytes * 1_000_000)
    written = 0
    out = sys.stdout
    while written < limit:
        kind = rng.random()
        if kind < 0.08:
            block = "## " + rng.choice(w["headings"])
        elif kind < 0.25:
            block = "\n".join("• " + sentence(rng, w) for _ in range(rng.randint(2, 5)))
        elif kind < 0.3:
            block = "| " + rng.choice(w["subjects"]) + " | " + rng.choice(w["numbers"]).format(
                a=rng.randint(20, 99), b=rng.randint(0, 999), c=1, d=1, p=1, day=1, year=2020) + " |"
        else:
            block = " ".join(sentence(rng, w) for _ in range(rng.randint(3, 6)))
        text = block + "\n\n"
        out.write(text)
        written += len(text.encode("utf-8"))


if __name__ == "__main__":
    main()
