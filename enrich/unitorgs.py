"""Words inside the name of a grassroots union's organisation or of a nghiệp đoàn.

- Institution names that go on in lower case ("Sở Nông nghiệp và Phát triển nông thôn", "Bệnh viện
  Phục hồi chức năng", "Trung tâm Kiểm soát bệnh tật"): the phrases of enrich/data/unit_words.csv
  (group ``phrase``), matched in any case, belong to the name whole.
- Lower-case organisation heads ("Công đoàn trường THCS X", "Công đoàn bệnh viện X"; group
  ``org_lower``) start a name only when a proper name follows (past one acronym: "trường MN Hoa Sen");
  the head is written capitalised and the school abbreviations MN, MG, TH (group ``school_abbr``)
  spelt out in the unit's name.
- A nghiệp đoàn named by its trade and a proper name ("Nghiệp đoàn nghề cá Cát Khánh", "NĐ Nghề cá
  Tam Quan Bắc"); the trade is a listed one (group ``trade``, any case) or up to three lower-case words.
"""

from __future__ import annotations

from functools import cache

from enrich.unittext import cap_run, fold_view, starts_with, tokens

Words = dict[str, tuple[str, ...]]


@cache
def _phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Folded phrases by their first folded word, longest first."""
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        folded = fold_view(phrase)
        index.setdefault(folded.split()[0], []).append(folded)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def phrase_end(folded: str, pos: int, words: Words) -> int | None:
    """End of a listed institution-name phrase starting at ``pos`` of the folded view."""
    space = folded.find(" ", pos)
    first = folded[pos:space if space != -1 else len(folded)]
    for phrase in _phrase_index(words.get("phrase", ())).get(first, ()):
        end = pos + len(phrase)
        if folded.startswith(phrase, pos) and not folded[end:end + 1].isalnum():
            return end
    return None


def _upper(token: str) -> bool:
    return token[:1].isupper() and token[:1].isalpha()


def lower_head(text: str, pos: int, words: Words) -> str | None:
    """A lower-case organisation head at ``pos`` followed by a proper name, or None."""
    head = starts_with(text, pos, words.get("org_lower", ()), exact=True)
    if head is None or text[pos + len(head):pos + len(head) + 1] != " ":
        return None
    at = pos + len(head) + 1
    level = starts_with(text, at, words.get("school_level", ())) if head == "trường" else None
    if level is not None:  # "Công đoàn trường tiểu học Kiên Đài"
        at += len(level) + 1
    toks = tokens(text, at, 3)
    if level is None and toks and len(toks[0][0]) > 1 and toks[0][0].isupper():
        toks = toks[1:]  # an acronym first: "trường MN Hoa Sen", "công ty TNHH An Phát"
    elif toks and toks[0][0] in words.get("surname", ()):
        return None  # a person: "Chủ tịch công đoàn công ty Trần Văn Hùng"
    return head if toks and _upper(toks[0][0]) else None


def written_label(label: str, words: Words) -> str:
    """The organisation as the unit's name writes it: head capitalised, school abbreviations spelt out."""
    label = label[:1].upper() + label[1:]
    if label.startswith("Trường Trường "):  # "Công đoàn trường Trường Tiểu học X": the head written twice
        label = label[len("Trường "):]
    if not label.startswith("Trường "):
        return label
    level = starts_with(label, len("Trường "), words.get("school_level", ()))
    if level is not None:  # "trường tiểu học X" -> "Trường Tiểu học X"
        at = len("Trường ")
        label = label[:at] + label[at].upper() + label[at + 1:]
    first, _, rest = label[len("Trường "):].partition(" ")
    table = dict(item.split("=", 1) for item in words.get("school_abbr", ()))
    return f"Trường {table[first]} {rest}".rstrip() if first in table else label


def named_nghiep_doan(text: str, pos: int, words: Words, capital_head: bool) -> int | None:
    """End of "<trade> <Proper Name>" after a nghiệp đoàn head, or None (an unlisted trade only
    after a capitalised head: "Nghiệp đoàn bốc vác Phú Lợi", not "nghiệp đoàn thì Ban ...")."""
    trade = starts_with(text, pos, words.get("trade", ()))
    stops = set(words.get("stop", ())) | set(words.get("nd_stop", ()))
    if trade is not None:
        at = pos + len(trade) + 1
    elif not capital_head:
        return None
    else:
        toks = tokens(text, pos, 4)
        count = 0
        while count < min(3, len(toks)) and toks[count][0].isalpha() and toks[count][0].islower() \
                and toks[count][0] not in stops:
            count += 1
        if count == 0 or count >= len(toks):
            return None
        at = toks[count][1]
    names = cap_run(text, at)
    if not names or not _upper(text[at:at + 1]) or starts_with(text, at, words.get("org", ()), exact=True):
        return None  # "Nghiệp đoàn thì Ban chấp hành ..." names no nghiệp đoàn
    return names[0][1]
