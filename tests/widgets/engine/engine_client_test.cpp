// The engine client against a scripted fake `ctlite serve` (tests/widgets/support/
// fake_ctlite_engine.py): protocol round trip, findings binding, cancel, crash and a missing
// engine, without LibTorch or a trained model.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "widgets/engine/engine_client.h"
#include "widgets/io/pca_overlay_reader.h"
#include "widgets/models/findings_model.h"

namespace ctlite::widgets {
namespace {

constexpr int kWaitMs = 10000;

class FakeEngine : public ::testing::Test {
 protected:
  void useMode(const char* mode) {
    qputenv("FAKE_ENGINE_MODE", mode);
    client.setProgram(QStringLiteral("python3"),
                      {QStringLiteral(CTLITE_SOURCE_DIR "/tests/widgets/support/fake_ctlite_engine.py")});
    client.setCancelGraceMs(3000);
  }
  void TearDown() override { qunsetenv("FAKE_ENGINE_MODE"); }

  EngineClient client;
};

TEST_F(FakeEngine, HelloThenScoreDeliversEighteenFindingsAndAnOverlay) {
  useMode("normal");
  QSignalSpy ready(&client, &EngineClient::engineReady);
  client.start();
  ASSERT_TRUE(ready.wait(kWaitMs));
  ASSERT_TRUE(client.info().has_value());
  EXPECT_EQ(client.info()->version, QStringLiteral("0.1.0-fake"));
  EXPECT_FALSE(client.info()->cuda_available);

  QTemporaryDir out;
  ASSERT_TRUE(out.isValid());
  ScoreRequest request;
  request.path = QStringLiteral("/data/ct.nii.gz");
  request.model = QStringLiteral("/models/fake");
  request.pca_out = out.filePath(QStringLiteral("pca.nii.gz"));
  QSignalSpy progress(&client, &EngineClient::scoreProgress);
  QSignalSpy finished(&client, &EngineClient::scoreFinished);
  QSignalSpy busy(&client, &EngineClient::busyChanged);
  ASSERT_TRUE(client.score(request));
  EXPECT_TRUE(client.isScoring());
  EXPECT_FALSE(client.score(request)) << "a second score while one runs must be refused";
  ASSERT_TRUE(finished.wait(kWaitMs));
  EXPECT_FALSE(client.isScoring());
  EXPECT_EQ(progress.count(), 4);
  EXPECT_EQ(progress.first().at(0).toString(), QStringLiteral("load"));
  EXPECT_EQ(busy.count(), 2);

  const auto result = finished.first().at(0).value<ScoreResult>();
  ASSERT_EQ(result.findings.size(), 18);
  EXPECT_TRUE(result.model.notice.contains(QStringLiteral("synthetic")));
  EXPECT_EQ(result.pca_path, request.pca_out);

  FindingsModel findings;
  QSignalSpy evidence(&findings, &FindingsModel::evidenceRequested);
  findings.setResult(result);
  EXPECT_EQ(findings.presentCount(), 8);  // fake scores 0.02 + 0.05 i reach 0.5 from i = 10
  EXPECT_EQ(findings.sortedFindings().first().name, QStringLiteral("Interlobular septal thickening"));
  EXPECT_TRUE(findings.sortedFindings().first().present);
  EXPECT_FALSE(findings.sortedFindings().last().present);
  findings.activate(0);
  ASSERT_EQ(evidence.count(), 1);
  const auto voxel = evidence.first().at(0).value<std::array<int, 3>>();
  EXPECT_EQ(voxel, (std::array<int, 3>{17, 17, 1}));

  const OverlayPtr overlay = read_pca_overlay(result.pca_path);
  ASSERT_TRUE(overlay);
  EXPECT_EQ(overlay->dims, (std::array<int, 3>{16, 16, 8}));
}

TEST_F(FakeEngine, CancelEndsTheRunAsCancelledAndKeepsTheEngine) {
  useMode("slow");
  QSignalSpy progress(&client, &EngineClient::scoreProgress);
  QSignalSpy failed(&client, &EngineClient::scoreFailed);
  ASSERT_TRUE(client.score(ScoreRequest{}));
  ASSERT_TRUE(progress.wait(kWaitMs));
  client.cancelScore();
  ASSERT_TRUE(failed.wait(kWaitMs));
  EXPECT_EQ(failed.first().at(1).toString(), QStringLiteral("cancelled"));
  EXPECT_FALSE(client.isScoring());
  EXPECT_TRUE(client.isRunning());
}

TEST_F(FakeEngine, CrashFailsTheRunWithTheEnginesLastWords) {
  useMode("crash");
  QSignalSpy failed(&client, &EngineClient::scoreFailed);
  QSignalSpy engine_failed(&client, &EngineClient::engineFailed);
  ASSERT_TRUE(client.score(ScoreRequest{}));
  ASSERT_TRUE(failed.wait(kWaitMs));
  EXPECT_EQ(failed.first().at(1).toString(), QStringLiteral("engine"));
  EXPECT_TRUE(failed.first().at(0).toString().contains(QStringLiteral("exit code 3")));
  EXPECT_EQ(engine_failed.count(), 1);
  EXPECT_FALSE(client.isScoring());
}

TEST_F(FakeEngine, MissingProgramIsNamedInTheError) {
  client.setProgram(QStringLiteral("/nonexistent/ctlite"));
  QSignalSpy engine_failed(&client, &EngineClient::engineFailed);
  client.start();
  ASSERT_TRUE(engine_failed.wait(kWaitMs));
  EXPECT_TRUE(engine_failed.first().at(0).toString().contains(QStringLiteral("/nonexistent/ctlite")));
}

TEST_F(FakeEngine, NonProtocolHelloIsIgnoredNotFatal) {
  useMode("garbage");
  QSignalSpy log(&client, &EngineClient::logLine);
  QSignalSpy ready(&client, &EngineClient::engineReady);
  client.start();
  ASSERT_TRUE(log.wait(kWaitMs));
  while (log.count() < 2 && log.wait(kWaitMs)) {
  }
  bool ignored = false;
  for (const auto& line : log) ignored = ignored || line.at(0).toString().contains(QStringLiteral("Ignored a line"));
  EXPECT_TRUE(ignored);
  EXPECT_EQ(ready.count(), 0);
  EXPECT_TRUE(client.isRunning());
}

}  // namespace
}  // namespace ctlite::widgets
