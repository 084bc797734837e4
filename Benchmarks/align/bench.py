#!/usr/bin/env python3
"""Alignment benchmark on the German–English debian-handbook (see README.md).

Builds the gold set, runs `tandem align` and the Python peers (galechurch,
nltk.translate.gale_church) on the same files, and prints one table of strict
and lax F1, seconds and peak memory.

Usage: bench.py --tandem PATH/TO/tandem [--nltk-book] [--keep]
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time

import handbook
import score

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(handbook.DATA, "align")
SEED = 20240229
DELETE_RATE = 0.10


# ----------------------------------------------------------------------------- data

SOURCE, TARGET = "en-US", "de-DE"


def lang(tag):
    return tag.split("-")[0]


def build_documents():
    """Per page: the translated units (kind, level, text) of the source and target language."""
    documents = []
    for name, english, german in handbook.pages(SOURCE, TARGET):
        pairs = [(e, g) for e, g in zip(english, german) if e[2] != g[2]]
        if pairs:
            documents.append((name, [e for e, _ in pairs], [g for _, g in pairs]))
    return documents


def omission_variant(documents, seed=SEED):
    """Deletes about 10% of the units, each on the English or the German side (fixed seed)."""
    rng = random.Random(seed)
    variant = []
    for name, english, german in documents:
        kept_english, kept_german, gold = [], [], []
        for e, g in zip(english, german):
            roll = rng.random()
            side = rng.random() < 0.5
            if roll < DELETE_RATE and side:
                gold.append(([len(kept_english)], []))
                kept_english.append(e)
            elif roll < DELETE_RATE:
                gold.append(([], [len(kept_german)]))
                kept_german.append(g)
            else:
                gold.append(([len(kept_english)], [len(kept_german)]))
                kept_english.append(e)
                kept_german.append(g)
        variant.append((name, kept_english, kept_german, gold))
    return variant


def clean_variant(documents):
    return [(name, e, g, [([i], [i]) for i in range(len(e))]) for name, e, g in documents]


def markdown(units):
    lines = []
    for kind, level, text in units:
        lines.append(("#" * level + " " + text) if kind == "heading" else text)
    return "\n\n".join(lines) + "\n"


def plain(units):
    return "\n".join(text for _, _, text in units) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def book(variant):
    """All pages of a variant as one document, gold indices shifted."""
    english, german, gold = [], [], []
    for _, e, g, page_gold in variant:
        gold += [([s + len(english) for s in a], [t + len(german) for t in b]) for a, b in page_gold]
        english += e
        german += g
    return [("book", english, german, gold)]


# ----------------------------------------------------------------------------- running

class Measured:
    """Runs commands and keeps total seconds and the largest peak memory."""

    def __init__(self):
        self.seconds = 0.0
        self.cpu_seconds = 0.0
        self.peak_kib = 0

    def run(self, command):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stdout = process.stdout.read()
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        self.seconds += time.perf_counter() - start
        self.cpu_seconds += usage.ru_utime + usage.ru_stime
        self.peak_kib = max(self.peak_kib, usage.ru_maxrss)
        if status != 0:
            sys.exit(f"failed ({status}): {' '.join(command)}\n{stderr.decode()}")
        return stdout


def languages():
    return ["--source-lang", lang(SOURCE), "--target-lang", lang(TARGET)]


def tandem_beads(output):
    report = json.loads(output)
    return [([s["index"] for s in pair["source"]], [t["index"] for t in pair["target"]]) for pair in report["pairs"]]


def segment(tandem, path, language):
    """Sentences of a Markdown file as tandem segments them: [(unit, text)], unit from the line number."""
    output = subprocess.run([tandem, "segment", "--lang", language, "--format", "json", path],
                            check=True, capture_output=True).stdout
    return [((s["line"] - 1) // 2, s["text"]) for s in json.loads(output)["segments"]]


def sentence_gold(english_sentences, german_sentences, unit_gold):
    """Gold sentence beads: 1-1 inside unit pairs with equal sentence counts; deleted units' sentences 1-0/0-1.

    Returns (gold beads, set of English indices and set of German indices the gold covers).
    """
    by_unit_e, by_unit_g = {}, {}
    for index, (unit, _) in enumerate(english_sentences):
        by_unit_e.setdefault(unit, []).append(index)
    for index, (unit, _) in enumerate(german_sentences):
        by_unit_g.setdefault(unit, []).append(index)
    gold, known_e, known_g = [], set(), set()
    for source_units, target_units in unit_gold:
        e = [i for u in source_units for i in by_unit_e.get(u, [])]
        g = [i for u in target_units for i in by_unit_g.get(u, [])]
        if not target_units:
            gold += [([i], []) for i in e]
            known_e.update(e)
        elif not source_units:
            gold += [([], [i]) for i in g]
            known_g.update(g)
        elif len(e) == len(g):
            gold += [([a], [b]) for a, b in zip(e, g)]
            known_e.update(e)
            known_g.update(g)
    return gold, known_e, known_g


def restrict(beads, known_e, known_g):
    """Predicted beads that touch a sentence the gold covers."""
    return [b for b in beads if set(b[0]) & known_e or set(b[1]) & known_g]


# ----------------------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tandem", required=True)
    parser.add_argument("--nltk-book", action="store_true", help="also run nltk on the whole book (minutes, GBs)")
    parser.add_argument("--only", help="run only this aligner (tandem, galechurch, nltk)")
    parser.add_argument("--scope", choices=["pages", "book"], help="run only one scope")
    parser.add_argument("--level", choices=["paragraph", "sentence"], help="run only one level")
    parser.add_argument("--variant", choices=["clean", "omit10"], help="run only one variant")
    parser.add_argument("--seed", type=int, default=SEED, help=f"seed of the deletions (default {SEED})")
    parser.add_argument("--pair", default="en-US,de-DE", help="handbook languages SOURCE,TARGET (default en-US,de-DE)")
    args = parser.parse_args()
    global SOURCE, TARGET
    SOURCE, TARGET = args.pair.split(",")
    tandem = os.path.abspath(args.tandem)

    documents = build_documents()
    variants = {"clean": clean_variant(documents), "omit10": omission_variant(documents, args.seed)}
    shutil.rmtree(WORK, ignore_errors=True)

    # Files and gold for every (variant, scope).
    jobs = {}
    for variant_name, variant in variants.items():
        for scope, docs in (("pages", variant), ("book", book(variant))):
            entries = []
            for name, english, german, gold in docs:
                base = os.path.join(WORK, variant_name, scope, name)
                write(base + ".src.txt", plain(english))
                write(base + ".tgt.txt", plain(german))
                write(base + ".src.md", markdown(english))
                write(base + ".tgt.md", markdown(german))
                english_sentences = segment(tandem, base + ".src.md", lang(SOURCE))
                german_sentences = segment(tandem, base + ".tgt.md", lang(TARGET))
                sentence = sentence_gold(english_sentences, german_sentences, gold)
                entries.append({"name": name, "base": base, "gold": gold,
                                "units": ([u[2] for u in english], [u[2] for u in german]),
                                "sentences": ([t for _, t in english_sentences], [t for _, t in german_sentences]),
                                "sentence_gold": sentence})
            jobs[(variant_name, scope)] = entries

    stats = jobs[("clean", "book")][0]
    print(f"debian-handbook {SOURCE}/{TARGET}: {len(documents)} pages, {len(stats['units'][0])} translated units "
          f"(headings and paragraphs), {len(stats['sentences'][0])} {SOURCE} and {len(stats['sentences'][1])} "
          f"{TARGET} sentences; sentence gold covers {len(stats['sentence_gold'][1])} {SOURCE} sentences "
          f"(units with equal sentence counts). omit10: {DELETE_RATE:.0%} of units deleted on one side, seed {args.seed}.")
    print()

    rows = []
    aligners = ["tandem", "galechurch", "nltk"]
    if args.only:
        aligners = [args.only]
    for variant_name in variants:
        if args.variant and variant_name != args.variant:
            continue
        for scope in ("pages", "book"):
            if args.scope and scope != args.scope:
                continue
            entries = jobs[(variant_name, scope)]
            for level in ("paragraph", "sentence"):
                if args.level and level != args.level:
                    continue
                for aligner in aligners:
                    if aligner == "nltk" and scope == "book" and not args.nltk_book:
                        continue
                    predictions, measured = run_aligner(aligner, tandem, entries, level)
                    all_counts = []
                    for entry in entries:
                        predicted = predictions[entry["name"]]
                        if level == "paragraph":
                            all_counts.append(score.counts(entry["gold"], predicted))
                        else:
                            gold, known_e, known_g = entry["sentence_gold"]
                            all_counts.append(score.counts(gold, restrict(predicted, known_e, known_g)))
                    result = score.summarize(all_counts)
                    rows.append((variant_name, scope, level, aligner, result, measured))
                    print_row(rows[-1], header=len(rows) == 1)
                    sys.stdout.flush()

    if not args.only or args.only == "tandem":
        scaling(tandem, jobs[("omit10", "book")][0])


def scaling(tandem, entry):
    """Time and memory of tandem on the whole book repeated 1, 2, 4 and 8 times (sentence level)."""
    print()
    print("Scaling (omit10 book repeated k times, Markdown, sentence level, tandem):")
    print()
    print(f"| k | {SOURCE} sentences | {TARGET} sentences | seconds | CPU s | peak MiB |")
    print("|---|---|---|---|---|---|")
    for k in (1, 2, 4, 8):
        paths = []
        for language in ("src", "tgt"):
            with open(entry["base"] + f".{language}.md", encoding="utf-8") as handle:
                text = handle.read()
            path = os.path.join(WORK, f"scaling-{k}.{language}.md")
            write(path, "\n".join([text] * k))
            paths.append(path)
        measured = Measured()
        measured.run([tandem, "align", "--format", "tsv", *languages(), paths[0], paths[1]])
        print(f"| {k} | {k * len(entry['sentences'][0])} | {k * len(entry['sentences'][1])} | {measured.seconds:.2f} "
              f"| {measured.cpu_seconds:.2f} | {measured.peak_kib / 1024:.0f} |")
        sys.stdout.flush()


def run_aligner(aligner, tandem, entries, level):
    measured = Measured()
    predictions = {}
    if aligner == "tandem":
        for entry in entries:
            if level == "paragraph":
                command = [tandem, "align", "--segmented", "--format", "json", *languages(),
                           entry["base"] + ".src.txt", entry["base"] + ".tgt.txt"]
            else:
                command = [tandem, "align", "--format", "json", *languages(), entry["base"] + ".src.md", entry["base"] + ".tgt.md"]
            predictions[entry["name"]] = tandem_beads(measured.run(command))
        return predictions, measured
    key = "units" if level == "paragraph" else "sentences"
    jobs_path = os.path.join(WORK, f"jobs-{aligner}.json")
    output_path = os.path.join(WORK, f"predictions-{aligner}.json")
    with open(jobs_path, "w", encoding="utf-8") as handle:
        json.dump([{"id": e["name"], "source": e[key][0], "target": e[key][1]} for e in entries], handle)
    measured.run([sys.executable, os.path.join(HERE, "peers.py"), aligner, jobs_path, output_path])
    with open(output_path, encoding="utf-8") as handle:
        predictions = json.load(handle)
    return predictions, measured


def print_row(row, header=False):
    variant, scope, level, aligner, result, measured = row
    if header:
        print("| variant | scope | level | aligner | strict P | strict R | strict F1 | lax F1 | seconds | CPU s | peak MiB |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
    p, r, f = result["strict"]
    print(f"| {variant} | {scope} | {level} | {aligner} | {p:.3f} | {r:.3f} | {f:.3f} | {result['lax'][2]:.3f} "
          f"| {measured.seconds:.2f} | {measured.cpu_seconds:.2f} | {measured.peak_kib / 1024:.0f} |")


if __name__ == "__main__":
    main()
