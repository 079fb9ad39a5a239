#!/usr/bin/env python3
"""Converts the KICS Terraform test samples of the queries in queries.json to Terraform JSON.

Requires python-hcl2 8.x (PyPI). Install it into a git-ignored virtualenv, then run:

    python3 -m venv .bench-tools/hcl2-venv
    .bench-tools/hcl2-venv/bin/pip install 'python-hcl2==8.1.4'
    .bench-tools/hcl2-venv/bin/python tools/policy/corpus/kics/convert.py \
        --git /path/to/kics/.git --commit <sha> [--out .bench-tools/policy-corpus/kics]

--git is a clone of Checkmarx/kics (or a fork that holds the commit); samples are read with
`git show <commit>:<path>`, never from a work tree, so the commit recorded is the commit read.

Writes <out>/<query>/<sample>.tf.json (the Terraform JSON Terraform itself would accept for the sample)
and <out>/manifest.json: the source repository and commit, and for every sample its path, the sha256 of
the HCL, whether KICS expects findings (positive) or none (negative), and the Terraform addresses KICS
expects findings on (the block that contains each line of positive_expected_result.json).
The converted samples are KICS's test data: keep them out of commits (see tools/policy/README.md).
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys

try:
    import hcl2
    from hcl2.utils import SerializationOptions
except ImportError:  # pragma: no cover - a setup error, reported plainly
    sys.exit(
        "convert.py needs python-hcl2 8.x: python3 -m venv .bench-tools/hcl2-venv && "
        ".bench-tools/hcl2-venv/bin/pip install 'python-hcl2==8.1.4', then run it with that python"
    )

HERE = os.path.dirname(os.path.abspath(__file__))
QUERIES_DIR = "assets/queries/terraform/aws"
META = {"__start_line__", "__end_line__", "__is_block__", "__comments__", "__inline_comments__"}
OPTIONS = SerializationOptions(with_comments=False, strip_string_quotes=True, preserve_heredocs=False)
# A top-level block header: `resource "aws_s3_bucket" "b" {`, `data "x" "y" {`, `module "m" {`, `variable "v" {`.
BLOCK = re.compile(r'^(resource|data|module|variable|provider|locals|output|terraform)\b\s*(?:"([^"]+)"\s*)?(?:"([^"]+)"\s*)?\{?')


def git(repo, *args):
    result = subprocess.run(["git", "--git-dir", repo, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"git {' '.join(args)} failed in {repo}: {result.stderr.strip()}")
    return result.stdout


def unquote(key):
    return key[1:-1] if len(key) >= 2 and key[0] == '"' and key[-1] == '"' else key


def clean(value):
    """An hcl2 value as Terraform JSON: metadata dropped, quoted keys unquoted, dynamic blocks in JSON form."""
    if isinstance(value, list):
        return [clean(item) for item in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key in META:
            continue
        if key == "dynamic":
            out["dynamic"] = dynamic_section(item)
            continue
        out[unquote(key)] = clean(item)
    return out


def dynamic_section(items):
    """`dynamic "label" { for_each, iterator, content {} }` blocks as `{label: spec | [spec, ...]}`."""
    section = {}
    for block in items if isinstance(items, list) else [items]:
        for label, spec in block.items():
            label = unquote(label)
            spec = clean(spec)
            content = spec.get("content")
            if isinstance(content, list):
                spec["content"] = content[0] if content else {}
            if label in section:
                previous = section[label]
                section[label] = (previous if isinstance(previous, list) else [previous]) + [spec]
            else:
                section[label] = spec
    return section


def block_starts(text):
    """(first line, address or None) of every top-level block, in order (python-hcl2 8 has no line metadata)."""
    starts = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = BLOCK.match(line)
        if not match:
            continue
        kind, first, second = match.groups()
        address = None
        if kind == "resource" and second:
            address = f"{first}.{second}"
        elif kind == "data" and second:
            address = f"data.{first}.{second}"
        elif kind == "module" and first:
            address = f"module.{first}"
        starts.append((number, address))
    return starts


def to_terraform_json(parsed):
    """Terraform JSON for a parsed file."""
    doc = {}
    for kind in ("resource", "data"):
        for block in parsed.get(kind, []):
            for rtype, by_name in block.items():
                for name, body in by_name.items():
                    rtype_, name_ = unquote(rtype), unquote(name)
                    doc.setdefault(kind, {}).setdefault(rtype_, {})[name_] = clean(body)
    for block in parsed.get("module", []):
        for name, body in block.items():
            doc.setdefault("module", {})[unquote(name)] = clean(body)
    for block in parsed.get("variable", []):
        for name, body in block.items():
            doc.setdefault("variable", {})[unquote(name)] = clean(body)
    for block in parsed.get("locals", []):
        doc.setdefault("locals", {}).update(clean(block))
    for block in parsed.get("output", []):
        for name, body in block.items():
            doc.setdefault("output", {})[unquote(name)] = clean(body)
    for block in parsed.get("provider", []):
        for name, body in block.items():
            doc.setdefault("provider", {}).setdefault(unquote(name), []).append(clean(body))
    return doc


def address_at(starts, line):
    """The resource, data source or module whose block holds `line` (KICS reports the offending attribute's line)."""
    before = [address for first, address in starts if first <= line]
    return before[-1] if before else None


def file_of(expected, names):
    """The sample an expected result names (`fileName` or `filename`; a lone positive.tf when it names none)."""
    named = expected.get("fileName") or expected.get("filename")
    if named:
        return named
    positives = [n for n in names if n.startswith("positive") and n.endswith(".tf")]
    return positives[0] if len(positives) == 1 else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--git", required=True, help="git directory of a Checkmarx/kics clone")
    parser.add_argument("--commit", required=True, help="the Checkmarx/kics commit to read")
    parser.add_argument("--out", default=".bench-tools/policy-corpus/kics")
    parser.add_argument("--source", default="github.com/Checkmarx/kics", help="recorded in the manifest")
    args = parser.parse_args()
    with open(os.path.join(HERE, "queries.json")) as f:
        queries = json.load(f)["queries"]
    commit = git(args.git, "rev-parse", f"{args.commit}^{{commit}}").strip()
    samples = []
    for entry in queries:
        query = entry["query"]
        test_dir = f"{QUERIES_DIR}/{query}/test"
        names = [p.split("/")[-1] for p in git(args.git, "ls-tree", "--name-only", f"{commit}:{test_dir}").split()]
        if not names:
            sys.exit(f"{query}: no test folder {test_dir} at {commit}")
        expected = json.loads(git(args.git, "show", f"{commit}:{test_dir}/positive_expected_result.json"))
        for name in sorted(n for n in names if n.endswith(".tf")):
            text = git(args.git, "show", f"{commit}:{test_dir}/{name}")
            parsed = hcl2.loads(text, serialization_options=OPTIONS)
            doc = to_terraform_json(parsed)
            starts = block_starts(text)
            lines = sorted({e["line"] for e in expected if file_of(e, names) == name})
            addresses = sorted({a for a in (address_at(starts, line) for line in lines) if a})
            out_file = f"{query}/{name}.json"
            os.makedirs(os.path.join(args.out, query), exist_ok=True)
            with open(os.path.join(args.out, out_file), "w") as f:
                json.dump(doc, f, indent=2, sort_keys=True)
                f.write("\n")
            samples.append(
                {
                    "query": query,
                    "rule": entry["rule"],
                    "sample": f"{test_dir}/{name}",
                    "sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "json": out_file,
                    "kind": "positive" if name.startswith("positive") else "negative",
                    "expected": addresses,
                    "unplacedLines": [line for line in lines if address_at(starts, line) is None],
                }
            )
    manifest = {"source": args.source, "commit": commit, "converter": "tools/policy/corpus/kics/convert.py", "samples": samples}
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"{len(samples)} samples of {len(queries)} queries from {args.source}@{commit} -> {args.out}")


if __name__ == "__main__":
    main()
