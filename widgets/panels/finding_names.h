#pragma once
// The 18 CT-RATE abnormality names (ctvit-architecture.md §9) as translatable UI strings. The
// engine always sends the English names; the panels show them in the user's language.

#include <QString>

namespace ctlite::widgets {

QString translated_finding_name(const QString& english_name);

}  // namespace ctlite::widgets
