// `ctlite info PATH`: what a file or folder holds (format, grid, geometry, unit, value range,
// every series) and what the reader assumed, as text or as JSON for scripts.

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>

#include "app/cli/command_registry.h"
#include "core/io/volume_reader.h"

namespace ctlite::cli {
namespace {

using nlohmann::json;

const char* unit_name(core::IntensityUnit unit) {
  switch (unit) {
    case core::IntensityUnit::Hounsfield:
      return "hounsfield";
    case core::IntensityUnit::WindowedGray:
      return "windowed-gray";
    case core::IntensityUnit::Unknown:
      return "unknown";
  }
  return "unknown";
}

json value_statistics(const core::Volume& volume) {
  double sum = 0.0;
  float low = std::numeric_limits<float>::infinity(), high = -low;
  for (float value : volume.voxels) {
    sum += value;
    low = std::min(low, value);
    high = std::max(high, value);
  }
  return {{"min", low}, {"max", high}, {"mean", sum / static_cast<double>(volume.voxels.size())}};
}

json describe(const std::string& path, const Arguments& arguments) {
  core::VolumeReadOptions options;
  options.series_uid = arguments.value_or("--series", "");
  options.metadata_csv = arguments.value_or("--metadata", "");

  json report;
  report["path"] = path;
  report["format"] = core::volume_format_name(core::detect_volume_format(path));
  const std::vector<core::SeriesSummary> series = core::list_series(path);
  report["series"] = json::array();
  for (const auto& found : series)
    report["series"].push_back({{"uid", found.uid},
                                {"description", found.description},
                                {"modality", found.modality},
                                {"images", found.images}});
  core::ReadNotes notes;
  if (series.size() > 1 && options.series_uid.empty()) {
    // Listing the series is the answer; loading one would be a guess.
    notes.push_back("the folder holds " + std::to_string(series.size()) +
                    " series; pass --series UID to load one");
    report["notes"] = notes;
    return report;
  }

  const core::Volume volume = core::read_volume(path, options, {}, &notes);
  report["format"] = volume.source_format;
  report["dims"] = volume.dims;
  report["spacing"] = volume.spacing;
  report["origin"] = volume.origin;
  report["direction"] = volume.direction;
  report["modality"] = volume.metadata.modality;
  report["unit"] = unit_name(volume.unit);
  if (volume.unit == core::IntensityUnit::WindowedGray)
    report["stored_window"] = {{"center", volume.stored_window.center},
                               {"width", volume.stored_window.width}};
  report["values"] = value_statistics(volume);
  report["hu"] = volume.unit == core::IntensityUnit::Hounsfield ? report["values"] : json();
  report["notes"] = notes;
  return report;
}

std::string numbers(const json& values, const char* separator) {
  std::string text;
  for (const auto& value : values) {
    char number[32];
    std::snprintf(number, sizeof number, "%g", value.get<double>());
    text += (text.empty() ? "" : separator) + std::string(number);
  }
  return text;
}

void print_text(const json& report) {
  std::cout << "path:       " << report["path"].get<std::string>() << "\n"
            << "format:     " << report["format"].get<std::string>() << "\n";
  if (report.contains("dims")) {
    std::cout << "size:       " << numbers(report["dims"], " x ") << " voxels\n"
              << "spacing:    " << numbers(report["spacing"], " x ") << " mm\n"
              << "origin:     " << numbers(report["origin"], ", ") << " (LPS mm)\n"
              << "direction:  " << numbers(report["direction"], " ") << "\n"
              << "modality:   " << report["modality"].get<std::string>() << "\n"
              << "unit:       " << report["unit"].get<std::string>() << "\n";
    if (report.contains("stored_window"))
      std::cout << "window:     center " << report["stored_window"]["center"].get<double>()
                << ", width " << report["stored_window"]["width"].get<double>() << "\n";
    const json& values = report["values"];
    std::cout << (report["hu"].is_null() ? "values:     " : "HU:         ") << "min "
              << values["min"].get<double>() << "  max " << values["max"].get<double>() << "  mean "
              << values["mean"].get<double>() << "\n";
  }
  std::cout << "series:     " << report["series"].size() << "\n";
  for (const auto& series : report["series"])
    std::cout << "  "
              << (series["uid"].get<std::string>().empty() ? "-" : series["uid"].get<std::string>())
              << "  " << series["modality"].get<std::string>() << "  \""
              << series["description"].get<std::string>() << "\"  "
              << series["images"].get<std::size_t>() << " images\n";
  for (const auto& note : report["notes"])
    std::cout << "note:       " << note.get<std::string>() << "\n";
}

int run_info(const Arguments& arguments) {
  const std::string& path = arguments.positional(0, "PATH");
  if (arguments.positionals().size() > 1) throw UsageError("info takes one PATH");
  const json report = describe(path, arguments);
  if (arguments.has("--json"))
    std::cout << report.dump(2) << "\n";
  else
    print_text(report);
  return 0;
}

const CommandRegistration registration{Command{
    "info",
    "describe a volume file or folder (format, geometry, unit, values, series)",
    "ctlite info PATH [--series UID] [--metadata CSV] [--json]\n"
    "  PATH        DICOM file or folder, NIfTI (.nii/.nii.gz), JPEG slice folder or .npz\n"
    "  --series    Series Instance UID to load when a DICOM folder holds several\n"
    "  --metadata  CT-RATE metadata CSV: spacing and Hounsfield rescale for a CT-RATE NIfTI\n"
    "  --json      machine-readable output",
    OptionSpec{{"--series", "--metadata"}, {"--json"}},
    run_info,
}};

}  // namespace
}  // namespace ctlite::cli
