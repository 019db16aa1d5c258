#pragma once
// The training engine's memory as the run page shows it: the step events' "memory" object
// (ai/runtime/memory_usage.h: resident set, device, CUDA allocated/reserved on a CUDA build)
// and the live resident set the GUI reads from /proc while the process runs.

#include <QJsonObject>
#include <QString>
#include <optional>

namespace ctlite::widgets {

struct EngineMemory {
  qint64 resident_bytes = 0;
  QString device;  // "cpu", "cuda:0", ...
  std::optional<qint64> cuda_allocated_bytes;
  std::optional<qint64> cuda_reserved_bytes;
};

// nullopt when the event has no memory object (an older engine).
std::optional<EngineMemory> engine_memory_from_event(const QJsonObject& step_event);

// "CPU memory 812 MB · GPU memory: n/a (CPU run)", "… · GPU memory 1.2 GB allocated / 2.0 GB
// reserved", or for a CUDA run whose engine build has no CUDA counters "GPU memory: not
// reported by this engine build". `live_resident_bytes` > 0 (the running process) wins over
// the last event's figure; empty when nothing is known.
QString engine_memory_text(const std::optional<EngineMemory>& reported, qint64 live_resident_bytes);

}  // namespace ctlite::widgets
