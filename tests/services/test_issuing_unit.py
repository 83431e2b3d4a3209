import pytest

from safety_desk.domain.issuing_unit import DEFAULT_REVIEW_BODY, IssuingUnit
from safety_desk.errors import ValidationError
from safety_desk.services.issuing_unit import current_unit, set_unit
from safety_desk.store import Store


def test_unit_is_empty_until_set_and_survives_reopen(tmp_path):
    path = tmp_path / "u.db"
    store = Store.open(path)
    assert current_unit(store=store) == IssuingUnit()
    assert not current_unit(store=store).configured
    set_unit(store=store, unit=IssuingUnit(name="济南市天桥区应急管理局", short_name="天桥", enforcement_power=True))
    again = current_unit(store=Store.open(path))
    assert again.name == "济南市天桥区应急管理局" and again.short_name == "天桥" and again.enforcement_power
    assert again.review_body == DEFAULT_REVIEW_BODY


def test_bad_unit_refused_naming_the_field(tmp_path):
    store = Store.open(tmp_path / "u.db")
    with pytest.raises(ValidationError) as err:
        set_unit(store=store, unit=IssuingUnit(name="泺口街道办事处"))
    assert "short_name" in err.value.problems
    with pytest.raises(ValidationError) as err:
        set_unit(store=store, unit=IssuingUnit(name="x" * 61, short_name="泺口"))
    assert "name" in err.value.problems
    assert current_unit(store=store) == IssuingUnit()
