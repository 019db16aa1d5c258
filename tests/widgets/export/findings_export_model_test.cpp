// The viewer's export path: FindingsExportModel builds the same `ctlite export` / `ctlite pacs
// store` command lines as a user would type, runs them (the real ctlite when it is built), and
// the saved PACS nodes survive QSettings. The dialogs are grabbed to PNG for a visual check.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "widgets/export/findings_export_dialog.h"
#include "widgets/export/findings_export_model.h"
#include "widgets/export/pacs_node_settings.h"
#include "widgets/export/pacs_nodes_dialog.h"

namespace ctlite::widgets {
namespace {

constexpr int kWaitMs = 60000;
const QString kSeries = QStringLiteral(CTLITE_SHARED_DIR "/testdata/dicom/series/CT5N_contiguous");

// A `ctlite score --json` result over the 16x16x5 series (as tests/app/write_findings_json.py).
QJsonObject findings_json() {
  const char* names[] = {"Medical material", "Arterial wall calcification", "Cardiomegaly", "Pericardial effusion",
                         "Coronary artery wall calcification", "Hiatal hernia", "Lymphadenopathy", "Emphysema",
                         "Atelectasis", "Lung nodule", "Lung opacity", "Pulmonary fibrotic sequela",
                         "Pleural effusion", "Mosaic attenuation pattern", "Peribronchial thickening",
                         "Consolidation", "Bronchiectasis", "Interlobular septal thickening"};
  QJsonArray findings;
  for (int i = 0; i < 18; ++i) {
    const double score = 0.04 + 0.05 * i;
    findings.append(QJsonObject{{"name", names[i]}, {"score", score}, {"threshold", 0.51},
                                {"present", score >= 0.51},
                                {"evidence_voxel", QJsonArray{i % 16, (3 * i) % 16, i % 5}}});
  }
  return {{"model", QJsonObject{{"id", "ctlite-demo"}, {"name", "CT-Lite demo"}, {"version", "0.1.0"},
                                {"weights_sha256", QString(64, QLatin1Char('a'))}, {"input", "compressed"},
                                {"notice", "Trained on synthetic phantoms. Not for clinical use."}}},
          {"device", "cpu"},
          {"findings", findings}};
}

core::PacsNodeList one_node() {
  core::PacsNodeList nodes;
  nodes.put({"Radiology PACS", core::parse_dicom_node("ORTHANC@127.0.0.1:4242"), "CTLITE_WS"});
  return nodes;
}

FindingsExportModel* ready_model(QObject* parent, const QString& folder) {
  auto* model = new FindingsExportModel(parent);
  model->setInput({kSeries, QString(), findings_json(), QStringLiteral("/tmp/pca-1.nii.gz")});
  FindingsExportOptions options;
  options.folder = folder;
  model->setOptions(options);
  model->setPacsNodes(one_node());
  return model;
}

TEST(FindingsExportModel, BuildsTheCtliteExportCommandLine) {
  QTemporaryDir out;
  QObject owner;
  FindingsExportModel* model = ready_model(&owner, out.path());
  FindingsExportOptions options = model->options();
  options.anonymize = true;
  options.pseudonym = QStringLiteral("CASE-7");
  model->setOptions(options);
  EXPECT_EQ(model->blockingReason(), QString());
  const QString base = QDir(out.path()).filePath(QStringLiteral("ctlite-findings"));
  EXPECT_EQ(model->exportArguments(QStringLiteral("/tmp/f.json")),
            (QStringList{"export", kSeries, "--findings", "/tmp/f.json", "--pdf", base + ".pdf", "--sr",
                         base + "-sr.dcm", "--pdf-dicom", base + "-pdf.dcm", "--overlay", "/tmp/pca-1.nii.gz",
                         "--anonymize", "--pseudonym", "CASE-7"}));
  EXPECT_EQ(FindingsExportModel::storeArguments(*one_node().find("Radiology PACS"), {"a.dcm"}),
            (QStringList{"pacs", "store", "--node", "ORTHANC@127.0.0.1:4242", "--calling-ae", "CTLITE_WS", "a.dcm"}));
}

TEST(FindingsExportModel, SaysWhyAnExportCannotStart) {
  QTemporaryDir out;
  QObject owner;
  FindingsExportModel* model = ready_model(&owner, out.path());
  const auto reason_with = [&](auto change) {
    FindingsExportOptions options = model->options();
    change(options);
    FindingsExportModel copy;
    copy.setInput({kSeries, QString(), findings_json(), QString()});
    copy.setPacsNodes(one_node());
    copy.setOptions(options);
    return copy.blockingReason();
  };
  EXPECT_FALSE(reason_with([](auto& o) { o.pdf = o.sr = o.pdf_dicom = false; }).isEmpty());
  EXPECT_FALSE(reason_with([](auto& o) { o.folder = QStringLiteral("/nonexistent/folder"); }).isEmpty());
  EXPECT_FALSE(reason_with([](auto& o) { o.base_name = QStringLiteral("../x"); }).isEmpty());
  EXPECT_FALSE(reason_with([](auto& o) { o.anonymize = true, o.pseudonym.clear(); }).isEmpty());
  EXPECT_FALSE(reason_with([](auto& o) { o.pacs_node = QStringLiteral("Nobody"); }).isEmpty());
  EXPECT_FALSE(reason_with([](auto& o) { o.pacs_node = QStringLiteral("Radiology PACS"), o.sr = o.pdf_dicom = false; }).isEmpty());
  EXPECT_TRUE(reason_with([](auto& o) { o.pacs_node = QStringLiteral("Radiology PACS"); }).isEmpty());
  FindingsExportModel empty;
  EXPECT_FALSE(empty.blockingReason().isEmpty()) << "no findings yet";
}

TEST(FindingsExportModel, ReportsTheProgramsOneLineError) {
  QTemporaryDir out;
  QObject owner;
  FindingsExportModel* model = ready_model(&owner, out.path());
  model->setProgram(QStringLiteral("/bin/sh"));
  QSignalSpy failed(model, &FindingsExportModel::failed);
  // /bin/sh reads "export" as a script file it cannot open: a non-zero exit and a stderr line.
  ASSERT_TRUE(model->start());
  ASSERT_TRUE(failed.wait(kWaitMs));
  EXPECT_FALSE(failed.first().at(0).toString().isEmpty());
  EXPECT_FALSE(model->isBusy());
  model->setProgram(QStringLiteral("/nonexistent/ctlite"));
  ASSERT_TRUE(model->start());
  ASSERT_TRUE(failed.count() == 2 || failed.wait(kWaitMs));
  EXPECT_TRUE(failed.last().at(0).toString().contains(QStringLiteral("/nonexistent/ctlite")));
}

TEST(FindingsExportModel, ExportsThroughTheRealCtlite) {
  const QString ctlite = QStringLiteral(CTLITE_BINARY_DIR "/app/ctlite");
  if (!QFile::exists(ctlite) || !QFile::exists(QStringLiteral(CTLITE_BINARY_DIR "/app/ctlite-report")))
    GTEST_SKIP() << "ctlite and ctlite-report are not built";
  QTemporaryDir out;
  QObject owner;
  FindingsExportModel* model = ready_model(&owner, out.path());
  model->setProgram(ctlite);
  model->setInput({kSeries, QString(), findings_json(), QString()});
  FindingsExportOptions options = model->options();
  options.anonymize = true;
  model->setOptions(options);
  QSignalSpy exported(model, &FindingsExportModel::exported);
  QSignalSpy failed(model, &FindingsExportModel::failed);
  ASSERT_TRUE(model->start());
  ASSERT_TRUE(exported.wait(kWaitMs)) << (failed.isEmpty() ? "" : failed.first().at(0).toString().toStdString());
  const QStringList files = exported.first().at(0).toStringList();
  ASSERT_EQ(files.size(), 3);
  for (const QString& file : files) {
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
    const QByteArray head = f.read(132);
    if (file.endsWith(QStringLiteral(".pdf")))
      EXPECT_TRUE(head.startsWith("%PDF")) << file.toStdString();
    else
      EXPECT_EQ(head.mid(128, 4), QByteArray("DICM")) << file.toStdString();
  }
  EXPECT_EQ(model->lastDicomFiles(), files.mid(1));
  EXPECT_EQ(QDir(out.path()).entryList(QDir::Files).size(), 3) << "nothing but the three outputs";
}

TEST(PacsNodeSettings, RoundTripAndSkipHandEditedJunk) {
  QTemporaryDir dir;
  QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
  core::PacsNodeList nodes = one_node();
  nodes.put({"Backup", core::parse_dicom_node("BACKUP@10.0.0.2:11112"), "CTLITE"});
  save_pacs_nodes(settings, nodes);
  // A third entry edited by hand (QSettings arrays count from 1): port out of range.
  for (const auto& [key, value] : {std::pair{"name", QVariant("Broken")}, std::pair{"ae_title", QVariant("X")},
                                   std::pair{"host", QVariant("h")}, std::pair{"port", QVariant(99999)}})
    settings.setValue(QStringLiteral("pacs/nodes/3/") + QLatin1String(key), value);
  settings.setValue(QStringLiteral("pacs/nodes/size"), 3);
  const core::PacsNodeList back = load_pacs_nodes(settings);
  ASSERT_EQ(back.nodes().size(), 2u);
  EXPECT_EQ(back.find("Backup")->peer.text(), "BACKUP@10.0.0.2:11112");
  EXPECT_EQ(back.find("Radiology PACS")->calling_ae_title, "CTLITE_WS");
}

void save_grab(QWidget& widget, const QString& name) {
  widget.resize(widget.sizeHint().expandedTo(QSize(560, 0)));
  widget.show();
  const QString folder = QStringLiteral(CTLITE_BINARY_DIR "/screenshots");
  QDir().mkpath(folder);
  EXPECT_TRUE(widget.grab().save(QDir(folder).filePath(name)));
}

TEST(ExportDialogs, ValidateAsTheModelSaysAndRender) {
  QTemporaryDir out;
  QObject owner;
  FindingsExportModel* model = ready_model(&owner, out.path());
  FindingsExportDialog dialog(model);
  EXPECT_EQ(dialog.problem(), QString());
  FindingsExportOptions options = dialog.options();
  options.anonymize = true;
  options.pseudonym = QStringLiteral("CASE-7");
  options.pacs_node = QStringLiteral("Radiology PACS");
  dialog.setOptions(options);
  EXPECT_EQ(dialog.options().pacs_node, QStringLiteral("Radiology PACS"));
  save_grab(dialog, QStringLiteral("export_dialog.png"));
  options.sr = options.pdf_dicom = false;
  dialog.setOptions(options);
  EXPECT_FALSE(dialog.problem().isEmpty()) << "sending to a PACS needs a DICOM output";

  PacsNodesDialog nodes(one_node());
  EXPECT_FALSE(nodes.saveForm(QStringLiteral("Bad"), QStringLiteral("A\\B"), QStringLiteral("h"), 104, QStringLiteral("CTLITE")));
  EXPECT_FALSE(nodes.problem().isEmpty());
  EXPECT_TRUE(nodes.saveForm(QStringLiteral("Backup"), QStringLiteral("BACKUP"), QStringLiteral("10.0.0.2"), 11112,
                             QStringLiteral("CTLITE")));
  EXPECT_EQ(nodes.nodes().nodes().size(), 2u);
  save_grab(nodes, QStringLiteral("pacs_nodes_dialog.png"));
}

}  // namespace
}  // namespace ctlite::widgets
