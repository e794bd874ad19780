#!/usr/bin/env python3
"""Hand-run sanity check of parley's actor dictionaries (not a test).

Usage: python3 scripts/check-actor-dicts.py [data/countries.txt data/actors-*.txt ...]

Checks every entry line has the form `NAME | NAME ... => CODE [RANGE], ...` (see
data/FORMAT.md), that codes are runs of three capital letters, that ranges are
well-formed and ordered, and reports names that appear in two entries (the second
one would shadow or conflict). Prints entry and name counts per file.
"""
import glob
import re
import sys

CODE = re.compile(r"^(?:[A-Z]{3})+$")
DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
RANGE = re.compile(rf"^({DATE})?\.\.({DATE})?$")


def strip_comment(line):
    # '#' starts a comment at line start or after white space.
    m = re.search(r"(^|\s)#", line)
    return line[: m.start()] if m else line


def main(paths):
    if not paths:
        paths = ["data/countries.txt"] + sorted(glob.glob("data/actors-*.txt"))
    seen = {}
    problems = 0
    total = 0
    for path in paths:
        entries = names = 0
        with open(path, encoding="utf-8") as f:
            for no, raw in enumerate(f, 1):
                text = strip_comment(raw.rstrip("\n")).strip()
                if not text:
                    continue
                where = f"{path}:{no}"
                if text.count("=>") != 1:
                    print(f"{where}: expected one '=>': {text}")
                    problems += 1
                    continue
                lhs, rhs = (s.strip() for s in text.split("=>"))
                nm = [n.strip() for n in lhs.split("|")]
                if any(not n for n in nm):
                    print(f"{where}: empty name")
                    problems += 1
                for part in rhs.split(","):
                    bits = part.split()
                    if not bits or not CODE.match(bits[0]) or len(bits) > 2:
                        print(f"{where}: bad code '{part.strip()}'")
                        problems += 1
                        continue
                    if len(bits) == 2:
                        m = RANGE.match(bits[1])
                        if not m:
                            print(f"{where}: bad range '{bits[1]}'")
                            problems += 1
                        elif m.group(1) and m.group(2) and m.group(1) >= m.group(2):
                            print(f"{where}: empty range '{bits[1]}'")
                            problems += 1
                for n in nm:
                    key = n.lower()
                    if key in seen and seen[key][1] != rhs:
                        print(f"{where}: name '{n}' also at {seen[key][0]} ({seen[key][1]} vs {rhs})")
                        problems += 1
                    seen.setdefault(key, (where, rhs))
                entries += 1
                names += len(nm)
        print(f"{path}: {entries} entries, {names} names")
        total += entries
    print(f"total: {total} entries, {len(seen)} distinct names, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
