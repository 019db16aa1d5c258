#include "ai/training/learning_rate_schedule.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace ctlite::ai {

double LearningRateSchedule::at(std::int64_t step) const {
  if (step < warmup_steps)
    return base * static_cast<double>(step + 1) / static_cast<double>(warmup_steps);
  const double span = static_cast<double>(std::max<std::int64_t>(1, total_steps - warmup_steps));
  const double progress = std::min(1.0, static_cast<double>(step - warmup_steps) / span);
  return minimum + (base - minimum) * 0.5 * (1.0 + std::cos(M_PI * progress));
}

void LearningRateSchedule::validate() const {
  if (!(base > 0) || !(minimum >= 0) || minimum > base)
    throw std::invalid_argument("learning rate: need 0 <= minimum (" + std::to_string(minimum) +
                                ") <= base (" + std::to_string(base) + ") and base > 0");
  if (total_steps < 1 || warmup_steps < 0 || warmup_steps > total_steps)
    throw std::invalid_argument("learning rate schedule: need 0 <= warm-up steps (" +
                                std::to_string(warmup_steps) + ") <= total steps (" +
                                std::to_string(total_steps) + "), total >= 1");
}

}  // namespace ctlite::ai
