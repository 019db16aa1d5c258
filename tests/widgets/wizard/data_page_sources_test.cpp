// The data page's three sources: each one validates its layout through
// core::validate_training_data, and Next stays off when the path holds another layout than the
// chosen source. Tiny fixtures written here (placeholder volume files: validation checks
// presence, never voxels).
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <gtest/gtest.h>

#include "core/dataset/abnormality_names.h"
#include "widgets/wizard/fine_tune_model.h"
#include "widgets/wizard/fine_tune_pages.h"
#include "widgets/wizard/fine_tune_wizard.h"

namespace ctlite::widgets {
namespace {

const QString kDemo = QStringLiteral(CTLITE_SOURCE_DIR "/models/ctlite-demo");

void write_file(const QString& path, const QByteArray& text) {
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(text);
}

// A CT-RATE folder with one train and one valid volume (one all-positive, one all-negative).
QString ct_rate_fixture(const QTemporaryDir& dir) {
  const QString root = dir.filePath(QStringLiteral("ct-rate"));
  QByteArray labels = "VolumeName";
  for (auto name : core::kAbnormalityNames) labels += ",\"" + QByteArray(name.data(), static_cast<int>(name.size())) + "\"";
  labels += "\n";
  for (const char* split : {"train", "valid"}) {
    const QByteArray long_name = QByteArray(split) == "train" ? "train" : "validation";
    QByteArray reports = "VolumeName,ClinicalInformation_EN,Technique_EN,Findings_EN,Impressions_EN\n";
    QByteArray metadata = "VolumeName,XYSpacing,ZSpacing,RescaleSlope,RescaleIntercept\n";
    QByteArray split_labels = labels;
    for (int patient : {1, 2}) {
      const QByteArray name = QByteArray(split) + "_" + QByteArray::number(patient) + "_a_1.nii.gz";
      reports += name + ",x,x,x,x\n";
      metadata += name + ",\"[0.75, 0.75]\",1.5,1,-1024\n";
      split_labels += name + QByteArray(patient == 1 ? ",1" : ",0").repeated(18) + "\n";
      write_file(root + "/" + split + "/" + split + "_" + QString::number(patient) + "/" + split + "_" +
                     QString::number(patient) + "_a/" + QString::fromLatin1(name),
                 "placeholder");
    }
    write_file(root + "/radiology_text_reports/" + long_name + "_reports.csv", reports);
    write_file(root + "/metadata/" + long_name + "_metadata.csv", metadata);
    write_file(root + "/multi_abnormality_labels/" + split + "_predicted_labels.csv", split_labels);
  }
  return root;
}

// A reports CSV without label columns (labels derived), paired with JPEG stacks or not.
QString reports_csv_fixture(const QTemporaryDir& dir, bool paired) {
  const QString root = dir.filePath(paired ? QStringLiteral("paired") : QStringLiteral("csv"));
  QByteArray csv = paired ? "volume,compressed,report,split,patient\n" : "volume,report,split,patient\n";
  const char* reports[] = {"Right pleural effusion.", "Lungs clear.", "Cardiomegaly.", "No effusion."};
  for (int i = 0; i < 4; ++i) {
    const QByteArray n = QByteArray::number(i);
    write_file(root + "/volumes/case" + QString::number(i) + ".nii.gz", "placeholder");
    if (paired) write_file(root + "/stacks/case" + QString::number(i) + "/0001.jpg", "placeholder");
    csv += "volumes/case" + n + ".nii.gz," + (paired ? "stacks/case" + n + "," : QByteArray()) + reports[i] + "," +
           (i < 2 ? "train" : "valid") + ",P" + n + "\n";
  }
  write_file(root + "/reports.csv", csv);
  return root + "/reports.csv";
}

QString validate(FineTuneWizard& wizard, DataSource source, const QString& path) {
  QSignalSpy validated(wizard.dataPage(), &DataPage::validated);
  wizard.dataPage()->setSource(source);
  wizard.dataPage()->setFolder(path);
  while (wizard.dataPage()->isValidating())
    if (!validated.wait(5000)) break;
  const auto* summary = wizard.dataPage()->findChild<QTextBrowser*>(QStringLiteral("data-validation"));
  return summary ? summary->toPlainText() : QString();
}

TEST(DataPageSources, EachSourceAcceptsItsOwnLayout) {
  QTemporaryDir jobs;
  FineTuneWizard wizard(QStringLiteral("ctlite"), kDemo, false, jobs.path());
  auto* source = wizard.dataPage()->findChild<QComboBox*>(QStringLiteral("data-source"));
  auto* hint = wizard.dataPage()->findChild<QLabel*>(QStringLiteral("data-source-hint"));
  ASSERT_TRUE(source && hint);
  ASSERT_EQ(source->count(), 3);

  QString summary = validate(wizard, DataSource::CtRateFolder, ct_rate_fixture(jobs));
  EXPECT_TRUE(wizard.dataPage()->isComplete()) << summary.toStdString();
  EXPECT_TRUE(summary.contains(QStringLiteral("Layout: CT-RATE-style folder"))) << summary.toStdString();

  summary = validate(wizard, DataSource::ReportsCsv, reports_csv_fixture(jobs, false));
  EXPECT_TRUE(wizard.dataPage()->isComplete()) << summary.toStdString();
  EXPECT_EQ(wizard.model()->settings().data_source, DataSource::ReportsCsv);
  EXPECT_TRUE(hint->text().contains(QStringLiteral("reports.csv")));
  EXPECT_TRUE(summary.contains(QStringLiteral("derived from the reports by the rule-based labeler"))) << summary.toStdString();
  EXPECT_TRUE(summary.contains(QStringLiteral("train: 2 usable of 2 listed volumes, 2 patients"))) << summary.toStdString();

  summary = validate(wizard, DataSource::PairedSeries, reports_csv_fixture(jobs, true));
  EXPECT_TRUE(wizard.dataPage()->isComplete()) << summary.toStdString();
  EXPECT_TRUE(summary.contains(QStringLiteral("Layout: Paired uncompressed/compressed series"))) << summary.toStdString();
}

TEST(DataPageSources, APathHoldingAnotherLayoutKeepsNextOff) {
  QTemporaryDir jobs;
  FineTuneWizard wizard(QStringLiteral("ctlite"), kDemo, false, jobs.path());
  QString summary = validate(wizard, DataSource::PairedSeries, reports_csv_fixture(jobs, false));
  EXPECT_FALSE(wizard.dataPage()->isComplete());
  EXPECT_TRUE(summary.contains(QStringLiteral("no 'compressed' column"))) << summary.toStdString();

  summary = validate(wizard, DataSource::ReportsCsv, ct_rate_fixture(jobs));
  EXPECT_FALSE(wizard.dataPage()->isComplete());
  EXPECT_TRUE(summary.contains(QStringLiteral("CT-RATE-style folder"))) << summary.toStdString();

  // A paired CSV whose stack folder is gone: the error names the folder.
  const QString csv = reports_csv_fixture(jobs, true);
  QDir(QFileInfo(csv).absolutePath() + QStringLiteral("/stacks/case1")).removeRecursively();
  summary = validate(wizard, DataSource::PairedSeries, csv);
  EXPECT_FALSE(wizard.dataPage()->isComplete());
  EXPECT_TRUE(summary.contains(QStringLiteral("stacks/case1: listed as compressed"))) << summary.toStdString();
}

}  // namespace
}  // namespace ctlite::widgets
