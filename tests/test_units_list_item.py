"""A list item the rules read short, in a list of grassroots unions after a colon, is read whole up to its separator
where the learned reader may end it there (no limit of its model file holds that end), whatever its weights
(enrich/unitlistitem.py; b11u062's form). With the rules alone the item read short is left out and the list goes on,
and where a limit or a clause's predicate holds the end ("tổ chức", "đã", "được") no name is read on into the
clause. The sentences are composed for the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from enrich import tag, unitedge

LIST = ("Đoàn trao quà cho đoàn viên tại các CĐCS: Trường Mầm non Hoa Cúc, Ban quản lý Dự án đầu tư xây dựng và Công "
        "trình công cộng, Công ty TNHH Minh Phát; mỗi suất 10 kg.")
OTHERS = {"Công đoàn cơ sở Trường Mầm non Hoa Cúc", "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Minh Phát"}
WHOLE = "Công đoàn cơ sở Ban quản lý Dự án đầu tư xây dựng và Công trình công cộng"


def names(text: str) -> set[str]:
    return {u.name for u in tag(text, published="2024-05-01").units}


@pytest.fixture
def weightless() -> Iterator[None]:
    """A model with no weights and the shipped model file's limits: every end scores alike, so the rules' end stands."""
    unitedge.use_model(unitedge.EdgeModel({}, 0.0, unitedge.EdgeModel.load(unitedge.MODEL_PATH).limit))
    yield
    unitedge.forget_model()


@pytest.fixture
def rules_alone() -> Iterator[None]:
    unitedge.use_model(None)
    yield
    unitedge.forget_model()


def test_an_item_read_short_is_read_to_its_separator() -> None:
    assert names(LIST) == OTHERS | {WHOLE}


@pytest.mark.usefixtures("weightless")
def test_whatever_the_weights() -> None:
    assert names(LIST) == OTHERS | {WHOLE}
    assert names(LIST.replace("Hoa Cúc,", "Hoa Cúc, Ban quản lý Dự án đầu tư xây dựng huyện Đạ Tẻh,")) == OTHERS | {
        WHOLE, "Công đoàn cơ sở Ban quản lý Dự án đầu tư xây dựng huyện Đạ Tẻh"}


@pytest.mark.usefixtures("rules_alone")
def test_with_the_rules_alone_it_is_left_out() -> None:
    assert names(LIST) == OTHERS


@pytest.mark.parametrize("text", [
    "Đoàn trao quà tại các CĐCS: Trường Mầm non Hoa Cúc, Công ty TNHH Minh Phát tổ chức hội nghị đầu năm, Công ty TNHH "
    "Cơ khí Hòa Lợi; mỗi suất 10 kg.",
    "Đoàn trao quà tại các CĐCS: Trường Mầm non Hoa Cúc, Công ty TNHH Minh Phát đã nhận quà của tỉnh, Công ty TNHH Cơ "
    "khí Hòa Lợi; mỗi suất 10 kg.",
    "Đoàn trao quà tại các CĐCS: Trường Mầm non Hoa Cúc, Công ty TNHH Minh Phát được tặng quà sáng nay, Công ty TNHH Cơ "
    "khí Hòa Lợi; mỗi suất 10 kg.",
])
@pytest.mark.parametrize("model", ["shipped", "weightless"])
def test_an_item_a_limit_holds_is_left_out(text: str, model: str, request: pytest.FixtureRequest) -> None:
    if model == "weightless":
        request.getfixturevalue("weightless")
    # no name read on past "Minh Phát" into the clause
    assert names(text) <= {"Công đoàn cơ sở Trường Mầm non Hoa Cúc", "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Minh Phát",
                           "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Cơ khí Hòa Lợi"}
