#pragma once
// Linear warm-up then cosine annealing to a floor (Loshchilov & Hutter, SGDR, without restarts).

#include <cstdint>

namespace ctlite::ai {

struct LearningRateSchedule {
  double base = 1e-4;    // reached at the end of warm-up
  double minimum = 1e-6; // reached at the last step
  std::int64_t warmup_steps = 0;
  std::int64_t total_steps = 1;

  // Learning rate of the update with 0-based index `step`. Warm-up ramps base·(step+1)/warmup so
  // the first update is never made with lr 0; afterwards
  //   lr = minimum + (base − minimum)·½·(1 + cos(π·p)),  p = (step − warmup)/(total − warmup),
  // clamped at p = 1 (steps past `total_steps` stay at the minimum).
  double at(std::int64_t step) const;
  // at(step) / base: the factor applied to every parameter group's own (μP-scaled) base rate.
  double factor(std::int64_t step) const { return base > 0 ? at(step) / base : 0.0; }
  // std::invalid_argument for negative or inconsistent settings.
  void validate() const;
};

}  // namespace ctlite::ai
