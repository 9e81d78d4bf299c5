"""'Công đoàn xã hội ...' names no commune's union: a bare 'Công đoàn xã' followed by 'hội' ('xã hội', social)
completes nothing (enrich/unitareas.py commune_unit), even where the passage names one commune of that type. The
sentences are composed for the test."""

from __future__ import annotations

from tests import unit_tags


def test_social_is_no_commune():
    text = "Tại xã Bình Mỹ, TP.HCM, Công đoàn xã hội nghề nghiệp tổ chức hội thảo."
    assert unit_tags.units(text, date="2026-01-10") == set()


def test_a_bare_commune_union_after_the_reform_still_reads():
    text = "Tại xã Bình Mỹ, TP.HCM, Công đoàn xã họp hội nghị đoàn viên."
    assert unit_tags.units(text, date="2026-01-10") == {("Công đoàn xã Bình Mỹ", "commune", "Hồ Chí Minh")}
