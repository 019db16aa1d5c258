#include "core/pacs/pacs_node_list.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/common/errors.h"
#include "core/io/atomic_output.h"
#include "core/io/file_bytes.h"

namespace ctlite::core {

namespace {

constexpr std::uint64_t kMaxNodesFileBytes = 1 << 20;
constexpr std::size_t kMaxNodeNameLength = 64;

nlohmann::json to_json(const SavedPacsNode& node) {
  return {{"name", node.name},
          {"ae_title", node.peer.ae_title},
          {"host", node.peer.host},
          {"port", node.peer.port},
          {"calling_ae_title", node.calling_ae_title}};
}

SavedPacsNode from_json(const nlohmann::json& json) {
  SavedPacsNode node;
  node.name = json.at("name").get<std::string>();
  node.peer.ae_title = json.at("ae_title").get<std::string>();
  node.peer.host = json.at("host").get<std::string>();
  node.peer.port = json.at("port").get<int>();
  node.calling_ae_title = json.value("calling_ae_title", node.calling_ae_title);
  return node;
}

}  // namespace

void check_saved_pacs_node(const SavedPacsNode& node) {
  const auto fail = [&node](const std::string& problem) {
    throw std::invalid_argument("PACS node '" + node.name + "': " + problem);
  };
  if (node.name.empty() || node.name.size() > kMaxNodeNameLength) fail("the name needs 1..64 characters");
  // A name with '@' would read as an AE@host:port address on the command line.
  if (node.name.find('@') != std::string::npos) fail("the name must not contain '@'");
  if (const auto problem = ae_title_problem(node.peer.ae_title); !problem.empty()) fail("peer: " + problem);
  if (const auto problem = ae_title_problem(node.calling_ae_title); !problem.empty()) fail("our " + problem);
  if (node.peer.host.empty()) fail("the host is empty");
  if (node.peer.port < 1 || node.peer.port > 65535) fail("the port must be 1..65535");
}

PacsNodeList PacsNodeList::load(const std::string& path) {
  PacsNodeList list;
  if (!std::filesystem::exists(path)) return list;
  const auto bytes = read_file_bytes(path, kMaxNodesFileBytes);
  try {
    const auto json = nlohmann::json::parse(bytes.begin(), bytes.end());
    for (const auto& item : json.at("nodes")) {
      const SavedPacsNode node = from_json(item);
      if (list.find(node.name)) throw std::invalid_argument("node '" + node.name + "' appears twice");
      list.put(node);
    }
  } catch (const nlohmann::json::exception& e) {
    throw InputError(path, std::string("not a PACS nodes file (") + e.what() + ")");
  } catch (const std::invalid_argument& e) {
    throw InputError(path, e.what());
  }
  return list;
}

void PacsNodeList::save(const std::string& path) const {
  const auto folder = std::filesystem::absolute(path).parent_path();
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) throw OutputError(folder.string(), "cannot create the folder (" + error.message() + ")");
  nlohmann::json json{{"nodes", nlohmann::json::array()}};
  for (const auto& node : nodes_) json["nodes"].push_back(to_json(node));
  AtomicOutput output = AtomicOutput::file(path);
  {
    std::ofstream stream(output.temp_path());
    stream << json.dump(2) << "\n";
    stream.flush();
    if (!stream) throw OutputError(path, "cannot write (disk full?)");
  }
  output.commit();
}

const SavedPacsNode* PacsNodeList::find(const std::string& name) const {
  const auto found = std::find_if(nodes_.begin(), nodes_.end(), [&](const auto& n) { return n.name == name; });
  return found == nodes_.end() ? nullptr : &*found;
}

void PacsNodeList::put(const SavedPacsNode& node) {
  check_saved_pacs_node(node);
  for (auto& existing : nodes_)
    if (existing.name == node.name) {
      existing = node;
      return;
    }
  nodes_.push_back(node);
}

bool PacsNodeList::remove(const std::string& name) {
  const auto before = nodes_.size();
  nodes_.erase(std::remove_if(nodes_.begin(), nodes_.end(), [&](const auto& n) { return n.name == name; }),
               nodes_.end());
  return nodes_.size() != before;
}

std::string default_pacs_nodes_path() {
  if (const char* explicit_path = std::getenv("CTLITE_PACS_NODES"); explicit_path && *explicit_path)
    return explicit_path;
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config)
    return std::string(config) + "/ctlite/pacs-nodes.json";
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/.config/ctlite/pacs-nodes.json";
}

}  // namespace ctlite::core
