// The workstation's model list: bundled plus registered models, and the active model persisted
// in QSettings for Run CT-Lite.

#include <gtest/gtest.h>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <filesystem>

#include "widgets/models/model_library_model.h"

namespace ctlite::widgets {
namespace {

QString demo_bundle() { return QStringLiteral(CTLITE_SOURCE_DIR "/models/ctlite-demo"); }

TEST(ModelLibraryModel, ListsBundledAndRegisteredModelsAndPersistsTheActiveOne) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
  ModelLibraryModel library(&settings);
  library.setLibraryFolder(dir.filePath(QStringLiteral("library")));
  library.setBundledFolder(QStringLiteral(CTLITE_SOURCE_DIR "/models"));
  ASSERT_FALSE(library.models().isEmpty());
  EXPECT_EQ(library.models().front().id, QStringLiteral("bundled/ctlite-demo"));
  // Nothing chosen yet: the first listed model runs.
  EXPECT_EQ(library.activeModelPath(), library.models().front().path);

  QSignalSpy listed(&library, &ModelLibraryModel::modelsChanged);
  core::ModelLineage lineage;
  lineage.stages = {"sfp"};
  const ModelEntry added = library.registerBundle(demo_bundle(), lineage);
  EXPECT_EQ(listed.count(), 1);
  EXPECT_TRUE(added.registered);
  EXPECT_EQ(added.id, QStringLiteral("library/ctlite-demo-0.1.0"));
  EXPECT_TRUE(added.path.startsWith(dir.path()));
  ASSERT_NE(library.find(added.id), nullptr);

  QSignalSpy activated(&library, &ModelLibraryModel::activeModelChanged);
  EXPECT_FALSE(library.setActiveModel(QStringLiteral("library/nothing")));
  EXPECT_TRUE(library.setActiveModel(added.id));
  EXPECT_EQ(activated.count(), 1);
  EXPECT_EQ(library.activeModelId(), added.id);
  EXPECT_EQ(settings.value(QStringLiteral("engine/model")).toString(), added.path);

  // A new session (the next start of the workstation) finds the same active model.
  ModelLibraryModel next(&settings);
  next.setLibraryFolder(dir.filePath(QStringLiteral("library")));
  next.setBundledFolder(QStringLiteral(CTLITE_SOURCE_DIR "/models"));
  EXPECT_EQ(next.activeModelId(), added.id);

  // A registration that fails changes nothing.
  EXPECT_THROW(library.registerBundle(dir.filePath(QStringLiteral("no-such-bundle")), lineage), std::exception);
  EXPECT_EQ(library.models().size(), next.models().size());
}

}  // namespace
}  // namespace ctlite::widgets
