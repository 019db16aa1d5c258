// `ctlite pacs echo|store|find|get|nodes`: DICOM networking with one PACS node (core/pacs),
// named by address or by the name it was saved under (`ctlite pacs nodes add`).

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include <dcmtk/oflog/oflog.h>

#include "app/cli/command_registry.h"
#include "core/common/errors.h"
#include "core/pacs/pacs_client.h"
#include "core/pacs/pacs_node_list.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite pacs echo  --node NODE\n"
    "ctlite pacs store --node NODE FILE|FOLDER...\n"
    "ctlite pacs find  --node NODE [--patient-id ID] [--patient-name NAME]\n"
    "                  [--study-date YYYYMMDD[-YYYYMMDD]] [--accession A] [--study UID] [--json]\n"
    "ctlite pacs get   --node NODE --study UID [--series UID] --out NEW_FOLDER\n"
    "ctlite pacs move  --node NODE --study UID [--series UID] --out NEW_FOLDER --port N\n"
    "ctlite pacs nodes list | add NAME AE@HOST:PORT [--calling-ae AE] | remove NAME\n"
    "common: [--calling-ae CTLITE] [--timeout 30] [--nodes-file FILE]\n\n"
    "NODE is AE@HOST:PORT or the NAME of a saved node (its own calling AE title unless\n"
    "--calling-ae is given). Saved nodes live in --nodes-file, default $CTLITE_PACS_NODES,\n"
    "else $XDG_CONFIG_HOME/ctlite/pacs-nodes.json, else ~/.config/ctlite/pacs-nodes.json.\n"
    "echo: C-ECHO. store: C-STORE of every DICOM file (folders recursively), e.g. an exported\n"
    "SR or encapsulated PDF. find: Study Root C-FIND of studies, or of the series of --study.\n"
    "get: C-GET of a study (or series) into a new folder, written completely or not at all.\n"
    "move: the same by C-MOVE: the PACS sends to our calling AE title at this host on --port,\n"
    "where ctlite listens during the move (the PACS must list that AE, host and port).";

int run_nodes(const Arguments& args, const std::string& nodes_file) {
  const std::string action = args.positional(1, "nodes action (list, add, remove)");
  core::PacsNodeList list = core::PacsNodeList::load(nodes_file);
  if (action == "list") {
    for (const auto& node : list.nodes())
      std::cout << node.name << "\t" << node.peer.text() << "\tcalling AE " << node.calling_ae_title << "\n";
    std::cout << list.nodes().size() << " node(s) in " << nodes_file << "\n";
    return 0;
  }
  if (action == "add") {
    core::SavedPacsNode node;
    node.name = args.positional(2, "node NAME");
    try {
      node.peer = core::parse_dicom_node(args.positional(3, "node address AE@HOST:PORT"));
      node.calling_ae_title = args.value_or("--calling-ae", node.calling_ae_title);
      list.put(node);
    } catch (const std::invalid_argument& e) {
      throw UsageError(e.what());
    }
    list.save(nodes_file);
    std::cout << nodes_file << ": saved " << node.name << " = " << node.peer.text() << "\n";
    return 0;
  }
  if (action == "remove") {
    const std::string name = args.positional(2, "node NAME");
    if (!list.remove(name)) throw core::InputError(nodes_file, "no node named '" + name + "'");
    list.save(nodes_file);
    std::cout << nodes_file << ": removed " << name << "\n";
    return 0;
  }
  throw UsageError("unknown nodes action '" + action + "' (list, add, remove)");
}

// --node AE@HOST:PORT, or the name of a saved node (which brings its calling AE title).
core::DicomNode resolve_node(const Arguments& args, const std::string& nodes_file,
                             core::PacsOptions& options) {
  const std::string text = args.required("--node");
  if (text.find('@') == std::string::npos) {
    const core::PacsNodeList list = core::PacsNodeList::load(nodes_file);
    const core::SavedPacsNode* saved = list.find(text);
    if (!saved) throw core::InputError(nodes_file, "no PACS node named '" + text + "' (ctlite pacs nodes list)");
    options.calling_ae_title = args.value_or("--calling-ae", saved->calling_ae_title);
    return saved->peer;
  }
  try {
    return core::parse_dicom_node(text);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

std::vector<std::string> expand_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    if (!std::filesystem::is_directory(path)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
      if (entry.is_regular_file()) found.push_back(entry.path().string());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

void print_matches(const std::vector<core::QueryMatch>& matches, bool as_json) {
  if (as_json) {
    std::cout << nlohmann::json(matches).dump(2) << "\n";
    return;
  }
  for (const auto& match : matches) {
    for (const auto& [keyword, value] : match) std::cout << keyword << "=" << value << "  ";
    std::cout << "\n";
  }
  std::cout << matches.size() << " match(es)\n";
}

int run_pacs(const Arguments& args) {
  // DCMTK's network module logs every association step at INFO on stderr; our summary lines
  // and one-line errors say what matters.
  OFLog::configure(OFLogger::WARN_LOG_LEVEL);
  const std::string action = args.positional(0, "action (echo, store, find, get, move, nodes)");
  const std::string nodes_file = args.value_or("--nodes-file", core::default_pacs_nodes_path());
  if (action == "nodes") return run_nodes(args, nodes_file);
  core::PacsOptions options;
  options.calling_ae_title = args.value_or("--calling-ae", options.calling_ae_title);
  options.timeout_seconds = static_cast<int>(args.integer_or("--timeout", options.timeout_seconds));
  if (options.timeout_seconds < 1) throw UsageError("--timeout must be at least 1 second");
  const core::DicomNode node = resolve_node(args, nodes_file, options);
  const core::PacsClient client(node, options);

  if (action == "echo") {
    client.echo();
    std::cout << node.text() << ": C-ECHO succeeded\n";
  } else if (action == "store") {
    const std::vector<std::string> paths(args.positionals().begin() + 1, args.positionals().end());
    if (paths.empty()) throw UsageError("store needs at least one FILE or FOLDER");
    const auto files = expand_files(paths);
    std::cout << node.text() << ": stored " << client.store(files) << " of " << files.size()
              << " file(s)\n";
  } else if (action == "find") {
    if (const auto study = args.value("--study")) {
      print_matches(client.find_series(*study), args.has("--json"));
      return 0;
    }
    std::map<std::string, std::string> filters;
    for (const auto& [option, keyword] :
         {std::pair{"--patient-id", "PatientID"}, std::pair{"--patient-name", "PatientName"},
          std::pair{"--study-date", "StudyDate"}, std::pair{"--accession", "AccessionNumber"}})
      if (const auto value = args.value(option)) filters[keyword] = *value;
    print_matches(client.find_studies(filters), args.has("--json"));
  } else if (action == "get") {
    const auto files =
        client.get(args.required("--study"), args.value_or("--series", ""), args.required("--out"));
    std::cout << args.required("--out") << ": retrieved " << files.size() << " instance(s)\n";
  } else if (action == "move") {
    core::PacsOptions move_options = options;
    move_options.move_port = static_cast<int>(args.integer_or("--port", 0));
    if (move_options.move_port < 1 || move_options.move_port > 65535)
      throw UsageError("move needs --port 1..65535 (where the PACS sends the instances)");
    const auto files = core::PacsClient(node, move_options)
                           .move(args.required("--study"), args.value_or("--series", ""), args.required("--out"));
    std::cout << args.required("--out") << ": retrieved " << files.size() << " instance(s) by C-MOVE\n";
  } else {
    throw UsageError("unknown action '" + action + "' (echo, store, find, get, move, nodes)");
  }
  return 0;
}

const CommandRegistration registration{Command{
    "pacs", "DICOM networking: C-ECHO, C-STORE, C-FIND, C-GET, C-MOVE with a PACS node", kUsage,
    OptionSpec{{"--node", "--calling-ae", "--timeout", "--patient-id", "--patient-name",
                "--study-date", "--accession", "--study", "--series", "--out", "--nodes-file", "--port"},
               {"--json"}},
    run_pacs}};

}  // namespace
}  // namespace ctlite::cli
