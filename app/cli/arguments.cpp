#include "app/cli/arguments.h"

#include <cerrno>
#include <cstdlib>

namespace ctlite::cli {

Arguments::Arguments(const std::vector<std::string>& raw, const OptionSpec& spec) {
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const std::string& arg = raw[i];
    if (arg.size() > 2 && arg.rfind("--", 0) == 0) {
      std::string name = arg;
      std::optional<std::string> inline_value;
      if (auto eq = arg.find('='); eq != std::string::npos) {
        name = arg.substr(0, eq);
        inline_value = arg.substr(eq + 1);
      }
      if (spec.valued.count(name)) {
        if (inline_value) {
          values_[name] = *inline_value;
        } else {
          if (i + 1 >= raw.size()) throw UsageError("option " + name + " needs a value");
          values_[name] = raw[++i];
        }
      } else if (spec.switches.count(name) && !inline_value) {
        switches_.insert(name);
      } else {
        throw UsageError("unknown option " + arg);
      }
    } else {
      positionals_.push_back(arg);
    }
  }
}

const std::string& Arguments::positional(std::size_t i, const std::string& what) const {
  if (i >= positionals_.size()) throw UsageError("missing " + what);
  return positionals_[i];
}

std::optional<std::string> Arguments::value(const std::string& option) const {
  auto it = values_.find(option);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::string Arguments::value_or(const std::string& option, const std::string& fallback) const {
  return value(option).value_or(fallback);
}

std::string Arguments::required(const std::string& option) const {
  auto v = value(option);
  if (!v) throw UsageError("option " + option + " is required");
  return *v;
}

double Arguments::number_or(const std::string& option, double fallback) const {
  auto v = value(option);
  if (!v) return fallback;
  char* end = nullptr;
  errno = 0;
  double parsed = std::strtod(v->c_str(), &end);
  if (errno != 0 || end == v->c_str() || *end != '\0')
    throw UsageError("option " + option + " expects a number, got '" + *v + "'");
  return parsed;
}

long long Arguments::integer_or(const std::string& option, long long fallback) const {
  auto v = value(option);
  if (!v) return fallback;
  char* end = nullptr;
  errno = 0;
  long long parsed = std::strtoll(v->c_str(), &end, 10);
  if (errno != 0 || end == v->c_str() || *end != '\0')
    throw UsageError("option " + option + " expects a whole number, got '" + *v + "'");
  return parsed;
}

}  // namespace ctlite::cli
