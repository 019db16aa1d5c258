#include "app/report/metrics_table.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/common/errors.h"

namespace ctlite::report {
namespace {
namespace fs = std::filesystem;

// A metrics table grows by ~100 bytes a step: 64 MiB is far beyond any run we plot.
constexpr std::uintmax_t kMaximumBytes = 64ull << 20;

std::vector<std::string> split_fields(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream stream(line);
  for (std::string field; std::getline(stream, field, ',');) fields.push_back(field);
  if (!line.empty() && line.back() == ',') fields.emplace_back();
  return fields;
}

}  // namespace

const std::vector<double>& MetricsTable::column(const std::string& name) const {
  const auto found = values.find(name);
  if (found != values.end()) return found->second;
  std::string known;
  for (const auto& c : columns) known += (known.empty() ? "" : ", ") + c;
  throw core::InputError(path, "no column '" + name + "' (it has: " + known + ")");
}

MetricsTable read_metrics_table(const std::string& path) {
  MetricsTable table;
  table.path = fs::is_directory(path) ? (fs::path(path) / "metrics.csv").string() : path;
  std::error_code error;
  const std::uintmax_t bytes = fs::file_size(table.path, error);
  if (error) throw core::InputError(table.path, "cannot read: " + error.message());
  if (bytes > kMaximumBytes)
    throw core::InputError(table.path, std::to_string(bytes) + " bytes, more than a metrics table can be");
  std::ifstream in(table.path);
  if (!in) throw core::InputError(table.path, "cannot open");

  std::string line;
  if (!std::getline(in, line) || line.empty()) throw core::InputError(table.path, "empty, no header line");
  if (line.back() == '\r') line.pop_back();
  table.columns = split_fields(line);
  for (const auto& name : table.columns) {
    if (name.empty()) throw core::InputError(table.path, "header has an empty column name");
    if (!table.values.emplace(name, std::vector<double>{}).second)
      throw core::InputError(table.path, "column '" + name + "' appears twice in the header");
  }
  for (std::size_t line_number = 2; std::getline(in, line); ++line_number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const auto fields = split_fields(line);
    if (fields.size() != table.columns.size())
      throw core::InputError(table.path, "line " + std::to_string(line_number) + " has " +
                                             std::to_string(fields.size()) + " fields, the header " +
                                             std::to_string(table.columns.size()));
    for (std::size_t i = 0; i < fields.size(); ++i) {
      char* end = nullptr;
      errno = 0;
      const double value = std::strtod(fields[i].c_str(), &end);
      if (fields[i].empty() || *end != '\0' || errno == ERANGE)
        throw core::InputError(table.path, "line " + std::to_string(line_number) + ", column '" +
                                               table.columns[i] + "': '" + fields[i] + "' is not a number");
      table.values[table.columns[i]].push_back(value);
    }
    ++table.rows;
  }
  if (table.rows == 0) throw core::InputError(table.path, "has a header but no rows");
  return table;
}

}  // namespace ctlite::report
