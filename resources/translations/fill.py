"""Fill unfinished Dutch translations from a JSON file {"English source": "Nederlandse vertaling"}, or list them.

A text with plural forms ("%n ...") takes a list: ["enkelvoud", "meervoud"].

    .venv/bin/python resources/translations/fill.py            # print the unfinished sources as JSON
    .venv/bin/python resources/translations/fill.py FILE.json  # fill them in, then run resources/translations/update
    .venv/bin/python resources/translations/fill.py --overwrite FILE.json  # also correct finished ones (a wording review)
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUE = Path(__file__).with_name("coachdesk_nl.ts")


def unfinished(tree: ET.ElementTree) -> list[ET.Element]:
    return [message for message in tree.getroot().iter("message")
            if (message.find("translation") is not None and message.find("translation").get("type") == "unfinished")]


def main(argv: list[str]) -> int:
    tree = ET.parse(CATALOGUE)
    if not argv:
        print(json.dumps({m.findtext("source"): "" for m in unfinished(tree)}, ensure_ascii=False, indent=1))
        return 0
    overwrite = argv[0] == "--overwrite"
    translations = json.loads(Path(argv[-1]).read_text(encoding="utf-8"))
    messages = [m for m in tree.getroot().iter("message") if m.find("translation") is not None] if overwrite else unfinished(tree)
    for message in messages:
        dutch = translations.get(message.findtext("source"))
        if not dutch:
            continue
        translation = message.find("translation")
        if isinstance(dutch, list) != (message.get("numerus") == "yes"):
            # lupdate marks a text plural only where the code passes n (tr(text, "", n) or translate(context, text, None, n))
            print(f"skipped, plural forms do not fit: {message.findtext('source')!r}", file=sys.stderr)
            continue
        if isinstance(dutch, list):  # plural forms: one, other
            for element in list(translation):
                translation.remove(element)
            for form in dutch:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = dutch
        translation.attrib.pop("type", None)
    tree.write(CATALOGUE, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
