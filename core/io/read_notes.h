#pragma once
// What a reader assumed, guessed or dropped that the user must be told (no sidecar so spacing is
// 1 mm, only the first volume of a 4-D file, spacing taken from the CT-RATE metadata CSV...).
// Readers append one sentence per note; callers show them (ctlite info, the viewer's status).

#include <string>
#include <vector>

namespace ctlite::core {

using ReadNotes = std::vector<std::string>;

inline void add_note(ReadNotes* notes, std::string note) {
  if (notes) notes->push_back(std::move(note));
}

}  // namespace ctlite::core
