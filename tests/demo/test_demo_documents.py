"""The demo sets the database up as the district bureau (with enforcement power) and leaves documents of every kind:
the bureau's records, orders and re-inspection opinions, two street offices' notices, one voided and issued again."""

from __future__ import annotations

from collections import Counter

from safety_desk.demo.generate import generate_demo
from safety_desk.services import documents as ds
from safety_desk.services.issuing_unit import current_unit
from safety_desk.store import Store


def test_demo_issues_every_kind_and_leaves_the_district_unit_configured(tmp_path):
    store = Store.open(tmp_path / "demo.db")
    summary = generate_demo(store=store)
    documents = ds.list_documents(store=store)
    assert summary.documents == len(documents)
    kinds = Counter(d.kind for d in documents)
    assert kinds["record"] >= 2 and kinds["order"] >= 2 and kinds["review"] >= 1 and kinds["notice"] >= 3
    assert {d.unit for d in documents if d.kind == "notice"} == {"济南市天桥区泺口街道办事处", "济南市天桥区北园街道办事处"}
    voided = [d for d in documents if d.status == "void"]
    assert len(voided) == 1 and voided[0].void_reason
    assert current_unit(store=store).enforcement_power
    orders = sorted(d.seq for d in documents if d.kind == "order")
    assert orders == list(range(1, len(orders) + 1))
    assert ds.number_clashes(store=store) == {}
    store.close()
