// `ctlite pacs echo|store|find|get`: DICOM networking with one PACS node (core/pacs).

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/command_registry.h"
#include "core/pacs/pacs_client.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite pacs echo  --node AE@HOST:PORT\n"
    "ctlite pacs store --node AE@HOST:PORT FILE|FOLDER...\n"
    "ctlite pacs find  --node AE@HOST:PORT [--patient-id ID] [--patient-name NAME]\n"
    "                  [--study-date YYYYMMDD[-YYYYMMDD]] [--accession A] [--study UID] [--json]\n"
    "ctlite pacs get   --node AE@HOST:PORT --study UID [--series UID] --out NEW_FOLDER\n"
    "common: [--calling-ae CTLITE] [--timeout 30]\n\n"
    "echo: C-ECHO. store: C-STORE of every DICOM file (folders recursively), e.g. an exported\n"
    "SR or encapsulated PDF. find: Study Root C-FIND of studies, or of the series of --study.\n"
    "get: C-GET of a study (or series) into a new folder, written completely or not at all.";

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
  const std::string action = args.positional(0, "action (echo, store, find, get)");
  core::PacsOptions options;
  options.calling_ae_title = args.value_or("--calling-ae", options.calling_ae_title);
  options.timeout_seconds = static_cast<int>(args.integer_or("--timeout", options.timeout_seconds));
  if (options.timeout_seconds < 1) throw UsageError("--timeout must be at least 1 second");
  core::DicomNode node;
  try {
    node = core::parse_dicom_node(args.required("--node"));
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
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
  } else {
    throw UsageError("unknown action '" + action + "' (echo, store, find, get)");
  }
  return 0;
}

const CommandRegistration registration{Command{
    "pacs", "DICOM networking: C-ECHO, C-STORE, C-FIND, C-GET with a PACS node", kUsage,
    OptionSpec{{"--node", "--calling-ae", "--timeout", "--patient-id", "--patient-name",
                "--study-date", "--accession", "--study", "--series", "--out"},
               {"--json"}},
    run_pacs}};

}  // namespace
}  // namespace ctlite::cli
