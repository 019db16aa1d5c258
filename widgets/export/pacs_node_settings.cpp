#include "widgets/export/pacs_node_settings.h"

#include <stdexcept>

namespace ctlite::widgets {

namespace {
const QString kArray = QStringLiteral("pacs/nodes");
}

core::PacsNodeList load_pacs_nodes(QSettings& settings) {
  core::PacsNodeList nodes;
  const int count = settings.beginReadArray(kArray);
  for (int i = 0; i < count; ++i) {
    settings.setArrayIndex(i);
    core::SavedPacsNode node;
    node.name = settings.value(QStringLiteral("name")).toString().toStdString();
    node.peer.ae_title = settings.value(QStringLiteral("ae_title")).toString().toStdString();
    node.peer.host = settings.value(QStringLiteral("host")).toString().toStdString();
    node.peer.port = settings.value(QStringLiteral("port")).toInt();
    node.calling_ae_title =
        settings.value(QStringLiteral("calling_ae_title"), QStringLiteral("CTLITE")).toString().toStdString();
    try {
      nodes.put(node);
    } catch (const std::invalid_argument&) {
      // A hand-edited entry that is not a node any more: the dialog simply does not list it.
    }
  }
  settings.endArray();
  return nodes;
}

void save_pacs_nodes(QSettings& settings, const core::PacsNodeList& nodes) {
  settings.remove(kArray);
  settings.beginWriteArray(kArray, static_cast<int>(nodes.nodes().size()));
  int i = 0;
  for (const auto& node : nodes.nodes()) {
    settings.setArrayIndex(i++);
    settings.setValue(QStringLiteral("name"), QString::fromStdString(node.name));
    settings.setValue(QStringLiteral("ae_title"), QString::fromStdString(node.peer.ae_title));
    settings.setValue(QStringLiteral("host"), QString::fromStdString(node.peer.host));
    settings.setValue(QStringLiteral("port"), node.peer.port);
    settings.setValue(QStringLiteral("calling_ae_title"), QString::fromStdString(node.calling_ae_title));
  }
  settings.endArray();
}

}  // namespace ctlite::widgets
