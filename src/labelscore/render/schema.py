"""The JSON Schema of an application file, for editors."""

from __future__ import annotations

import json

from labelscore.models.application import Application

SCHEMA_DIALECT = "http://json-schema.org/draft-07/schema#"


def application_schema() -> str:
    schema = Application.model_json_schema()
    document = {"$schema": SCHEMA_DIALECT, **schema}
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
