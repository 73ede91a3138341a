#!/usr/bin/env python3
"""How far speaker accuracy can go while `speaker` stays a person's name (EXTRACT-SCHEMA.md).

    scripts/speaker-ceiling.py [--corpus polnear-traindev] [--pred .build/eval/<corpus>.jsonl]

Run scripts/eval.sh first. Takes the gold quotes score.py considers (found, with a gold speaker)
and sorts them: scored correct now; reachable (the gold speaker's last word, which is all
score.py compares, is the last word of a person `reader extract` found in that article); and the
rest by the shape of the gold speaker. "Reachable" bounds what re-attributing quotes among the
people found could score; the shapes show what no person's name can match.
"""
import argparse
import collections
import os
import re
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--corpus", default="polnear-traindev")
parser.add_argument("--pred")
parser.add_argument("--eval-dir", default=os.path.join(root, "..", "shared", "eval"))
args = parser.parse_args()
sys.path.insert(0, args.eval_dir)
import score  # noqa: E402  (the scorer's own matching and last-word rule)

pred_path = args.pred or os.path.join(root, ".build", "eval", f"{args.corpus}.jsonl")
gold = score.load_jsonl(os.path.join(args.eval_dir, args.corpus, "gold.jsonl"))
predicted = {os.path.basename(r["path"]): r for r in score.load_jsonl(pred_path)}


def shape(speaker):
    """A coarse class for a gold speaker no found person's last word matches."""
    if re.search(r"['\u2019]s?$", speaker):
        return "possessive (\"X's\")"
    if "," in speaker or re.search(r"\b(of|who|at|for|from|with)\b", speaker):
        return "name with a description after it"
    if re.match(r"(?i)(the|a|an|one|another|some|several|many|both|two|three)\b", speaker):
        return "description or body (\"a Nevada Democrat\", \"the Times\")"
    return "a single name or title phrase"


def head_name(speaker):
    """The gold speaker without the description after it ("Jane Roe, a lawyer at X" -> "Jane Roe")."""
    return re.split(r",|\(| who | of | at | from | with | for ", speaker)[0]


tally = collections.Counter()
shapes = collections.Counter()
for record in gold:
    found = predicted.get(os.path.basename(record["path"]), {})
    last_words = {score.last_word(person["name"]) for person in found.get("people") or []}
    for quote in record.get("quotes") or []:
        if not quote.get("speaker"):
            continue
        start, end = quote["span"]
        best, overlap = None, 0
        for candidate in found.get("quotes") or []:
            shared = min(end, candidate["span"][1]) - max(start, candidate["span"][0])
            if shared > overlap:
                best, overlap = candidate, shared
        if best is None or overlap * 2 < end - start:
            continue
        tally["considered"] += 1
        gold_last = score.last_word(quote["speaker"])
        predicted_last = score.last_word(best.get("speaker"))
        if predicted_last is not None and predicted_last == gold_last:
            tally["correct"] += 1
        if predicted_last is not None and predicted_last == score.last_word(head_name(quote["speaker"])):
            tally["head name correct"] += 1
        if gold_last in last_words:
            tally["reachable"] += 1
        else:
            shapes[shape(quote["speaker"])] += 1

considered = tally["considered"] or 1
print(f"{args.corpus}: {tally['considered']} gold quotes considered (found, with a gold speaker)")
print(f"  scored correct now:              {tally['correct']:5d}  {tally['correct'] / considered:.3f}")
print(f"  reachable among people found:    {tally['reachable']:5d}  {tally['reachable'] / considered:.3f}  (ceiling of re-attribution)")
print("  gold last word matches no person found, by the gold speaker's shape:")
for name, count in shapes.most_common():
    print(f"    {name:60s} {count:5d}  {count / considered:.3f}")
print(f"  scored against the gold speaker's head name: {tally['head name correct']:5d}  "
      f"{tally['head name correct'] / considered:.3f}  (the description after a name left out)")
