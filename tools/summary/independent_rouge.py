#!/usr/bin/env python3
"""ROUGE-1/2/L F1 of the summaries written by `npm run eval:summary -- --out FILE`, computed a second way.

A check on tools/summary/rouge.ts that shares no code and no tokeniser with it, written from the definitions
in Lin (2004), "ROUGE: A Package for Automatic Evaluation of Summaries": ROUGE-N counts the candidate's
n-grams found in the reference, each at most as often as the reference has it (recall over the reference's
n-grams, precision over the candidate's); ROUGE-L takes the longest common subsequence of the two texts,
each read as one sequence. F1 is the harmonic mean (beta = 1). Scores are averaged over articles.

Tokens are syllables the plainest way: NFC, case-folded, split at white space, punctuation and symbols
(Unicode categories P* and S*) stripped from both ends of each piece, empty pieces dropped. So "22/6" and
"TX.Phú" stay one token each here, where rouge.ts splits the second; the two scores should agree closely,
not exactly. Python standard library only: python3 tools/summary/independent_rouge.py FILE
"""
import json
import sys
import unicodedata
from collections import Counter


def tokens(text):
    out = []
    for piece in unicodedata.normalize("NFC", text).casefold().split():
        start, end = 0, len(piece)
        while start < end and unicodedata.category(piece[start])[0] in "PS":
            start += 1
        while end > start and unicodedata.category(piece[end - 1])[0] in "PS":
            end -= 1
        if start < end:
            out.append(piece[start:end])
    return out


def f1(overlap, candidate, reference):
    if overlap == 0:
        return 0.0
    p, r = overlap / candidate, overlap / reference
    return 2 * p * r / (p + r)


def rouge_n(cand, ref, n):
    c = Counter(tuple(cand[i:i + n]) for i in range(len(cand) - n + 1))
    r = Counter(tuple(ref[i:i + n]) for i in range(len(ref) - n + 1))
    return f1(sum((c & r).values()), sum(c.values()), sum(r.values()))


def rouge_l(cand, ref):
    prev = [0] * (len(ref) + 1)
    for a in cand:
        row = [0]
        for j, b in enumerate(ref):
            row.append(prev[j] + 1 if a == b else max(prev[j + 1], row[j]))
        prev = row
    return f1(prev[-1], len(cand), len(ref))


def main(path):
    systems = ("lead3", "ours")
    totals = {s: [0.0, 0.0, 0.0] for s in systems}
    count = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            ref = tokens(row["sapo"])
            for s in systems:
                cand = tokens(row[s])
                t = totals[s]
                t[0] += rouge_n(cand, ref, 1)
                t[1] += rouge_n(cand, ref, 2)
                t[2] += rouge_l(cand, ref)
            count += 1
    print(f"{count} articles (ROUGE F1 x 100, whitespace syllables, Lin 2004)")
    print(f"{'':14}{'R-1':>7}{'R-2':>7}{'R-L':>7}")
    for s in systems:
        print(f"{s:14}" + "".join(f"{100 * x / max(1, count):7.2f}" for x in totals[s]))


if __name__ == "__main__":
    main(sys.argv[1])
