#pragma once
// RFC 4180 CSV as CT-RATE ships it: quoted fields with embedded commas, quotes ("") and
// newlines (radiology reports are multi-line), an optional UTF-8 byte-order mark, LF or CRLF.

#include <cstddef>
#include <string>
#include <vector>

namespace ctlite::core {

class CsvTable {
 public:
  // Parses `text`; the first record is the header. InputError naming `source` (with the line
  // number) on an unterminated quote, stray text after a closing quote, or a ragged row.
  static CsvTable parse(const std::string& text, const std::string& source);
  // Reads and parses a file (refusing files over 2 GiB).
  static CsvTable read_file(const std::string& path);

  const std::string& source() const { return source_; }
  const std::vector<std::string>& header() const { return header_; }
  const std::vector<std::vector<std::string>>& rows() const { return rows_; }

  // Index of a header column, or -1.
  int find_column(const std::string& name) const;
  // Index of a header column; InputError naming the file and the missing column otherwise.
  std::size_t column(const std::string& name) const;

 private:
  std::string source_;
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace ctlite::core
