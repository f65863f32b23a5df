"""A small writer of flat ODF spreadsheets (.fods) for the Allot templates.

The templates are written as Calc itself would read them, but compactly, so
that their diffs stay reviewable: a workbook of sheets, each a grid of cells
(values, formulas, array formulas) with named cell styles, named ranges,
conditional formats, charts, page setup and view settings.

Formulas are given in a short A1 notation and translated to ODF's:
  "=ALLOT.SPLIT(AnnualTarget;G15:G18;Unit)"   ->  of:=ORG.ALLOT.FUNCTIONS.SPLIT(AnnualTarget;[.G15:.G18];Unit)
  "=SUM(history!C5:C16)"                      ->  of:=SUM([$'History'.C5:.C16])
A reference to another sheet names it by its key (the ASCII id a template
gives it), not by its displayed name, which depends on the language.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}


def attr(value) -> str:
    return escape(str(value), {'"': "&quot;"})


# --- Cell addresses -----------------------------------------------------------

def column_name(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def column_index(name: str) -> int:
    index = 0
    for letter in name:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


_CELL = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")


def parse_cell(ref: str) -> tuple[int, int]:
    """'B8' -> (row 7, column 1), 0-based."""
    match = _CELL.match(ref)
    if not match:
        raise ValueError(f"not a cell address: {ref}")
    return int(match.group(2)) - 1, column_index(match.group(1))


def parse_range(ref: str) -> tuple[int, int, int, int]:
    """'B8:D9' -> (first row, first column, rows, columns)."""
    first, _, last = ref.partition(":")
    row, column = parse_cell(first)
    if not last:
        return row, column, 1, 1
    last_row, last_column = parse_cell(last)
    return row, column, last_row - row + 1, last_column - column + 1


def cell_name(row: int, column: int) -> str:
    return f"{column_name(column)}{row + 1}"


def range_name(row: int, column: int, rows: int = 1, columns: int = 1) -> str:
    if rows == 1 and columns == 1:
        return cell_name(row, column)
    return f"{cell_name(row, column)}:{cell_name(row + rows - 1, column + columns - 1)}"


def quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


# --- Styles -------------------------------------------------------------------

# Number formats by key: (ODF element, attributes, children).
NUMBER_FORMATS = {
    "int": '<number:number-style style:name="N_int"><number:number number:decimal-places="0" '
           'number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>'
           "</number:number-style>",
    "plain": '<number:number-style style:name="N_plain"><number:number number:decimal-places="0" '
             'number:min-decimal-places="0" number:min-integer-digits="1"/></number:number-style>',
    "dec1": '<number:number-style style:name="N_dec1"><number:number number:decimal-places="1" '
            'number:min-decimal-places="1" number:min-integer-digits="1" number:grouping="true"/>'
            "</number:number-style>",
    "dec2": '<number:number-style style:name="N_dec2"><number:number number:decimal-places="2" '
            'number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>'
            "</number:number-style>",
    "dec4": '<number:number-style style:name="N_dec4"><number:number number:decimal-places="4" '
            'number:min-decimal-places="4" number:min-integer-digits="1"/></number:number-style>',
    "pct0": '<number:percentage-style style:name="N_pct0"><number:number number:decimal-places="0" '
            'number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text>'
            "</number:percentage-style>",
    "pct1": '<number:percentage-style style:name="N_pct1"><number:number number:decimal-places="1" '
            'number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text>'
            "</number:percentage-style>",
    "pct2": '<number:percentage-style style:name="N_pct2"><number:number number:decimal-places="2" '
            'number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text>'
            "</number:percentage-style>",
    "growth": '<number:percentage-style style:name="N_growth_pos"><number:text>+</number:text>'
              '<number:number number:decimal-places="1" number:min-decimal-places="1" '
              'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
              '<number:percentage-style style:name="N_growth"><number:number number:decimal-places="1" '
              'number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text>'
              '<style:map style:condition="value()&gt;0" style:apply-style-name="N_growth_pos"/>'
              "</number:percentage-style>",
    "bool": '<number:boolean-style style:name="N_bool"><number:boolean/></number:boolean-style>',
    "date": '<number:date-style style:name="N_date"><number:year number:style="long"/>'
            '<number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text>'
            '<number:day number:style="long"/></number:date-style>',
}

# Named cell styles (Calc's Styles deck shows them): name -> (properties XML).
# "Input" marks every cell a person is meant to type in.
NAMED_STYLES = {
    "Default": '<style:table-cell-properties style:vertical-align="middle"/>'
               '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" '
               'style:font-size-complex="9pt"/>',
    "Title": '<style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" '
             'fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#1f3864"/>',
    "Section": '<style:table-cell-properties fo:border-bottom="0.75pt solid #1f3864"/>'
               '<style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt" '
               'fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#1f3864"/>',
    "Note": '<style:text-properties fo:font-size="8pt" style:font-size-asian="8pt" '
            'fo:font-style="italic" fo:color="#595959"/>',
    "Heading": '<style:table-cell-properties fo:background-color="#d9e1f2" '
               'fo:border-bottom="0.75pt solid #8ea9db" fo:wrap-option="wrap" '
               'style:vertical-align="middle"/>'
               '<style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>',
    "Label": "",
    "Input": '<style:table-cell-properties fo:background-color="#fff2cc" '
             'fo:border="0.5pt solid #d6b656"/>'
             '<style:text-properties fo:color="#1f4e9a" fo:font-weight="bold" '
             'style:font-weight-asian="bold"/>',
    "Output": "",
    "Total": '<style:table-cell-properties fo:background-color="#f2f2f2" '
             'fo:border-top="0.75pt solid #595959" fo:border-bottom="1.5pt double #595959"/>'
             '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>',
    "Check": '<style:paragraph-properties fo:text-align="center"/>'
             '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>',
    "Good": '<style:table-cell-properties fo:background-color="#c6efce"/>'
            '<style:text-properties fo:color="#006100"/>',
    "Bad": '<style:table-cell-properties fo:background-color="#ffc7ce"/>'
           '<style:text-properties fo:color="#9c0006"/>',
    "Neutral": '<style:table-cell-properties fo:background-color="#ffeb9c"/>'
               '<style:text-properties fo:color="#9c5700"/>',
}

# Display names of the named styles, per language (the internal names stay
# English so that tests and macros find them in every language).
STYLE_DISPLAY_NAMES = {
    "zh": {"Title": "标题", "Section": "小节", "Note": "说明", "Heading": "表头", "Label": "标签",
           "Input": "输入", "Output": "输出", "Total": "合计", "Check": "校验", "Good": "良好",
           "Bad": "不良", "Neutral": "中性"},
}

# Flags a cell format may add to its named style.
FLAGS = {
    "center": '<style:paragraph-properties fo:text-align="center"/>',
    "right": '<style:paragraph-properties fo:text-align="end"/>',
    "left": '<style:paragraph-properties fo:text-align="start"/>',
    "wrap": '<style:table-cell-properties fo:wrap-option="wrap"/>',
    "bold": '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>',
    "indent": '<style:paragraph-properties fo:text-align="start" fo:margin-left="0.4cm"/>',
    "indent2": '<style:paragraph-properties fo:text-align="start" fo:margin-left="0.8cm"/>',
    "indent3": '<style:paragraph-properties fo:text-align="start" fo:margin-left="1.2cm"/>',
    "top": '<style:table-cell-properties style:vertical-align="top"/>',
}


def _merge_properties(fragments: list[str]) -> str:
    """Merges <style:X-properties .../> fragments of the same kind into one each."""
    kinds: dict[str, list[str]] = {}
    order: list[str] = []
    for fragment in fragments:
        for match in re.finditer(r"<style:([a-z-]+)-properties ([^>]*?)/>", fragment):
            kind, attributes = match.group(1), match.group(2)
            if kind not in kinds:
                kinds[kind] = []
                order.append(kind)
            kinds[kind].append(attributes)
    rank = {"table-cell": 0, "paragraph": 1, "text": 2}
    order.sort(key=lambda kind: rank.get(kind, 3))
    out = []
    for kind in order:
        merged: dict[str, str] = {}
        for attributes in kinds[kind]:
            for name, value in re.findall(r'([\w:-]+)="([^"]*)"', attributes):
                merged[name] = value
        out.append(f"<style:{kind}-properties "
                   + " ".join(f'{name}="{value}"' for name, value in merged.items()) + "/>")
    return "".join(out)


# --- Formulas -----------------------------------------------------------------

_TOKEN = re.compile(
    r'(?P<string>"(?:[^"]|"")*")'
    r"|(?P<allot>ALLOT\.(?P<function>[A-Z]+)\()"
    r"|(?P<ref>(?<![A-Za-z0-9_.])(?:(?P<sheet>[a-z_]+)!)?"
    r"(?P<first>\$?[A-Z]{1,3}\$?\d+)(?::(?P<last>\$?[A-Z]{1,3}\$?\d+))?)(?![A-Za-z0-9_(])"
)


# --- Workbook model -----------------------------------------------------------

@dataclass
class Cell:
    value: object = None          # str, int, float, bool, datetime.date or None
    formula: str | None = None    # "=..." in the notation above
    style: str | None = None      # a cell format: "input.int", "total.pct1.center", ...
    matrix: tuple[int, int] | None = None  # rows, columns of an array formula


@dataclass
class Condition:
    """A conditional format condition in Calc's notation: "<0.8", "=1", "is-error",
    "between(0.8,1)", "formula-is(...)"."""
    expression: str
    style: str


@dataclass
class Chart:
    name: str
    anchor: str                   # top-left cell
    width_cm: float
    height_cm: float
    title: str
    categories: str               # range on the same sheet, e.g. "B4:M4"
    series: list[tuple[str, str, str, str]]  # (label cell, values range, "bar"|"line", colour)
    y_title: str = ""


class Sheet:
    def __init__(self, book: "Workbook", key: str, name: str):
        self.book = book
        self.key = key
        self.name = name
        self.cells: dict[tuple[int, int], Cell] = {}
        self.widths: dict[int, float] = {}
        self.default_width = 2.4
        self.conditions: list[tuple[str, list[Condition]]] = []
        self.charts: list[Chart] = []
        self.freeze: tuple[int, int] | None = None  # rows, columns kept in view
        self.cursor = "A1"
        self.row_heights: dict[int, float] = {}  # 0-based row -> cm
        # Printing: fit the sheet on (pages wide, pages tall); 0 = as many as needed.
        self.fit = (1, 1)

    # Writing cells. `value` may be a formula (a string starting with "=").
    def set(self, ref: str, value=None, style: str | None = None) -> str:
        row, column = parse_cell(ref)
        cell = Cell(style=style)
        if isinstance(value, str) and value.startswith("="):
            cell.formula = value
        else:
            cell.value = value
        self.cells[(row, column)] = cell
        return ref

    def row(self, ref: str, values: list, style: str | None = None) -> None:
        """Writes values rightwards from ref; None leaves a cell alone."""
        row, column = parse_cell(ref)
        for offset, value in enumerate(values):
            if value is not None:
                self.set(cell_name(row, column + offset), value, style)

    def column(self, ref: str, values: list, style: str | None = None) -> None:
        row, column = parse_cell(ref)
        for offset, value in enumerate(values):
            if value is not None:
                self.set(cell_name(row + offset, column), value, style)

    def array(self, ref: str, formula: str, style: str | None = None) -> str:
        """One array formula (Ctrl+Shift+Enter) over the range ref."""
        row, column, rows, columns = parse_range(ref)
        for r in range(rows):
            for c in range(columns):
                self.cells[(row + r, column + c)] = Cell(style=style)
        self.cells[(row, column)] = Cell(formula=formula, style=style, matrix=(rows, columns))
        return ref

    def style(self, ref: str, style: str) -> None:
        """Sets the format of every cell of a range, keeping contents."""
        row, column, rows, columns = parse_range(ref)
        for r in range(rows):
            for c in range(columns):
                self.cells.setdefault((row + r, column + c), Cell()).style = style

    def width(self, columns: str, cm: float) -> None:
        """Column widths: "A" or "B:M"."""
        first, _, last = columns.partition(":")
        for index in range(column_index(first), column_index(last or first) + 1):
            self.widths[index] = cm

    def conditional(self, ref: str, *conditions: Condition) -> None:
        self.conditions.append((ref, list(conditions)))

    def chart(self, chart: Chart) -> None:
        """A chart anchored to the cell chart.anchor (which gets an empty cell if it has none)."""
        self.charts.append(chart)
        row, column = parse_cell(chart.anchor)
        self.cells.setdefault((row, column), Cell())

    def extent(self) -> tuple[int, int]:
        rows = max((r for r, _ in self.cells), default=0) + 1
        columns = max((c for _, c in self.cells), default=0) + 1
        return rows, columns

    def address(self, ref: str, absolute: bool = True) -> str:
        """ODF address of a cell or range on this sheet: $'Plan'.$B$7 or $'Plan'.$B$8:.$B$15."""
        first, _, last = ref.partition(":")

        def one(cell: str) -> str:
            row, column = parse_cell(cell)
            return f"${column_name(column)}${row + 1}" if absolute else cell_name(row, column)

        text = f"${quoted_sheet(self.name)}.{one(first)}"
        if last:
            text += f":.{one(last)}"
        return text


class Workbook:
    def __init__(self, language: str, title: str, subject: str, description: str):
        self.language = language
        self.title = title
        self.subject = subject
        self.description = description
        self.sheets: list[Sheet] = []
        self.names: list[tuple[str, Sheet, str]] = []
        self._formats: dict[str, str] = {}  # cell format -> automatic style name
        self._number_formats: set[str] = set()
        self.active_sheet: str | None = None

    def sheet(self, key: str, name: str) -> Sheet:
        sheet = Sheet(self, key, name)
        self.sheets.append(sheet)
        return sheet

    def by_key(self, key: str) -> Sheet:
        for sheet in self.sheets:
            if sheet.key == key:
                return sheet
        raise KeyError(f"no sheet with the key {key!r}")

    def name(self, name: str, sheet: Sheet, ref: str) -> str:
        """A named range (Sheet ▸ Named Ranges and Expressions)."""
        self.names.append((name, sheet, ref))
        return name

    # Formula translation.
    def odf_formula(self, formula: str, sheet: Sheet) -> str:
        assert formula.startswith("=")

        def replace(match: re.Match) -> str:
            if match.group("string"):
                return match.group("string")
            if match.group("allot"):
                return f"ORG.ALLOT.FUNCTIONS.{match.group('function')}("
            target = self.by_key(match.group("sheet")) if match.group("sheet") else None
            prefix = f"${quoted_sheet(target.name)}." if target else "."
            text = prefix + match.group("first")
            if match.group("last"):
                text += ":." + match.group("last")
            return f"[{text}]"

        return "of:=" + _TOKEN.sub(replace, formula[1:])

    # Styles.
    def _automatic_style(self, fmt: str) -> str:
        if fmt not in self._formats:
            self._formats[fmt] = f"ce{len(self._formats) + 1}"
        return self._formats[fmt]

    def _format_parts(self, fmt: str) -> tuple[str, str | None, list[str]]:
        parts = fmt.split(".")
        role = parts[0].capitalize()
        if role not in NAMED_STYLES:
            raise ValueError(f"unknown cell style in format {fmt!r}")
        number = None
        flags = []
        for part in parts[1:]:
            if part in NUMBER_FORMATS:
                number = part
            elif part in FLAGS:
                flags.append(part)
            else:
                raise ValueError(f"unknown part {part!r} of the cell format {fmt!r}")
        return role, number, flags

    # Writing.
    def write(self, path) -> None:
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.write(self.xml())

    def xml(self) -> str:
        body = self._body()  # first: it collects the formats in use
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 "<!-- Generated by templates/generate.py: edit the generator, not this file. -->",
                 "<office:document " + " ".join(f'xmlns:{prefix}="{uri}"'
                                                 for prefix, uri in NAMESPACES.items())
                 + ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">']
        lines += self._meta()
        lines += self._settings()
        lines += self._styles()
        lines += self._automatic_styles()
        lines += self._master_styles()
        lines += body
        lines.append("</office:document>")
        return "\n".join(lines) + "\n"

    def _meta(self) -> list[str]:
        return [" <office:meta>",
                f"  <dc:title>{escape(self.title)}</dc:title>",
                f"  <dc:subject>{escape(self.subject)}</dc:subject>",
                f"  <dc:description>{escape(self.description)}</dc:description>",
                f"  <dc:language>{'zh-CN' if self.language == 'zh' else 'en-US'}</dc:language>",
                " </office:meta>"]

    def _settings(self) -> list[str]:
        def item(name, kind, value):
            return f'<config:config-item config:name="{name}" config:type="{kind}">{attr(value)}</config:config-item>'

        tables = []
        for sheet in self.sheets:
            row, column = parse_cell(sheet.cursor)
            entries = [item("CursorPositionX", "int", column), item("CursorPositionY", "int", row)]
            if sheet.freeze:
                rows, columns = sheet.freeze
                entries += [
                    item("HorizontalSplitMode", "short", 2 if columns else 0),
                    item("VerticalSplitMode", "short", 2 if rows else 0),
                    item("HorizontalSplitPosition", "int", columns),
                    item("VerticalSplitPosition", "int", rows),
                    item("ActiveSplitRange", "short", 2),
                    item("PositionLeft", "int", 0), item("PositionRight", "int", columns),
                    item("PositionTop", "int", 0), item("PositionBottom", "int", rows)]
            tables.append(f'     <config:config-item-map-entry config:name="{attr(sheet.name)}">'
                          + "".join(entries) + "</config:config-item-map-entry>")
        active = self.active_sheet or self.sheets[0].name
        return [" <office:settings>",
                '  <config:config-item-set config:name="ooo:view-settings">',
                '   <config:config-item-map-indexed config:name="Views">',
                "    <config:config-item-map-entry>",
                "     " + item("ViewId", "string", "view1"),
                '     <config:config-item-map-named config:name="Tables">',
                *tables,
                "     </config:config-item-map-named>",
                "     " + item("ActiveTable", "string", active),
                "    </config:config-item-map-entry>",
                "   </config:config-item-map-indexed>",
                "  </config:config-item-set>",
                " </office:settings>"]

    def _styles(self) -> list[str]:
        lines = [" <office:styles>"]
        for key in sorted(self._number_formats):
            lines.append("  " + NUMBER_FORMATS[key])
        display = STYLE_DISPLAY_NAMES.get(self.language, {})
        language = ('<style:text-properties fo:language="en" fo:country="US" style:language-asian="zh" '
                    'style:country-asian="CN"/>' if self.language == "zh" else
                    '<style:text-properties fo:language="en" fo:country="US"/>')
        for name, properties in NAMED_STYLES.items():
            parent = "" if name == "Default" else ' style:parent-style-name="Default"'
            shown = f' style:display-name="{attr(display[name])}"' if name in display else ""
            extra = [language] if name == "Default" else []
            lines.append(f'  <style:style style:name="{name}"{shown} style:family="table-cell"{parent}>'
                         + _merge_properties([properties] + extra) + "</style:style>")
        lines.append(" </office:styles>")
        return lines

    def _automatic_styles(self) -> list[str]:
        lines = [" <office:automatic-styles>"]
        widths = sorted({round(w, 2) for sheet in self.sheets for w in sheet.widths.values()}
                        | {round(sheet.default_width, 2) for sheet in self.sheets})
        for width in widths:
            lines.append(f'  <style:style style:name="co{self._width_key(width)}" style:family="table-column">'
                         f'<style:table-column-properties fo:break-before="auto" '
                         f'style:column-width="{width}cm"/></style:style>')
        for height in sorted({h for sheet in self.sheets for h in sheet.row_heights.values()}):
            lines.append(f'  <style:style style:name="ro{self._width_key(height)}" style:family="table-row">'
                         f'<style:table-row-properties style:row-height="{height}cm" '
                         'style:use-optimal-row-height="false" fo:break-before="auto"/></style:style>')
        for fit in self._fits():
            lines.append(f'  <style:style style:name="ta{self._fit_key(fit)}" style:family="table" '
                         f'style:master-page-name="Report{self._fit_key(fit)}">'
                         '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>')
        lines.append('  <style:style style:name="gr1" style:family="graphic">'
                     '<style:graphic-properties draw:stroke="none" draw:fill="none"/></style:style>')
        for fmt, name in self._formats.items():
            role, number, flags = self._format_parts(fmt)
            data = f' style:data-style-name="N_{"growth" if number == "growth" else number}"' if number else ""
            properties = _merge_properties([FLAGS[flag] for flag in flags])
            lines.append(f'  <style:style style:name="{name}" style:family="table-cell" '
                         f'style:parent-style-name="{role}"{data}>{properties}</style:style>')
        for fit in self._fits():
            scale = f'style:scale-to-X="{fit[0]}"' + (f' style:scale-to-Y="{fit[1]}"' if fit[1] else "")
            lines.append(f'  <style:page-layout style:name="pm{self._fit_key(fit)}">'
                         '<style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" '
                         'style:print-orientation="landscape" fo:margin-top="1cm" fo:margin-bottom="1cm" '
                         f'fo:margin-left="1.5cm" fo:margin-right="1.5cm" {scale} '
                         'style:print-page-order="ttb" style:table-centering="horizontal" '
                         'style:print="objects charts drawings zero-values"/>'
                         '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" '
                         'fo:margin-bottom="0.3cm"/></style:header-style>'
                         '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" '
                         'fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>')
        lines.append(" </office:automatic-styles>")
        return lines

    def _fits(self) -> list[tuple[int, int]]:
        return sorted({sheet.fit for sheet in self.sheets})

    @staticmethod
    def _fit_key(fit: tuple[int, int]) -> str:
        return f"{fit[0]}x{fit[1]}"

    @staticmethod
    def _width_key(width: float) -> str:
        return str(round(width, 2)).replace(".", "_")

    def _master_styles(self) -> list[str]:
        page = "页" if self.language == "zh" else "Page"
        of = "/"
        lines = [" <office:master-styles>"]
        for fit in self._fits():
            key = self._fit_key(fit)
            shown = {("en", True): "Report (one page)", ("en", False): "Report (page width)",
                     ("zh", True): "报表（一页）", ("zh", False): "报表（页宽）"}[(self.language, fit == (1, 1))]
            lines += [f'  <style:master-page style:name="Report{key}" style:display-name="{shown}" '
                      f'style:page-layout-name="pm{key}">',
                      "   <style:header><style:region-left><text:p>" + escape(self.title)
                      + "</text:p></style:region-left><style:region-right><text:p>"
                        "<text:sheet-name>???</text:sheet-name></text:p></style:region-right></style:header>",
                      f"   <style:footer><text:p>{page} <text:page-number>1</text:page-number> {of} "
                      "<text:page-count>1</text:page-count></text:p></style:footer>",
                      "  </style:master-page>"]
        lines.append(" </office:master-styles>")
        return lines

    def _body(self) -> list[str]:
        lines = [" <office:body>", "  <office:spreadsheet>"]
        for sheet in self.sheets:
            lines += self._table(sheet)
        if self.names:
            lines.append("   <table:named-expressions>")
            for name, sheet, ref in self.names:
                first = ref.partition(":")[0]
                lines.append(f'    <table:named-range table:name="{name}" '
                             f'table:base-cell-address="{attr(sheet.address(first))}" '
                             f'table:cell-range-address="{attr(sheet.address(ref))}"/>')
            lines.append("   </table:named-expressions>")
        lines += ["  </office:spreadsheet>", " </office:body>"]
        return lines

    def _cell_xml(self, sheet: Sheet, cell: Cell | None, repeat: int = 1, position=None) -> str:
        attributes = []
        charts = [c for c in sheet.charts if position is not None and parse_cell(c.anchor) == position]
        if repeat > 1:
            attributes.append(f'table:number-columns-repeated="{repeat}"')
        if cell is None:
            return f"<table:table-cell {' '.join(attributes)}/>" if attributes else "<table:table-cell/>"
        if cell.style:
            role, number, _ = self._format_parts(cell.style)
            if number:
                self._number_formats.add(number)
            attributes.append(f'table:style-name="{self._automatic_style(cell.style)}"')
        content = ""
        if cell.matrix:
            rows, columns = cell.matrix
            attributes.append(f'table:number-matrix-columns-spanned="{columns}" '
                              f'table:number-matrix-rows-spanned="{rows}"')
        if cell.formula is not None:
            attributes.append(f'table:formula="{attr(self.odf_formula(cell.formula, sheet))}"')
        elif isinstance(cell.value, bool):
            attributes.append(f'office:value-type="boolean" office:boolean-value="{str(cell.value).lower()}"')
        elif isinstance(cell.value, (int, float)):
            attributes.append(f'office:value-type="float" office:value="{cell.value!r}"')
        elif isinstance(cell.value, datetime.date):
            attributes.append(f'office:value-type="date" office:date-value="{cell.value.isoformat()}"')
        elif isinstance(cell.value, str):
            attributes.append('office:value-type="string"')
            paragraphs = cell.value.split("\n")
            content = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
        if charts:
            # Shapes anchored to this cell come before its paragraphs.
            content = "\n".join(line for chart in charts for line in self._chart_xml(sheet, chart)) + content
        text = "<table:table-cell " + " ".join(attributes)
        return text + (f">{content}</table:table-cell>" if content else "/>")

    def _table(self, sheet: Sheet) -> list[str]:
        rows, columns = sheet.extent()
        lines = [f'   <table:table table:name="{attr(sheet.name)}" table:style-name="ta{self._fit_key(sheet.fit)}">']
        # Columns, runs of equal width.
        widths = [sheet.widths.get(c, sheet.default_width) for c in range(columns)]
        run_start = 0
        for c in range(1, columns + 1):
            if c == columns or widths[c] != widths[run_start]:
                count = c - run_start
                repeat = f' table:number-columns-repeated="{count}"' if count > 1 else ""
                lines.append(f'    <table:table-column table:style-name="co{self._width_key(widths[run_start])}"'
                             f'{repeat} table:default-cell-style-name="Default"/>')
                run_start = c
        empty_rows = 0
        for r in range(rows):
            row_cells = [sheet.cells.get((r, c)) for c in range(columns)]
            if all(cell is None for cell in row_cells):
                empty_rows += 1
                continue
            if empty_rows:
                lines.append(self._empty_rows(empty_rows))
                empty_rows = 0
            parts = []
            c = 0
            last = max(i for i, cell in enumerate(row_cells) if cell is not None)
            while c <= last:
                if row_cells[c] is None:
                    run = c
                    while run <= last and row_cells[run] is None:
                        run += 1
                    parts.append(self._cell_xml(sheet, None, run - c))
                    c = run
                else:
                    parts.append(self._cell_xml(sheet, row_cells[c], position=(r, c)))
                    c += 1
            height = sheet.row_heights.get(r)
            lines.append(f'    <table:table-row table:style-name="ro{self._width_key(height)}">' if height
                         else "    <table:table-row>")
            lines += ["     " + part for part in parts]
            lines.append("    </table:table-row>")
        if sheet.conditions:
            lines.append("    <calcext:conditional-formats>")
            for ref, conditions in sheet.conditions:
                first = ref.partition(":")[0]
                target = " ".join(sheet.address(part, absolute=False) for part in ref.split(" "))
                lines.append(f'     <calcext:conditional-format calcext:target-range-address="{attr(target)}">')
                for condition in conditions:
                    expression = condition.expression
                    if "formula-is(" in expression:
                        inner = expression[len("formula-is("):-1]
                        expression = "formula-is(" + self.odf_formula("=" + inner, sheet)[4:] + ")"
                    lines.append(f'      <calcext:condition calcext:apply-style-name="{condition.style}" '
                                 f'calcext:value="{attr(expression)}" '
                                 f'calcext:base-cell-address="{attr(sheet.address(first, absolute=False))}"/>')
                lines.append("     </calcext:conditional-format>")
            lines.append("    </calcext:conditional-formats>")
        lines.append("   </table:table>")
        return lines

    @staticmethod
    def _empty_rows(count: int) -> str:
        repeat = f' table:number-rows-repeated="{count}"' if count > 1 else ""
        return f"    <table:table-row{repeat}><table:table-cell/></table:table-row>"

    def _chart_xml(self, sheet: Sheet, chart: Chart) -> list[str]:
        cells = " ".join(sheet.address(ref, absolute=False) for ref in
                         [chart.categories] + [values for _, values, _, _ in chart.series])
        series_styles = []
        series_xml = []
        for index, (label, values, kind, colour) in enumerate(chart.series):
            style = f"chs{index}"
            if kind == "line":
                series_styles.append(
                    f'<style:style style:name="{style}" style:family="chart">'
                    '<style:chart-properties chart:symbol-type="automatic"/>'
                    f'<style:graphic-properties svg:stroke-width="0.08cm" svg:stroke-color="{colour}" '
                    f'draw:fill-color="{colour}"/></style:style>')
            else:
                series_styles.append(
                    f'<style:style style:name="{style}" style:family="chart">'
                    f'<style:graphic-properties draw:stroke="none" draw:fill-color="{colour}"/></style:style>')
            series_xml.append(
                f'<chart:series chart:style-name="{style}" chart:class="chart:{kind}" '
                f'chart:values-cell-range-address="{attr(sheet.address(values, absolute=False))}" '
                f'chart:label-cell-address="{attr(sheet.address(label, absolute=False))}"/>')
        y_title = (f'<chart:title><text:p>{escape(chart.y_title)}</text:p></chart:title>'
                   if chart.y_title else "")
        return [
            f'     <draw:frame draw:name="{attr(chart.name)}" draw:z-index="0" draw:style-name="gr1" '
            f'svg:width="{chart.width_cm}cm" svg:height="{chart.height_cm}cm" svg:x="0cm" svg:y="0cm">',
            f'      <draw:object draw:notify-on-update-of-ranges="{attr(cells)}">',
            '       <office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart">',
            "        <office:automatic-styles>",
            '         <style:style style:name="chmain" style:family="chart">'
            '<style:graphic-properties draw:stroke="none"/></style:style>',
            '         <style:style style:name="chtitle" style:family="chart">'
            '<style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>',
            '         <number:number-style style:name="N_int"><number:number number:decimal-places="0" '
            'number:min-integer-digits="1" number:grouping="true"/></number:number-style>',
            '         <style:style style:name="chaxis" style:family="chart" style:data-style-name="N_int">'
            '<style:chart-properties chart:display-label="true"/>'
            '<style:text-properties fo:font-size="9pt"/></style:style>',
            '         <style:style style:name="chgrid" style:family="chart">'
            '<style:graphic-properties svg:stroke-color="#d9d9d9"/></style:style>',
            '         <style:style style:name="chwall" style:family="chart">'
            '<style:graphic-properties draw:stroke="none" draw:fill="none"/></style:style>',
            '         <style:style style:name="chlegend" style:family="chart">'
            '<style:text-properties fo:font-size="9pt"/></style:style>',
            "         " + "".join(series_styles),
            "        </office:automatic-styles>",
            "        <office:body><office:chart>",
            f'         <chart:chart svg:width="{chart.width_cm}cm" svg:height="{chart.height_cm}cm" '
            f'chart:class="chart:{chart.series[0][2]}" chart:style-name="chmain">',
            f'          <chart:title chart:style-name="chtitle"><text:p>{escape(chart.title)}</text:p></chart:title>',
            '          <chart:legend chart:legend-position="bottom" style:legend-expansion="wide" '
            'chart:style-name="chlegend"/>',
            f'          <chart:plot-area table:cell-range-address="{attr(cells)}" chart:data-source-has-labels="none">',
            '           <chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="chaxis">'
            f'<chart:categories table:cell-range-address="{attr(sheet.address(chart.categories, absolute=False))}"/>'
            "</chart:axis>",
            f'           <chart:axis chart:dimension="y" chart:name="primary-y" chart:style-name="chaxis">{y_title}'
            '<chart:grid chart:class="major" chart:style-name="chgrid"/></chart:axis>',
            "           " + "".join(series_xml),
            '           <chart:wall chart:style-name="chwall"/>',
            "          </chart:plot-area>",
            "         </chart:chart>",
            "        </office:chart></office:body>",
            "       </office:document>",
            "      </draw:object>",
            "     </draw:frame>",
        ]
