#include "app/cli/command_registry.h"

#include <stdexcept>

namespace ctlite::cli {

CommandRegistry& CommandRegistry::instance() {
  static CommandRegistry registry;
  return registry;
}

void CommandRegistry::add(Command command) {
  std::string name = command.name;
  if (!commands_.emplace(name, std::move(command)).second)
    throw std::logic_error("ctlite command registered twice: " + name);
}

const Command* CommandRegistry::find(const std::string& name) const {
  auto it = commands_.find(name);
  return it == commands_.end() ? nullptr : &it->second;
}

}  // namespace ctlite::cli
