#!/usr/bin/env bash
# Refreshes translations/ctlite_{en,bn,de}.ts from the sources (Qt 6 lupdate), keeping existing
# translations, then qualifies the class contexts (see qualify_contexts.py for why).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
python3 translations/qualify_contexts.py --bare translations/ctlite_*.ts
for language in en bn de; do
  "$lupdate" -silent -no-obsolete widgets app/viewer -ts "translations/ctlite_$language.ts" \
    -source-language en -target-language "$language"
done
python3 translations/qualify_contexts.py translations/ctlite_*.ts
