"""Fixtures of the core tests: a real data file in a temporary folder."""

import datetime as dt

import pytest

from participa_desktop.core.store import Store
from participa_desktop.core.store.seed import reference_id


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "campo.sqlite", device_name="portátil de prueba")
    yield opened
    opened.close()


@pytest.fixture
def adult():
    """Valid values of an adult participant with consent."""
    return {
        "given_names": "María José",
        "first_surname": "Angulo",
        "second_surname": "Riascos",
        "document_type_id": reference_id("document_type", "CC"),
        "document_number": "1.130.456.789",
        "birth_date": dt.date(1990, 5, 17),
        "consent_date": dt.date(2025, 3, 4),
        "consent_channel": "signed_paper",
        "consent_notice_version": "2025-1",
    }
