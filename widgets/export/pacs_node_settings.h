#pragma once
// The viewer's saved PACS nodes in QSettings (the CLI keeps the same SavedPacsNode records in a
// JSON file, core/pacs/pacs_node_list.h).

#include <QSettings>

#include "core/pacs/pacs_node_list.h"

namespace ctlite::widgets {

// Entries that are no longer valid nodes (edited by hand) are skipped.
core::PacsNodeList load_pacs_nodes(QSettings& settings);
void save_pacs_nodes(QSettings& settings, const core::PacsNodeList& nodes);

}  // namespace ctlite::widgets
