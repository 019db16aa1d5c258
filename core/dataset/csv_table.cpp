#include "core/dataset/csv_table.h"

#include "core/common/errors.h"
#include "core/io/file_bytes.h"

namespace ctlite::core {
namespace {

constexpr std::uint64_t kMaxCsvBytes = std::uint64_t{2} << 30;

}  // namespace

CsvTable CsvTable::parse(const std::string& text, const std::string& source) {
  CsvTable table;
  table.source_ = source;
  std::size_t at = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // UTF-8 BOM (Excel)
  std::size_t line = 1;
  std::vector<std::string> record;
  std::string field;
  auto fail = [&](const std::string& problem) {
    throw InputError(source, "line " + std::to_string(line) + ": " + problem);
  };
  auto finish_record = [&]() {
    record.push_back(std::move(field));
    field.clear();
    // A blank line (one empty field) is not a record; CT-RATE files end with one.
    if (!(record.size() == 1 && record[0].empty())) {
      if (table.header_.empty()) {
        table.header_ = std::move(record);
      } else {
        if (record.size() != table.header_.size())
          fail("has " + std::to_string(record.size()) + " fields but the header has " +
               std::to_string(table.header_.size()));
        table.rows_.push_back(std::move(record));
      }
    }
    record.clear();
  };

  while (at < text.size()) {
    const char c = text[at];
    if (c == '"' && field.empty()) {
      // Quoted field: runs to the closing quote; "" is a literal quote.
      const std::size_t start_line = line;
      ++at;
      for (;;) {
        if (at >= text.size())
          throw InputError(source, "line " + std::to_string(start_line) + ": unterminated quote");
        if (text[at] == '"') {
          if (at + 1 < text.size() && text[at + 1] == '"') {
            field += '"';
            at += 2;
            continue;
          }
          ++at;
          break;
        }
        if (text[at] == '\n') ++line;
        field += text[at++];
      }
      if (at < text.size() && text[at] != ',' && text[at] != '\n' && text[at] != '\r')
        fail("text after a closing quote");
      continue;
    }
    if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
      ++at;
    } else if (c == '\r' && at + 1 < text.size() && text[at + 1] == '\n') {
      ++at;  // CRLF: the \n ends the record
    } else if (c == '\n') {
      finish_record();
      ++line;
      ++at;
    } else {
      field += c;
      ++at;
    }
  }
  if (!field.empty() || !record.empty()) finish_record();
  if (table.header_.empty()) throw InputError(source, "CSV file is empty (no header)");
  return table;
}

CsvTable CsvTable::read_file(const std::string& path) {
  const auto bytes = read_file_bytes(path, kMaxCsvBytes);
  return parse(std::string(bytes.begin(), bytes.end()), path);
}

int CsvTable::find_column(const std::string& name) const {
  for (std::size_t i = 0; i < header_.size(); ++i)
    if (header_[i] == name) return static_cast<int>(i);
  return -1;
}

std::size_t CsvTable::column(const std::string& name) const {
  const int index = find_column(name);
  if (index < 0) throw InputError(source_, "CSV has no column \"" + name + "\"");
  return static_cast<std::size_t>(index);
}

}  // namespace ctlite::core
