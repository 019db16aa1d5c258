#!/usr/bin/env python3
"""Qt 6.4's lupdate does not understand C++17 nested namespaces (`namespace ctlite::widgets {`):
it files tr() strings under the bare class name, while moc looks them up under the qualified
name, so those strings would never be translated. This renames each Q_OBJECT class context to
its qualified name (contexts named explicitly with QCoreApplication::translate stay as they are).
update.sh runs it with --bare before lupdate (so lupdate matches its own contexts and keeps the
translations) and without it after."""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMESPACES = {"widgets": "ctlite::widgets", "app/viewer": "ctlite::viewer"}


def qobject_classes():
    classes = {}
    for folder, namespace in NAMESPACES.items():
        for header in (ROOT / folder).rglob("*.h"):
            text = header.read_text(encoding="utf-8")
            for match in re.finditer(r"class\s+(\w+)\s*(?:final\s*)?:[^{]*\{\s*Q_OBJECT", text):
                classes[match.group(1)] = namespace
    return classes


def main(arguments):
    bare = "--bare" in arguments
    classes = qobject_classes()
    for path in (a for a in arguments if a != "--bare"):
        text = Path(path).read_text(encoding="utf-8")
        if bare:
            text = re.sub(r"<name>(?:ctlite::\w+::)(\w+)</name>", r"<name>\1</name>", text)
        else:
            text = re.sub(r"<name>(\w+)</name>",
                          lambda m: "<name>%s::%s</name>" % (classes[m.group(1)], m.group(1))
                          if m.group(1) in classes else m.group(0), text)
        Path(path).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
