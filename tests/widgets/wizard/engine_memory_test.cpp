// The run page's memory line from the engine's step events: honest "n/a (CPU run)" on CPU, the
// CUDA allocator's figures when the engine reports them, and the events log keeping the last one.
#include "widgets/wizard/engine_memory.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "widgets/wizard/training_events_log.h"

namespace ctlite::widgets {
namespace {

QJsonObject event(const char* json) { return QJsonDocument::fromJson(json).object(); }

TEST(EngineMemory, CpuRunSaysGpuNotApplicable) {
  const auto memory = engine_memory_from_event(event(R"({"memory":{"resident_bytes":524288000,"device":"cpu"}})"));
  ASSERT_TRUE(memory.has_value());
  EXPECT_EQ(engine_memory_text(memory, 0), QStringLiteral("CPU memory 500 MB · GPU memory: n/a (CPU run)"));
  // The live /proc figure of the running process wins over the event's.
  EXPECT_EQ(engine_memory_text(memory, 1048576000), QStringLiteral("CPU memory 1000 MB · GPU memory: n/a (CPU run)"));
}

TEST(EngineMemory, CudaRunShowsAllocatedAndReservedOrSaysWhyNot) {
  const auto cuda = engine_memory_from_event(event(
      R"({"memory":{"resident_bytes":2147483648,"device":"cuda:0","cuda_allocated_bytes":12884901888,"cuda_reserved_bytes":16106127360}})"));
  EXPECT_EQ(engine_memory_text(cuda, 0),
            QStringLiteral("CPU memory 2048 MB · GPU memory 12.0 GB allocated / 15.0 GB reserved"));
  const auto uncounted = engine_memory_from_event(event(R"({"memory":{"resident_bytes":1048576,"device":"cuda:0"}})"));
  EXPECT_TRUE(engine_memory_text(uncounted, 0).endsWith(QStringLiteral("GPU memory: not reported by this engine build")));
}

TEST(EngineMemory, OlderEngineWithoutMemoryShowsOnlyTheLiveResidentSet) {
  EXPECT_FALSE(engine_memory_from_event(event(R"({"step":1})")).has_value());
  EXPECT_EQ(engine_memory_text(std::nullopt, 0), QString());
  EXPECT_EQ(engine_memory_text(std::nullopt, 104857600), QStringLiteral("CPU memory 100 MB"));
}

TEST(EngineMemory, EventsLogKeepsTheLastStepsMemory) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("events.jsonl"));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(R"({"event":"start","stage":"fast","resumed_from_step":0})" "\n"
             R"({"event":"step","step":1,"total_steps":2,"loss":1.0,"lr":1e-4,"memory":{"resident_bytes":1048576,"device":"cpu"}})" "\n"
             R"({"event":"step","step":2,"total_steps":2,"loss":0.5,"lr":1e-4,"memory":{"resident_bytes":2097152,"device":"cpu"}})" "\n");
  file.close();
  TrainingEventsLog log(path);
  ASSERT_TRUE(log.poll());
  ASSERT_TRUE(log.memory().has_value());
  EXPECT_EQ(log.memory()->resident_bytes, 2097152);
  EXPECT_EQ(log.memory()->device, QStringLiteral("cpu"));
}

}  // namespace
}  // namespace ctlite::widgets
