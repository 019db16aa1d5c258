#include "core/dataset/reports_csv.h"

#include <filesystem>
#include <set>

#include "core/common/errors.h"
#include "core/dataset/csv_table.h"
#include "core/io/jpeg_stack_reader.h"

namespace ctlite::core {
namespace {
namespace fs = std::filesystem;

// Beyond this many, per-row problems of a CSV are counted, not listed one by one.
constexpr std::size_t kListedRowProblems = 20;

std::string resolve(const fs::path& folder, const std::string& value) {
  const fs::path path(value);
  return (path.is_absolute() ? path : folder / path).lexically_normal().string();
}

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

}  // namespace

std::optional<std::string> find_reports_csv(const std::string& path) {
  std::error_code error;
  if (fs::is_regular_file(path, error) && fs::path(path).extension() == ".csv") return path;
  const fs::path inside = fs::path(path) / kReportsCsvName;
  if (fs::is_directory(path, error) && fs::is_regular_file(inside, error)) return inside.string();
  return std::nullopt;
}

ReportsCsv read_reports_csv(const std::string& path, std::vector<ValidationMessage>& problems) {
  ReportsCsv result;
  result.path = path;
  std::optional<CsvTable> table;
  try {
    table.emplace(CsvTable::read_file(path));
  } catch (const InputError& e) {
    problems.push_back({ValidationSeverity::Error, e.path(), e.problem()});
    return result;
  }
  const int volume_column = table->find_column("volume");
  const int report_column = table->find_column("report");
  if (volume_column < 0 || report_column < 0) {
    problems.push_back({ValidationSeverity::Error, path,
                        "needs the columns 'volume' and 'report' (found: " + joined(table->header()) + ")"});
    return result;
  }
  const int split_column = table->find_column("split");
  const int patient_column = table->find_column("patient");
  const int compressed_column = table->find_column("compressed");
  result.paired = compressed_column >= 0;
  result.has_patients = patient_column >= 0;

  std::array<int, kAbnormalityCount> label_columns{};
  std::vector<std::string> missing_labels;
  for (std::size_t f = 0; f < kAbnormalityCount; ++f) {
    label_columns[f] = table->find_column(std::string(kAbnormalityNames[f]));
    if (label_columns[f] < 0) missing_labels.emplace_back(kAbnormalityNames[f]);
  }
  const std::size_t found_labels = kAbnormalityCount - missing_labels.size();
  if (found_labels > 0 && found_labels < kAbnormalityCount) {
    // Half a label set would silently train some findings on derived labels, some on given ones.
    problems.push_back({ValidationSeverity::Error, path,
                        "has " + std::to_string(found_labels) + " of the 18 finding columns; missing: " +
                            joined(missing_labels)});
    return result;
  }
  result.has_labels = found_labels == kAbnormalityCount;

  const fs::path folder = fs::absolute(path).parent_path();
  std::set<std::string> seen;
  std::size_t row_problems = 0;
  const auto problem = [&](const std::string& at, const std::string& text) {
    if (++row_problems <= kListedRowProblems) problems.push_back({ValidationSeverity::Error, at, text});
  };
  const auto& rows = table->rows();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& cells = rows[i];
    ReportsCsvRow row;
    row.row = i + 1;
    const std::string where = "row " + std::to_string(row.row);
    row.volume = cells[static_cast<std::size_t>(volume_column)];
    row.report = cells[static_cast<std::size_t>(report_column)];
    row.split = split_column >= 0 ? cells[static_cast<std::size_t>(split_column)] : "train";
    row.patient = patient_column >= 0 ? cells[static_cast<std::size_t>(patient_column)] : row.volume;
    if (row.volume.empty()) {
      problem(path, where + ": empty 'volume'");
      continue;
    }
    bool ok = true;
    if (!seen.insert(row.volume).second) {
      problem(path, where + ": volume '" + row.volume + "' is listed twice");
      ok = false;
    }
    if (row.split != "train" && row.split != "valid") {
      problem(path, where + ": split must be train or valid, got '" + row.split + "'");
      ok = false;
    }
    if (row.patient.empty()) {
      problem(path, where + ": empty 'patient'");
      ok = false;
    }
    row.volume_path = resolve(folder, row.volume);
    std::error_code error;
    if (!fs::exists(row.volume_path, error)) {
      problem(row.volume_path, "listed in " + path + " (" + where + ") but missing");
      ok = false;
      row.missing_files = true;
    }
    if (result.paired) {
      const std::string& compressed = cells[static_cast<std::size_t>(compressed_column)];
      row.compressed_path = compressed.empty() ? "" : resolve(folder, compressed);
      if (compressed.empty()) {
        problem(path, where + ": empty 'compressed' (the paired layout needs one per case)");
        ok = false;
      } else if (!fs::is_directory(row.compressed_path, error)) {
        problem(row.compressed_path, "listed as compressed in " + path + " (" + where + ") but not a folder");
        ok = false;
        row.missing_files = true;
      } else if (list_jpeg_slices(row.compressed_path).empty()) {
        problem(row.compressed_path, "listed as compressed in " + path + " (" + where + ") but holds no JPEG slices");
        ok = false;
      }
    }
    if (result.has_labels) {
      std::array<bool, kAbnormalityCount> labels{};
      for (std::size_t f = 0; f < kAbnormalityCount; ++f) {
        const std::string& value = cells[static_cast<std::size_t>(label_columns[f])];
        if (value != "0" && value != "1") {
          problem(path, where + ": '" + std::string(kAbnormalityNames[f]) + "' must be 0 or 1, got '" + value + "'");
          ok = false;
        }
        labels[f] = value == "1";
      }
      row.labels = labels;
    }
    row.usable = ok;
    result.rows.push_back(std::move(row));
  }
  if (row_problems > kListedRowProblems)
    problems.push_back({ValidationSeverity::Error, path,
                        std::to_string(row_problems - kListedRowProblems) + " more row problems not listed"});
  return result;
}

}  // namespace ctlite::core
