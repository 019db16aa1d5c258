#pragma once
// A `ctlite train` metrics table (OUT/metrics.csv: step, epoch, samples, loss, one column per
// loss term, lr, step_seconds, samples_per_second), read for plotting. A term a run did not
// log at some step is "nan" there and stays NaN here (a gap in the curve).

#include <map>
#include <string>
#include <vector>

namespace ctlite::report {

struct MetricsTable {
  std::string path;
  std::vector<std::string> columns;                   // header order
  std::map<std::string, std::vector<double>> values;  // column → one value per row
  std::size_t rows = 0;

  // The column's values; InputError naming the file and listing the columns it has.
  const std::vector<double>& column(const std::string& name) const;
};

// Accepts the CSV file or a run folder holding metrics.csv. InputError naming the file for a
// missing or oversized file, an empty table, a repeated column, a row with the wrong number of
// fields or a field that is not a number.
MetricsTable read_metrics_table(const std::string& path);

}  // namespace ctlite::report
