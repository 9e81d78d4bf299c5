"""Quantified commitments in article text: "phấn đấu đến năm 2025 có 7.500 đoàn viên",
"mỗi năm tăng thêm 500 đoàn viên", "100% doanh nghiệp có từ 20 lao động trở lên".

1. Figures: numbers in Vietnamese notation (7.500, 1.600.000, 2,2 triệu, 85 %) followed by a
   unit of measure from ``MEASURES`` or a percent sign; "từ 8.000 – 11.000" is one range.
2. Qualifiers are not figures: a count of workers after "có từ", "sử dụng", "từ" describes
   which enterprises are meant ("doanh nghiệp có từ 20 lao động trở lên").
3. Commitment or result: the cue closest before the figure in its sentence (outside closed
   parentheses) decides. Cues of
   intent (phấn đấu, chỉ tiêu, mục tiêu, đề ra, đến năm ..., mỗi năm, ít nhất) make a target;
   cues of a result (đã, đạt, vượt, hoàn thành chỉ tiêu, nâng tổng số) do not. No cue, no target.
4. Details: the deadline (the last "đến năm YYYY", "năm YYYY", "giai đoạn/nhiệm kỳ A-B" before
   the figure, else after it in the sentence), the period (mỗi năm, hằng năm), the comparator
   (ít nhất, trở lên, trên, hơn, khoảng) and the kind: share (a percentage), increase (new or
   additional: phát triển mới, kết nạp, thành lập, tăng thêm) or level (a total to reach).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from sqlite_utils import Database

from crawler import store_research
from crawler.textnorm import nfc
from enrich.workers import WorkerPool, batched

# Surface forms (lower case) -> the measure stored; longest forms are tried first.
MEASURES = {
    "đoàn viên công đoàn": "đoàn viên", "đoàn viên": "đoàn viên", "công đoàn viên": "đoàn viên",
    "công đoàn cơ sở": "công đoàn cơ sở", "cđcs": "công đoàn cơ sở",
    "doanh nghiệp": "doanh nghiệp", "dn": "doanh nghiệp",
    "cán bộ công đoàn": "cán bộ công đoàn", "cán bộ": "cán bộ",
    "người lao động": "người lao động", "lao động": "lao động", "công nhân": "công nhân",
    "cnvclđ": "người lao động", "cnvc-lđ": "người lao động", "cnlđ": "người lao động",
    "thỏa ước lao động tập thể": "thỏa ước lao động tập thể", "thỏa ước": "thỏa ước lao động tập thể",
    "mái ấm công đoàn": "mái ấm công đoàn", "cuộc đối thoại": "cuộc đối thoại",
    "triệu đồng": "đồng", "tỷ đồng": "đồng",
}
BATCH = 100  # articles a worker reads targets from at a time
WRITE_BATCH = 500  # articles whose targets are written in one transaction
WORKERS = {"lao động", "người lao động", "công nhân"}
_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}
_MONEY = {"triệu đồng": 1e6, "tỷ đồng": 1e9}

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_MEASURE = "|".join(sorted((re.escape(k) for k in MEASURES), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?<![\w./-])(?P<low>{_NUMBER})(?:\s*(?:–|-|đến)\s*(?P<high>{_NUMBER}))?"
    rf"(?:\s+(?P<scale>nghìn|ngàn|triệu|tỷ)(?!\s+đồng))?"
    rf"\s*(?:(?P<percent>%)|(?P<measure>{_MEASURE})(?!\w))",
    re.IGNORECASE,
)
# Cues of intent (True) and of a result (False); the closest one before a figure decides.
_CUES = [
    (r"hoàn thành (?:và vượt )?chỉ tiêu|vượt chỉ tiêu|nâng tổng số|kết quả|từ đầu năm đến nay", False),
    (r"phấn đấu|chỉ tiêu|mục tiêu|đề ra|đặt ra|kế hoạch|yêu cầu|giao|dự kiến|sẽ|cần", True),
    (r"đến (?:hết )?năm \d{4}|mỗi năm|hằng năm|hàng năm|bình quân mỗi|ít nhất|tối thiểu", True),
    (r"\bđã\b|\bđạt\b|\bvượt\b|được công nhận", False),
]
_CUE = re.compile("|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CUES)), re.IGNORECASE)
# The same cues read on lower-cased text, case-sensitive, behind a look-ahead for their first
# letters: several times quicker than the case-insensitive search, which tries every cue at every
# position. Lower-casing keeps every match when the text keeps its length and has neither "ı" nor
# "ſ" (which the case-insensitive search takes for "i" and "s"); tests hold this for every
# character. The cues are written in lower case.
_CUE_STARTS = "".join(sorted({alt.removeprefix(r"\b")[0] for p, _ in _CUES for alt in re.split(r"\|(?![^(]*\))", p)}))
_CUE_LOWER = re.compile(f"(?=[{_CUE_STARTS}])(?:{_CUE.pattern})")
_CASE_APART = re.compile("[\u0131\u017f]")
_DEADLINE = re.compile(
    r"(?:giai đoạn|nhiệm kỳ)\s*\d{4}\s*[-–]\s*(?P<end>\d{4})|đến (?:hết )?(?:năm )?(?P<to>\d{4})"
    r"|năm (?P<year>(?:19|20)\d{2})",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"mỗi năm|hằng năm|hàng năm|mỗi quý|hằng tháng|hàng tháng", re.IGNORECASE)
_QUALIFIER = re.compile(r"(?:có từ|sử dụng|có trên|có dưới|từ|dưới)\s*$", re.IGNORECASE)
_QUALIFIER_CHARS = 8  # the longest qualifier ("sử dụng", "có trên") and one more
_DIGIT = re.compile(r"\d")
_INCREASE = re.compile(
    r"(?:mới|thêm|kết nạp|thành lập|phát triển|giới thiệu|xây dựng|trao|ký kết)\s+(?:được\s+)?"
    r"(?:(?:ít nhất|tối thiểu|trên|hơn|từ)\s+)?$",
    re.IGNORECASE,
)


@dataclass
class Target:
    """One quantified commitment with its evidence span in the text."""

    figure: float
    figure_max: float | None
    figure_text: str
    measure: str
    object: str | None
    comparator: str
    period: str | None
    deadline: int | None
    kind: str
    evidence: str
    start: int
    end: int
    sentence: str

    def as_row(self) -> dict[str, object]:
        """The fields in order (``asdict``'s, without its deep copy of plain values), the
        evidence span last as ``evidence_start`` and ``evidence_end``."""
        row = {name: getattr(self, name) for name in _ROW_FIELDS}
        row["evidence_start"], row["evidence_end"] = self.start, self.end
        return row


_ROW_FIELDS = tuple(f.name for f in fields(Target) if f.name not in ("start", "end"))


def parse_number(text: str) -> float:
    """7.500 -> 7500; 2,2 -> 2.2; 53,55 -> 53.55."""
    return float(text.replace(".", "").replace(",", "."))


def _sentences(text: str) -> list[tuple[int, str]]:
    """(start, text) of sentences: a thousands dot is followed by a digit, never a space."""
    out, start = [], 0
    for match in re.finditer(r"[.!?](?=\s|$)|\n", text):
        out.append((start, text[start : match.end()]))
        start = match.end()
    if start < len(text):
        out.append((start, text[start:]))
    return [(s, t) for s, t in out if t.strip()]


def _qualified(before: str) -> bool:
    """``_QUALIFIER.search(before)``, read on the end of ``before`` only: a qualifier ends the
    text but for spaces, and none is longer than ``_QUALIFIER_CHARS``."""
    spaces = len(before) - len(before.rstrip())
    return _QUALIFIER.search(before[-(spaces + _QUALIFIER_CHARS):]) is not None


def _intent(before: str) -> bool:
    """Whether the cue closest before a figure is one of intent; a closed parenthesis is an
    aside ("(đạt 147% so với chỉ tiêu giao là 6.000)") whose cues reach no further."""
    last = None
    text = re.sub(r"\([^()]*\)", " ", before)
    lowered = text.lower()
    if len(lowered) == len(text) and not _CASE_APART.search(text):
        cues = _CUE_LOWER.finditer(lowered)
    else:
        cues = _CUE.finditer(text)
    for match in cues:
        last = match
    if last is None:
        return False
    index = int(last.lastgroup[1:])  # type: ignore[index]
    return _CUES[index][1]


def _deadline(before: str, after: str) -> int | None:
    found = [m for m in _DEADLINE.finditer(before)]
    if not found:
        found = list(_DEADLINE.finditer(after))[:1]
    if not found:
        return None
    m = found[-1]
    return int(m.group("end") or m.group("to") or m.group("year"))


def _comparator(before: str, after: str, ranged: bool) -> str:
    if ranged:
        return "range"
    near, follow = before[-18:].lower(), after[:12].lower().lstrip()
    if re.search(r"ít nhất|tối thiểu", near) or follow.startswith("trở lên"):
        return ">="
    if re.search(r"(?:trên|hơn|vượt)\s*$", near):
        return ">"
    if re.search(r"(?:không quá|tối đa|dưới)\s*$", near):
        return "<="
    if re.search(r"(?:khoảng|gần|xấp xỉ)\s*$", near):
        return "~"
    return "="


def _object(after: str) -> str | None:
    """The noun phrase a percentage is of: up to the next comma, "và" or clause end."""
    phrase = re.split(r"[,;:.()]|\s(?:và|đồng thời)\s", after, maxsplit=1)[0]
    words = phrase.replace("trở lên", " ").split()
    return " ".join(words[:16]) or None


def find_targets(text: str) -> list[Target]:
    """Every quantified commitment in ``text`` (NFC), in order."""
    text = nfc(text)
    found = []
    for offset, sentence in _sentences(text):
        digit = _DIGIT.search(sentence)  # every figure starts with one: none, nothing to read
        if digit is None:
            continue
        for m in _FIGURE.finditer(sentence, digit.start()):
            before, after = sentence[: m.start()], sentence[m.end() :]
            measure = MEASURES[m.group("measure").lower()] if m.group("measure") else "%"
            ranged = m.group("high") is not None
            if measure in WORKERS and not ranged and _qualified(before):
                continue
            if not _intent(before):
                continue
            scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
            scale *= _MONEY.get((m.group("measure") or "").lower(), 1.0)
            period = _PERIOD.findall(before)
            found.append(Target(
                figure=parse_number(m.group("low")) * scale,
                figure_max=parse_number(m.group("high")) * scale if ranged else None,
                figure_text=m.group(0).strip(),
                measure=measure,
                object=_object(after) if measure == "%" else None,
                comparator=_comparator(before, after, ranged),
                period="annual" if period and "năm" in period[-1].lower() else (period[-1].lower() if period else None),
                deadline=_deadline(before, after),
                kind="share" if measure == "%" else ("increase" if _INCREASE.search(before[-40:]) else "level"),
                evidence=m.group(0).strip(),
                start=offset + m.start(),
                end=offset + m.end(),
                sentence=sentence.strip(),
            ))
    return found


def _nearest(tags: list[dict], start: int | None, sentence_start: int) -> dict | None:
    """The tag whose evidence starts closest before ``start`` within its sentence."""
    if start is None:
        return None
    inside = [t for t in tags if t.get("evidence_start") is not None
              and sentence_start <= t["evidence_start"] <= start]
    return max(inside, key=lambda t: t["evidence_start"]) if inside else None


def _resolution_for(tags: list[dict], start: int | None, sentence_start: int) -> str | None:
    """The resolution cited in the target's sentence, else the article's first citation (its
    subject, usually; title citations come first); None when the article cites nothing."""
    if not tags:
        return None
    chosen = _nearest(tags, start, sentence_start)
    return (chosen or tags[0])["resolution_key"]


def article_targets(article: dict) -> list[dict]:
    """Target rows of one stored article (``store_research.articles_for_targets`` shape): the
    text's targets, then the title's that the text does not repeat, each with its unit and
    resolution."""
    text, title = article["text"] or "", article["title"] or ""
    found = find_targets(text)
    seen = {(t.figure, t.measure) for t in found}
    for t in find_targets(title):
        if (t.figure, t.measure) not in seen:
            t.start = t.end = None  # type: ignore[assignment]  # evidence is in the title
            found.append(t)
    units = article["units"]
    publisher = next((u for u in units if u["role"] == "publisher"), None)
    rows = []
    for t in found:
        sentence_start = text.find(t.sentence) if t.start is not None else -1
        unit = _nearest(units, t.start, sentence_start) if sentence_start >= 0 else None
        unit = unit or publisher
        row = t.as_row()
        row.update(
            unit_id=unit["unit_id"] if unit else article.get("source_unit_id"),
            unit=unit["name"] if unit else article.get("source_name"),
            resolution_key=_resolution_for(article["resolutions"], t.start, max(sentence_start, 0)),
            published_day=article.get("published_day"),
            province=article.get("province"),
        )
        rows.append(row)
    return rows


def targets_batch(articles: list[dict]) -> list[tuple[str, list[dict], str]]:
    """(article id, target rows, content hash) of each article of a batch (run by a worker)."""
    return [(a["id"], article_targets(a), a["content_hash"]) for a in articles]


def update_targets(db: Database, everything: bool = False, workers: WorkerPool | None = None) -> int:
    """Extract targets of tagged articles whose targets are missing or stale (in ``workers``,
    else in this process), written ``WRITE_BATCH`` articles a transaction; returns how many
    targets were written."""
    written = 0
    articles = batched(store_research.articles_for_targets(db, everything), BATCH)
    pending: list[tuple[str, list[dict], str]] = []
    for done in (workers or WorkerPool(1)).map(targets_batch, articles):
        pending += done
        written += sum(len(rows) for _, rows, _ in done)
        if len(pending) >= WRITE_BATCH:
            store_research.replace_targets(db, pending)
            pending = []
    if pending:
        store_research.replace_targets(db, pending)
    return written
