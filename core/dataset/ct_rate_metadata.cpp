#include "core/dataset/ct_rate_metadata.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

const char* const kRequiredColumns[] = {"VolumeName", "XYSpacing", "ZSpacing", "RescaleSlope",
                                        "RescaleIntercept"};

std::string trim(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// A whole string as a finite number (Python float() rules: surrounding blanks allowed).
double parse_number(const std::string& text) {
  const std::string trimmed = trim(text);
  if (trimmed.empty()) throw std::invalid_argument("empty");
  char* end = nullptr;
  errno = 0;
  const double value = std::strtod(trimmed.c_str(), &end);
  if (end != trimmed.c_str() + trimmed.size() || errno == ERANGE || !std::isfinite(value))
    throw std::invalid_argument("'" + text + "' is not a number");
  return value;
}

std::string file_name_of(const std::string& name) {
  return std::filesystem::path(name).filename().string();
}

}  // namespace

std::array<double, 2> parse_xy_spacing(const std::string& text) {
  std::string inner = trim(text);
  if (!inner.empty() && inner.front() == '[' && inner.back() == ']')
    inner = inner.substr(1, inner.size() - 2);
  const std::size_t comma = inner.find(',');
  std::array<double, 2> spacing{};
  if (comma == std::string::npos) {
    spacing[0] = spacing[1] = parse_number(inner);
  } else {
    if (inner.find(',', comma + 1) != std::string::npos)
      throw std::invalid_argument("'" + text + "' has more than two numbers");
    spacing[0] = parse_number(inner.substr(0, comma));
    spacing[1] = parse_number(inner.substr(comma + 1));
  }
  if (spacing[0] <= 0 || spacing[1] <= 0)
    throw std::invalid_argument("'" + text + "' is not a positive spacing");
  return spacing;
}

double ct_clip_xy_spacing(const std::string& xy_spacing_text) {
  // Python: float(s[1:][:-2].split(",")[0])
  if (xy_spacing_text.size() < 3)
    throw std::invalid_argument("'" + xy_spacing_text + "' too short");
  const std::string sliced = xy_spacing_text.substr(1, xy_spacing_text.size() - 3);
  return parse_number(sliced.substr(0, sliced.find(',')));
}

CtRateMetadata CtRateMetadata::read_file(const std::string& path) {
  return CtRateMetadata(CsvTable::read_file(path));
}

CtRateMetadata::CtRateMetadata(CsvTable table) : table_(std::move(table)) {
  for (const char* column : kRequiredColumns) table_.column(column);
  const std::size_t name_column = table_.column("VolumeName");
  for (std::size_t row = 0; row < table_.rows().size(); ++row)
    row_of_name_.emplace(file_name_of(trim(table_.rows()[row][name_column])), row);
}

std::optional<CtRateMetadataRow> CtRateMetadata::find(const std::string& volume_name) const {
  const auto found = row_of_name_.find(file_name_of(trim(volume_name)));
  if (found == row_of_name_.end()) return std::nullopt;
  const auto& cells = table_.rows()[found->second];
  CtRateMetadataRow row;
  for (std::size_t column = 0; column < cells.size(); ++column)
    row.fields[table_.header()[column]] = cells[column];
  row.volume_name = trim(row.fields["VolumeName"]);
  row.xy_spacing_text = row.fields["XYSpacing"];
  const std::string where = "row for " + row.volume_name + ": ";
  try {
    row.xy_spacing = parse_xy_spacing(row.xy_spacing_text);
  } catch (const std::invalid_argument& e) {
    throw InputError(source(), where + "XYSpacing " + e.what());
  }
  auto number = [&](const char* column, double& target) {
    try {
      target = parse_number(row.fields[column]);
    } catch (const std::invalid_argument& e) {
      throw InputError(source(), where + column + " " + e.what());
    }
  };
  number("ZSpacing", row.z_spacing);
  number("RescaleSlope", row.rescale_slope);
  number("RescaleIntercept", row.rescale_intercept);
  if (row.z_spacing <= 0) throw InputError(source(), where + "ZSpacing must be positive");
  if (row.rescale_slope == 0) throw InputError(source(), where + "RescaleSlope is 0");
  return row;
}

}  // namespace ctlite::core
