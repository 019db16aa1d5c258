#include "widgets/wizard/engine_memory.h"

#include <QCoreApplication>

// Context "EngineMemory" without the namespace: translations/qualify_contexts.py strips
// "ctlite::widgets::" before lupdate, which then dropped a qualified context's translations.

namespace ctlite::widgets {
namespace {

QString bytes_text(qint64 bytes) {
  constexpr double kMiB = 1024.0 * 1024.0;
  if (bytes >= 10LL * 1024 * 1024 * 1024)
    return QCoreApplication::translate("EngineMemory", "%1 GB")
        .arg(static_cast<double>(bytes) / (kMiB * 1024.0), 0, 'f', 1);
  return QCoreApplication::translate("EngineMemory", "%1 MB")
      .arg(static_cast<double>(bytes) / kMiB, 0, 'f', 0);
}

}  // namespace

std::optional<EngineMemory> engine_memory_from_event(const QJsonObject& step_event) {
  const QJsonValue value = step_event.value(QLatin1String("memory"));
  if (!value.isObject()) return std::nullopt;
  const QJsonObject memory = value.toObject();
  EngineMemory out;
  out.resident_bytes = memory.value(QLatin1String("resident_bytes")).toInteger();
  out.device = memory.value(QLatin1String("device")).toString();
  if (memory.contains(QLatin1String("cuda_allocated_bytes")))
    out.cuda_allocated_bytes = memory.value(QLatin1String("cuda_allocated_bytes")).toInteger();
  if (memory.contains(QLatin1String("cuda_reserved_bytes")))
    out.cuda_reserved_bytes = memory.value(QLatin1String("cuda_reserved_bytes")).toInteger();
  return out;
}

QString engine_memory_text(const std::optional<EngineMemory>& reported,
                           qint64 live_resident_bytes) {
  const qint64 resident = live_resident_bytes > 0 ? live_resident_bytes
                          : reported              ? reported->resident_bytes
                                                  : 0;
  QString text;
  if (resident > 0)
    text = QCoreApplication::translate("EngineMemory", "CPU memory %1")
               .arg(bytes_text(resident));
  if (!reported) return text;
  if (!text.isEmpty()) text += QStringLiteral(" · ");
  if (!reported->device.startsWith(QLatin1String("cuda")))
    return text + QCoreApplication::translate("EngineMemory",
                                              "GPU memory: n/a (CPU run)");
  if (!reported->cuda_allocated_bytes || !reported->cuda_reserved_bytes)
    return text + QCoreApplication::translate("EngineMemory",
                                              "GPU memory: not reported by this engine build");
  return text + QCoreApplication::translate("EngineMemory",
                                            "GPU memory %1 allocated / %2 reserved")
                    .arg(bytes_text(*reported->cuda_allocated_bytes),
                         bytes_text(*reported->cuda_reserved_bytes));
}

}  // namespace ctlite::widgets
