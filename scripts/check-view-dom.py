#!/usr/bin/env python3
"""check-view-dom.py DOM JSON...: checks the DOM that a browser built from
a page of package view (chromium --dump-dom) against the JSON of the
articles it shows: for every article, in its <section data-article=ID>,
every claim has an element data-claim=N whose text (all its pieces) is the
claim's text and whose data-speaker is the speaker's entity, and every
entity mention, numbered in the JSON's order, has an element
data-mention=K with the mention's text and data-entity the entity's ID.
White space is ignored in the comparison. Exits 1 on any mismatch."""
import json
import sys
from html.parser import HTMLParser

KEYS = ("data-claim", "data-mention")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    """Gathers, per section, the text and first attributes of marked elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, keys)
        self.section = None
        self.texts = {}  # (article, key, value) -> [text]
        self.attrs = {}  # (article, key, value) -> attrs of the first piece

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        if tag == "section" and "data-article" in a:
            self.section = a["data-article"]
        keys = []
        for k in KEYS:
            if k in a:
                key = (self.section, k, a[k])
                keys.append(key)
                self.texts.setdefault(key, [])
                self.attrs.setdefault(key, a)
        self.stack.append((tag, keys))

    def handle_endtag(self, tag):
        # The browser's serialization is well formed: pop to the tag.
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        for _, keys in self.stack:
            for key in keys:
                self.texts[key].append(data)


def squash(s):
    return "".join(s.split())


def check(page, result):
    doc = result["doc"]
    errors = []
    for i, c in enumerate(result["claims"]):
        key = (doc, "data-claim", str(i))
        if key not in page.texts:
            errors.append(f"{doc}: claim {i} missing: {c['text'][:60]!r}")
            continue
        got = "".join(page.texts[key])
        if squash(got) != squash(c["text"]):
            errors.append(f"{doc}: claim {i}: page shows {got[:60]!r}, JSON says {c['text'][:60]!r}")
        speaker = page.attrs[key].get("data-speaker")
        if speaker != c["speaker"]["entity"]:
            errors.append(f"{doc}: claim {i}: data-speaker {speaker!r}, JSON says {c['speaker']['entity']!r}")
    n = 0
    for e in result["entities"]:
        for m in e["mentions"]:
            key = (doc, "data-mention", str(n))
            n += 1
            if key not in page.texts:
                errors.append(f"{doc}: mention {n - 1} of {e['id']} missing: {m['text']!r}")
                continue
            got = "".join(page.texts[key])
            if squash(got) != squash(m["text"]) or page.attrs[key].get("data-entity") != e["id"]:
                errors.append(f"{doc}: mention {n - 1}: page shows {got!r} of {page.attrs[key].get('data-entity')}, JSON says {m['text']!r} of {e['id']}")
    return errors, len(result["claims"]), n


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: check-view-dom.py DOM JSON...")
    page = Page()
    with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
        page.feed(f.read())
    page.close()
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            result = json.load(f)
        errors, claims, mentions = check(page, result)
        for e in errors[:20]:
            print(e)
        if errors:
            print(f"{path}: {len(errors)} mismatches")
            failed = True
        else:
            print(f"ok {sys.argv[1]}: {result['doc']}: {claims} claims, {mentions} mentions, {len(result['entities'])} entities")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
