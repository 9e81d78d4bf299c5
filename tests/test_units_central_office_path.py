"""The check of a central agency's office union (enrich/units.py ``_central_office``) against its word group
lower-cased once gives what the group's words lower-cased at each mention give."""

from __future__ import annotations

from enrich.gazetteer import gazetteer
from enrich.unitmention import Mention
from enrich.unitresolve import Context
from enrich.units import _central_office


def plain(label: str, words: tuple[str, ...]) -> bool:
    label = label.lower()
    return any(label == w.lower() or label.startswith(w.lower() + " ") for w in words)


def test_labels_made_from_the_groups_words_read_as_the_words_lower_cased_at_each_mention() -> None:
    gaz = gazetteer()
    words = gaz.words.get("central_office", ())
    assert words
    text = "Công đoàn Văn phòng Quốc hội và Công đoàn cơ sở Văn phòng Chính phủ"
    labels = ["", "Văn phòng", "Cơ quan", "Quốc hội", "X Văn phòng Quốc hội"]
    for w in words:
        labels += [w, w.upper(), w.lower(), w + " tỉnh", w + "X", w[:-1], w + "  Bộ", " " + w, w.title() + " Hà Nội"]
    found = 0
    for label in labels:
        for start in (0, text.index("Công đoàn cơ sở")):
            ctx = Context(gaz, None, text)
            expected = ctx.text[start:start + 16].lower() != "công đoàn cơ sở " and plain(label, words)
            assert _central_office(ctx, Mention(start, start + 10, "grassroots", label=label)) == expected, label
            found += expected
    assert found >= 4 * len(words)
