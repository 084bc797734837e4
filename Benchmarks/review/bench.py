#!/usr/bin/env python3
"""Accuracy and speed of `tandem review`, side by side with translate-toolkit's pofilter.

    python3 Benchmarks/review/bench.py            # everything
    python3 Benchmarks/review/bench.py accuracy   # sample and seed against their planted-error lists
    python3 Benchmarks/review/bench.py peers      # the same pairs through pofilter
    python3 Benchmarks/review/bench.py speed [--pairs 100000]
    python3 Benchmarks/review/bench.py memory     # peak memory for 25,000 to 400,000 pairs

Builds a release binary first (`swift build -c release --scratch-path .build-bench`;
set BENCH_SCRATCH to use another scratch folder, or --no-build to use the one there).
pofilter comes from `pip install translate-toolkit`; without it the peer columns are skipped.
"""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCRATCH = os.environ.get("BENCH_SCRATCH", ".build-bench")
CONFIGURATION = os.environ.get("BENCH_CONFIGURATION", "release")
SAMPLE = os.path.join(ROOT, "Locales", "samples", "customer-service-representative")
SEED_EN = os.path.join(ROOT, "Benchmarks", "seed", "customer-service-representative.en.txt")
SEED_DE = os.path.normpath(os.path.join(ROOT, "..", "shared", "seed", "kundendienstmitarbeiter.de.txt"))
SEED_ERRORS = os.path.join(ROOT, "Benchmarks", "seed", "seed-errors.tsv")


def binary():
    return os.environ.get("BENCH_BINARY") or os.path.join(ROOT, SCRATCH, CONFIGURATION, "tandem")


def build():
    print(f"building tandem (release, {SCRATCH}) …", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--scratch-path", SCRATCH, "--product", "tandem"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def review_json(source, target, extra=()):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = handle.name
    command = [binary(), "review", source, target, "--source-lang", "en", "--target-lang", "de", "--format", "json", "-o", out, *extra]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"tandem failed ({result.returncode}): {result.stderr}")
    with open(out, encoding="utf-8") as handle:
        data = json.load(handle)
    os.unlink(out)
    return data


# ---------------------------------------------------------------- planted errors

def planted(path, texts):
    """The planted errors of a TSV key, each with its column range on its line."""
    errors = []
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            line = int(row["line"])
            side = row["side"]
            text = texts[side][line - 1]
            column = text.find(row["excerpt"])
            if column < 0:
                sys.exit(f"{path}: excerpt {row['excerpt']!r} not on line {line}")
            errors.append(dict(row, line=line, start=column + 1, end=column + 1 + len(row["excerpt"])))
    return errors


def lines(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read().split("\n")


def overlaps(span, error):
    if span is None or span["line"] != error["line"]:
        return False
    start, end = span["column"], span["column"] + max(1, span["length"])
    return start < error["end"] and error["start"] < end


def score_tandem(findings, errors):
    found = {}
    false_alarms = []
    for finding in findings:
        hit = False
        for index, error in enumerate(errors):
            if overlaps(finding[error["side"]], error):
                found.setdefault(index, []).append(finding)
                hit = True
        if not hit:
            false_alarms.append(finding)
    return found, false_alarms


def describe(finding):
    span = finding["target"] or finding["source"]
    side = "target" if finding["target"] else "source"
    return f"{side} {span['line']}:{span['column']} [{finding['check']}] «{span['text'][:60]}» {finding['message'][:90]}"


def accuracy_report(name, data, errors, peer=None):
    findings = data["findings"]
    found, false_alarms = score_tandem(findings, errors)
    checkable = [i for i, e in enumerate(errors) if e["check"] != "-"]
    own = [i for i in checkable if errors[i]["check"] != "terminology"]
    print(f"\n## {name}: {len(errors)} planted errors ({len(checkable)} a check can catch, {len(own)} outside terminology), "
          f"{len(findings)} findings")
    print(f"{'line':>5} {'side':6} {'expected check':18} {'tandem':28} {'pofilter' if peer else ''}")
    for index, error in enumerate(errors):
        hits = found.get(index, [])
        mark = ", ".join(sorted({f["check"] for f in hits})) if hits else "—"
        if error["check"] == "-" and hits:
            mark = f"({mark})"  # a finding overlaps an error no check is meant to catch: not counted
        peer_mark = ""
        if peer is not None:
            peer_hits = peer["found"].get(index, [])
            peer_mark = ", ".join(sorted(set(peer_hits))) if peer_hits else "—"
            if error["check"] == "-" and peer_hits:
                peer_mark = f"({peer_mark})"
        print(f"{error['line']:>5} {error['side']:6} {error['check']:18} {mark:28} {peer_mark}  {error['excerpt'][:40]}")
    def recall(indices, hits):
        return f"{sum(1 for i in indices if i in hits)}/{len(indices)}"
    print(f"\ntandem recall: checkable {recall(checkable, found)}, "
          f"outside terminology {recall(own, found)}; findings on no planted error: {len(false_alarms)}")
    for finding in false_alarms:
        print("   tandem, not in the key:", describe(finding))
    if peer is not None:
        print(f"pofilter recall: checkable {recall(checkable, peer['found'])}, "
              f"outside terminology {recall(own, peer['found'])}; flags on lines without a planted error: {len(peer['false'])}")
        for item in peer["false"]:
            print("   pofilter, not in the key:", item)
    return found, false_alarms


# ---------------------------------------------------------------- pofilter

def po_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_po(segments, path):
    with open(path, "w", encoding="utf-8") as out:
        out.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n\n')
        for pair in segments:
            if not pair["source"]:
                continue
            source = " ".join(s["text"] for s in pair["source"])
            target = " ".join(s["text"] for s in pair["target"])
            out.write(f'msgctxt "pair {pair["index"]}"\nmsgid {po_quote(source)}\nmsgstr {po_quote(target)}\n\n')


def run_pofilter(po_path):
    out = po_path + ".out.po"
    subprocess.run(["pofilter", "--language=de", "--progress=none", "-i", po_path, "-o", out],
                   check=False, capture_output=True, text=True)
    flags = {}
    context = None
    pending = []
    with open(out, encoding="utf-8") as handle:
        for line in handle:
            match = re.match(r"# \(pofilter\) ([\w-]+): (.*)", line)
            if match:
                pending.append((match.group(1), match.group(2)))
                continue
            match = re.match(r'msgctxt "pair (\d+)"', line)
            if match:
                flags[int(match.group(1))] = pending
                pending = []
    return flags


def score_pofilter(flags, segments, errors):
    by_index = {pair["index"]: pair for pair in segments}
    found = {}
    false = []
    for index, checks in flags.items():
        pair = by_index[index]
        target_lines = {s["line"] for s in pair["target"]}
        source_lines = {s["line"] for s in pair["source"]}
        for check, message in checks:
            hit = False
            for number, error in enumerate(errors):
                wanted = target_lines if error["side"] == "target" else source_lines
                if error["line"] in wanted:
                    found.setdefault(number, []).append(check)
                    hit = True
            if not hit:
                text = " ".join(s["text"] for s in pair["target"])[:60]
                false.append(f"target {min(target_lines) if target_lines else '-'} [{check}] «{text}» {message[:80]}")
    return found, false


def peers(data, errors):
    if shutil.which("pofilter") is None:
        print("(pofilter not installed: pip install translate-toolkit)")
        return None
    with tempfile.TemporaryDirectory() as folder:
        po = os.path.join(folder, "pairs.po")
        write_po(data["segments"], po)
        flags = run_pofilter(po)
    found, false = score_pofilter(flags, data["segments"], errors)
    return {"found": found, "false": false}


# ---------------------------------------------------------------- runs

def accuracy(with_peers):
    sample = review_json(SAMPLE + ".en.md", SAMPLE + ".de.md")
    sample_errors = planted(SAMPLE + ".errors.tsv", {"target": lines(SAMPLE + ".de.md"), "source": lines(SAMPLE + ".en.md")})
    accuracy_report("Bundled sample (Locales/samples)", sample, sample_errors, peers(sample, sample_errors) if with_peers else None)
    if not os.path.exists(SEED_DE):
        print(f"\n(seed German text not found at {SEED_DE}: seed pair skipped)")
        return
    seed = review_json(SEED_EN, SEED_DE)
    seed_errors = planted(SEED_ERRORS, {"target": lines(SEED_DE), "source": lines(SEED_EN)})
    accuracy_report("Seed machine translation (shared/seed) against Benchmarks/seed", seed, seed_errors,
                    peers(seed, seed_errors) if with_peers else None)


def check_ids():
    """The ids of the checks `tandem checks` lists (built-in and plugged-in)."""
    result = subprocess.run([binary(), "checks"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [line.split(" ")[0] for line in result.stdout.splitlines() if re.match(r"^[a-z-]+ \(", line)]


def measure(command, cwd=ROOT):
    """CPU seconds (user + system), wall seconds, peak resident KB and the result of a command."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", *command], cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    user, system, peak = result.stderr.strip().splitlines()[-1].split()
    return float(user) + float(system), wall, int(peak), result


def speed(pairs, with_peers):
    with tempfile.TemporaryDirectory() as folder:
        xliff = os.path.join(folder, "pairs.xlf")
        po = os.path.join(folder, "pairs.po")
        key = os.path.join(folder, "planted.txt")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_xliff.py"), str(pairs), xliff, "--po", po, "--key", key], check=True)
        planted = set(open(key, encoding="utf-8").read().split())
        size = os.path.getsize(xliff) / 1e6
        print(f"\n## Speed: {pairs:,} English–German pairs, XLIFF 1.2, {size:.1f} MB, {len(planted):,} with a planted error; one core each")
        print("   (CPU seconds = user + system time of the process; pairs/s from CPU seconds, so a busy machine does not distort them)")
        print(f"{'run':46} {'CPU s':>7} {'wall s':>7} {'pairs/s':>9} {'peak MB':>8} {'units flagged':>14} {'planted found':>14} {'clean flagged':>14}")
        rows = []
        every = check_ids()
        terminology = [c for c in every if c.startswith("terminology")]
        def disable(ids):
            return [a for c in ids for a in ("--disable", c)]
        runs = [("tandem review, reading and writing only", disable(every)),
                ("tandem review, built-in checks but spelling", disable(["spelling"] + terminology)),
                ("tandem review, all checks but spelling", disable(["spelling"])),
                ("tandem review, all checks", [])]
        for label, extra in runs:
            out = os.path.join(folder, "out.json")
            cpu, wall, peak, result = measure(["taskset", "-c", "0", binary(), "review", xliff, "--format", "json", "-o", out, *extra])
            if result.returncode not in (0, 1):
                sys.exit(f"tandem failed: {result.stderr}")
            with open(out, encoding="utf-8") as handle:
                data = json.load(handle)
            units = {data["segments"][f["segment"]]["unit"] for f in data["findings"] if f["segment"] is not None}
            rows.append((label, cpu, wall, pairs / cpu, peak / 1024, units))
        if with_peers and shutil.which("pofilter"):
            out = os.path.join(folder, "out.po")
            cpu, wall, peak, _ = measure(["taskset", "-c", "0", "pofilter", "--language=de", "--progress=none", "-i", po, "-o", out])
            units = set()
            if os.path.exists(out):
                for line in open(out, encoding="utf-8"):
                    match = re.match(r'msgctxt "(u\d+)"', line)
                    if match:
                        units.add(match.group(1))
            rows.append(("pofilter (translate-toolkit), default checks", cpu, wall, pairs / cpu, peak / 1024, units))
        for label, cpu, wall, rate, peak, units in rows:
            found = len(units & planted)
            clean = len(units - planted)
            print(f"{label:46} {cpu:7.2f} {wall:7.2f} {rate:9,.0f} {peak:8.0f} {len(units):14,} {found:8,}/{len(planted):<5,} {clean:14,}")
        if len(rows) == 5:
            peer = rows[4][1]
            print(f"\nCPU time of pofilter ÷ tandem: {peer / rows[1][1]:.1f}× (built-in checks but spelling), "
                  f"{peer / rows[2][1]:.1f}× (all checks but spelling), {peer / rows[3][1]:.1f}× (all checks).")


def memory():
    """Peak memory as the file grows: streaming keeps it flat apart from what the checks remember."""
    every = check_ids()
    runs = [("reading and writing only", [a for c in every for a in ("--disable", c)]),
            ("all checks but spelling", ["--disable", "spelling"]),
            ("all checks but spelling and consistency", ["--disable", "spelling", "--disable", "consistency"])]
    sizes = [25_000, 100_000, 400_000]
    print("\n## Memory: peak resident MB of `tandem review FILE.xlf --format json -o OUT`, by file size")
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for pairs in sizes:
            path = os.path.join(folder, f"pairs-{pairs}.xlf")
            subprocess.run([sys.executable, os.path.join(HERE, "generate_xliff.py"), str(pairs), path], check=True, stdout=subprocess.DEVNULL)
            files[pairs] = path
        print(f"{'run':42} " + " ".join(f"{f'{p:,} pairs ({os.path.getsize(files[p]) / 1e6:.0f} MB)':>24}" for p in sizes))
        for label, extra in runs:
            cells = []
            for pairs in sizes:
                out = os.path.join(folder, "out.json")
                cpu, _, peak, result = measure(["taskset", "-c", "0", binary(), "review", files[pairs], "--format", "json", "-o", out, *extra])
                if result.returncode not in (0, 1):
                    sys.exit(f"tandem failed: {result.stderr}")
                cells.append(f"{peak / 1024:.0f} MB, {cpu:.1f} s")
            print(f"{label:42} " + " ".join(f"{c:>24}" for c in cells))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("part", nargs="?", default="all", choices=["all", "accuracy", "peers", "speed", "memory"])
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()
    if args.part in ("all", "accuracy", "peers"):
        accuracy(with_peers=args.part != "accuracy")
    if args.part in ("all", "speed"):
        speed(args.pairs, with_peers=True)
    if args.part in ("all", "memory"):
        memory()


if __name__ == "__main__":
    main()
