// `ctlite models list|register`: the model library (core/model_library/model_library.h) from the
// command line — the same listing and registration the workstation and its fine-tuning wizard
// use, for scripts and for checking that a registered bundle still loads in the engine.

#include <iostream>
#include <sstream>

#include "app/cli/command_registry.h"
#include "core/evaluation/evaluation_report.h"
#include "core/model_library/model_library.h"

namespace ctlite::cli {
namespace {

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream stream(text);
  for (std::string item; std::getline(stream, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

int list_models(const core::ModelLibrary& library) {
  for (const core::LibraryModel& model : library.models()) {
    std::cout << model.id << "\t" << model.name << "\t" << model.version << "\t"
              << (model.macro_auroc ? std::to_string(*model.macro_auroc).substr(0, 6) : std::string("-")) << "\t"
              << (model.registered ? "registered" : "bundled") << "\t" << model.path;
    if (!model.problem.empty()) std::cout << "\t" << model.problem;
    std::cout << "\n";
  }
  return 0;
}

int register_model(const core::ModelLibrary& library, const Arguments& args) {
  core::ModelLineage lineage;
  lineage.teacher = args.value_or("--teacher", "");
  lineage.stages = split_list(args.value_or("--stages", ""));
  lineage.data_path = args.value_or("--data", "");
  lineage.data_description = args.value_or("--data-description", "");
  lineage.trained = args.value_or("--trained", "");
  std::optional<core::EvaluationReport> evaluation;
  if (auto report = args.value("--evaluation")) evaluation = core::read_evaluation_report(*report);
  const core::LibraryModel model =
      library.register_bundle(args.positional(1, "the bundle folder"), lineage, evaluation ? &*evaluation : nullptr);
  std::cout << model.path << "\n";
  return 0;
}

int run_models(const Arguments& args) {
  const std::string action = args.positional(0, "the action (list or register)");
  const core::ModelLibrary library(args.required("--library"));
  if (action == "list") return list_models(library);
  if (action == "register") return register_model(library, args);
  throw UsageError("unknown models action '" + action + "' (list or register)");
}

const CommandRegistration registration{Command{
    "models",
    "list the model library, or register a trained bundle into it with its metrics and lineage",
    "ctlite models list --library DIR\n"
    "ctlite models register BUNDLE --library DIR [--evaluation REPORT.json] [--teacher WHAT]\n"
    "                       [--stages fast,sfp] [--data DIR] [--data-description TEXT]\n"
    "                       [--trained 2026-11-28T12:00:00Z]\n"
    "  list: one line per bundle (id, name, version, macro AUROC, bundled|registered, folder).\n"
    "  register: copies BUNDLE atomically to DIR/<id>-<version> and writes the evaluation's\n"
    "  metrics and thresholds (`ctlite evaluate --out`) and a provenance object into its\n"
    "  manifest; prints the new folder. The workstation's library is\n"
    "  ~/.local/share/CT-Lite/ctlite-viewer/models.",
    OptionSpec{{"--library", "--evaluation", "--teacher", "--stages", "--data", "--data-description", "--trained"}, {}},
    run_models,
}};

}  // namespace
}  // namespace ctlite::cli
