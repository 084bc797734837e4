#!/usr/bin/env python3
"""Runs a Python alignment peer on a batch of jobs (one process, so its time
and peak memory can be measured from outside).

Usage: peers.py ALIGNER JOBS.json OUTPUT.json
  ALIGNER: galechurch (PyPI galechurch, Rust core) or nltk (nltk.translate.gale_church)
  JOBS.json: [{"id": …, "source": [texts], "target": [texts]}, …]
  OUTPUT.json: {id: [[source indices], [target indices]], …}

Both run with their shipped Gale–Church defaults (ratio 1, variance 6.8).
"""

import json
import sys


def beads_from_links(links, source_count, target_count):
    """nltk returns aligned index pairs; group them into beads, unlinked indices as 1-0/0-1."""
    beads = []
    links = sorted(links)
    linked_source = {s for s, _ in links}
    linked_target = {t for _, t in links}
    current = None
    for s, t in links:
        if current and (s in current[0] or t in current[1]):
            current[0].add(s)
            current[1].add(t)
        else:
            if current:
                beads.append(current)
            current = [{s}, {t}]
    if current:
        beads.append(current)
    beads = [[sorted(a), sorted(b)] for a, b in beads]
    beads += [[[s], []] for s in range(source_count) if s not in linked_source]
    beads += [[[], [t]] for t in range(target_count) if t not in linked_target]
    return beads


def run_nltk(source, target):
    import nltk.translate.gale_church as gale_church
    gale_church.MAX_ALIGN_BLOCKS = max(gale_church.MAX_ALIGN_BLOCKS, len(source) + 1, len(target) + 1)
    if not source or not target:
        return [[[s], []] for s in range(len(source))] + [[[], [t]] for t in range(len(target))]
    links = gale_church.align_blocks([len(s) for s in source], [len(t) for t in target])
    return beads_from_links(links, len(source), len(target))


def run_galechurch(source, target):
    import galechurch
    if not source or not target:
        return [[[s], []] for s in range(len(source))] + [[[], [t]] for t in range(len(target))]
    result = galechurch.align(source, target, max_block_size=10**9)
    return [[list(range(b.source_start, b.source_end)), list(range(b.target_start, b.target_end))] for b in result.beads]


def main():
    aligner, jobs_path, output_path = sys.argv[1:4]
    run = {"nltk": run_nltk, "galechurch": run_galechurch}[aligner]
    with open(jobs_path, encoding="utf-8") as handle:
        jobs = json.load(handle)
    results = {job["id"]: run(job["source"], job["target"]) for job in jobs}
    with open(output_path, "w", encoding="utf-8") as handle:
        json.dump(results, handle)


if __name__ == "__main__":
    main()
