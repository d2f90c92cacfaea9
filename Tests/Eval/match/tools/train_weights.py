#!/usr/bin/env python3
# Learns the hybrid ranking's component weights from the dev set, by pairwise
# logistic regression (RankNet with a linear scorer): for every person and every
# two postings graded differently, the better one should score higher. Weights
# are kept non-negative (a component that hurt would be dropped, not inverted)
# and reported summing to 1, as MatchWeights.hybrid holds them.
#
# Authoring tool only (Python 3 + numpy); nothing runs it at run time. Its
# output is copied by hand into Sources/JobHuntMatching/MatchWeights.swift.
#
#   .build/release/jobhunt-bench eval-match --set Tests/Eval/match/dev --features /tmp/dev.tsv
#   python3 Tests/Eval/match/tools/train_weights.py /tmp/dev.tsv [--heldout /tmp/heldout.tsv]
#
# Folds are people (each kind of person is one fold): the regularisation is
# chosen by leave-one-person-out nDCG@10 on dev, then the weights are fitted on
# all of dev. --heldout only reports; it never influences the choice.
import argparse
import csv
import math
from collections import defaultdict

import numpy as np

NAMES = ["semantic", "target", "skills", "title", "salary", "location", "seniority", "recency"]


def load(path):
    people = defaultdict(lambda: ([], [], []))
    with open(path) as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            ids, grades, features = people[row["profile"]]
            ids.append(row["external_id"])
            grades.append(int(row["grade"]))
            features.append([float(row[name]) for name in NAMES])
    return {name: (ids, np.array(grades), np.array(features)) for name, (ids, grades, features) in people.items()}


def ndcg(scores, grades, k=10):
    # Tie-aware like RankingMetrics (each position of a tied group gets the group's mean gain).
    order = np.argsort(-scores, kind="stable")
    gains = (2.0 ** grades - 1)
    dcg, position, index = 0.0, 0, 0
    while index < len(order) and position < k:
        end = index
        while end + 1 < len(order) and scores[order[end + 1]] == scores[order[index]]:
            end += 1
        mean_gain = gains[order[index:end + 1]].mean()
        for _ in range(end - index + 1):
            if position >= k:
                break
            dcg += mean_gain / math.log2(position + 2)
            position += 1
        index = end + 1
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(gains, reverse=True)[:k]))
    return dcg / ideal if ideal > 0 else 0.0


def pairs(people):
    diffs, weights = [], []
    for _, grades, features in people.values():
        for i in range(len(grades)):
            for j in range(len(grades)):
                if grades[i] > grades[j]:
                    diffs.append(features[i] - features[j])
                    # Mistakes near the top cost more in nDCG: weigh a pair by its gain difference.
                    weights.append((2 ** grades[i]) - (2 ** grades[j]))
    return np.array(diffs), np.array(weights, dtype=float)


def fit(people, l2, steps=3000, rate=0.5):
    x, pair_weights = pairs(people)
    pair_weights = pair_weights / pair_weights.sum()
    w = np.full(len(NAMES), 1.0 / len(NAMES))
    for _ in range(steps):
        margin = x @ w
        grad = -(x.T @ (pair_weights / (1 + np.exp(np.clip(margin, -50, 50))))) + l2 * w
        w = np.maximum(0.0, w - rate * grad)
    total = w.sum()
    return w / total if total > 0 else w


def evaluate(people, w):
    return {name: ndcg(features @ w, grades) for name, (_, grades, features) in people.items()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dev")
    parser.add_argument("--heldout")
    args = parser.parse_args()
    dev = load(args.dev)
    best = None
    for l2 in [0.0, 0.001, 0.003, 0.01, 0.03, 0.1]:
        scores = []
        for person in dev:
            train = {name: value for name, value in dev.items() if name != person}
            w = fit(train, l2)
            scores.append(evaluate({person: dev[person]}, w)[person])
        mean = float(np.mean(scores))
        print(f"l2={l2:<6} leave-one-person-out nDCG@10 mean {mean:.3f} min {min(scores):.3f}")
        if best is None or mean > best[0] + 1e-9:
            best = (mean, l2)
    w = fit(dev, best[1])
    print(f"\nchosen l2={best[1]}; weights fitted on all of dev (sum 1):")
    for name, value in zip(NAMES, w):
        print(f"  {name:10} {value:.3f}")
    for label, people in [("dev", dev)] + ([("heldout", load(args.heldout))] if args.heldout else []):
        result = evaluate(people, np.round(w, 3))
        cosine = {name: ndcg(features[:, 0], grades) for name, (_, grades, features) in people.items()}
        print(f"\n{label}: person, hybrid (rounded weights), cosine")
        for name in sorted(result):
            print(f"  {name:28} {result[name]:.3f} {cosine[name]:.3f}")
        print(f"  {'mean':28} {np.mean(list(result.values())):.3f} {np.mean(list(cosine.values())):.3f}")


if __name__ == "__main__":
    main()
