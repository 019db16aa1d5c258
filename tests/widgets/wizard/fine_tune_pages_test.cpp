// The wizard pages bound to their model: Next follows the model's verdict, the hints follow the
// fields. Offscreen widgets, no engine.
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <gtest/gtest.h>

#include "widgets/wizard/fine_tune_model.h"
#include "widgets/wizard/fine_tune_pages.h"
#include "widgets/wizard/fine_tune_wizard.h"

namespace ctlite::widgets {
namespace {

const QString kDemo = QStringLiteral(CTLITE_SOURCE_DIR "/models/ctlite-demo");

TEST(FineTunePages, DataPageStaysIncompleteForAFolderThatIsNotADataset) {
  QTemporaryDir jobs;
  FineTuneWizard wizard(QStringLiteral("ctlite"), kDemo, false, jobs.path());
  EXPECT_FALSE(wizard.dataPage()->isComplete());
  QSignalSpy validated(wizard.dataPage(), &DataPage::validated);
  wizard.dataPage()->setFolder(jobs.filePath(QStringLiteral("no-such-data")));
  ASSERT_TRUE(validated.wait(5000));
  EXPECT_FALSE(wizard.dataPage()->isComplete());
  const auto* summary = wizard.dataPage()->findChild<QTextBrowser*>(QStringLiteral("data-validation"));
  ASSERT_NE(summary, nullptr);
  EXPECT_TRUE(summary->toPlainText().contains(QStringLiteral("no-such-data: not a folder"))) << summary->toPlainText().toStdString();
}

TEST(FineTunePages, HyperparameterPageBindsFieldsHintsAndCompleteness) {
  FineTuneModel model(QStringLiteral("ctlite"), kDemo, false);
  model.settings().slices = 32;
  HyperparameterPage page(&model);
  page.initializePage();
  EXPECT_TRUE(page.isComplete());
  auto* rank = page.findChild<QSpinBox*>(QStringLiteral("rank"));
  auto* cost = page.findChild<QLabel*>(QStringLiteral("head-cost"));
  auto* problems = page.findChild<QLabel*>(QStringLiteral("page-problems"));
  auto* rate = page.findChild<QLineEdit*>(QStringLiteral("learning-rate"));
  ASSERT_TRUE(rank && cost && problems && rate);
  EXPECT_TRUE(cost->text().contains(QStringLiteral("1.000×"))) << cost->text().toStdString();  // demo: r = 4 is dense-sized
  QSignalSpy complete(&page, &QWizardPage::completeChanged);
  rank->setValue(2);
  EXPECT_EQ(model.settings().rank, 2);
  EXPECT_TRUE(cost->text().contains(QStringLiteral("0.500×"))) << cost->text().toStdString();
  rank->setValue(9);
  EXPECT_FALSE(page.isComplete());
  EXPECT_TRUE(problems->text().contains(QStringLiteral("rank 9"))) << problems->text().toStdString();
  EXPECT_GT(complete.count(), 0);
  rank->setValue(4);
  rate->setText(QStringLiteral("fast"));
  emit rate->textEdited(rate->text());
  EXPECT_FALSE(page.isComplete());
  EXPECT_TRUE(problems->text().contains(QStringLiteral("learning rate")));
}

}  // namespace
}  // namespace ctlite::widgets
