"""The work list (待办事项) on the home page: order, empty items, the empty card."""

from __future__ import annotations

import datetime as dt


def test_order_and_empty_items_leave_the_list(monkeypatch, filer_a):
    from types import SimpleNamespace

    from fazhi.core import worklist
    from fazhi.core.worklist import WorkItem

    soon, later = dt.date(2026, 5, 1), dt.date(2026, 6, 1)
    module = SimpleNamespace(work_for=lambda user: [
        WorkItem("undated", 2, "/a/"), WorkItem("later", 1, "/b/", due_on=later), WorkItem("none", 0, "/c/"),
        WorkItem("overdue", 3, "/d/", overdue=1, due_on=later), WorkItem("soon", 1, "/e/", due_on=soon)])
    monkeypatch.setattr(worklist, "todo_modules", lambda: [module])
    assert [item.label for item in worklist.work_for(filer_a)] == ["overdue", "soon", "later", "undated"]


def test_an_empty_list_says_so(outsider, evaluator, login):
    for user in (outsider, evaluator):
        html = login(user).get("/").content.decode()
        assert "暂无待办事项" in html


def test_the_card_shows_label_count_overdue_in_words_and_due_date(monkeypatch, filer_a, login):
    from types import SimpleNamespace

    from fazhi.core import worklist
    from fazhi.core.worklist import WorkItem

    module = SimpleNamespace(work_for=lambda user: [
        WorkItem("整改<材料>", 3, "/oversight/problems/?status=open", overdue=2, due_on=dt.date(2026, 1, 5))])
    monkeypatch.setattr(worklist, "todo_modules", lambda: [module])
    html = login(filer_a).get("/").content.decode()
    card = html[html.index('id="worklist"'):html.index("</section>", html.index('id="worklist"'))]
    assert '<a href="/oversight/problems/?status=open">整改&lt;材料&gt;</a> <span class="tag">3</span>' in card
    assert '<strong class="error">其中 2 项已逾期</strong>' in card
    assert '最早期限 <time datetime="2026-01-05">2026-01-05</time>' in card
    assert "暂无待办事项" not in card
