#!/usr/bin/env python3
"""Generates the Chinese issuer directory used by dev.posdx.rules.issuers.CnIssuerDirectory.

Reads the BIN table of hexindai/bcbc (cn-bin/bin.csv and cn-bin/name.csv, MIT) and the
customer-service hotlines of codes/cn_banks.csv, and writes

  sdk-rules/src/main/resources/dev/posdx/rules/issuers/cn-issuers.tsv
  sdk-rules/src/main/resources/dev/posdx/rules/issuers/cn-issuers.LICENSE  (bcbc's notice, copied)

Usage: python3 tools/packs/gen_cn_issuers.py [REFERENCE_DIR] [--check]
REFERENCE_DIR defaults to docs/reference in the repository. With --check,
nothing is written: the exit status is 1 when the committed files differ from what the sources
give.

Hotlines come only from cn_banks.csv; a bank it does not list gets an empty hotline. Bank names
come from cn_banks.csv where it lists the bank (its current name, without its notes in
brackets), else from name.csv. The sample BIN prefixes of cn_banks.csv are checked against
bin.csv, so that the two sources cannot silently disagree.
"""

import csv
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = REPO / "sdk-rules/src/main/resources/dev/posdx/rules/issuers"
OUT_TSV = OUT_DIR / "cn-issuers.tsv"
OUT_LICENSE = OUT_DIR / "cn-issuers.LICENSE"

PREFIX = re.compile(r"[0-9]{1,10}")
BANK = re.compile(r"[A-Z0-9]{2,16}")
SAMPLE = re.compile(r"([0-9]{6})\((DC|CC|SCC|PC)([0-9]{2})")


class DataError(Exception):
    pass


def read_csv(path, columns):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError(f"{path}: missing column(s) {', '.join(missing)}")
        # DictReader line 1 is the header, so the first record is line 2.
        return [(reader.line_num, row) for row in reader]


def bank_names(reference):
    path = reference / "cn-bin/name.csv"
    names = {}
    for line, row in read_csv(path, ["bank", "name"]):
        code, name = row["bank"].strip(), row["name"].strip()
        if not BANK.fullmatch(code):
            raise DataError(f"{path}:{line}: field bank: not a bank code: {code!r}")
        if not name:
            raise DataError(f"{path}:{line}: field name: empty for bank {code}")
        if code in names:
            raise DataError(f"{path}:{line}: field bank: {code} is listed twice")
        names[code] = name
    return names


def major_banks(reference):
    """cn_banks.csv: code -> (current name, hotline, sample prefixes)."""
    path = reference / "codes/cn_banks.csv"
    banks = {}
    for line, row in read_csv(path, ["bank_code", "name_zh", "hotline", "sample_bin_prefixes"]):
        code = row["bank_code"].strip()
        # "广发银行（数据集名称：广东发展银行）": the note in brackets is not part of the name.
        name = re.split(r"[（(]", row["name_zh"])[0].strip()
        hotline = row["hotline"].strip()
        if hotline and not re.fullmatch(r"[0-9]{5,12}", hotline):
            raise DataError(f"{path}:{line}: field hotline: not a phone number: {hotline!r}")
        samples = [(m.group(1), m.group(2), int(m.group(3))) for m in SAMPLE.finditer(row["sample_bin_prefixes"])]
        banks[code] = (name, hotline, samples, line)
    return banks


def bins(reference, names):
    path = reference / "cn-bin/bin.csv"
    seen = {}
    rows = []
    for line, row in read_csv(path, ["bin", "bank", "type", "length"]):
        prefix, bank, kind, length = (row[k].strip() for k in ("bin", "bank", "type", "length"))
        if not PREFIX.fullmatch(prefix):
            raise DataError(f"{path}:{line}: field bin: not a digit prefix: {prefix!r}")
        if bank not in names:
            raise DataError(f"{path}:{line}: field bank: {bank!r} has no name in name.csv")
        if kind not in ("DC", "CC", "SCC", "PC"):
            raise DataError(f"{path}:{line}: field type: unknown card type {kind!r}")
        if not length.isdigit() or not 12 <= int(length) <= 19:
            raise DataError(f"{path}:{line}: field length: PAN length must be 12-19, got {length!r}")
        key = (prefix, int(length))
        if key in seen:
            raise DataError(f"{path}:{line}: prefix {prefix} with length {length} already on line {seen[key]}")
        seen[key] = line
        rows.append((prefix, int(length), bank, kind))
    return rows


def check_samples(majors, rows, reference):
    listed = {(p, n): (b, k) for p, n, b, k in rows}
    problems = []
    for code, (_, _, samples, line) in majors.items():
        for prefix, kind, length in samples:
            found = listed.get((prefix, length))
            if found is None or found[0] != code or found[1] != kind:
                problems.append(
                    f"{reference / 'codes/cn_banks.csv'}:{line}: sample {prefix}({kind}{length}) of {code}"
                    f" is listed in bin.csv as {found}")
    if problems:
        raise DataError("cn_banks.csv and bin.csv disagree:\n" + "\n".join(problems))


def render(names, majors, rows):
    """The directory file's text: a regeneration line, provenance, a header, one row per prefix."""
    lines = [
        "# Generated by tools/packs/gen_cn_issuers.py; regenerate with: "
        "python3 tools/packs/gen_cn_issuers.py [REFERENCE_DIR] (do not edit by hand)",
        "# BIN prefixes, PAN lengths and bank names: hexindai/bcbc data/bin.csv and data/name.csv"
        " (commit de631827, 2025-02-05), MIT License, Copyright (c) 2018 - 2020 Runrioter:"
        " see cn-issuers.LICENSE next to this file.",
        "# Hotlines and current names of major banks: posdx reference codes/cn_banks.csv"
        " (bank pages and listings); an empty hotline means no source gave one.",
        "prefix\tpan_length\tbank_code\tbank_name\thotline",
    ]
    for prefix, length, bank, _ in rows:
        name, hotline = names[bank], ""
        if bank in majors:
            name, hotline = majors[bank][0], majors[bank][1]
        lines.append(f"{prefix}\t{length}\t{bank}\t{name}\t{hotline}")
    return "\n".join(lines) + "\n"


def main(argv):
    args = [a for a in argv[1:] if a != "--check"]
    check = len(args) != len(argv) - 1
    reference = Path(args[0]) if args else (REPO / "docs/reference")
    reference = reference.resolve()
    names = bank_names(reference)
    majors = major_banks(reference)
    rows = bins(reference, names)
    check_samples(majors, rows, reference)
    rows.sort(key=lambda r: (r[0], r[1]))
    tsv = render(names, majors, rows)
    licence = (reference / "cn-bin/LICENSE").read_text(encoding="utf-8")

    if check:
        stale = [str(p.relative_to(REPO)) for p, text in ((OUT_TSV, tsv), (OUT_LICENSE, licence))
                 if not p.exists() or p.read_text(encoding="utf-8") != text]
        if stale:
            print(f"gen_cn_issuers: stale, regenerate: {', '.join(stale)}", file=sys.stderr)
            return 1
        print(f"up to date: {len(rows)} prefixes")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with open(OUT_TSV, "w", encoding="utf-8", newline="\n") as out:
        out.write(tsv)
    shutil.copyfile(reference / "cn-bin/LICENSE", OUT_LICENSE)
    print(f"wrote {len(rows)} prefixes of {len({r[2] for r in rows})} banks to {OUT_TSV.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (DataError, OSError) as e:
        print(f"gen_cn_issuers: {e}", file=sys.stderr)
        sys.exit(1)
