"""Where a grassroots unit lies when the source and passage do not say, and which unit a shortened
repeat names: the place in parentheses after it or at the end of its name, the province its name
gives with the type or holds inside (corporations), a place shortened to an initial ("Trường MN
N.Trung") and an abbreviation the text defines in parentheses ("Bệnh viện HNVN-CBĐH")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from crawler.textnorm import fold
from enrich.gazetteer import REFORM_START, valid_on
from enrich.unitcommunes import commune_provinces
from enrich.unitnames import Mention
from enrich.unitnational import spelt_branch
from enrich.unitresolve import Context, Resolved
from enrich.unittext import cap_run, expand, tokens
from enrich.unitwards import ward_province

_INITIAL = re.compile(r"(?<!\w)([A-ZĐ])\. ?([A-ZĐ]\w*)")
_TYPED_IN_LABEL = re.compile(r"(?<!\w)(?:tỉnh|thành phố) (?=[A-ZĐ])")
_ABBR = re.compile(r"[A-ZĐ][A-ZĐ0-9&-]{1,14}")
_ANY_PLACE = re.compile(r"(?:^|(?<= ))(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP) (\w)")
_ASIDE = re.compile(r" \((?:(?:huyện|quận|thị xã|thành phố|tỉnh) )?([A-ZĐ][^()]{1,30})\)")  # "(huyện Mỹ Đức)"
# an address in parentheses whose last part is a typed district or province: "(Khu công nghiệp Amata, P.Long Bình, TP.Biên Hòa)"
_ASIDE_LAST = re.compile(r" \([^()]{1,60}, (?:(?:huyện|quận|thị xã|thành phố|tỉnh) |TP\. ?)([A-ZĐ][^(),]{1,30})\)")


def named_place(ctx: Context, mention: Mention, label: str) -> str | None:
    """Province id of a unit that neither the source nor the passage places: the place in parentheses
    right after it, with its type or without ("Nghiệp đoàn nghề cá xã Tam Giang (Núi Thành)", "... (An Giang)",
    "Trường THCS Hợp Thanh (huyện Mỹ Đức)"), else the place
    its own name ends with ("Bệnh viện hữu nghị Việt Nam-Cuba Đồng Hới"; not a company's brand name):
    a province, or a district only one province has, written with the same tones, as on the date; else, from the
    reform on, the one province of the commune or ward its name ends with (enrich/unitwards.py)."""
    written = re.escape(ctx.text[mention.start:mention.end])  # the aside may follow another of its mentions
    aside = _ASIDE.match(ctx.text, mention.end) or re.search(written + _ASIDE.pattern, ctx.text) \
        or _ASIDE_LAST.match(ctx.text, mention.end)
    words = label.split()
    # "Công ty TNHH Thống Nhất", "Nông trường cao su Tân Hưng": a company's or a farm's name, not its place
    brand = label.lower().startswith(("công ty", "cty", "tổng công ty", "tập đoàn", "nông trường", "lâm trường"))
    names = ([aside.group(1)] if aside else []) + [" ".join(words[-n:]) for n in (3, 2) if len(words) > n]
    for name in names:
        row = ctx.gaz.find_province(name, ctx.date)
        if row is not None:  # a company named after its province ("Công ty Điện lực Vĩnh Long") is placed there
            return row["id"]
        if brand and (not aside or name != aside.group(1)) and not _site_trade(ctx, words[:-len(name.split())]):
            continue  # a district's name ending a company's is its brand, unless after its site's trade ("Than")
        pids = {d["province_id"] for d in ctx.gaz.districts.get(fold(name), []) if _spelt_as(d, name)}
        if not pids and brand:  # after a site's trade, its commune before 2025 of one province ("Thủy điện A Vương")
            pids = commune_provinces(name)
        if len(pids) == 1:
            pid = pids.pop()
            row = ctx.gaz.provinces.get(ctx.gaz.earlier_province(pid, ctx.date) or pid)  # Huế's in 2024: Thừa Thiên Huế
            while row is not None and row.get("successor_id") and not valid_on(row, ctx.date, "valid_from", "valid_to"):
                row = ctx.gaz.provinces.get(row["successor_id"])  # Đồng Hới in August 2025: Quảng Trị
            return row["id"] if row else None
    return ward_province(ctx.gaz, label, ctx.date)  # "Công đoàn Cơ quan phường Chánh Hiệp" in 2026: Hồ Chí Minh City


def _spelt_as(district: dict[str, str], name: str) -> bool:
    """Whether ``name`` is the district's short name or a spelling its row lists ("Đăk R'Lấp" for Đắk R'Lấp), with
    the same tones, in any case."""
    low = name.lower()
    return low == district["short_name"].lower() or low in district.get("aliases", "").lower().split(";")


def _site_trade(ctx: Context, before: list[str]) -> bool:
    """Whether a company's name goes on after these words with its site's place: a mine's, a power plant's, a port's
    trade (group ``site_trade``: "Than", "Nhiệt điện", "Cảng") right before it ("Công ty Than | Hạ Long")."""
    folded = " " + fold(" ".join(before))
    return any(folded.endswith(" " + fold(word)) for word in ctx.gaz.words.get("site_trade", ()))


def initial_twin(ctx: Context, label: str) -> Resolved | None:
    """The grassroots unit already named in full whose place a label shortens to an initial ("Trường MN
    N.Trung" after "Trường Mầm non Nghĩa Trung")."""
    m = _INITIAL.search(label)
    if m is None:
        return None
    whole = re.compile(re.escape(label[:m.start()]) + m.group(1) + r"\w* " + re.escape(m.group(2))
                       + re.escape(label[m.end():]) + "$")
    return next((unit for _, unit in ctx.named if unit.level == "grassroots" and whole.search(unit.name)), None)


def abbreviation_twin(ctx: Context, mention: Mention, label: str) -> Resolved | None:
    """The grassroots unit named before when a label repeats its head with an abbreviation the text
    defines in parentheses ("Bệnh viện HNVN-CBĐH" after "Bệnh viện hữu nghị Việt Nam-Cuba Đồng Hới
    (HNVN-CBĐH)"): the latest one with that head."""
    head, _, abbr = label.rpartition(" ")
    if not head or not _ABBR.fullmatch(abbr) or f"({abbr})" not in ctx.original:
        return None
    before = [(start, unit) for start, unit in ctx.named
              if start < mention.start and unit.level == "grassroots" and head.lower() in unit.name.lower()]
    return max(before, key=lambda item: item[0])[1] if before else None


def spelt_acronym(ctx: Context, label: str) -> str | None:
    """A label ending in an acronym of a name's syllables ("Trung tâm QH&ĐTTNNQG") as the passage writes
    that name in full with the same head ("Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia";
    "và" is "&"), or None. Lower-case words after the acronym stay ("Ngân hàng CSXH tỉnh": "Ngân hàng
    Chính sách xã hội tỉnh"). A national body's acronym and a province's name is spelt out from the gazetteer
    ("NHCSXH Lai Châu": "Ngân hàng Chính sách xã hội tỉnh Lai Châu", enrich/unitnational.py)."""
    national = spelt_branch(ctx.gaz, label)
    if national is not None:
        return national
    if " " not in label and _ABBR.fullmatch(label):
        return defined_acronym(ctx, label)
    words = label.split(" ")
    cut = len(words)
    while cut > 2 and words[cut - 1].islower():
        cut -= 1
    tail = "".join(" " + w for w in words[cut:])
    head, _, abbr = " ".join(words[:cut]).rpartition(" ")
    letters = abbr.replace("&", "")
    if not head or len(letters) < 4 or not _ABBR.fullmatch(abbr):
        return None
    want = abbr.upper()
    for m in re.finditer(re.escape(head) + " ", ctx.text):
        words = [t for t, _, _ in tokens(ctx.text, m.end(), len(abbr)) if t.isalpha()]
        spelt, count = "", 0
        for word in words:
            spelt += "&" if word == "và" else word[:1].upper()
            count += 1
            if spelt == want or spelt.replace("&", "") == want:
                return f"{head} {' '.join(words[:count])}{tail}"
            if not want.startswith(spelt) and not want.replace("&", "").startswith(spelt.replace("&", "")):
                break
    return None


def defined_acronym(ctx: Context, acronym: str) -> str | None:
    """The organisation an acronym stands for where the passage defines it in parentheses right after the name
    written in full ("Trường Đại học Kinh tế – Kỹ thuật Bình Dương (BETU)"): the capitalised run before the
    parenthesis from its first organisation head (groups ``org``, ``corp``), or None."""
    at = ctx.original.find(f" ({acronym})")  # the view leaves such a parenthesis out
    if at == -1:
        return None
    words = ctx.original[max(0, at - 120):at].split(" ")
    heads = ctx.gaz.words.get("org", ()) + ctx.gaz.words.get("corp", ())
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in ("–", "-", "và")
                         or (start > 1 and words[start - 2][:1].isupper() and words[start - 1].isalpha())):
        start -= 1
    for i in range(start, len(words)):
        name = " ".join(words[i:])
        if name.startswith(tuple(h + " " for h in heads)) and len(words) - i >= 2:
            return name
    return None


def prefix_twin(ctx: Context, mention: Mention, label: str) -> Resolved | None:
    """The grassroots unit named before whose name a label shortens to its first words ("Công đoàn Văn
    phòng Sở" after "Công đoàn cơ sở Văn phòng Sở Nông nghiệp và Phát triển nông thôn") or writes with an
    abbreviated legal form ("Công ty CP X" after "Công ty Cổ phần X"): the latest one."""
    if " " not in label or not any(unit.level == "grassroots" for _, unit in ctx.named):
        return None
    key = _org_key(ctx, label)
    before = [(start, unit) for start, unit in ctx.named if start < mention.start and unit.level == "grassroots"
              and _org_key(ctx, unit.name.removeprefix("Công đoàn ").removeprefix("cơ sở ")).startswith(key)]
    return max(before, key=lambda item: item[0])[1] if before else None


def short_school_twin(ctx: Context, mention: Mention, label: str) -> Resolved | None:
    """The one school named before whose name ends with the name a label gives after the head "Trường" alone
    ("Trường Chinh" after "Trường THPT Trường Chinh", "Trường Lê Lợi" after "Trường THCS Lê Lợi"): the school
    written short. A label that writes a level ("Trường THPT Lê Lợi") or only lower-case words is no short form,
    and two such schools named before leave it as written."""
    head, _, rest = label.partition(" ")
    if head != "Trường" or not rest or not all(w[:1].isupper() for w in rest.split()):
        return None
    levels = ctx.gaz.words.get("school_head", ()) + _LEVEL_WORDS
    if any(fold(rest + " ").startswith(fold(level) + " ") for level in levels):
        return None
    found = {unit.unit_id: unit for start, unit in ctx.named if start < mention.start and unit.level == "grassroots"
             and _school_ending(unit.name, rest)}
    return next(iter(found.values())) if len(found) == 1 else None


_LEVEL_WORDS = ("Đại học", "Học viện", "Cao đẳng", "Trung cấp", "Trung học", "Phổ thông")


def _school_ending(name: str, rest: str) -> bool:
    name = name.removeprefix("Công đoàn ").removeprefix("cơ sở ")
    return name.startswith("Trường ") and name.endswith(" " + rest) and len(name) > len(rest) + len("Trường ")


_PLACE_TYPE = re.compile(r" (?:huyện|quận|thị xã|tỉnh|thành phố) (?=[A-ZĐ])")
_PLACE_TAIL = re.compile(r" (?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố) [A-ZĐ]\w*(?: [A-ZĐ]\w*){0,3}$")


def place_twin(ctx: Context, mention: Mention, label: str) -> Resolved | None:
    """The grassroots unit named before that a label names again with its place's type left out
    ("Trung tâm Y tế Hữu Lũng" after "Trung tâm Y tế huyện Hữu Lũng") or with a place added at its end
    ("Trường Mầm non Sơn Ca xã Bản Công" after "Trường Mầm non Sơn Ca"): the first one."""
    untyped, untailed = _PLACE_TYPE.sub(" ", label), _PLACE_TAIL.sub("", label)
    for start, unit in ctx.named:
        if start >= mention.start or unit.level != "grassroots":
            continue
        name = unit.name.removeprefix("Công đoàn ").removeprefix("cơ sở ")
        if name != label and (_org_key(ctx, _PLACE_TYPE.sub(" ", name)) == _org_key(ctx, untyped)
                              or (untailed != label and _org_key(ctx, name) == _org_key(ctx, untailed))):
            return unit
    return None


def _placed(label: str, whole: bool = False) -> bool:
    """Whether a label holds (or, ``whole``, is) a typed place: "huyện Ân Thi", "tỉnh Cao Bằng"."""
    found = _ANY_PLACE.match(label) if whole else _ANY_PLACE.search(label)
    return found is not None and (found.group(1).isupper() or found.group(1).isdigit())


def _org_key(ctx: Context, name: str) -> str:
    """An organisation's name folded, its legal form spelt out (group ``legal_abbr``: "CP" -> "Cổ phần"),
    in spaces: "Công ty CP X" and "Công ty Cổ phần X" have one key."""
    return _folded_key(ctx.gaz.words.get("legal_abbr", ()), name)


@lru_cache(maxsize=4096)
def _folded_key(abbreviations: tuple[str, ...], name: str) -> str:
    table = _abbreviation_table(abbreviations)
    return " " + " ".join(table.get(w, w) for w in fold(name).split()) + " "


@cache
def _abbreviation_table(abbreviations: tuple[str, ...]) -> dict[str, str]:
    return {fold(a): fold(b) for a, _, b in (item.partition("=") for item in abbreviations)}


def full_label(ctx: Context, label: str, pid: str | None) -> str:
    """A grassroots unit's organisation named in full from the source: the source's own name when the
    label is its first words and the rest a place ("Trung tâm Y tế" on the site of "Trung tâm Y tế huyện
    Ân Thi") or names on what the label cut short ("Bệnh viện Trường" on the site of "Bệnh viện Trường Đại
    học Y Dược Huế"), a provincial department with its province ("Văn phòng Sở Y tế" on the provincial
    union's portal, named or known only by its province: "... tỉnh Cao Bằng")."""
    src = ctx.source_unit
    if src is not None and label == src.name:
        return expand(label)  # the source's own name, its abbreviations spelt out as a passage's are ("... TP.HCM")
    if _placed(label):
        return label
    if src is None and ctx.site_body:
        own = _site_body(ctx, label, pid)
        if own is not None:
            return own
    if src is None and ctx.source_level is None:
        return _province_named(ctx, label, pid) or label
    if src is not None and fold(src.name).startswith(fold(label) + " "):
        rest = src.name[len(label) + 1:]  # a place, its type capitalised or not ("Thành phố Hồ Chí Minh")
        if _placed(rest, whole=True) or _placed(rest[:1].lower() + rest[1:], whole=True) \
                or _placed(_after_lower_words(rest), whole=True):  # "Viện kiểm sát" of "... nhân dân tỉnh X"
            return expand(src.name)
        return expand(src.name) if rest[:1].isupper() and _kind_ended(ctx, label) else label
    agency = label.startswith(tuple(w + " " for w in ctx.gaz.words.get("province_agency", ())))
    level = src.level if src is not None else ctx.source_level  # a portal known only by its province
    if level == "province" and pid and pid == ctx.source_province:
        body = _province_body(ctx, label, pid)
        if body is not None:
            return body
        row = _province_row(ctx, pid)
        if agency and row and not _ends_with(label, row):
            return f"{label} {row['type']} {row['short_name']}"
        return _union_in_capitals(ctx, label, pid) or label
    return label


def _after_lower_words(rest: str) -> str:
    """What follows the lower-case words a body's name goes on with before its place ("nhân dân tỉnh X": "tỉnh X")."""
    words = rest.split(" ")
    at = 0
    while at < len(words) - 1 and words[at].isalpha() and words[at] == words[at].lower() \
            and not _ANY_PLACE.match(" ".join(words[at:at + 3])):
        at += 1
    return " ".join(words[at:])


def _site_body(ctx: Context, label: str, pid: str | None) -> str | None:
    """On a body's own site (its host, enrich/data/site_bodies.csv), a union of that body written bare or cut before
    the body's lower-case words ("Viện kiểm sát" on a procuracy's site): the body in full with the one district or town
    of that province the passage names the body in ("... nhân dân thị xã Tân Châu"), else with the province the union
    lies in ("Viện kiểm sát nhân dân tỉnh Trà Vinh"); None without a province."""
    body = ctx.site_body or ""
    if not pid or not (fold(body) == fold(label) or fold(body).startswith(fold(label) + " ")):
        return None
    rest = body[len(label):]
    if rest != rest.lower():
        return None
    named = _body_district(ctx, body, pid)
    if named is not None:
        return f"{body} {named['type']} {named['short_name']}"
    row = _province_row(ctx, pid)
    return f"{body} {row['type']} {row['short_name']}" if row is not None else None


@lru_cache(maxsize=64)
def _body_then_district(body: str, typed: bool) -> re.Pattern[str]:
    kind = r" (huyện|quận|thị xã|thành phố) " if typed else r" (?:(huyện|quận|thị xã|thành phố) )?"
    return re.compile(re.escape(body) + kind, re.IGNORECASE)


def _body_district(ctx: Context, body: str, pid: str, typed: bool = True) -> dict[str, str] | None:
    """The one district or town of the province ``pid`` the passage names a body in ("Viện kiểm sát nhân dân thị xã
    Tân Châu", "VKSND huyện Chợ Mới" spelt out; not ``typed``, also with the district's name alone: "Phòng GDĐT Phú
    Giáo"): the body's own, where its union is written bare; None where the passage names none, or two."""
    text = expand(ctx.text)
    found: dict[str, dict[str, str]] = {}
    for match in _body_then_district(body, typed).finditer(text):
        kind = (match.group(1) or "").lower()
        rows = [d for name, _ in cap_run(text, match.end()) for d in ctx.gaz.districts.get(fold(name), [])
                if d["province_id"] == pid and d["type"] == (kind or d["type"])]
        row = next((d for d in rows if valid_on(d, ctx.date, "valid_from", "valid_to")), rows[0] if rows else None)
        if row is not None:
            found[row["id"]] = row
    return next(iter(found.values())) if len(found) == 1 else None


def _ends_with(label: str, row: dict[str, str]) -> bool:
    """Whether a label already ends with its province's name, untyped ("Chi cục Kiểm lâm Bình Dương")."""
    return fold(label).endswith(" " + fold(row["short_name"]))


def _province_row(ctx: Context, pid: str) -> dict[str, str] | None:
    return ctx.gaz.find_province(ctx.gaz.province_label(pid, ctx.date) or "", ctx.date)


def _province_body(ctx: Context, label: str, pid: str) -> str | None:
    """A province's body named by its level (group ``province_body``: "Ban Nội chính Tỉnh ủy", "cơ quan Tỉnh
    đoàn") with the province's name, as the body is called: "... Tỉnh ủy Thừa Thiên Huế"."""
    if not label.endswith(tuple(" " + w for w in ctx.gaz.words.get("province_body", ()))):
        return None
    row = _province_row(ctx, pid)
    return (label if _ends_with(label, row) else f"{label} {row['short_name']}") if row else None


def _province_named(ctx: Context, label: str, pid: str | None) -> str | None:
    """On a page no source places, a provincial body's name with its province: a body named by its level
    ("Ban Nội chính Tỉnh ủy"), or a department (group ``province_agency``) that the passage itself writes with
    the province the unit lies in ("Sở Khoa học và Công nghệ tỉnh Cao Bằng" for "công đoàn cơ sở Sở KH&CN") or that
    names no other province and that province's federation ("Đại hội Công đoàn Thành phố Hồ Chí Minh" beside "Công
    đoàn Sở GTVT"; a province named alone may be where the department works, not its own), or a
    district's office (group ``district_agency``) it writes with one district of that province ("Phòng GDĐT Phú Giáo")."""
    if not pid:
        return None
    body = _province_body(ctx, label, pid)
    if body is not None:
        return body
    if label.startswith(tuple(w + " " for w in ctx.gaz.words.get("district_agency", ()))) and not _placed(label):
        office = _body_district(ctx, label, pid, typed=False)  # "Phòng Giáo dục và Đào tạo" of "Phòng GDĐT Phú Giáo"
        if office is not None:
            return f"{label} {office['type']} {office['short_name']}"
    if not label.startswith(tuple(w + " " for w in ctx.gaz.words.get("province_agency", ()))):
        return _union_in_capitals(ctx, label, pid)
    row = _province_row(ctx, pid)
    if row is None or _ends_with(label, row):
        return None
    place = f" {row['type']} {row['short_name']}"
    if ctx.expanded_fold is None:  # once an article, whichever of its departments asks first
        ctx.expanded_fold = fold(expand(ctx.text))
    text = ctx.expanded_fold
    found = any(fold(name) + fold(place) in text for name in dict.fromkeys((label, expand(label))))
    return label + place if found or _province_union_named(ctx, pid) else None


def _province_union_named(ctx: Context, pid: str) -> bool:
    """Whether the passage names no province but ``pid`` and names its federation ("Đại hội Công đoàn Thành phố Hồ
    Chí Minh", "Liên đoàn Lao động thành phố"): a department written bare beside them is that province's."""
    return ctx.provinces() == [pid] and any(u.level == "province" and u.province_id == pid for _, u in ctx.named)


_CAPITAL_HEADS = ("CÔNG ĐOÀN ", "CÔNG ĐOÀN CƠ SỞ ", "CĐCS ", "Công đoàn ", "Công đoàn cơ sở ")  # the view spells "CĐCS" out


def _union_in_capitals(ctx: Context, label: str, pid: str | None) -> str | None:
    """A grassroots union's organisation with the province it lies in, where the passage (a title, a header) writes
    the union in capitals with its head, the organisation and that province right after it ("CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN
    DA LIỄU THÀNH PHỐ CẦN THƠ" for "Công đoàn cơ sở Bệnh viện Da Liễu"), a name the rules do not read from capitals;
    never a place written after another body, nor another province than the unit's."""
    written = label.upper()
    at = ctx.text.find(written) if pid else -1
    if at < 0:
        return None
    row = _province_row(ctx, pid or "")
    if row is None or _ends_with(label, row):
        return None
    place = f" {row['type']} {row['short_name']}"
    after = written + place.upper()
    while at >= 0:
        end = at + len(after)
        if ctx.text.startswith(after, at) and not ctx.text[end:end + 1].isalnum() \
                and ctx.text.endswith(_CAPITAL_HEADS, 0, at):
            return label + place
        at = ctx.text.find(written, at + 1)
    return None


_TYPE_ENDS = tuple(" " + fold(t) for t in ("tỉnh", "thành phố", "huyện", "quận", "thị xã"))


def _kind_ended(ctx: Context, label: str) -> bool:
    """Whether a label ends with a word that names a kind of body, not the body ("Bệnh viện Trường", "Trường THPT
    Chuyên"; groups ``org``, ``corp``, ``school_head``, ``kind_end``), or with a place type ("... bệnh tật tinh")."""
    words = ctx.gaz.words
    folded = fold(label)
    kinds = words.get("org", ()) + words.get("corp", ()) + words.get("school_head", ()) + words.get("kind_end", ())
    return folded.endswith(_TYPE_ENDS) or any(folded.endswith(" " + fold(kind)) for kind in kinds)


def institution_province(ctx: Context, label: str) -> str | None:
    """Province id, on the article date, of a well-known hospital or university (institutions.csv) a label
    names: "Bệnh viện Bạch Mai" is in Hà Nội whatever page names it."""
    key = fold(label)
    pid = ctx.gaz.institutions.get(key)
    if pid is None and " (" in label:
        pid = ctx.gaz.institutions.get(fold(label[:label.index(" (")]))
    row = ctx.gaz.provinces.get(pid or "")
    while row is not None and row.get("successor_id") and row.get("valid_to") and (ctx.date or "") > row["valid_to"]:
        row = ctx.gaz.provinces.get(row["successor_id"])
    return row["id"] if row else None


def capital_seat(ctx: Context, label: str) -> str | None:
    """Hà Nội's id for a central agency's head office (group ``capital_seat``: "Tổng cục ...", "Cơ quan Tổng cục
    ..."), a body's head office named with its central level ("Cơ quan NHNN Trung ương"), or a centre, institute or
    academy (group ``capital_body``) whose name ends with its national or central level (group ``capital_level``:
    "Trung tâm Lưu trữ Quốc gia", "Viện Dinh dưỡng Trung ương"): where the central state bodies sit."""
    low = label.lower()
    words = ctx.gaz.words
    office = low.startswith("cơ quan ") and low.endswith(" trung ương")
    national = low.startswith(tuple(w.lower() + " " for w in words.get("capital_body", ()))) and \
        low.endswith(tuple(" " + w.lower() for w in words.get("capital_level", ())))
    heads = tuple(w.lower() + " " for w in words.get("capital_seat", ()))
    if not office and not national and not low.removeprefix("cơ quan ").startswith(heads):
        return None
    row = ctx.gaz.find_province("Hà Nội", ctx.date)
    return row["id"] if row else None


_UNIVERSITY_HEADS = ("trường đại học ", "đại học ", "học viện ", "trường cao đẳng ")


def university_province(ctx: Context, label: str) -> str | None:
    """Province id of a university, academy or college whose own name ends with its province ("Trường Đại học Y
    Dược Hải Phòng"), or of a central hospital named so ("Bệnh viện đa khoa Trung ương Thái Nguyên"), which the
    passage's other units do not move ("... Hải Phòng" among Cần Thơ's, "... Thái Nguyên" beside Bạch Mai): a school
    below them is left to the passage, since many are named after a place elsewhere ("Trường THCS Thái Nguyên")."""
    low = label.lower()
    if not low.startswith(_UNIVERSITY_HEADS) and not (low.startswith("bệnh viện ") and " trung ương " in low):
        return None
    words = label.split()
    for n in (3, 2, 1):  # one word: "Trường Đại học Y Dược Huế"
        if len(words) > n + 2:
            row = ctx.gaz.find_province(" ".join(words[-n:]), ctx.date)
            if row is not None:  # after the reform, the province it joined (as ``typed_province``); before the
                # city of Huế was set up (2025-01-01), the province it was part of then (Thừa Thiên Huế)
                if ctx.date and ctx.date >= REFORM_START:
                    return ctx.gaz.new_province_id(row["id"])
                return ctx.gaz.earlier_province(row["id"], ctx.date) or row["id"]
    return None


def typed_province(ctx: Context, label: str) -> str | None:
    """Province id a grassroots unit's own name gives with its type ("Sở Y tế tỉnh Bắc Kạn" on another
    province's page)."""
    m = _TYPED_IN_LABEL.search(label)
    row = next((ctx.gaz.find_province(n, ctx.date) for n, _ in cap_run(label, m.end())
                if ctx.gaz.find_province(n, ctx.date)), None) if m else None
    if row is None:
        return None
    return ctx.gaz.new_province_id(row["id"]) if ctx.date and ctx.date >= REFORM_START else row["id"]


def inner_province(ctx: Context, label: str) -> str | None:
    """Province id a corporation's name holds, of two or three words ("Tổng Công ty Công nghiệp Sài Gòn
    TNHH MTV", "Tổng công ty Cao su Đồng Nai"), the last one first."""
    words = label.split()
    for n in (3, 2):
        for i in range(len(words) - n, 0, -1):
            row = ctx.gaz.find_province(" ".join(words[i:i + n]), ctx.date)
            if row is not None:
                return row["id"]
    return None
