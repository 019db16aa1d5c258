#pragma once
// Command-line arguments of one `ctlite` sub-command: positionals, `--name value` options and
// `--flag` switches. Unknown options are an error, so a typo never silently changes behaviour.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ctlite::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::set<std::string> valued;    // options that take a value, e.g. "--out"
  std::set<std::string> switches;  // options without a value, e.g. "--json"
};

class Arguments {
 public:
  Arguments(const std::vector<std::string>& raw, const OptionSpec& spec);

  const std::vector<std::string>& positionals() const { return positionals_; }
  // The i-th positional argument; UsageError naming `what` when it is missing.
  const std::string& positional(std::size_t i, const std::string& what) const;
  bool has(const std::string& switch_name) const { return switches_.count(switch_name) > 0; }
  std::optional<std::string> value(const std::string& option) const;
  std::string value_or(const std::string& option, const std::string& fallback) const;
  std::string required(const std::string& option) const;
  double number_or(const std::string& option, double fallback) const;
  long long integer_or(const std::string& option, long long fallback) const;

 private:
  std::vector<std::string> positionals_;
  std::map<std::string, std::string> values_;
  std::set<std::string> switches_;
};

}  // namespace ctlite::cli
