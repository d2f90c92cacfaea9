"""Folds `perf script` output into stacks and draws them as a flame graph (SVG).

    perf record -F 999 -g --call-graph dwarf -o perf.data -- COMMAND
    perf script -i perf.data | python3 flamegraph.py --title TITLE > graph.svg

Frames are leaf-last in the folded form (root at the bottom of the picture), as
in Brendan Gregg's flamegraph.pl, of which this is a small subset: one colour
family, widths by sample count, names truncated to fit, a title and a <title>
tooltip per frame with its share. `--folded FILE` also writes the folded stacks;
`--root TEXT` starts each stack at its first frame containing TEXT (the frames
above it, the same in every sample, are dropped) and sums the samples without
such a frame into one "[elsewhere]" frame.
"""

import argparse
import collections
import html
import re
import sys

SWIFT_NOISE = re.compile(r"\$s[0-9A-Za-z_]+")


def frame_name(line):
    """`ffffabcd symbol+0x12 (object)` -> a readable symbol name."""
    parts = line.strip().split(None, 1)
    if len(parts) < 2:
        return "[unknown]"
    name = parts[1]
    name = re.sub(r"\+0x[0-9a-f]+", "", name)
    object_name = ""
    match = re.search(r"\s*\(([^)]*)\)\s*$", name)
    if match:
        object_name = match.group(1).rsplit("/", 1)[-1]
        name = name[: match.start()]
    if name.startswith("[unknown]") and object_name:
        name = "[" + object_name + "]"
    return name.strip() or "[unknown]"


def fold(lines):
    """Counts each distinct stack (root first) in `perf script` text."""
    stacks = collections.Counter()
    frames = []
    for line in lines:
        if not line.strip():
            if frames:
                stacks[";".join(reversed(frames))] += 1
                frames = []
            continue
        if line[0] not in " \t":
            continue  # the sample's header line: command, pid, time, event
        frames.append(frame_name(line))
    if frames:
        stacks[";".join(reversed(frames))] += 1
    return stacks


def demangle(stacks):
    """Swift and C++ symbols through swift-demangle / c++filt when present."""
    import shutil
    import subprocess

    names = sorted({frame for stack in stacks for frame in stack.split(";")})
    mapping = dict(zip(names, names))
    for tool, arguments in (("swift-demangle", ["--simplified", "--compact"]), ("c++filt", [])):
        path = shutil.which(tool)
        if not path:
            continue
        output = subprocess.run([path, *arguments], input="\n".join(mapping.values()), capture_output=True,
                                text=True).stdout.split("\n")
        if len(output) >= len(names):
            mapping = {name: output[index] or mapping[name] for index, name in enumerate(names)}
    folded = collections.Counter()
    for stack, count in stacks.items():
        folded[";".join(mapping[frame] for frame in stack.split(";"))] += count
    return folded


def reroot(stacks, text):
    rooted = collections.Counter()
    for stack, count in stacks.items():
        frames = stack.split(";")
        index = next((i for i, frame in enumerate(frames) if text in frame), None)
        rooted["[elsewhere]" if index is None else ";".join(frames[index:])] += count
    return rooted


def tree(stacks):
    root = {"name": "all", "count": 0, "children": {}}
    for stack, count in stacks.items():
        node = root
        node["count"] += count
        for frame in stack.split(";"):
            node = node["children"].setdefault(frame, {"name": frame, "count": 0, "children": {}})
            node["count"] += count
    return root


def colour(name):
    value = sum(ord(c) for c in name)
    return "rgb(%d,%d,%d)" % (205 + value % 50, 80 + value % 120, 40 + value % 50)


def svg(root, title, width=1200, row=16):
    total = root["count"] or 1
    rows = []

    def depth(node):
        return 1 + max((depth(child) for child in node["children"].values()), default=0)

    height = depth(root) * row + 50

    def draw(node, x, level):
        w = node["count"] / total * (width - 20)
        if w < 0.3:
            return
        y = height - 10 - (level + 1) * row
        label = node["name"]
        share = 100 * node["count"] / total
        chars = int(w / 7)
        text = label if len(label) <= chars else (label[: chars - 2] + ".." if chars > 3 else "")
        rows.append(
            '<g><title>%s (%d samples, %.1f%%)</title><rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s" '
            'rx="2"/><text x="%.1f" y="%d">%s</text></g>'
            % (html.escape(label), node["count"], share, x, y, w, row - 1, colour(label), x + 3, y + row - 4,
               html.escape(text)))
        offset = x
        for child in sorted(node["children"].values(), key=lambda c: c["name"]):
            draw(child, offset, level + 1)
            offset += child["count"] / total * (width - 20)

    draw(root, 10, 0)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="monospace" font-size="11">'
        '<rect width="100%%" height="100%%" fill="#fdfdf6"/>'
        '<text x="%d" y="24" font-size="15" text-anchor="middle">%s</text>%s</svg>\n'
        % (width, height, width / 2, html.escape(title), "".join(rows)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--title", default="flame graph")
    parser.add_argument("--folded", help="also write the folded stacks here")
    parser.add_argument("--root", help="start stacks at the first frame containing this text")
    arguments = parser.parse_args()
    stacks = demangle(fold(sys.stdin))
    if arguments.root:
        stacks = reroot(stacks, arguments.root)
    if arguments.folded:
        with open(arguments.folded, "w", encoding="utf-8") as handle:
            for stack, count in sorted(stacks.items()):
                handle.write("%s %d\n" % (stack, count))
    sys.stdout.write(svg(tree(stacks), arguments.title))


if __name__ == "__main__":
    main()
