"""Words inside the name of a grassroots union's organisation or of a nghiệp đoàn.

- Institution names that go on in lower case ("Sở Nông nghiệp và Phát triển nông thôn", "Bệnh viện
  Phục hồi chức năng", "Trung tâm Kiểm soát bệnh tật"): the phrases of enrich/data/unit_words.csv
  (group ``phrase``), matched in any case, belong to the name whole.
- Lower-case organisation heads ("Công đoàn trường THCS X", "Công đoàn bệnh viện X"; group
  ``org_lower``) start a name only when a proper name follows (past one acronym: "trường MN Hoa Sen");
  how the unit's name then writes the organisation is enrich/unitlabels.py.
- A nghiệp đoàn named by its trade and a proper name ("Nghiệp đoàn nghề cá Cát Khánh", "NĐ Nghề cá
  Tam Quan Bắc"); the trade is a listed one (group ``trade``, any case) or up to three lower-case words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from enrich.unitat import seat_end
from enrich.unitdashfield import dashed_field_end
from enrich.unitdescribed import described_close, duration_after_number, trade_described
from enrich.unitends import agent_title_after, person_after_verb, person_tail, titled_person_end
from enrich.unittext import cap_run, capitalised, fold_view, joined, skip_space, starts_with, tokens

Words = dict[str, tuple[str, ...]]
JOIN = re.compile(r" ?[-–] (?=[A-ZĐ])")
_UNION_HEADS = ("Công đoàn ", "công đoàn ", "CÔNG ĐOÀN ", "CĐCS ", "Liên đoàn ", "Nghiệp đoàn ", "nghiệp đoàn ")
_COMPANY_HEADS = ("Công ty ", "Cty ", "công ty ")
_LIST_UNION = ("CĐCS ", "Công đoàn cơ sở ", "công đoàn cơ sở ")
_COUNTRY = ("Việt Nam", "Viet Nam", "VN")
DATELINE = ("Sáng ", "Chiều ", "Tối ", "Trưa ", "Ngày ", "Đêm ", "Hôm ")


@cache
def _phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Folded phrases by their first folded word, longest first."""
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        folded = fold_view(phrase)
        index.setdefault(folded.split()[0], []).append(folded)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


_PHRASES: dict[int, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}  # by the list's identity, as unittext._BY_ID


def _phrases(words: Words) -> dict[str, tuple[str, ...]]:
    phrases = words.get("phrase", ())
    known = _PHRASES.get(id(phrases))
    if known is None or known[0] is not phrases:
        known = (phrases, _phrase_index(phrases))
        _PHRASES.update({id(phrases): known} if len(_PHRASES) < 64 else {})  # a few lists are ever passed
    return known[1]


Token = tuple[str, int, int]
NAME_WINDOW = 16  # tokens read after a name's first word, by the rules here and the learned reader (unitedge.py)


class TextMemo:
    """What the readers of a name find at each token of one text (its tokens, the listed phrase or compound
    begun at a token, its group), kept for the next reading of the same tokens (the rules' reading of a
    name, the learned reader's of its end, the next name): made by the caller for one text and never given
    another, nor other word lists, province test or province names."""

    def __init__(self) -> None:
        self.classes: dict[tuple[int, int], str] = {}  # (start, end) of a token -> its group
        self.tokens: dict[int, list[Token]] = {}  # a name's first word -> ``tokens(text, first, NAME_WINDOW)``
        self.listed: dict[int, tuple[int, str]] = {}  # a token's start -> (``phrase_end`` or -1, compound or "")


def name_tokens(text: str, first: int, memo: TextMemo | None = None) -> list[Token]:
    """``tokens(text, first, NAME_WINDOW)``, read once per text given a ``memo`` (the list is not to be changed)."""
    if memo is None:
        return tokens(text, first, NAME_WINDOW)
    toks = memo.tokens.get(first)
    if toks is None:
        toks = memo.tokens[first] = tokens(text, first, NAME_WINDOW)
    return toks


def listed_at(text: str, folded: str, at: int, words: Words, memo: TextMemo | None = None
              ) -> tuple[int | None, str | None]:
    """(``phrase_end(folded, at, words)``, the compound of group ``compound`` written at ``at`` or None), found
    once per text given a ``memo``."""
    known = memo.listed.get(at) if memo is not None else None
    if known is not None:
        return (None if known[0] < 0 else known[0]), (known[1] or None)
    phrase = phrase_end(folded, at, words)
    compound = starts_with(text, at, words.get("compound", ()), exact=True)
    if memo is not None:
        memo.listed[at] = (-1 if phrase is None else phrase, compound or "")
    return phrase, compound


def phrase_end(folded: str, pos: int, words: Words) -> int | None:
    """End of a listed institution-name phrase starting at ``pos`` of the folded view."""
    space = folded.find(" ", pos)
    first = folded[pos:space if space != -1 else len(folded)]
    for phrase in _phrases(words).get(first, ()):
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
    form = starts_with(text, at, words.get("legal_form", ())) if head == "công ty" else None
    if form is not None and text[at + len(form):at + len(form) + 1] == " ":
        # "công đoàn công ty cổ phần than Vàng Danh": the legal form, then at most one lower-case trade word
        toks = tokens(text, at + len(form) + 1, 2)
        return head if toks and (_upper(toks[0][0]) or (len(toks) > 1 and toks[0][0].islower() and _upper(toks[1][0]))) else None
    toks = tokens(text, at, 3)
    if level is None and toks and len(toks[0][0]) > 1 and toks[0][0].isupper():
        toks = toks[1:]  # an acronym first: "trường MN Hoa Sen", "công ty TNHH An Phát"
    elif level is None and toks and toks[0][0] in words.get("surname", ()):
        return None  # a person: "Chủ tịch công đoàn công ty Trần Văn Hùng" (a school may bear one's name)
    if head == "trường" and toks and toks[0][0] == "chuyên":
        toks = toks[1:]  # a specialised school: "trường THPT chuyên Nguyễn Trãi"
    if toks and not _upper(toks[0][0]) and (head in words.get("org_trade", ()) or level in words.get("level_field", ())):
        # "nhà máy xi măng Bình Phước"; a college's field: "trường cao đẳng y tế Thái Nguyên"
        return head if _trade_words(text, toks[0][1], words) is not None else None
    return head if toks and _upper(toks[0][0]) else None


def _after_legal(toks: list[tuple[str, int, int]], i: int, legal: tuple[str, ...]) -> bool:
    """Whether a legal acronym and one capitalised word with its syllable come right before ``toks[i]``
    ("Công ty TNHH MTV Dịch vụ | cơ khí hàng hải PTSC"): a company's trade may run to four lower-case words."""
    return i >= 3 and toks[i - 3][0] in legal and capitalised(toks[i - 2][0]) and toks[i - 1][0].islower()


def _trade_words(text: str, at: int, words: Words) -> int | None:
    """Start of the proper name after one to three lower-case words that are no verb or preposition (group
    ``stop``) at ``at`` ("xi măng Bình Phước", "công nghiệp giày Aurora" after a legal form), or None."""
    toks = tokens(text, at, 5)
    stops = set(words.get("stop", ())) - {"công"}
    for n in range(min(4, len(toks))):
        tok = toks[n][0]
        if n and _upper(tok):
            return toks[n][1]
        if not (tok.isalpha() and tok.islower()) or tok in stops:
            return None
    return None


def school_without_head(text: str, pos: int, words: Words) -> bool:
    """A school named without "Trường" after "Công đoàn cơ sở": its level or type, then a proper name
    ("CĐCS MN Hoa Sen", "Công đoàn cơ sở THCS Kim Đồng"; group ``school_head``)."""
    head = starts_with(text, pos, words.get("school_head", ()), exact=True)
    if head is None or text[pos + len(head):pos + len(head) + 1] != " ":
        return False
    toks = tokens(text, pos + len(head) + 1, 1)
    return bool(toks) and _upper(toks[0][0])


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
    if re.split(r" [-–] ", names[0][0])[0] in _COUNTRY:
        return None  # no local one: "Nghiệp đoàn <trade> Việt Nam" is a listed trade's national one (unitnd.py) or none
    return names[0][1]


_LOWER_NEXT = re.compile(r" [a-zà-ỹđ]")
_DESCRIBED_CLOSE = (",", ".", ";", ":", ")")
_NAME_END = re.compile(r"$|[,.;)\n]| [a-zà-ỹđ]")  # nothing capitalised goes on after a name


def _described_word(tok: str, stops: set[str], syllables: tuple[str, ...]) -> bool:
    """Whether ``tok`` may go on a description: a lower-case word, no verb or preposition but a verb's first syllable."""
    return tok.isalpha() and tok.islower() and (tok not in stops or tok in syllables)


def _described_place(text: str, toks: list[tuple[str, int, int]], i: int, stops: set[str], syllables: tuple[str, ...],
                     places: tuple[str, ...], province_types: tuple[str, ...],
                     is_province: Callable[[str], bool] = lambda name: False,
                     org_lower: tuple[str, ...] = (), closed: bool = False) -> tuple[int, bool] | None:
    """Where a description of lower-case words at ``i`` ends, or None: (index of the place type that ends it,
    True) for "dự án đầu tư xây dựng tỉnh Bắc Kạn" (a place with its name or a bare province type), or (index of
    the comma before the list's next grassroots union, False) for "quản lý, khai thác công trình thủy lợi, CĐCS
    ...", or, ``closed``, (index of the punctuation or line's end that closes it, False). At most fourteen words,
    no verb or preposition (group ``stop``) but a verb's first syllable before a word that starts none ("công
    trình", not "công nhận"); "và" and "các" only inside it, before a word that may go on it and no lower-case
    head (group ``org_lower``: "và trường mầm non X" is a second body): "các công trình dân dụng và công nghiệp"."""
    words = 0
    for j in range(i, min(i + 18, len(toks))):
        tok, at, tok_end = toks[j]
        place = starts_with(text, at, places) if j > i else None
        if place is not None:
            after = skip_space(text, at + len(place))
            return (j, True) if cap_run(text, after) or place in province_types else None
        if j > i and capitalised(tok) and any(is_province(name) and _NAME_END.match(text, end)
                                              for name, end in cap_run(text, at, 4)):
            return j, True  # "bảo tồn thiên nhiên văn hoá Đồng Nai," ends at the province's name, the name's end
        if tok in _DESCRIBED_CLOSE and j > i and closed:
            return j, False  # the board's full name, closed: "Chi bộ Ban Quản lý dự án đầu tư xây dựng ..., Công đoàn"
        if tok == "," and j > i:
            if text.startswith(_LIST_UNION, skip_space(text, tok_end)):
                return j, False
            continue
        words += 1
        if words > 14 or not (tok.isalpha() and tok.islower()):
            return None
        if tok in ("và", "các") and j > i and j + 1 < len(toks) and _described_word(toks[j + 1][0], stops, syllables) \
                and not starts_with(text, toks[j + 1][1], org_lower):
            continue  # "... xây dựng các công trình dân dụng và công nghiệp tỉnh": the description goes on
        if tok == "và" or (tok in stops and not (tok in syllables and j + 1 < len(toks) and toks[j + 1][0].islower()
                                                 and toks[j + 1][0] not in stops and toks[j + 1][0] not in syllables)):
            return None
        if closed and j + 1 == len(toks) and j > i and text[tok_end:tok_end + 1] in ("", "\n"):
            return j + 1, False  # closed by the line's end
    return None


def organisation_span(text: str, folded: str, pos: int, words: Words, province_types: tuple[str, ...],
                      other_types: tuple[str, ...], listed: bool = False,
                      described: bool = False,
                      is_province: Callable[[str], bool] = lambda name: False,
                      memo: TextMemo | None = None, closed: bool = False) -> tuple[int, int, bool] | None:
    """(first word, end, ends with a bare province type) of an agency, school or company name at ``pos``:
    capitalised words, their lower-case second syllables ("Xây dựng", "Mầm non"), listed phrases, "và",
    and at most one place ("... xã Mường Phăng"). In a list, "và" before an organisation head ends it.
    ``described`` (after "Công đoàn cơ sở"): a generic head (group ``org_described``) goes on in lower
    case up to a place ("Ban Quản lý dự án đầu tư xây dựng tỉnh"), and ``closed`` also up to punctuation or the
    line's end (a full name written before its short form: enrich/unitshort.py). A branch's name goes on with "tại" and
    a province ``is_province`` knows ("Chi nhánh Công ty X tại Đà Nẵng"). Given a ``memo`` of ``text``, the
    tokens and their listed words are read once for this and the learned reader."""
    stops = set(words.get("stop", ()))
    syllables = words.get("stop_syllable", ())
    verbs = set(words.get("clause_verb", ()))  # two of them end a name anywhere ("diễn ra", "nhân dịp")
    capital_verbs = set(words.get("capital_verb", ()))  # a verb before a capitalised word ("dự Đại hội")
    ends = verbs | set(words.get("not_name", ()))  # no second syllable of a name
    name_verbs = words.get("name_verb", ())  # two, after a proper name's capitalised word ("Ngọc Tố xây dựng")
    if starts_with(text, pos, words.get("part", ()), exact=True):
        return None  # "Công đoàn Bộ phận Hành chính": a part of a grassroots union, no unit
    head = starts_with(text, pos, joined(words.get("corp", ()), words.get("org", ())), exact=True) or lower_head(text, pos, words)
    first = skip_space(text, pos + len(head)) if head else pos
    toks = name_tokens(text, first, memo)
    places, legal = joined(province_types, other_types), words.get("legal_acronym", ())
    end, bare, i, previous_cap = (pos + len(head) if head else pos), False, 0, bool(head)
    if head in words.get("org_proper", ()) and len(toks) > 1 and toks[0][0][:1].islower():
        # a head a proper name follows ("Sở", "Chi cục"; group ``org_proper``) takes a lower-case word only before
        # a place or a capitalised word ("Cục thuế tỉnh X"): "Công đoàn Sở đọc thư" is the department's own union
        previous_cap = capitalised(toks[1][0]) or starts_with(text, toks[1][1], places) is not None
    reach = 0  # a company's trade words read on to this token ("Dịch vụ cơ khí hàng hải PTSC")
    form = starts_with(text, first, words.get("legal_form", ()), exact=True) if head and toks else None
    if form is not None and form.islower() and text[first + len(form):first + len(form) + 1] == " ":
        # the legal form in words, then a trade in lower case, as after "CP": "Công ty cổ phần thủy điện X"
        name_at = _trade_words(text, first + len(form) + 1, words)
        if name_at is not None and "và" in text[first + len(form):name_at].split():
            name_at = None  # "Công ty cổ phần và Công ty X": two companies, not a trade
        while name_at is not None and i < len(toks) and toks[i][1] < name_at:
            i += 1
    run = 0  # capitalised words in a row: after a proper name ("Hồng Kỳ") a lower-case word is not its syllable
    while i < len(toks):
        tok, at, tok_end = toks[i]
        phrase, compound = listed_at(text, folded, at, words, memo)
        phrase = phrase if phrase is not None else dashed_field_end(text, folded, toks, i, head, first, words)
        if phrase is not None:  # "Phục hồi chức năng", "Phát triển nông thôn"; "Văn hóa – thông tin" (unitdashfield.py)
            end, previous_cap = phrase, False
            while i < len(toks) and toks[i][1] < phrase:
                i += 1
            continue
        if compound is not None:  # "Công ty CP Phát triển Nhà": capitalised, its second syllable a stop word
            end, previous_cap, run = at + len(compound), False, 0
            while i < len(toks) and toks[i][1] < end:
                i += 1
            continue
        place = starts_with(text, at, places)
        if place is not None and starts_with(text, at, words.get("province_body", ()), exact=True) is None:
            names = cap_run(text, skip_space(text, at + len(place)))
            bare = not names and place in province_types
            end = names[0][1] if names else (at + len(place) if bare else end)
            break
        if tok in ("-", "–", "&") and i + 1 < len(toks) and capitalised(toks[i + 1][0]):
            if i + 2 < len(toks) and toks[i + 2][0][:1].isdigit() or text.startswith(DATELINE, toks[i + 1][1]):
                break  # a dateline: "... Châu Hòa - Chiều 18/5", "Sở TT&TT AG - Chiều ngày 20/10"
            if tok != "&" and text[at - 1:at] == " " and _headline(text, folded, toks, i, words, other_types):
                break  # a headline's second half: "Công đoàn Trung tâm X – Điểm tựa vững chắc"
            if tok != "&" and starts_with(text, toks[i + 1][1], words.get("dash_body", ()), exact=True):
                break  # "Công đoàn Điện lực X - Ban Chấp hành ra mắt": the union's own committee, no part of its name
            i += 1
            continue
        if capitalised(tok) and tok[:1].isalnum():
            if run and starts_with(text, at, words.get("headline_verb", ()), exact=True) \
                    and any(is_province(text[toks[i - k][1]:toks[i - 1][2]]) for k in range(1, min(run, 4) + 1)):
                break  # a title-case headline: "Công đoàn cơ sở Cục Thuế Phú Yên Thành lập 7 ..."
            # a lower-case second syllable may follow "Xây", "Mầm", not an acronym ("VAP chào")
            acronym = len(tok) > 1 and tok.isupper()
            run = 0 if acronym else run + 1
            end, previous_cap = tok_end, not acronym and run == 1 and not tok[:1].isdigit()  # "Dự án 2 ngày 24/3"
            i += 1
            continue
        run = 0
        if tok == "số" and end > first and i + 1 < len(toks) and toks[i + 1][0].isdigit():  # "Công ty CP DAP số 2"
            end, previous_cap, i = toks[i + 1][2], False, i + 2  # a body's number is its name's ("Trường Tiểu học số 2")
            continue
        if duration_after_number(toks, i, words, text):
            break  # "Ban Quản lý Dự án 2 ngày Chủ nhật", "Công ty X 3 buổi sáng": a duration or time, not the name
        if described and text[pos:at].rstrip() in words.get("org_described", ()):
            if len(toks) == NAME_WINDOW:  # a long description: "Ban Quản lý dự án ... dân dụng và công nghiệp tỉnh"
                toks = tokens(text, first, NAME_WINDOW + 8)
            # where the description ends: at a place ("CĐCS Hợp tác xã dịch vụ nông nghiệp xã Bình Chương", "... các
            # công trình Nông nghiệp và PTNT tỉnh X": True, read on from there) or before a clause ("CĐCS Cty TNHH MTV
            # quản lý, khai thác công trình thủy lợi, CĐCS ...", "... Nông nghiệp và PTNT đã ...": False, the end)
            closed_at = _described_place(text, toks, i, stops, syllables, places, province_types, is_province,
                                         words.get("org_lower", ()), closed)
            if closed_at is None:
                closed_at = described_close(text, toks, i, words, is_province, listed, places, province_types)
            if closed_at is not None and closed_at[1]:
                i = closed_at[0]
                continue
            if closed_at is not None:
                end = toks[closed_at[0] - 1][2]
                break
        if i and toks[i - 1][0] in legal:
            name_at = _trade_words(text, at, words)  # "Công ty TNHH công nghiệp giày Aurora"
            if name_at is not None:
                while i < len(toks) and toks[i][1] < name_at:
                    i += 1
                continue
        if previous_cap and tok in syllables and (i + 1 == len(toks) or not toks[i + 1][0][:1].islower()):
            end, previous_cap = tok_end, False  # "Bệnh viện Nhi đồng 2": a verb's first syllable as a name's second
            i += 1
            continue
        if tok == "tại" and end > first and "chi nhánh" in text[pos:end].lower():
            names = [n for n in cap_run(text, skip_space(text, tok_end), 4) if is_province(n[0])]
            if names:  # "Chi nhánh Công ty Scavi Huế tại Đà Nẵng": a branch is named by its province
                end = names[0][1]
            break
        if tok == "tại" and end > first:  # "Khu Di tích X tại Phủ Chủ tịch", written so twice: the seat is the name's
            end = seat_end(text, first, end, tok_end, words, places) or end
            break
        if not tok[:1].isalpha() or tok in stops:
            break
        if tok in capital_verbs and i + 1 < len(toks) and toks[i + 1][0][:1].isupper():
            break  # "Công đoàn Trường dự Đại hội": a verb before a name ends it ("dự án" is a noun; ``capital_verb``)
        if tok in verbs and person_after_verb(toks, i, words, is_province):
            break  # "Trường THCS X cử cô Trần Thị Mai, Chủ tịch ...": a verb and a person end the name
        if tok == "do" and agent_title_after(text, toks, i, words):
            break  # "CĐCS Sở Tài chính do Đồng chí Lê Văn An dẫn đầu": "by" a person's title ends the name
        if i + 1 < len(toks) and f"{tok} {toks[i + 1][0]}" in name_verbs and (
                (i and capitalised(toks[i - 1][0]) and toks[i - 1][0] not in legal)
                or (not i and head is not None and head[:1].isupper() and _plain_after(text, toks, i + 2, places))):
            break  # "Công đoàn trường THPT Ngọc Tố xây dựng Kế hoạch", "Công đoàn Trường thống nhất triển khai": a verb
        if tok == "và" and any(text.startswith(_UNION_HEADS, t[1]) for t in toks[i + 1:i + 4]):
            break  # "Công đoàn Trung tâm X và (Chủ tịch) Công đoàn Công ty Y": a second union
        if i + 1 < len(toks) and text.startswith(_UNION_HEADS[:3], toks[i + 1][1]):
            break  # "Đổi tên Công đoàn Tổng công ty X thành Công đoàn ...": a lower-case word before a union ends the name
        if tok == "và" and i + 1 < len(toks) and text.startswith(_COMPANY_HEADS, toks[i + 1][1]):
            break  # "Công ty X và Công ty Y": two companies
        if listed and tok == "và" and i + 1 < len(toks) and starts_with(text, toks[i + 1][1], words.get("org", ()), exact=True):
            break  # in a list, "Trường X và Công ty Y" are two (not so alone: "Chi cục Thuế và Kho bạc ...")
        elif i + 1 < len(toks) and f"{tok} {toks[i + 1][0]}" in (ends if previous_cap else verbs):
            break  # "Trường Chinh không chỉ", "X Việt Nam nhân Tháng ...", not "Y tế khu vực X": a clause's verb
        elif previous_cap and tok in ends:
            break  # "Công đoàn Công ty mong muốn ...", "Bộ Tư pháp qua ...": a clause's verb
        elif previous_cap and (tok != "và"):
            end, previous_cap = tok_end, False
        elif i >= reach and not any(t[0][:1].isupper() for t in toks[i + 1:i + 3]):
            if not _after_legal(toks, i, legal) or not any(t[0][:1].isupper() for t in toks[i + 1:i + 5]):
                if trade_described(text, toks, i, words):  # "Công ty CP Kinh doanh vật liệu và xây dựng. Qua ..."
                    toks = tokens(text, first, NAME_WINDOW + 8) if len(toks) == NAME_WINDOW else toks
                    closed_at = described_close(text, toks, i, words, is_province, listed, places, province_types)
                    if closed_at is not None and closed_at[1]:
                        i = closed_at[0]
                        continue
                    end = toks[closed_at[0] - 1][2] if closed_at is not None else end
                break  # a lower-case word goes on only into a name ("Giày da và May mặc"), not a count
            reach = next(j for j in range(i + 1, i + 5) if toks[j][0][:1].isupper())
        else:
            previous_cap = False
        i += 1
    if end <= first and not head:
        return None
    if head == "Bộ" and end > first and " " not in text[first:end] and _LOWER_NEXT.match(text, end):
        return None  # "Bộ Công chính và Vận tải": a ministry's name is never one syllable cut off
    end = titled_person_end(text, pos, person_tail(text, pos, first, end, words, toks), words, is_province)
    return first, end, bare  # "Chủ tịch Công đoàn Văn phòng Quốc hội Bùi Lê Minh": no chair's name in the name


def _plain_after(text: str, toks: list[tuple[str, int, int]], k: int, places: tuple[str, ...]) -> bool:
    """Whether none of the words from ``toks[k]`` on, up to three before a sign, is capitalised or a place: a verb right
    after a head then starts a clause ("Trường thống nhất triển khai các"), not a name ("Trung tâm giới thiệu việc làm
    tỉnh X", "Ban chỉ đạo Đại hội")."""
    for tok, at, _ in toks[k:k + 3]:
        if not tok[:1].isalpha():
            return True
        if tok[:1].isupper() or starts_with(text, at, places) is not None:
            return False
    return True


def _headline(text: str, folded: str, toks: list[tuple[str, int, int]], i: int, words: Words,
              place_types: tuple[str, ...]) -> bool:
    """Whether the words after a spaced dash at ``toks[i]`` are a phrase of running text: a capitalised
    word (no acronym), then two lower-case words that are no listed phrase nor a place."""
    if i + 3 >= len(toks) or toks[i + 1][0].isupper() or not (toks[i + 2][0].islower() and toks[i + 3][0].islower()):
        return False  # an acronym after the dash is the legal form or brand: "Tổng công ty X – CTCP"
    at = toks[i + 3][1]
    return phrase_end(folded, toks[i + 2][1], words) is None and phrase_end(folded, at, words) is None \
        and starts_with(text, at, place_types) is None


def joined_sector(text: str, end: int, sector_keys: tuple[str, ...] | list[str],
                  place_types: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, end) of a second sector joined to a sector by a dash ("Công đoàn ngành Xây dựng - Giao
    thông tỉnh X"): a listed sector, or one or two words, the first capitalised, before a place type or
    "Việt Nam", or a capitalised word and its lower-case syllable before a verb ("... - Giao thông tích
    cực"); not a dateline ("Công đoàn ngành Y tế - Chiều 18/5", "- Sáng nay đoàn ...")."""
    m = JOIN.match(text, end)
    if m is None or text.startswith(DATELINE, m.end()):
        return None
    at = m.end()
    folded = fold_view(text[at:at + 60])
    for key in sector_keys:
        if folded.startswith(key) and not folded[len(key):len(key) + 1].isalnum():
            return at, at + len(key)
    toks = tokens(text, at, 3)
    for n, (tok, start, _) in enumerate(toks):
        if n and (starts_with(text, start, place_types) or text[start:start + 8] == "Việt Nam"
                  or (n == 2 and tok.isalpha() and tok.islower() and toks[1][0].islower())):
            return at, toks[n - 1][2]
        if n == 2 or not tok.isalpha():
            return None
    return None


def elliptic_label(previous: str, name: str, place_types: tuple[str, ...]) -> str | None:
    """The label of a list item that names only another place for the previous item's organisation
    ("Trung tâm Y tế huyện Hàm Yên, Lâm Bình" -> "Trung tâm Y tế huyện Lâm Bình"), or None when the
    previous label does not end with a typed place."""
    for kind in place_types:
        at = previous.rfind(f" {kind} ")
        if at != -1 and previous[at + len(kind) + 2:][:1].isupper():
            return f"{previous[:at + len(kind) + 2]}{name}"
    return None


def passage_trade(folded: str, words: Words) -> str | None:
    """The one listed trade the passage names after "nghiệp đoàn" ("nghiệp đoàn nghề cá"), as listed."""
    found = set()
    for m in re.finditer(r"(?<!\w)nghiep doan ", folded):
        for trade in words.get("trade", ()):
            key = fold_view(trade)
            if folded.startswith(key, m.end()) and not folded[m.end() + len(key):m.end() + len(key) + 1].isalnum():
                found.add(trade)
                break
    return found.pop() if len(found) == 1 else None


_AND_PARKS = re.compile(r" và các [Kk]hu [Cc]ông nghiệp(?: (?:tỉnh|thành phố)(?!\w))?")


def zone_names(text: str, pos: int) -> list[tuple[str, int]]:
    """The capitalised names at ``pos`` after an economic zone's head (``cap_run``), or the one name that goes on
    with "và các Khu công nghiệp" and the province ("Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh Thanh Hóa",
    "... tỉnh" bare): the zone's and the province's parks' union is one union, not cut at the zone's name."""
    names = cap_run(text, pos)
    m = _AND_PARKS.match(text, names[0][1]) if names else None
    if m is None:
        return names
    province = cap_run(text, skip_space(text, m.end()), 3)
    end = province[0][1] if province else m.end()
    return [(text[pos:end], end)]
