#include "app/cli/command_volume.h"

#include <iostream>

#include "app/cli/output_paths.h"
#include "core/io/volume_reader.h"

namespace ctlite::cli {

core::Volume read_command_volume(const Arguments& args, const std::string& output,
                                 const Progress& progress) {
  const std::string input_path = args.positional(0, "input PATH");
  core::VolumeReadOptions options;
  options.series_uid = args.value_or("--series", "");
  options.metadata_csv = args.value_or("--metadata", "");
  refuse_overwriting_inputs(output, {input_path, options.metadata_csv});
  core::ReadNotes notes;
  core::Volume volume = core::read_volume(input_path, options, progress, &notes);
  for (const std::string& note : notes) std::cerr << "note: " << note << "\n";
  return volume;
}

}  // namespace ctlite::cli
