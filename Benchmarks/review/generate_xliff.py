#!/usr/bin/env python3
"""Writes an XLIFF 1.2 file of English-German segment pairs: realistic prose
with numbers, amounts, percentages and dates written the way each language
writes them, and a small share of planted errors (changed numbers, US formats
in German text, straight quotes, untranslated sentences).

    generate_xliff.py 100000 out.xlf [--seed 7] [--po out.po]

The same pairs can be written as a gettext PO file for pofilter.
"""
import argparse
import random
from xml.sax.saxutils import escape

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

JOBS = [
    ("customer service representatives", "Kundendienstmitarbeiterinnen und -mitarbeiter"),
    ("nurses", "Pflegefachkräfte"),
    ("software developers", "Softwareentwicklerinnen und -entwickler"),
    ("electricians", "Elektrikerinnen und Elektriker"),
    ("bank tellers", "Bankkassiererinnen und -kassierer"),
    ("truck drivers", "Lkw-Fahrerinnen und -Fahrer"),
    ("teachers", "Lehrkräfte"),
    ("accountants", "Buchhalterinnen und Buchhalter"),
]


def en_int(n):
    return f"{n:,}"


def de_int(n):
    return f"{n:,}".replace(",", ".")


def en_dec(x, digits):
    return f"{x:,.{digits}f}"


def de_dec(x, digits):
    return f"{x:,.{digits}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def generate(rng):
    job_en, job_de = rng.choice(JOBS)
    kind = rng.randrange(12)
    year = rng.randrange(2015, 2025)
    if kind == 0:
        pay = rng.randrange(18000, 120000, 10)
        return (f"The median pay for {job_en} was ${en_int(pay)} per year in {year}.",
                f"Der Medianlohn für {job_de} lag {year} bei {de_int(pay)} USD pro Jahr.",
                f"Der Medianlohn für {job_de} lag {year} bei ${en_int(pay)} pro Jahr.")
    if kind == 1:
        share = rng.randrange(2, 60)
        return (f"About {share}% of {job_en} work part time, and many of them work evenings or weekends.",
                f"Etwa {share} % der {job_de} arbeiten in Teilzeit, viele davon abends oder am Wochenende.",
                f"Etwa {share}% der {job_de} arbeiten in Teilzeit, viele davon abends oder am Wochenende.")
    if kind == 2:
        count = rng.randrange(100000, 5000000, 100)
        wrong = count + rng.choice([-9000, 9000, 90000])
        return (f"Employers expect about {en_int(count)} openings for {job_en} over the next decade.",
                f"Arbeitgeber rechnen im nächsten Jahrzehnt mit etwa {de_int(count)} offenen Stellen für {job_de}.",
                f"Arbeitgeber rechnen im nächsten Jahrzehnt mit etwa {de_int(wrong)} offenen Stellen für {job_de}.")
    if kind == 3:
        hours = rng.randrange(10, 60) + rng.randrange(1, 10) / 10
        return (f"On average, new {job_en} spend {en_dec(hours, 1)} hours in training before their first shift.",
                f"Neue {job_de} verbringen vor ihrer ersten Schicht durchschnittlich {de_dec(hours, 1)} Stunden in Schulungen.",
                f"Neue {job_de} verbringen vor ihrer ersten Schicht durchschnittlich {en_dec(hours, 1)} Stunden in Schulungen.")
    if kind == 4:
        millions = rng.randrange(11, 99) / 10
        return (f"The industry employs {en_dec(millions, 1)} million people and keeps growing.",
                f"Die Branche beschäftigt {de_dec(millions, 1)} Millionen Menschen und wächst weiter.",
                f"Die Branche beschäftigt {de_dec(millions, 1)} Milliarden Menschen und wächst weiter.")
    if kind == 5:
        day, month, year = rng.randrange(1, 29), rng.randrange(12), rng.randrange(2010, 2026)
        return (f"The survey was published on {MONTHS_EN[month]} {day}, {year}.",
                f"Die Umfrage wurde am {day}. {MONTHS_DE[month]} {year} veröffentlicht.",
                f"Die Umfrage wurde am {day + 1}. {MONTHS_DE[month]} {year} veröffentlicht.")
    if kind == 6:
        low, high = rng.randrange(20, 60), rng.randrange(61, 120)
        return (f"Most {job_en} handle {low} to {high} requests per shift.",
                f"Die meisten {job_de} bearbeiten {low} bis {high} Anfragen pro Schicht.",
                f"Die meisten {job_de} bearbeiten {low} bis {high} bis {high} Anfragen pro Schicht.")
    if kind == 7:
        cents = rng.randrange(1201, 6000)
        return (f"Entry-level wages start at ${en_dec(cents / 100, 2)} per hour.",
                f"Einstiegslöhne beginnen bei {de_dec(cents / 100, 2)} USD pro Stunde.",
                f"Einstiegslöhne beginnen bei {de_dec(cents / 100, 2)} EUR pro Stunde.")
    if kind == 8:
        return (f"Many {job_en} describe their work as \"demanding but rewarding.\"",
                f"Viele {job_de} beschreiben ihre Arbeit als „anstrengend, aber lohnend“.",
                f"Viele {job_de} beschreiben ihre Arbeit als \"anstrengend, aber lohnend\".")
    if kind == 9:
        return (f"Some employers let {job_en} work from home two days a week.",
                f"Manche Arbeitgeber lassen {job_de} an zwei Tagen pro Woche von zu Hause arbeiten.",
                f"Some employers let {job_en} work from home two days a week.")
    if kind == 10:
        years = rng.randrange(2, 6)
        return (f"Most positions require a high school diploma and {years} years of experience.",
                f"Die meisten Stellen setzen einen Schulabschluss und {years} Jahre Berufserfahrung voraus.",
                f"Die meisten Stellen setzen einen Schul-und Berufsabschluss und {years} Jahre Berufserfahrung voraus.")
    return (f"Good communication skills help {job_en} solve problems quickly and keep customers satisfied.",
            f"Gute Kommunikationsfähigkeiten helfen {job_de}, Probleme schnell zu lösen und Kunden zufriedenzustellen.",
            f"Gute Kommunikationsfähigkeiten helfen {job_de}, Probleme schnell zu lösen und Kunden zufrieden zustellen.")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--error-rate", type=float, default=0.02)
    parser.add_argument("--po", help="also write the pairs as a PO file")
    parser.add_argument("--key", help="also write the ids of the units with a planted error, one per line")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pairs = []
    planted = []
    for index in range(args.count):
        source, target, wrong = generate(rng)
        if rng.random() < args.error_rate:
            target = wrong
            planted.append(f"u{index + 1}")
        pairs.append((source, target))
    if args.key:
        with open(args.key, "w", encoding="utf-8") as out:
            out.write("\n".join(planted) + "\n")
    with open(args.output, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n')
        out.write('  <file original="occupations.txt" source-language="en" target-language="de-DE" datatype="plaintext">\n    <body>\n')
        for index, (source, target) in enumerate(pairs, 1):
            out.write(f'      <trans-unit id="u{index}">\n        <source>{escape(source)}</source>\n'
                      f'        <target state="translated">{escape(target)}</target>\n      </trans-unit>\n')
        out.write('    </body>\n  </file>\n</xliff>\n')
    if args.po:
        with open(args.po, "w", encoding="utf-8") as out:
            out.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n\n')
            for index, (source, target) in enumerate(pairs, 1):
                out.write(f'msgctxt "u{index}"\nmsgid {po_quote(source)}\nmsgstr {po_quote(target)}\n\n')


def po_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    main()
