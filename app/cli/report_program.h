#pragma once
// Runs `ctlite-report` (the Qt 6 PDF renderer) as a child process: `ctlite` links LibTorch,
// which loads Qt 5, so Qt 6 must stay in another process (stack-notes.md).

#include <string>
#include <vector>

namespace ctlite::cli {

// $CTLITE_REPORT when set, else `ctlite-report` beside the running `ctlite` executable (build
// tree and installed layout alike). OutputError naming the path when it is not executable.
std::string report_program_path();

// Runs the program with `arguments` (no shell), its output passing through. std::runtime_error
// with the exit status when it fails.
void run_report_program(const std::vector<std::string>& arguments);

}  // namespace ctlite::cli
