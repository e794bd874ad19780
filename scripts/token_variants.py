#!/usr/bin/env python3
"""Add tokenized spellings of actor names to parley dictionary lines.

Usage: python3 scripts/token_variants.py [--strip] FILE...

parley's tokenizer (src/parley/nlp/tokenizer.cc, UD EWT conventions) splits
hyphens ("al-Qaeda" -> "al - Qaeda"), possessive clitics ("People's" ->
"People 's", "Lions'" -> "Lions '"), slashes, brackets and commas. The parley
dictionary loader splits phrases on white space only, so a name is also written
in its tokenized form ("al-Qaeda | al - Qaeda") to match tokenized text. This
script appends the missing tokenized forms to every `NAMES => CODES` line (in
place, idempotent). With --strip it removes them again (for when the loader
tokenizes phrases itself). tokenize_phrase() mirrors the tokenizer's rules and
agrees with it on all but a handful of the ~7,000 names in data/ (checked by
running both over the names).
"""
import re
import sys

# Hyphen prefixes the tokenizer keeps attached ("co-operation", "Pan-African").
HYPHEN_PREFIXES = {
    "e", "non", "anti", "pre", "re", "mid", "post", "co", "pro", "multi", "ex", "semi", "sub",
    "neo", "counter", "psycho", "socio", "intra", "micro", "inter", "un", "bi", "tri", "over",
    "cyber", "mega", "ultra", "macro", "mis", "extra", "infra", "pseudo", "quasi", "trans",
    "hyper", "mini", "nano", "para", "pan", "uni",
}


def _split_hyphens(word):
    out, cur = [], ""
    segs = word.split("-")
    cur = segs[0]
    last_seg = segs[0]
    for seg in segs[1:]:
        joinable = (
            cur
            and seg
            and (cur[-1].isalnum() or cur[-1] == ".")
            and seg[0].isalnum()
            and not (cur[-1].isdigit() and seg[0].isdigit())
        )
        if joinable and last_seg.lower() not in HYPHEN_PREFIXES:
            out += [cur, "-"]
            cur = seg
        else:
            cur = cur + "-" + seg
        last_seg = seg
    out.append(cur)
    return out


def _tokenize_word(word):
    lead, tail = [], []
    while word and word[0] in "(\"“":
        lead.append(word[0])
        word = word[1:]
    while word and word[-1] in ",)\"”":
        tail.insert(0, word[-1])
        word = word[:-1]
    m = re.match(r"^(.*\w)(['’][sS])$", word)
    if m:
        word, tail = m.group(1), [m.group(2)] + tail
    elif len(word) > 2 and word[-1] in "'’" and word[-2] in "sS":
        word, tail = word[:-1], [word[-1]] + tail
    if len(word) > 1 and word.endswith("+"):
        word, tail = word[:-1], ["+"] + tail
    res = []
    for i, part in enumerate(re.split(r"(?<=\w)/(?=\w)", word)):
        if i:
            res.append("/")
        res += _split_hyphens(part)
    return lead + [t for t in res if t] + tail


def tokenize_phrase(phrase):
    """The phrase as parley's tokenizer splits it, words joined by single spaces."""
    out = []
    for w in phrase.split():
        out += _tokenize_word(w)
    return " ".join(out)


def variants(name):
    """Extra spellings of `name` as it can appear in tokenized text."""
    out = [tokenize_phrase(name)]
    # At the end of a sentence the tokenizer splits the final period off an
    # abbreviation ("... the U.S." -> "U.S" "."), so "U.S." also needs "U.S".
    if re.search(r"\w\.\w+\.$", name) or re.search(r"\bInc\.$", name):
        out.append(tokenize_phrase(name[:-1]))
    return out


def _comment_start(line):
    m = re.search(r"(^|\s)#", line)
    return m.start() if m else len(line)


def process_line(line, strip=False):
    body_end = _comment_start(line)
    body, comment = line[:body_end], line[body_end:]
    if "=>" not in body:
        return line
    left, right = body.split("=>", 1)
    names = [n.strip() for n in left.split("|")]
    if strip:
        tokenized_of_others = {v for o in names for v in variants(o) if v != o}
        names = [n for n in names if n not in tokenized_of_others]
    else:
        seen = {n.lower() for n in names}
        for n in list(names):
            for t in variants(n):
                if t.lower() not in seen:
                    seen.add(t.lower())
                    names.append(t)
    if comment:
        return " | ".join(names) + " =>" + right + comment
    return " | ".join(names) + " =>" + right.rstrip("\n") + ("\n" if line.endswith("\n") else "")


def main(argv):
    strip = "--strip" in argv
    files = [a for a in argv if a != "--strip"]
    for path in files:
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
        new = [process_line(l, strip) for l in lines]
        if new != lines:
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(new)
            print(f"{path}: {sum(a != b for a, b in zip(lines, new))} lines changed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
