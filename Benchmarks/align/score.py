"""Strict and lax precision, recall and F1 of an alignment, as the alignment
literature scores them (the scorer of Thompson & Koehn's vecalign, used for
the Text+Berg and Bible results):

- an alignment is a list of beads (source indices, target indices); beads
  with both sides empty are ignored; 1-0 and 0-1 beads count like any other;
- strict: a predicted bead is correct if it equals a gold bead;
- lax: a predicted bead is correct if it shares at least one source and one
  target index with a gold bead (for 1-0/0-1 beads, if it equals one);
- precision scores the predicted beads against the gold; recall scores the
  gold beads against the prediction the same way.
"""

from collections import defaultdict


def _counts(gold, test):
    gold = {(tuple(s), tuple(t)) for s, t in gold if s or t}
    test = {(tuple(s), tuple(t)) for s, t in test if s or t}
    source_to_target = defaultdict(set)
    for gold_source, gold_target in gold:
        for s in gold_source:
            source_to_target[s].update(gold_target)
    strict = lax = 0
    for bead in test:
        if bead in gold:
            strict += 1
            lax += 1
            continue
        source, target = bead
        linked = set()
        for s in source:
            linked |= source_to_target[s]
        if linked & set(target):
            lax += 1
    return strict, lax, len(test)


def _f1(precision, recall):
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold, test):
    """{'strict': (P, R, F1), 'lax': (P, R, F1)} for one alignment."""
    return summarize([counts(gold, test)])


def counts(gold, test):
    """Raw counts for micro-averaging over many documents."""
    precision_strict, precision_lax, predicted = _counts(gold, test)
    recall_strict, recall_lax, expected = _counts(test, gold)
    return precision_strict, precision_lax, predicted, recall_strict, recall_lax, expected


def summarize(all_counts):
    """Micro-averaged strict and lax P/R/F1 over documents."""
    totals = [sum(c[i] for c in all_counts) for i in range(6)]
    precision_strict, precision_lax, predicted, recall_strict, recall_lax, expected = totals
    p_s = precision_strict / predicted if predicted else 0.0
    p_l = precision_lax / predicted if predicted else 0.0
    r_s = recall_strict / expected if expected else 0.0
    r_l = recall_lax / expected if expected else 0.0
    return {"strict": (p_s, r_s, _f1(p_s, r_s)), "lax": (p_l, r_l, _f1(p_l, r_l))}
