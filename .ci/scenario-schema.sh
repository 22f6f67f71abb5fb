#!/usr/bin/env bash
# Checks schemas/scenario.schema.json with an independent JSON Schema implementation (python3-jsonschema):
# the schema is valid draft 2020-12, every shipped scenario conforms to it, and typical mistakes are rejected.
# Installs python3-jsonschema and python3-yaml with apt-get only if they are missing. Exit non-zero on failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! /usr/bin/python3 -c 'import jsonschema, yaml' 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -o DPkg::Lock::Timeout=300
  apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 python3 python3-jsonschema python3-yaml
fi
cd "$here"
/usr/bin/python3 - <<'PY'
import glob, json, sys
import jsonschema, yaml

schema = json.load(open("schemas/scenario.schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
bad = 0
for f in sorted(glob.glob("scenarios/*.yaml")):
    doc = yaml.safe_load(open(f))
    if isinstance(doc, dict) and doc.get("schema") == "treatysim/parameters-1":
        continue
    errors = list(v.iter_errors(doc))
    for e in errors:
        print(f"{f}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    bad += bool(errors)
    print(f"{f}: {'ok' if not errors else 'INVALID'}")

base = {"name": "w", "extends": "baseline.yaml"}
mistakes = {
    "unknown top-level field": {**base, "remove_event": ["x"]},
    "unknown op": {**base, "modify_events": {"x": {"effects": [{"op": "sett", "var": "JP.commitment", "value": 1}]}}},
    "computed variable": {**base, "modify_events": {"x": {"effects": [{"op": "set", "var": "treaty.hazard_annual", "value": 1}]}}},
    "wrong type": {**base, "modify_events": {"x": {"major": "yes"}}},
    "bad month": {**base, "span": {"start": "1956-01", "end": "2025-13"}},
    "override without reason": {**base, "parameters": {"negotiation.h_max": {"value": 0.1}}},
    "effects and add_effects": {**base, "modify_events": {"x": {"effects": [{"op": "channel", "open": True}], "add_effects": [{"op": "channel", "open": True}]}}},
    "base without span": {"name": "b", "parameters_file": "parameters.yaml", "events": []},
}
for what, doc in mistakes.items():
    ok = v.is_valid(doc)
    print(f"mistake '{what}': {'NOT REJECTED' if ok else 'rejected'}")
    bad += ok
sys.exit(1 if bad else 0)
PY
