#!/usr/bin/env python3
"""Checks partner-center-customers.yaml and samples/ against each other.

Run from anywhere: python3 spec/check-spec.py
Needs PyYAML, openapi-spec-validator and openapi-schema-validator (pip names as written).

1. The spec is a valid OpenAPI 3.0 description.
2. Every example that names an `x-sample-file` holds the same JSON value as that file.
3. Every example value (and every parameter `example`) is valid against its schema; a reference
   written as `{allOf: [X], nullable: true}` accepts X or null.
4. Every samples/*.json file parses, except the `*.published.json` files, which are kept as
   published and must NOT parse (if one does, it needs no repaired copy: rename it).
5. Every file in samples/ is listed in samples/README.md, and every `x-sample-file` and
   `x-sample-transcript` names an existing file.
Exit code 0 when everything holds; otherwise each problem is printed and the exit code is 1.
"""
import json
import os
import sys

import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from openapi_spec_validator import validate as validate_spec
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.path.join(HERE, "partner-center-customers.yaml")
SAMPLES = os.path.join(HERE, "samples")
BASE = "urn:partner-center-customers"

problems = []


def problem(text):
    problems.append(text)


def pointer(path):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def walk(node, path):
    yield node, path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, path + [key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, path + [index])


def nullable_references(node):
    """A copy in which `{allOf: [X], nullable: true}` reads as "X or null".

    The spec writes a nullable reference that way (see info.description): the usual OpenAPI 3.0
    idiom, which NSwag and our generator honour, but which a strict 3.0.3 validator reads as
    "X, and never null" because `nullable` applies only to a `type` beside it.
    """
    if isinstance(node, list):
        return [nullable_references(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {key: nullable_references(value) for key, value in node.items()}
    if copy.get("nullable") is True and "type" not in copy and isinstance(copy.get("allOf"), list) \
            and len(copy["allOf"]) == 1:
        copy["anyOf"] = [copy.pop("allOf")[0], {"enum": [None]}]
        del copy["nullable"]
    return copy


def main():
    with open(SPEC, encoding="utf-8") as f:
        spec = yaml.safe_load(f)

    try:
        validate_spec(spec)
    except Exception as error:  # the validator raises one of several exception types
        problem(f"spec: not valid OpenAPI: {error}")

    registry = Registry().with_resource(
        BASE, Resource.from_contents(nullable_references(spec), default_specification=DRAFT4))

    def check_value(value, schema_path, where):
        validator = OAS30Validator(
            {"$ref": f"{BASE}#{pointer(schema_path)}"}, registry=registry, format_checker=oas30_format_checker)
        for error in validator.iter_errors(value):
            location = "/".join(str(p) for p in error.absolute_path) or "(root)"
            problem(f"{where}: at {location}: {error.message}")

    referenced = set()
    for node, path in walk(spec, []):
        if not isinstance(node, dict):
            continue
        where = pointer(path)
        if "schema" in node and isinstance(node.get("examples"), dict):
            for name, example in node["examples"].items():
                if "$ref" in example:
                    continue
                sample = example.get("x-sample-file")
                if sample is not None:
                    referenced.add(os.path.normpath(os.path.join(HERE, sample)))
                    try:
                        with open(os.path.join(HERE, sample), encoding="utf-8") as f:
                            expected = json.load(f)
                        if expected != example.get("value"):
                            problem(f"{where}/examples/{name}: value differs from {sample}")
                    except (OSError, ValueError) as error:
                        problem(f"{where}/examples/{name}: cannot read {sample}: {error}")
                if "value" in example:
                    check_value(example["value"], path + ["schema"], f"{where}/examples/{name}")
        if "schema" in node and "example" in node and "in" in node:
            check_value(node["example"], path + ["schema"], f"{where}/example")
        transcripts = node.get("x-sample-transcript")
        if transcripts is not None:
            for transcript in transcripts if isinstance(transcripts, list) else [transcripts]:
                full = os.path.normpath(os.path.join(HERE, transcript))
                referenced.add(full)
                if not os.path.isfile(full):
                    problem(f"{where}: x-sample-transcript {transcript} does not exist")

    with open(os.path.join(SAMPLES, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    for name in sorted(os.listdir(SAMPLES)):
        full = os.path.join(SAMPLES, name)
        if name == "README.md" or not os.path.isfile(full):
            continue
        if f"`{name}`" not in readme:
            problem(f"samples/{name}: not listed in samples/README.md")
        if name.endswith(".json"):
            try:
                with open(full, encoding="utf-8") as f:
                    json.load(f)
                parses = True
            except ValueError:
                parses = False
            if name.endswith(".published.json") and parses:
                problem(f"samples/{name}: parses, so it needs no .published copy")
            if not name.endswith(".published.json") and not parses:
                problem(f"samples/{name}: is not valid JSON")

    for text in problems:
        print(text)
    print(f"{len(problems)} problem(s)" if problems else "spec and samples: OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
