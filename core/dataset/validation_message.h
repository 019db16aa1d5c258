#pragma once
// One finding of a training-data check: the file at fault and the problem, in one line.

#include <string>

namespace ctlite::core {

enum class ValidationSeverity { Error, Warning };

struct ValidationMessage {
  ValidationSeverity severity = ValidationSeverity::Error;
  std::string path;     // the file or folder at fault
  std::string problem;  // one line
  std::string text() const { return path + ": " + problem; }
};

}  // namespace ctlite::core
