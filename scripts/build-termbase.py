#!/usr/bin/env python3
"""Build tandem's occupation termbase (Locales/terminology/occupations.tsv).

Reads the ESCO / O*NET occupation files from the shared data folder and writes
one row per (concept, language, term). Standard library only.

Usage:
    scripts/build-termbase.py [--shared DIR] [--data DIR] [--out FILE] [--check-only]

    --shared DIR  the shared folder (default: $TANDEM_SHARED, else ../shared
                  next to the repository); data is read from DIR/data/occupations
    --data DIR    the occupations folder itself (overrides --shared)
    --out FILE    output file (default: Locales/terminology/occupations.tsv)
    --check-only  only validate Locales/terminology/curated.tsv against the data

The layout of the output is documented in Locales/terminology/README.md. The
output is deterministic: the same input gives byte-identical output.
"""

import argparse
import csv
import os
import re
import subprocess
import sys
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TERMINOLOGY = os.path.join(REPO, "Locales", "terminology")

COLUMNS = ["concept", "lang", "term", "status", "gender", "source", "context", "note"]
STATUSES = ("preferred", "admitted", "forbidden")
GENDERS = ("m", "f", "mf", "n", "")

ESCO_FILE = "esco-occupations-de-en.tsv"
CROSSWALK_FILE = "onet-to-esco-de-en.tsv"

CREDIT_ESCO = "This product uses the ESCO classification of the European Commission."
CREDIT_ONET = ("This product includes information from the O*NET 29.2 Database by the "
               "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). "
               "Used under the CC BY 4.0 license.")


# ---------------------------------------------------------------------------
# German gender classification (used where ESCO does not say masculine/feminine)

# Combined forms that name both genders: Dozent/in, Dozent/-in, DozentIn,
# Dozent*in, Dozent:in, Dozent_in, Dozent(in), Lehrbeauftragte/r, BeauftragteR,
# (m/w/d) and similar.
_COMBINED = re.compile(
    r"(/-?in(nen)?\b|/-?r\b|/-?e\b|/-?n\b"      # Dozent/in, -/innen, Beauftragte/r
    r"|[a-zäöüß]In(nen)?\b"                    # DozentIn, DozentInnen
    r"|[a-zäöüß]R\b"                           # BeauftragteR
    r"|[*:_]in(nen)?\b"                        # Dozent*in, Dozent:in, Dozent_in
    r"|\(in(nen)?\)|\(r\)"                     # Dozent(in), Beauftragte(r)
    r"|\((m|w|d|x)(/(m|w|d|x))+\))"            # (m/w/d), (w/m/d), (m/w/x)
)
_STOP = {"für", "im", "in", "der", "des", "die", "dem", "den", "von", "vom", "bei", "beim",
         "am", "an", "zur", "zum", "mit", "auf", "aus", "und", "oder", "–", "-", "a", "of",
         "the", "for", "im", "ohne", "über", "unter", "nach", "als", "eines", "einer", "einem"}
_NEUTRAL_END = ("kraft", "kräfte", "personal", "hilfe", "aufsicht", "person", "personen",
                "team", "leitung", "leute", "mitglied", "mitglieder", "double", "model",
                "modell", "medium", "service", "dienst", "paar", "fachpersonal")
_FEM_END = ("frau", "frauen", "dame", "damen", "mädchen", "girl", "schwester", "ina",
            "ress", "euse", "trice", "innen", "hebamme", "nanny")
_MASC_END = ("mann", "männer", "boy", "herr", "jockey", "sheriff", "geselle", "lehrling",
             "ling")
# Nominalised participles and adjectives: Angestellte, Bedienstete, Beauftragte,
# Vorsitzende, Angehörige (feminine singular, or plural).
_FEM_ADJ_END = ("agte", "llte", "stete", "tete", "ierte", "ende", "ige", "ene", "ische",
                "liche", "ührte", "ernte", "ezogene", "rdnete", "ehörige", "sandte")
_NOT_FEM_IN = ("medizin", "disziplin", "termin", "kamin", "benzin", "vitamin", "magazin",
               "delfin", "delphin", "protein", "harlekin", "cousin", "paladin", "bulletin",
               "toxin", "insulin", "nikotin", "koffein", "online", "marketing")


def _word_gender(word):
    """Gender signalled by the ending of one German word, or ''."""
    w = word.strip("()[]\"'.;:").lower()
    if len(w) < 3:
        return ""
    if w.endswith(_NEUTRAL_END):
        return "n"
    if w.endswith(_MASC_END):
        return "m"
    if w.endswith(_FEM_END):
        return "f"
    if w.endswith("in") and len(w) > 4 and not w.endswith(_NOT_FEM_IN):
        return "f"
    if w.endswith(_FEM_ADJ_END):
        return "f"
    if w.endswith(("er", "or", "ör", "eur", "ist", "ent", "ant", "at", "ar", "är", "ier",
                   "oge", "eut", "ekt", "arzt", "ikus", "ot", "it", "et", "eer", "graph",
                   "graf", "nom", "soph", "wart", "ward", "yst", "walt", "koch", "man", "ino",
                   "olo", "e")):
        # -e: weak masculine nouns (Experte, Biologe, Kollege, Gehilfe)
        return "m"
    return ""


def classify_german(term):
    """Heuristic gender of a German occupation term: m, f, mf, n or ''.

    Combined forms (Dozent/in, DozentIn, Dozent*in, (m/w/d), ...) are mf.
    Otherwise the capitalised words before the first preposition or article are
    read in order and the first one whose ending signals a gender decides:
    "Fachkraft AV-Medientechnik" -> n, "Technische Leiterin" -> f (a leading
    adjective agrees with its noun), "Fachverkäufer für Spielwaren" -> m.
    """
    if _COMBINED.search(term) or slash_parts(term):
        return "mf"
    words = [w for w in re.split(r"[\s,]+", term) if w]
    prefix = []
    for w in words:
        lw = w.lower()
        if lw in _STOP and prefix:
            if lw in ("und", "oder") and prefix[-1].endswith("-"):
                prefix.append(w)     # Pkw- und Kleintransporter-Lieferfahrerin
                continue
            break
        prefix.append(w)
    caps = [w for w in prefix if w[:1].isupper() and not w.endswith("-")]
    for w in caps:
        g = _word_gender(w)
        if g:
            return g
    return ""


# ---------------------------------------------------------------------------
# Input

def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def split_list(value):
    return [clean(x) for x in value.split(" | ") if clean(x)]


def clean(term):
    term = re.sub(r"\s+", " ", term.replace("\t", " ")).strip()
    return term.strip("/ ") if len(term.strip("/ ")) >= 2 else ""


def concept_id(uri):
    """http://data.europa.eu/esco/occupation/<uuid> -> esco:<uuid>;
    http://data.europa.eu/esco/isco/C4211 -> isco:4211"""
    tail = uri.rstrip("/").rsplit("/", 1)[-1]
    if "/esco/isco/" in uri:
        return "isco:" + (tail[1:] if tail.startswith("C") else tail)
    return "esco:" + tail


def slash_parts(term):
    """Full forms joined by a slash: 'Saucenhersteller/Saucenherstellerin' or
    'Elektroniker X/ Elektronikerin X' -> both parts. Short endings (Dozent/in,
    Beauftragte/r) are not split."""
    parts = [p.strip() for p in term.split("/")]
    if len(parts) == 2 and all(len(p) >= 4 and p[:1].isupper() for p in parts):
        return parts
    return []


# ---------------------------------------------------------------------------
# Build

class Termbase:
    def __init__(self):
        self.rows = {}        # (concept, lang, term) -> row dict
        self.order = {}       # concept -> sort key

    def add(self, concept, lang, term, status, gender, source):
        term = clean(term)
        if not term:
            return
        key = (concept, lang, term)
        if key in self.rows:
            old = self.rows[key]
            # keep the strongest status; fill in a missing gender
            if STATUSES.index(status) < STATUSES.index(old["status"]):
                old["status"] = status
            if not old["gender"] and gender:
                old["gender"] = gender
            return
        self.rows[key] = dict(concept=concept, lang=lang, term=term, status=status,
                              gender=gender, source=source, context="", note="")


def build(data_dir):
    esco = read_tsv(os.path.join(data_dir, ESCO_FILE))
    crosswalk = read_tsv(os.path.join(data_dir, CROSSWALK_FILE))
    tb = Termbase()
    known = set()

    for r in esco:
        ctype = r["concept_type"]
        cid = concept_id(r["concept_uri"])
        known.add(cid)
        src = "isco" if ctype == "isco_group" else "esco"
        if ctype == "isco_group":
            tb.order[cid] = (0, r["isco_code"], cid)
        else:
            tb.order[cid] = (1, r["pref_en"].lower(), cid)

        tb.add(cid, "en", r["pref_en"], "preferred", "", src)
        for t in split_list(r["alt_en"]):
            tb.add(cid, "en", t, "admitted", "", src)

        pref_de = clean(r["pref_de"])
        if ctype == "isco_group":
            # ISCO group names are plural collective labels: no gender.
            tb.add(cid, "de", pref_de, "preferred", "", src)
            continue
        masc, fem = clean(r["de_masc"]), clean(r["de_fem"])
        if masc or fem:
            tb.add(cid, "de", pref_de, "preferred", "mf" if (masc and fem) else "", src)
            tb.add(cid, "de", masc, "preferred", "m", src)
            tb.add(cid, "de", fem, "preferred", "f", src)
        else:
            tb.add(cid, "de", pref_de, "preferred", classify_german(pref_de), src)
            parts = slash_parts(pref_de)
            if parts:
                tb.add(cid, "de", parts[0], "preferred", "m", src)
                tb.add(cid, "de", parts[1], "preferred", "f", src)
        for t in split_list(r["alt_de_masc"]):
            tb.add(cid, "de", t, "admitted", "m", src)
        for t in split_list(r["alt_de_fem"]):
            tb.add(cid, "de", t, "admitted", "f", src)
        for t in split_list(r["alt_de_other"]):
            marked = re.fullmatch(r"(.+?)\s*//\s*([mf])", t)   # "Fleischhacker//m"
            if marked:
                tb.add(cid, "de", marked.group(1), "admitted", marked.group(2), src)
                continue
            tb.add(cid, "de", t, "admitted", classify_german(t), src)
            for i, p in enumerate(slash_parts(t)):
                tb.add(cid, "de", p, "admitted", classify_german(p) or ("m", "f")[i], src)

    # O*NET titles that the official crosswalk marks as exact matches become
    # English alternative terms of the ESCO concept (or ISCO group).
    onet_added = 0
    for r in crosswalk:
        if r["match_type"] not in ("exactMatch", "exactISCO"):
            continue
        cid = concept_id(r["esco_uri"])
        if cid not in known:
            continue
        before = len(tb.rows)
        tb.add(cid, "en", r["onet_title"], "admitted", "", "onet:" + r["onet_id"])
        onet_added += len(tb.rows) - before
    return tb, known, onet_added


def sorted_rows(tb):
    status_rank = {s: i for i, s in enumerate(STATUSES)}
    gender_rank = {"mf": 0, "m": 1, "f": 2, "n": 3, "": 4}
    lang_rank = {"en": 0, "de": 1}

    def key(row):
        return (tb.order.get(row["concept"], (2, row["concept"], "")),
                lang_rank.get(row["lang"], 9), status_rank[row["status"]],
                gender_rank.get(row["gender"], 9), row["term"].lower(), row["term"])
    return sorted(tb.rows.values(), key=key)


def write(tb, out_path, onet_added):
    rows = sorted_rows(tb)
    counts = Counter((r["lang"], r["status"]) for r in rows)
    concepts = len({r["concept"] for r in rows})
    header = [
        "# tandem occupation termbase: one row per (concept, lang, term); layout in README.md next to this file.",
        "# Built by scripts/build-termbase.py from ESCO v1.1.0 (occupations and ISCO-08 groups, English and German labels)",
        "# and the O*NET-SOC 2019 / ESCO crosswalk. Do not edit by hand; corrections and additions go to curated.tsv.",
        "# " + CREDIT_ESCO,
        "# " + CREDIT_ONET,
        "# German and English labels as published in the melo-benchmark repository, Copyright (c) 2024 Avature, MIT License (see PROVENANCE.md).",
        "# concepts: %d; rows: %d (en preferred %d, en admitted %d, de preferred %d, de admitted %d; O*NET titles %d)" % (
            concepts, len(rows), counts[("en", "preferred")], counts[("en", "admitted")],
            counts[("de", "preferred")], counts[("de", "admitted")], onet_added),
    ]
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(line + "\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")
    os.replace(tmp, out_path)
    return rows, concepts


# ---------------------------------------------------------------------------
# Curated layer: validation only (the file is hand-written)

def check_curated(path, known):
    problems = []
    n = 0
    seen = set()
    with open(path, encoding="utf-8") as f:
        header = None
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != COLUMNS:
                    problems.append("%s:%d: header is %r, expected %r" % (path, lineno, header, COLUMNS))
                continue
            n += 1
            if len(cells) != len(COLUMNS):
                problems.append("%s:%d: %d columns, expected %d" % (path, lineno, len(cells), len(COLUMNS)))
                continue
            row = dict(zip(COLUMNS, cells))
            if row["lang"] not in ("en", "de"):
                problems.append("%s:%d: lang %r" % (path, lineno, row["lang"]))
            if row["status"] not in STATUSES:
                problems.append("%s:%d: status %r" % (path, lineno, row["status"]))
            if row["gender"] not in GENDERS:
                problems.append("%s:%d: gender %r" % (path, lineno, row["gender"]))
            if row["gender"] and row["lang"] != "de":
                problems.append("%s:%d: gender on a non-German row" % (path, lineno))
            if row["context"] and row["lang"] != "en":
                problems.append("%s:%d: context on a non-English row" % (path, lineno))
            if row["term"] != clean(row["term"]) or not row["term"]:
                problems.append("%s:%d: term has stray whitespace or is empty" % (path, lineno))
            c = row["concept"]
            if c.startswith(("esco:", "isco:")):
                if known is not None and c not in known:
                    problems.append("%s:%d: unknown concept %s" % (path, lineno, c))
            elif not re.fullmatch(r"tandem:[a-z0-9-]+", c):
                problems.append("%s:%d: concept id %r" % (path, lineno, c))
            key = (c, row["lang"], row["term"])
            if key in seen:
                problems.append("%s:%d: duplicate row %r" % (path, lineno, key))
            seen.add(key)
    return n, problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=None)
    ap.add_argument("--data", default=None)
    ap.add_argument("--out", default=os.path.join(TERMINOLOGY, "occupations.tsv"))
    ap.add_argument("--check-only", action="store_true")
    args = ap.parse_args(argv)

    data = args.data
    if not data:
        shared = args.shared or os.environ.get("TANDEM_SHARED") or os.path.join(os.path.dirname(REPO), "shared")
        data = os.path.join(shared, "data", "occupations")
        if not os.path.exists(os.path.join(data, ESCO_FILE)) and os.path.exists(os.path.join(shared, ESCO_FILE)):
            data = shared
    curated = os.path.join(TERMINOLOGY, "curated.tsv")
    have_data = os.path.exists(os.path.join(data, ESCO_FILE))

    if args.check_only:
        known = None
        if have_data:
            known = {concept_id(r["concept_uri"]) for r in read_tsv(os.path.join(data, ESCO_FILE))}
        n, problems = check_curated(curated, known)
        for p in problems:
            print(p, file=sys.stderr)
        print("curated.tsv: %d rows, %d problems" % (n, len(problems)))
        return 1 if problems else 0

    if not have_data:
        print("build-termbase: %s not found in %s (set TANDEM_SHARED or pass --shared/--data)" % (ESCO_FILE, data),
              file=sys.stderr)
        return 2

    tb, known, onet_added = build(data)
    rows, concepts = write(tb, args.out, onet_added)
    size = os.path.getsize(args.out)
    shown = os.path.relpath(args.out, REPO) if os.path.abspath(args.out).startswith(REPO + os.sep) else args.out
    print("wrote %s: %d rows, %d concepts, %.2f MB" % (shown, len(rows), concepts, size / 1e6))
    genders = Counter(r["gender"] for r in rows if r["lang"] == "de")
    print("German rows by gender: " + ", ".join("%s=%d" % (g or "(none)", genders[g]) for g in ("mf", "m", "f", "n", "")))

    status = 0
    if os.path.exists(curated):
        n, problems = check_curated(curated, known)
        for p in problems:
            print(p, file=sys.stderr)
        print("curated.tsv: %d rows, %d problems" % (n, len(problems)))
        status = 1 if problems else 0
    if os.path.abspath(args.out) == os.path.join(TERMINOLOGY, "occupations.tsv"):
        rebuild_index()
    return status


def rebuild_index():
    """Rebuilds the precomputed matcher index (occupations.en-de.index) with a built tandem binary."""
    for candidate in (".build/release/tandem", ".build/debug/tandem"):
        binary = os.path.join(REPO, candidate)
        if os.access(binary, os.X_OK):
            result = subprocess.run([binary, "terms", "index"], capture_output=True, text=True)
            print("index: " + (result.stderr.strip() or "rebuilt") if result.returncode == 0
                  else "index: tandem terms index failed: " + result.stderr.strip())
            return
    print("index: no built tandem found; run `tandem terms index` to rebuild Locales/terminology/occupations.en-de.index")


if __name__ == "__main__":
    sys.exit(main())
