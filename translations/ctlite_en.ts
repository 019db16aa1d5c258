<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ctlite::widgets::AboutDialog</name>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="22"/>
        <source>About CT-Lite Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="28"/>
        <source>Research prototype. The bundled models were trained on synthetic phantoms. Not a medical device; not for clinical use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="37"/>
        <source>Engine: ctlite %1, devices: %2, %3 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="40"/>
        <source>Engine: not started yet (it starts with the first run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="44"/>
        <source>Model: %1 %2&lt;br&gt;Weights SHA-256: %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="48"/>
        <source>Licences of the components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::ConfusionMatrixView</name>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="32"/>
        <source>No finding selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="53"/>
        <source>%1 · threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="59"/>
        <source>called absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="59"/>
        <source>called present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="60"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="60"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::CtliteRunController</name>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="39"/>
        <source>Engine %1 ready: devices %2, %3 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="80"/>
        <source>Open a chest CT series first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="81"/>
        <source>The current volume has no source file for the engine to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="83"/>
        <source>No CT-Lite model found in %1. Choose a models folder in the AI menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="85"/>
        <source>A CT-Lite run is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="99"/>
        <source>Could not create a temporary folder for the engine&apos;s results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="123"/>
        <source>PCA overlay not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="124"/>
        <source>Scores are ready, but the PCA overlay could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::DataPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="80"/>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="81"/>
        <source>Choose where the training cases come from. The data is checked before anything is trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="83"/>
        <source>CT-RATE-style folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="84"/>
        <source>Volumes + reports CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="85"/>
        <source>Paired uncompressed/compressed series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="94"/>
        <source>Training data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="95"/>
        <source>Reports CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="95"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="123"/>
        <source>Real CT-RATE or `ctlite synth`: volumes in train/ and valid/, reports, labels and metadata CSVs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="127"/>
        <source>A CSV (or a folder holding reports.csv) with the columns volume (NIfTI, DICOM folder, JPEG stack or npz, relative to the CSV) and report, optionally split, patient and the 18 finding columns; without them the labels are derived from the reports. See docs/FINE_TUNING.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="133"/>
        <source>The same CSV with a compressed column naming each case&apos;s JPEG-stack folder: the teacher reads the uncompressed volume, the student the compressed stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="140"/>
        <source>&lt;p&gt;Checking…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::DicomTagBrowser</name>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="19"/>
        <source>Filter by tag, keyword or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>VR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="32"/>
        <source>Tags appear here when a DICOM series is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="42"/>
        <source>First file of the series: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::EngineClient</name>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="30"/>
        <source>The engine did not answer the cancel request; stopping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="75"/>
        <source>Starting engine: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="91"/>
        <source>A CT-Lite run is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="128"/>
        <source>Ignored a line from the engine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="132"/>
        <source>The CT-Lite engine sent an over-long line; it does not speak the viewer&apos;s protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="153"/>
        <source>Engine error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="161"/>
        <source>The CT-Lite engine refused to start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="166"/>
        <source>The CT-Lite engine answered hello with an unexpected reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="180"/>
        <source>The engine&apos;s result could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="205"/>
        <source> Last engine messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="212"/>
        <source>The CT-Lite run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="214"/>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="214"/>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="215"/>
        <source>The CT-Lite engine stopped unexpectedly (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="226"/>
        <source>Could not start the CT-Lite engine &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineMemory</name>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="14"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="16"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="43"/>
        <source>CPU memory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="48"/>
        <source>GPU memory: n/a (CPU run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="51"/>
        <source>GPU memory: not reported by this engine build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="53"/>
        <source>GPU memory %1 allocated / %2 reserved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationScreen</name>
    <message>
        <location filename="../app/viewer/evaluation_screen.cpp" line="43"/>
        <source>CT-Lite evaluation · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::EvaluationTableModel</name>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="91"/>
        <source>Macro average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="116"/>
        <source>Undefined: these cases hold only one class for this finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="126"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="127"/>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="128"/>
        <source>AUROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="129"/>
        <source>F1 (weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="130"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="131"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="132"/>
        <source>Δ AUROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="133"/>
        <source>Δ F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="134"/>
        <source>Δ Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::EvaluationView</name>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="112"/>
        <source>Select rows to compare their ROC curves; the current row drives the confusion matrix and the t-SNE colouring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="129"/>
        <source>ROC curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="130"/>
        <source>AUROC per finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="131"/>
        <source>Confusion matrix at the decision threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="132"/>
        <source>t-SNE of image and prompt latents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="211"/>
        <source>current (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="211"/>
        <source>new (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="217"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="218"/>
        <source>No evaluation report loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="222"/>
        <source>Evaluation · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="223"/>
        <source>%1 cases · split &lt;b&gt;%2&lt;/b&gt; · thresholds from %3 · macro AUROC &lt;b&gt;%4&lt;/b&gt; · weighted F1 &lt;b&gt;%5&lt;/b&gt; · accuracy &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="232"/>
        <source>&lt;br&gt;Compared with %1: macro AUROC &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="247"/>
        <source>False positive rate (1 − specificity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="248"/>
        <source>True positive rate (sensitivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="258"/>
        <source>%1 · new %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="258"/>
        <source>%1 · AUROC %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="265"/>
        <source>%1 · current %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="374"/>
        <source>This report has no t-SNE map (evaluate with --out to compute one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="379"/>
        <source>Cases (dots) and prompts (triangles) in one map, coloured by %1 · perplexity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="383"/>
        <source> · trustworthiness %1 (k = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="395"/>
        <source>other findings&apos; prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="397"/>
        <source>cases without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="399"/>
        <source>cases with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="411"/>
        <source>“%1 is present.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="413"/>
        <source>“%1 is not present.”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="10"/>
        <source>Medical material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="11"/>
        <source>Arterial wall calcification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="12"/>
        <source>Cardiomegaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="13"/>
        <source>Pericardial effusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="14"/>
        <source>Coronary artery wall calcification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="15"/>
        <source>Hiatal hernia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="16"/>
        <source>Lymphadenopathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="17"/>
        <source>Emphysema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="18"/>
        <source>Atelectasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="19"/>
        <source>Lung nodule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="20"/>
        <source>Lung opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="21"/>
        <source>Pulmonary fibrotic sequela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="22"/>
        <source>Pleural effusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="23"/>
        <source>Mosaic attenuation pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="24"/>
        <source>Peribronchial thickening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="25"/>
        <source>Consolidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="26"/>
        <source>Bronchiectasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="27"/>
        <source>Interlobular septal thickening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsExportActions</name>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="30"/>
        <source>&amp;Export findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="31"/>
        <source>&amp;Send export to PACS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="32"/>
        <source>PACS &amp;nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="38"/>
        <source>Write the findings as PDF, DICOM SR and encapsulated PDF (ctlite export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="46"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="50"/>
        <source>Sent %1 DICOM object(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="54"/>
        <source>Export findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="93"/>
        <source>Send to PACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="94"/>
        <source>Send %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsExportDialog</name>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="24"/>
        <source>PDF report (key images with and without the PCA overlay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="25"/>
        <source>DICOM SR (TID 1500 measurement report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="26"/>
        <source>DICOM encapsulated PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="27"/>
        <source>De-identify (PS3.15 basic profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="33"/>
        <source>Export findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="34"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="38"/>
        <source>Nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="43"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="48"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="49"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="52"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="53"/>
        <source>Send to PACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="59"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="68"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="115"/>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="135"/>
        <source>Writes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsExportModel</name>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="33"/>
        <source>Run CT-Lite first: there are no findings to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="34"/>
        <location filename="../widgets/export/findings_export_model.cpp" line="118"/>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="36"/>
        <source>Choose at least one output: PDF, DICOM SR or encapsulated PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="38"/>
        <source>Choose an existing folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="41"/>
        <source>The file name must not be empty, start with a dot or contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="43"/>
        <source>A de-identified export needs a pseudonym for the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="46"/>
        <location filename="../widgets/export/findings_export_model.cpp" line="110"/>
        <source>No saved PACS node is named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="48"/>
        <source>Sending to a PACS needs a DICOM output (SR or encapsulated PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="99"/>
        <source>Could not write the findings to a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="114"/>
        <source>Nothing to send: export a DICOM SR or encapsulated PDF first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="132"/>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="150"/>
        <source>ctlite %1 failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsPanel</name>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="24"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="25"/>
        <source>Preprocessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="26"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="27"/>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="58"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="82"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="99"/>
        <source>No model selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="99"/>
        <location filename="../widgets/panels/findings_panel.cpp" line="105"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="100"/>
        <location filename="../widgets/panels/findings_panel.cpp" line="111"/>
        <source>Research prototype trained on synthetic phantoms. Not for clinical use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="106"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="109"/>
        <source>Weights SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="120"/>
        <source>Starting the CT-Lite engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="126"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="140"/>
        <source>Run CT-Lite (Ctrl+R) to score the 18 chest CT findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="147"/>
        <source>%1 of %2 findings above threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="151"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="163"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="164"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="172"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="186"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="186"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FineTuneWizard</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_wizard.cpp" line="13"/>
        <source>Fine-tune CT-Lite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_wizard.cpp" line="26"/>
        <source>Close (training continues)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::HyperparameterPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="231"/>
        <source>μP scaling per block (eq. 19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="243"/>
        <source>Hyper-parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="244"/>
        <source>The paper&apos;s defaults; each line says what the value does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="246"/>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="254"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="255"/>
        <source>GPU (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="266"/>
        <source>SFP rank r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="266"/>
        <source>rank of each token position&apos;s block: more rank, more weights, closer to the dense head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="268"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="268"/>
        <source>lr_base of AdamW with cosine decay (paper: 1e-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="271"/>
        <source>FAST steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="271"/>
        <source>optimizer updates of the student encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="272"/>
        <source>FAST accumulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="272"/>
        <source>volumes per update (one at a time: the paper&apos;s batch of 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="273"/>
        <source>SFP steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="273"/>
        <source>optimizer updates of the projection head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="274"/>
        <source>SFP batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="274"/>
        <source>report/volume pairs per SigLIP batch (in-batch negatives, at least 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="275"/>
        <source>Slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="275"/>
        <source>network input depth; a multiple of the teacher&apos;s temporal patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="276"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="276"/>
        <source>CUDA only when the engine reports a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="277"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="277"/>
        <source>data-parallel engine processes sharing the cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="278"/>
        <source>Checkpoint every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="278"/>
        <source>steps between checkpoints (pause and resume start there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="279"/>
        <source>Prompt fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="279"/>
        <source>share of SFP texts replaced by a finding&apos;s zero-shot prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::MeasurementPanel</name>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="23"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="23"/>
        <source>Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="23"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="30"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="31"/>
        <source>Delete all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="57"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="58"/>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="63"/>
        <source>Ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="64"/>
        <source>mean %1 ± %2 HU, min %3, max %4, %5 cm², %6 voxels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::OverlayPanel</name>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="33"/>
        <source>Show PCA feature overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="38"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="52"/>
        <source>Red: 1st principal component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="54"/>
        <source>Green: 2nd principal component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="56"/>
        <source>Blue: 3rd principal component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="58"/>
        <source>Regions with similar colours have similar encoder features. The overlay shows what the model attends to; it is not a segmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="88"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="89"/>
        <source>No overlay yet: run CT-Lite to compute one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::PacsNodesDialog</name>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="26"/>
        <source>PACS nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="30"/>
        <source>e.g. Radiology PACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="31"/>
        <source>e.g. ORTHANC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="32"/>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="38"/>
        <source>AE title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="39"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="40"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="41"/>
        <source>Our AE title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="42"/>
        <source>Save node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="43"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/io/volume_loader.cpp" line="74"/>
        <source>%1: not enough memory to load this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="23"/>
        <source>Use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="26"/>
        <source>Model registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="27"/>
        <source>The fine-tuned model is in the model library and Run CT-Lite now uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="37"/>
        <source>%1: the job has no finished bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="22"/>
        <source>CT-RATE-style folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="23"/>
        <source>Volumes + reports CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="24"/>
        <source>Paired uncompressed/compressed series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="49"/>
        <source>This reports CSV has no &apos;compressed&apos; column, so it is not a paired layout: choose &quot;Volumes + reports CSV&quot; or add each case&apos;s JPEG-stack folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="52"/>
        <source>This reports CSV pairs each case with a compressed JPEG stack: choose &quot;Paired uncompressed/compressed series&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="55"/>
        <source>This is a CT-RATE-style folder: choose &quot;CT-RATE-style folder&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="56"/>
        <source>This path holds a reports CSV: choose &quot;Volumes + reports CSV&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="69"/>
        <source>&lt;p&gt;Layout: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="71"/>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="108"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="74"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2 usable of %3 listed volumes, %4 patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="79"/>
        <source>, %1 missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="80"/>
        <source>, %1 files without report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="85"/>
        <source>&lt;table cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th align=left&gt;Finding&lt;/th&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="108"/>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="127"/>
        <source>the bundled demo model (models/ctlite-demo) is not installed: choose another teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="140"/>
        <source>SFP head at rank %1: %2 weights vs %3 dense = %4× (FLOPs per volume: the same ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="147"/>
        <source>μP off: every block uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="151"/>
        <source>μP (eq. 19, lr·%1/fan-in): SFP cores %2 and %3; encoder blocks of width %1 keep %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="36"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="24"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="25"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="26"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="37"/>
        <source>%1: no macro metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="38"/>
        <source>Validation (%1 split): macro AUROC %2 · weighted F1 %3 · accuracy %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::RunPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="347"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="348"/>
        <source>The engine trains in its own process: closing this window does not stop it. AI ▸ Training jobs… shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::SeriesBrowser</name>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="82"/>
        <source>Open a file or folder (Ctrl+O, Ctrl+Shift+O) or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="87"/>
        <source>Patient / study / series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="87"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="114"/>
        <source>Unnamed patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="115"/>
        <source>no ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="123"/>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="127"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="128"/>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::SliceView</name>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="224"/>
        <source>No image loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="276"/>
        <source>Axial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="276"/>
        <source>Coronal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="276"/>
        <source>Sagittal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="279"/>
        <source>Im: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="280"/>
        <source>Loc: %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="286"/>
        <source>Custom window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="287"/>
        <source>W: %1 L: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="288"/>
        <source>Zoom: %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="296"/>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="366"/>
        <source>Mean %1 ± %2 HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="367"/>
        <source>Min %1  Max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="368"/>
        <source>Area %1 cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="418"/>
        <source>Voxel (%1, %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="419"/>
        <source>LPS (%1, %2, %3) mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="421"/>
        <source>%1 HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="421"/>
        <source>Value %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TeacherPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="173"/>
        <source>Teacher and stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="174"/>
        <source>FAST distils the teacher&apos;s CT-ViT into a student that reads the lung-window JPEG stacks; SFP then trains the factorised projection head against the teacher&apos;s text tower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="177"/>
        <source>Bundled demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="178"/>
        <source>CT-CLIP checkpoint (.pt / .safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="179"/>
        <source>A previous CT-Lite bundle or training output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="184"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="186"/>
        <source>CT-CLIP checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="186"/>
        <source>Weights (*.pt *.pth *.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="188"/>
        <source>   CT-ViT config (empty: CT-CLIP&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="189"/>
        <source>CT-ViT configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="189"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="192"/>
        <source>Bundle or training output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="194"/>
        <source>FAST then SFP (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="195"/>
        <source>FAST only (student encoder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="196"/>
        <source>SFP only (needs a FAST student)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="198"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="199"/>
        <source>   FAST student (SFP only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="200"/>
        <source>Output of an earlier FAST stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingCurvesView</name>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="39"/>
        <source>Optimizer step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="40"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="41"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="66"/>
        <source>%1 loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="84"/>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingJobController</name>
    <message>
        <location filename="../widgets/wizard/training_job_controller.cpp" line="42"/>
        <source>pausing: the engine writes a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_controller.cpp" line="66"/>
        <source>cancelled: the engine writes a checkpoint and stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_controller.cpp" line="66"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingJobView</name>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="54"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="55"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="56"/>
        <source>Cancel training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="57"/>
        <source>Use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="64"/>
        <source>The engine writes a checkpoint and stops; Resume continues from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="65"/>
        <source>Stops the engine after a checkpoint and marks the job cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="66"/>
        <source>Make the fine-tuned bundle the model of Run CT-Lite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="70"/>
        <source>Curves of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="81"/>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="82"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="129"/>
        <source>No training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="147"/>
        <source> · step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="149"/>
        <source> · ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="158"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (%3 of %4)%5 · &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="166"/>
        <source>Current model, same data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingJobsDialog</name>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="21"/>
        <source>Training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="28"/>
        <source>Jobs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="30"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="54"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="61"/>
        <source>No training job yet (AI ▸ Fine-tune…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerOptions</name>
    <message>
        <location filename="../app/viewer/viewer_options.cpp" line="25"/>
        <source>CT-Lite Workstation: chest CT viewer with the CT-Lite findings engine. Not for clinical use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/viewer/viewer_options.cpp" line="30"/>
        <source>DICOM folder or file, NIfTI, JPEG stack or .npz to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::VolumeLoader</name>
    <message>
        <location filename="../widgets/io/volume_loader.cpp" line="87"/>
        <location filename="../widgets/io/volume_loader.cpp" line="99"/>
        <source>%1: this build of the viewer has no image readers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::VolumeRenderView</name>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="124"/>
        <source>No image loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="128"/>
        <source>3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="128"/>
        <source>CPU ray casting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="128"/>
        <source>GPU ray casting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowPreset</name>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="9"/>
        <source>Lung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="10"/>
        <source>Mediastinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="12"/>
        <source>Bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="13"/>
        <source>Soft tissue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::WorkstationWindow</name>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="94"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="656"/>
        <source>CT-Lite Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="135"/>
        <source>Open &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="136"/>
        <source>Open f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="136"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="137"/>
        <source>Save &amp;screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="137"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="138"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="145"/>
        <source>2 × 2 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="146"/>
        <source>Axial focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="147"/>
        <source>Three planes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="155"/>
        <source>&amp;Maximise view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="156"/>
        <source>Maximise the active view (F or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="158"/>
        <source>&amp;Reset views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="160"/>
        <source>&amp;Cine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="162"/>
        <source>Play through the slices of the active view (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="171"/>
        <source>%1: W %2 / L %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="181"/>
        <source>&amp;Navigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="182"/>
        <source>Left drag: window/level · click: crosshair · middle: pan · right: zoom · wheel: slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="183"/>
        <source>Measure &amp;distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="184"/>
        <source>Measure &amp;ellipse ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="194"/>
        <source>&amp;Run CT-Lite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="194"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="195"/>
        <source>Score the 18 chest CT findings with the selected model (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="197"/>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="199"/>
        <source>Show PCA &amp;overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="202"/>
        <source>&amp;Fine-tune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="203"/>
        <source>Fine-tune CT-Lite on your own data (FAST and SFP training in the engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="205"/>
        <source>&amp;Training jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="207"/>
        <source>Models &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="209"/>
        <source>&amp;About CT-Lite Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="222"/>
        <source>Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="224"/>
        <source>CT-Lite findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="225"/>
        <source>PCA overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="228"/>
        <source>DICOM tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="229"/>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="234"/>
        <source>Engine log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="240"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="246"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="249"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="255"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="256"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="261"/>
        <source>Window &amp;presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="266"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="280"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="280"/>
        <source>The new language is used from the next start of the viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="284"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="286"/>
        <source>Delete all measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="289"/>
        <source>&amp;AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="302"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="307"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="313"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="325"/>
        <source>CT-Lite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="332"/>
        <source> Model </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="338"/>
        <source> Device </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="341"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="342"/>
        <source>GPU (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="358"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="396"/>
        <source>Reading (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="405"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="541"/>
        <source>Could not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="408"/>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="416"/>
        <source>%1: evidence at voxel (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="432"/>
        <source>Finished at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="439"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="440"/>
        <source>Run cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="497"/>
        <source>Open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="498"/>
        <source>Medical images (*.dcm *.nii *.nii.gz *.npz *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="504"/>
        <source>Open DICOM or JPEG-stack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="511"/>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="532"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="563"/>
        <source>Still loading the previous study; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="539"/>
        <source>%1: no readable image series found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="553"/>
        <source>%1 series found: double-click one in Studies to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="562"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="580"/>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="587"/>
        <source>The loaded image is not DICOM: it has no tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="590"/>
        <source>Reading tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="596"/>
        <source>No DICOM file of this series was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="597"/>
        <source>%1: the tags could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="655"/>
        <source>&lt;b&gt;CT-Lite Workstation&lt;/b&gt; · no study open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="663"/>
        <source>Unnamed patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="664"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="672"/>
        <source>%1 — CT-Lite Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="712"/>
        <source>%1 (%2, trained here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="714"/>
        <source>(no model found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="716"/>
        <source>Models folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="727"/>
        <source>Choose the CT-Lite models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="731"/>
        <source>No models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="731"/>
        <source>%1: no model folders (with a manifest.json) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="738"/>
        <source>Save screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="740"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="742"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="742"/>
        <source>%1: could not write the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
