#!/usr/bin/env python3
"""Writes the template workbooks templates/<name>.<language>.fods from the
generator (templates/generator/): one source for both languages.

    python3 templates/generate.py            # rewrite the .fods files
    python3 templates/generate.py --check    # exit 1 if any differs from what the generator writes
    python3 templates/generate.py --out DIR  # write them to DIR instead
"""

import argparse
import pathlib
import sys

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "generator"))

import annual_plan  # noqa: E402
import commission  # noqa: E402
import dashboard  # noqa: E402
import funnel  # noqa: E402
import kpi_tree  # noqa: E402
import okr  # noqa: E402

TEMPLATES = (annual_plan, funnel, kpi_tree, dashboard, commission, okr)
LANGUAGES = ("en", "zh")


def workbooks():
    for module in TEMPLATES:
        for language in LANGUAGES:
            template = module.build(language)
            yield f"{template.file}.{language}.fods", template.book.xml()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--out", type=pathlib.Path, default=HERE, help="where to write (default: templates/)")
    args = parser.parse_args()
    stale = []
    for name, xml in workbooks():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != xml:
                stale.append(name)
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_text(xml, encoding="utf-8", newline="\n")
            print(f"wrote {path}")
    if stale:
        print("Out of step with the generator (run python3 templates/generate.py): " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
