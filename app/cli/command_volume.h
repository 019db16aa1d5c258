#pragma once
// The input volume of a command that reads one CT and writes a derived file: PATH plus the
// shared --series and --metadata options.

#include <string>

#include "app/cli/arguments.h"
#include "core/common/progress.h"
#include "core/volume/volume.h"

namespace ctlite::cli {

// Reads positional PATH with --series / --metadata after checking that writing `output` cannot
// replace an input; the reader's notes (assumed spacing, CSV rescale...) go to stderr as
// "note: ..." lines. Throws InputError/OutputError naming the file.
core::Volume read_command_volume(const Arguments& args, const std::string& output,
                                 const Progress& progress);

}  // namespace ctlite::cli
