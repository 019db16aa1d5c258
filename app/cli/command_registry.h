#pragma once
// Every `ctlite` sub-command lives in its own file under app/cli/commands/ and registers itself
// here with a static CommandRegistration, so adding a command touches no shared file.

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/cli/arguments.h"

namespace ctlite::cli {

struct Command {
  std::string name;
  std::string summary;  // one line for `ctlite --help`
  std::string usage;    // full usage text for `ctlite NAME --help`
  OptionSpec options;
  // Returns the process exit code. Throws core::InputError / UsageError / std::exception on
  // failure; main() turns those into one clear line on stderr and a non-zero exit.
  std::function<int(const Arguments&)> run;
};

class CommandRegistry {
 public:
  static CommandRegistry& instance();
  void add(Command command);
  const Command* find(const std::string& name) const;
  const std::map<std::string, Command>& all() const { return commands_; }

 private:
  std::map<std::string, Command> commands_;
};

struct CommandRegistration {
  explicit CommandRegistration(Command command) {
    CommandRegistry::instance().add(std::move(command));
  }
};

}  // namespace ctlite::cli
