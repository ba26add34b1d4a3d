#!/usr/bin/env python3
"""Turns format files (JSON, see core/formats/*.json) into C++ that builds the typed structs
of formats/format.h: one statement per member (`t.name = "...";`), so a member this script
names wrongly fails the build. Each file is checked first; a broken one fails the build with
a message naming the file and the key: a missing or unknown key, a value of the wrong type,
an unknown cell kind, a row whose parent is unknown or comes after it, an id that an
identity, a text figure or the carry-over names and the file does not define.
Parents and identity terms are written as indexes, so the core never looks them up.

  generate_formats.py --function built_in_formats --out FILE.cpp A.json B.json ...
"""
import argparse
import contextlib
import json
import os
import sys

CELL_KINDS = {"count": "CellKind::Count", "amount": "CellKind::Amount", "change": "CellKind::Change"}
FOR_EACH = {"row": "true", "column": "false"}
REPORTS = {"anchor": "false", "sides": "true"}
TEXT_FIGURES = ("applications_received", "applications_carried_in", "review_cases", "suit_cases")
OPTIONAL_TEXT_FIGURES = ("applications_carried_out", "fees")


class FormatError(Exception):
    pass


class Obj:
    """A JSON object being read: each key taken once; keys never taken are errors."""

    def __init__(self, value, where):
        if not isinstance(value, dict):
            raise FormatError(f"{where}: expected an object")
        self.value, self.where, self.taken = value, where, set()

    def has(self, key):
        return key in self.value

    def take(self, key, kind, default=None):
        self.taken.add(key)
        where = f"{self.where}.{key}"
        if key not in self.value:
            if default is None:
                raise FormatError(f"{where}: missing")
            return default
        return check_type(self.value[key], kind, where)

    def obj(self, key):
        return Obj(self.take(key, dict), f"{self.where}.{key}")

    def objs(self, key, required=True):
        items = self.take(key, list, None if required else [])
        if required and not items:
            raise FormatError(f"{self.where}.{key}: empty")
        return [Obj(v, f"{self.where}.{key}[{i}]") for i, v in enumerate(items)]

    def strings(self, key, required=False):
        items = self.take(key, list, None if required else [])
        for i, s in enumerate(items):
            check_type(s, str, f"{self.where}.{key}[{i}]")
        if required and not items:
            raise FormatError(f"{self.where}.{key}: empty")
        return items

    def done(self):
        unknown = sorted(set(self.value) - self.taken)
        if unknown:
            raise FormatError(f"{self.where}: unknown key {unknown[0]!r}")


def check_type(value, kind, where):
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if not ok:
        raise FormatError(f"{where}: expected {kind.__name__}, found {json.dumps(value, ensure_ascii=False)}")
    return value


def one_of(value, allowed, where):
    if value not in allowed:
        raise FormatError(f"{where}: unknown value {value!r} (one of {', '.join(allowed)})")
    return allowed[value]


def known(value, ids, what, where):
    if value not in ids:
        raise FormatError(f"{where}: unknown {what} {value!r}")
    return ids.index(value)


def lit(s):
    return json.dumps(s, ensure_ascii=False)


def lits(items):
    return "{" + ", ".join(lit(s) for s in items) + "}"


class Writer:
    def __init__(self):
        self.lines = []

    def __call__(self, indent, text):
        self.lines.append("  " * indent + text)

    def member(self, indent, var, name, value, default):
        if value != default:
            self(indent, f"{var}.{name} = {value};")

    @contextlib.contextmanager
    def element(self, indent, cpp_type, var, vector):
        """A block filling `var`, a new last element of `vector`."""
        self(indent, "{")
        self(indent + 1, f"{cpp_type}& {var} = {vector}.emplace_back();")
        yield
        self(indent, "}")


def boolean(value):
    return "true" if value else "false"


def read_table(t, w, at):
    table_id = t.take("id", str)
    with w.element(at, "TableSpec", "t", "f.tables"):
        columns, rows = read_table_members(t, table_id, w, at + 1)
    t.done()
    return table_id, columns, rows


def read_table_members(t, table_id, w, at):
    w.member(at, "t", "id", lit(table_id), None)
    w.member(at, "t", "name", lit(t.take("name", str)), None)
    w.member(at, "t", "short_name", lit(t.take("short_name", str)), None)
    w.member(at, "t", "section", t.take("section", int, 0), 0)
    alone = boolean(t.take("column_titles_without_group", bool, False))
    w.member(at, "t", "column_titles_without_group", alone, "false")
    w.member(at, "t", "header_keywords", lits(t.strings("header_keywords")), "{}")
    columns = []
    for c in t.objs("columns"):
        columns.append(c.take("id", str))
        with w.element(at, "ColumnSpec", "c", "t.columns"):
            w.member(at + 1, "c", "id", lit(columns[-1]), None)
            w.member(at + 1, "c", "label", lit(c.take("label", str)), None)
            w.member(at + 1, "c", "group", lit(c.take("group", str, "")), '""')
            kind = one_of(c.take("kind", str, "count"), CELL_KINDS, f"{c.where}.kind")
            w.member(at + 1, "c", "kind", kind, "CellKind::Count")
        c.done()
    rows, children = [], {}
    for r in t.objs("rows"):
        rows.append(r.take("id", str))
        with w.element(at, "RowSpec", "r", "t.rows"):
            w.member(at + 1, "r", "id", lit(rows[-1]), None)
            w.member(at + 1, "r", "label", lit(r.take("label", str)), None)
            w.member(at + 1, "r", "variants", lits(r.strings("variants")), "{}")
            w.member(at + 1, "r", "unlabeled", boolean(r.take("unlabeled", bool, False)), "false")
            parent = r.take("parent", str, "")
            if parent:
                p = known(parent, rows[:-1], "parent row (parents come first)", f"{r.where}.parent")
                w.member(at + 1, "r", "parent", p, None)
                children.setdefault(p, []).append(len(rows) - 1)
        r.done()
    for p, kids in children.items():
        w(at, f"t.rows[{p}].children = {{{', '.join(map(str, kids))}}};")
    return columns, rows


def read_identity(i, w, at, tables):
    with w.element(at, "IdentitySpec", "i", "f.identities"):
        read_identity_members(i, w, at + 1, tables)
    i.done()


def read_identity_members(i, w, at, tables):
    w.member(at, "i", "rule", lit(i.take("rule", str)), None)
    table = i.take("table", str)
    known(table, list(tables), "table", f"{i.where}.table")
    w.member(at, "i", "table", lit(table), None)
    for_each = i.take("for_each", str)
    w.member(at, "i", "for_each_row", one_of(for_each, FOR_EACH, f"{i.where}.for_each"), None)
    columns, rows = tables[table]
    terms = columns if for_each == "row" else rows
    for side in ("lhs", "rhs"):
        names = i.strings(side, required=True)
        indexes = [known(n, terms, "term", f"{i.where}.{side}") for n in names]
        w.member(at, "i", side, lits(names), None)
        w.member(at, "i", f"{side}_terms", "{" + ", ".join(map(str, indexes)) + "}", None)
    anchor = i.take("anchor", str)
    known(anchor, terms, "term", f"{i.where}.anchor")
    w.member(at, "i", "anchor", lit(anchor), None)
    w.member(at, "i", "report_sides", one_of(i.take("report", str, "anchor"), REPORTS, f"{i.where}.report"), "false")
    w.member(at, "i", "message", lit(i.take("message", str)), None)


def cell_ref(o, row_keys, tables):
    """Reads a table id and the row ids `row_keys` of it; returns them and its columns."""
    table = o.take("table", str)
    known(table, list(tables), "table", f"{o.where}.table")
    columns, rows = tables[table]
    row_ids = [o.take(key, str) for key in row_keys]
    for key, row in zip(row_keys, row_ids):
        known(row, rows, "row", f"{o.where}.{key}")
    return table, row_ids, columns


def read_figure(fig, tables):
    """A figure's members as C++ initialisers: a row ("row") or several ("rows") of a table."""
    table = fig.take("table", str)
    known(table, list(tables), "table", f"{fig.where}.table")
    columns, rows = tables[table]
    row_ids = [fig.take("row", str)] if fig.has("row") else fig.strings("rows", required=True)
    for r in row_ids:
        known(r, rows, "row", f"{fig.where}.rows")
    names = fig.strings("columns", required=True)
    for n in names:
        known(n, columns, "column", f"{fig.where}.columns")
    return {"name": lit(fig.take("name", str)), "table": lit(table), "rows": lits(row_ids), "columns": lits(names)}


def write_figure(w, at, var, fid, members):
    w(at, f"{var}.id = {lit(fid)};")
    for key, value in members.items():
        w(at, f"{var}.{key} = {value};")


def read_text_figures(o, w, at, tables):
    figures = {}
    for name in TEXT_FIGURES + OPTIONAL_TEXT_FIGURES:
        if name in OPTIONAL_TEXT_FIGURES and not o.has(name):
            continue
        fig = o.obj(name)
        figures[name] = read_figure(fig, tables)
        fig.done()
        write_figure(w, at, f"f.text_figures.{name}", name, figures[name])
    stated = []
    for s in o.objs("stated", required=False):
        fid = s.take("id", str)
        if fid in figures:
            raise FormatError(f"{s.where}.id: figure {fid!r} defined twice")
        figures[fid] = read_figure(s, tables)
        stated.append((s, fid))
    for s, fid in stated:
        with w.element(at, "StatedFigure", "s", "f.text_figures.stated"):
            write_figure(w, at + 1, "s.figure", fid, figures[fid])
            w.member(at + 1, "s", "words", lits(s.strings("words")), "{}")
            w.member(at + 1, "s", "words_after", lits(s.strings("words_after")), "{}")
            w.member(at + 1, "s", "context", lit(s.take("context", str, "")), '""')
            for base in s.strings("percent_of"):
                if base not in figures:
                    raise FormatError(f"{s.where}.percent_of: unknown figure {base!r}")
                with w.element(at + 1, "FigureSpec", "b", "s.percent_of"):
                    write_figure(w, at + 2, "b", base, figures[base])
        s.done()
    o.done()


def read_carry_over(o, w, at, tables):
    table, (carried_in, carried_out), _ = cell_ref(o, ["carried_in", "carried_out"], tables)
    w(at, f"f.carry_over.table = {lit(table)};")
    w(at, f"f.carry_over.carried_in = {lit(carried_in)};")
    w(at, f"f.carry_over.carried_out = {lit(carried_out)};")
    o.done()


def read_in_force(o, w, at, tables):
    table = o.take("table", str)
    known(table, list(tables), "table", f"{o.where}.table")
    columns, _ = tables[table]
    w(at, f"f.in_force.table = {lit(table)};")
    for key in ("issued", "repealed", "in_force"):
        column = o.take(key, str)
        known(column, columns, "column", f"{o.where}.{key}")
        w(at, f"f.in_force.{key} = {lit(column)};")
    o.done()


def read_format(path, n, w):
    with open(path, encoding="utf-8") as f:
        try:
            value = json.load(f)
        except json.JSONDecodeError as e:
            raise FormatError(f"not JSON: {e}")
    o = Obj(value, "format")
    w(0, f"Format format_{n}() {{")
    w(1, "Format f;")
    w.member(1, "f", "id", lit(o.take("id", str)), None)
    w.member(1, "f", "title", lit(o.take("title", str)), None)
    in_force_from = o.take("in_force_from", int)
    w.member(1, "f", "in_force_from", in_force_from, None)
    w.member(1, "f", "fee_statement_due", boolean(o.take("fee_statement_due", bool)), "false")
    w.member(1, "f", "markers", lits(o.strings("markers")), "{}")
    for s in o.objs("sections"):
        with w.element(1, "SectionSpec", "s", "f.sections"):
            w.member(2, "s", "number", s.take("number", int), None)
            w.member(2, "s", "title", lit(s.take("title", str)), None)
            w.member(2, "s", "keywords", lits(s.strings("keywords", required=True)), None)
            for tp in s.objs("topics", required=False):
                with w.element(2, "TopicSpec", "tp", "s.topics"):
                    w.member(3, "tp", "name", lit(tp.take("name", str)), None)
                    w.member(3, "tp", "words", lits(tp.strings("words", required=True)), None)
                tp.done()
        s.done()
    tables = {}
    for t in o.objs("tables"):
        table_id, columns, rows = read_table(t, w, 1)
        if table_id in tables:
            raise FormatError(f"{t.where}.id: table {table_id!r} defined twice")
        tables[table_id] = (columns, rows)
    for i in o.objs("identities"):
        read_identity(i, w, 1, tables)
    if o.has("text_figures"):
        read_text_figures(o.obj("text_figures"), w, 1, tables)
    if o.has("carry_over"):
        read_carry_over(o.obj("carry_over"), w, 1, tables)
    if o.has("in_force"):
        read_in_force(o.obj("in_force"), w, 1, tables)
    o.done()
    w(1, "return f;")
    w(0, "}")
    w(0, "")
    return in_force_from


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--function", required=True, help="name of the C++ function returning the formats")
    ap.add_argument("--out", required=True)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    w = Writer()
    w(0, "// Generated by core/formats/generate_formats.py from:")
    for path in args.files:
        w(0, f"//   {path}")
    w(0, "// Do not edit.")
    w(0, '#include "formats/format.h"')
    w(0, "")
    w(0, "namespace gk::format {")
    w(0, "namespace {")
    w(0, "")
    years = {}
    for n, path in enumerate(args.files):
        try:
            year = read_format(path, n, w)
        except FormatError as e:
            sys.exit(f"{path}: {e}")
        if year in years:
            sys.exit(f"{path}: format.in_force_from: {year} is also {years[year]}'s")
        years[year] = path
    w(0, "}  // namespace")
    w(0, "")
    w(0, f"std::vector<Format> {args.function}() {{")
    w(1, "std::vector<Format> v;")
    for n in range(len(args.files)):
        w(1, f"v.push_back(format_{n}());")
    w(1, "return v;")
    w(0, "}")
    w(0, "")
    w(0, "}  // namespace gk::format")
    text = "\n".join(w.lines) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
