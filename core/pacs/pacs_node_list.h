#pragma once
// The PACS nodes a user has saved under a name, so `ctlite pacs --node NAME` and the viewer's
// "Send to PACS" need not repeat AE titles, hosts and ports. One description of a node
// (SavedPacsNode) for both: the CLI keeps the list in a JSON file, the viewer in QSettings.

#include <optional>
#include <string>
#include <vector>

#include "core/pacs/dicom_node.h"

namespace ctlite::core {

struct SavedPacsNode {
  std::string name;  // the user's name for it ("Radiology PACS"); unique in a list
  DicomNode peer;
  std::string calling_ae_title = "CTLITE";  // our AE title towards this peer
};

// std::invalid_argument naming the node and the problem: empty or over-long name (64),
// invalid AE titles, empty host, port outside 1..65535.
void check_saved_pacs_node(const SavedPacsNode& node);

class PacsNodeList {
 public:
  // Reads the JSON nodes file; a missing file is an empty list. InputError naming the file when
  // it is larger than 1 MiB, is not the expected JSON or holds an invalid node.
  static PacsNodeList load(const std::string& path);
  // Writes the list atomically, creating the file's folder; OutputError naming the file.
  void save(const std::string& path) const;

  const std::vector<SavedPacsNode>& nodes() const { return nodes_; }
  const SavedPacsNode* find(const std::string& name) const;
  // Adds `node`, replacing a node of the same name; std::invalid_argument when it is invalid.
  void put(const SavedPacsNode& node);
  // False when no node has that name.
  bool remove(const std::string& name);

 private:
  std::vector<SavedPacsNode> nodes_;
};

// $CTLITE_PACS_NODES, else $XDG_CONFIG_HOME/ctlite/pacs-nodes.json, else
// ~/.config/ctlite/pacs-nodes.json.
std::string default_pacs_nodes_path();

}  // namespace ctlite::core
