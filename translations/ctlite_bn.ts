<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn" sourcelanguage="en">
<context>
    <name>ctlite::widgets::AboutDialog</name>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="22"/>
        <source>About CT-Lite Workstation</source>
        <translation>CT-Lite Workstation সম্পর্কে</translation>
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
    <name>ctlite::widgets::CtliteRunController</name>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="49"/>
        <source>Engine %1 ready: devices %2, %3 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="103"/>
        <source>Open a chest CT series first.</source>
        <translation>প্রথমে একটি বুকের CT সিরিজ খুলুন।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="104"/>
        <source>The current volume has no source file for the engine to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="106"/>
        <source>No CT-Lite model found in %1. Choose a models folder in the AI menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="108"/>
        <source>A CT-Lite run is already in progress.</source>
        <translation>একটি CT-Lite চালানো ইতিমধ্যে চলছে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="122"/>
        <source>Could not create a temporary folder for the engine&apos;s results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="146"/>
        <source>PCA overlay not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="147"/>
        <source>Scores are ready, but the PCA overlay could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::DicomTagBrowser</name>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="19"/>
        <source>Filter by tag, keyword or value</source>
        <translation>ট্যাগ, কীওয়ার্ড বা মান দিয়ে ফিল্টার</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>Tag</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>VR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>Keyword</source>
        <translation>কীওয়ার্ড</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="23"/>
        <source>Value</source>
        <translation>মান</translation>
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
        <translation>একটি CT-Lite চালানো ইতিমধ্যে চলছে।</translation>
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
        <translation>CT-Lite চালানো বাতিল হয়েছে।</translation>
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
        <translation>CT-Lite ইঞ্জিন অপ্রত্যাশিতভাবে বন্ধ হয়েছে (%1)।</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="226"/>
        <source>Could not start the CT-Lite engine &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="10"/>
        <source>Medical material</source>
        <translation>চিকিৎসা সামগ্রী</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="11"/>
        <source>Arterial wall calcification</source>
        <translation>ধমনী প্রাচীরে ক্যালসিফিকেশন</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="12"/>
        <source>Cardiomegaly</source>
        <translation>কার্ডিওমেগালি</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="13"/>
        <source>Pericardial effusion</source>
        <translation>পেরিকার্ডিয়াল ইফিউশন</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="14"/>
        <source>Coronary artery wall calcification</source>
        <translation>করোনারি ধমনী প্রাচীরে ক্যালসিফিকেশন</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="15"/>
        <source>Hiatal hernia</source>
        <translation>হায়াটাল হার্নিয়া</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="16"/>
        <source>Lymphadenopathy</source>
        <translation>লিম্ফাডেনোপ্যাথি</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="17"/>
        <source>Emphysema</source>
        <translation>এমফাইসিমা</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="18"/>
        <source>Atelectasis</source>
        <translation>অ্যাটেলেক্টাসিস</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="19"/>
        <source>Lung nodule</source>
        <translation>ফুসফুসের নডিউল</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="20"/>
        <source>Lung opacity</source>
        <translation>ফুসফুসের অস্বচ্ছতা</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="21"/>
        <source>Pulmonary fibrotic sequela</source>
        <translation>ফুসফুসের ফাইব্রোটিক পরিণতি</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="22"/>
        <source>Pleural effusion</source>
        <translation>প্লুরাল ইফিউশন</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="23"/>
        <source>Mosaic attenuation pattern</source>
        <translation>মোজাইক অ্যাটেনুয়েশন প্যাটার্ন</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="24"/>
        <source>Peribronchial thickening</source>
        <translation>পেরিব্রঙ্কিয়াল পুরুত্ব</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="25"/>
        <source>Consolidation</source>
        <translation>কনসলিডেশন</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="26"/>
        <source>Bronchiectasis</source>
        <translation>ব্রঙ্কিয়েক্টাসিস</translation>
    </message>
    <message>
        <location filename="../widgets/panels/finding_names.cpp" line="27"/>
        <source>Interlobular septal thickening</source>
        <translation>ইন্টারলোবুলার সেপ্টাল পুরুত্ব</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsPanel</name>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="25"/>
        <source>Loading</source>
        <translation>লোড হচ্ছে</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="26"/>
        <source>Preprocessing</source>
        <translation>প্রাক-প্রক্রিয়াকরণ</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="27"/>
        <source>Encoding</source>
        <translation>এনকোডিং</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="28"/>
        <source>Scoring</source>
        <translation>স্কোরিং</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="68"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="92"/>
        <source>Score</source>
        <translation>স্কোর</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="109"/>
        <source>No model selected</source>
        <translation>কোনো মডেল নির্বাচিত নয়</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="109"/>
        <location filename="../widgets/panels/findings_panel.cpp" line="115"/>
        <source>Model: %1</source>
        <translation>মডেল: %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="110"/>
        <location filename="../widgets/panels/findings_panel.cpp" line="121"/>
        <source>Research prototype trained on synthetic phantoms. Not for clinical use.</source>
        <translation>কৃত্রিম ফ্যান্টমে প্রশিক্ষিত গবেষণা প্রোটোটাইপ। ক্লিনিক্যাল ব্যবহারের জন্য নয়।</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="116"/>
        <source>version %1</source>
        <translation>সংস্করণ %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="119"/>
        <source>Weights SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="130"/>
        <source>Starting the CT-Lite engine…</source>
        <translation>CT-Lite ইঞ্জিন চালু হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="136"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="150"/>
        <source>Run CT-Lite (Ctrl+R) to score the 18 chest CT findings.</source>
        <translation>১৮টি বুকের CT ফলাফলের স্কোর পেতে CT-Lite চালান (Ctrl+R)।</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="157"/>
        <source>%1 of %2 findings above threshold</source>
        <translation>%2টির মধ্যে %1টি ফলাফল সীমার উপরে</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="161"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="173"/>
        <source>Present</source>
        <translation>উপস্থিত</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="174"/>
        <source>Absent</source>
        <translation>অনুপস্থিত</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="182"/>
        <source>Threshold</source>
        <translation>সীমা</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="196"/>
        <source>present</source>
        <translation>উপস্থিত</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="196"/>
        <source>absent</source>
        <translation>অনুপস্থিত</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::MeasurementPanel</name>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="23"/>
        <source>Type</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="23"/>
        <source>Slice</source>
        <translation>স্লাইস</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="23"/>
        <source>Result</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="30"/>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="31"/>
        <source>Delete all</source>
        <translation>সব মুছুন</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="57"/>
        <source>Distance</source>
        <translation>দূরত্ব</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="58"/>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="63"/>
        <source>Ellipse</source>
        <translation>উপবৃত্ত</translation>
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
        <translation>PCA বৈশিষ্ট্য ওভারলে দেখান</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="38"/>
        <source>Opacity</source>
        <translation>অস্বচ্ছতা</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="52"/>
        <source>Red: 1st principal component</source>
        <translation>লাল: ১ম প্রধান উপাদান</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="54"/>
        <source>Green: 2nd principal component</source>
        <translation>সবুজ: ২য় প্রধান উপাদান</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="56"/>
        <source>Blue: 3rd principal component</source>
        <translation>নীল: ৩য় প্রধান উপাদান</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="58"/>
        <source>Regions with similar colours have similar encoder features. The overlay shows what the model attends to; it is not a segmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="88"/>
        <source>Source: %1</source>
        <translation>উৎস: %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/overlay_panel.cpp" line="89"/>
        <source>No overlay yet: run CT-Lite to compute one.</source>
        <translation>এখনো ওভারলে নেই: তৈরি করতে CT-Lite চালান।</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/io/volume_loader.cpp" line="74"/>
        <source>%1: not enough memory to load this series</source>
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
        <translation>রোগী / স্টাডি / সিরিজ</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="87"/>
        <source>Images</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="114"/>
        <source>Unnamed patient</source>
        <translation>নামহীন রোগী</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="115"/>
        <source>no ID</source>
        <translation>আইডি নেই</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="123"/>
        <source>Study</source>
        <translation>স্টাডি</translation>
    </message>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="127"/>
        <source>Series</source>
        <translation>সিরিজ</translation>
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
        <translation>কোনো ছবি লোড হয়নি</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="276"/>
        <source>Axial</source>
        <translation>অক্ষীয়</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="276"/>
        <source>Coronal</source>
        <translation>করোনাল</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="276"/>
        <source>Sagittal</source>
        <translation>স্যাজিটাল</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="279"/>
        <source>Im: %1/%2</source>
        <translation>ছবি: %1/%2</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="280"/>
        <source>Loc: %1 mm</source>
        <translation>অবস্থান: %1 মিমি</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="286"/>
        <source>Custom window</source>
        <translation>নিজস্ব উইন্ডো</translation>
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
        <translation>কোনো ছবি লোড হয়নি</translation>
    </message>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="128"/>
        <source>3D</source>
        <translation>ত্রিমাত্রিক</translation>
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
        <translation>ফুসফুস</translation>
    </message>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="10"/>
        <source>Mediastinum</source>
        <translation>মিডিয়াস্টিনাম</translation>
    </message>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="12"/>
        <source>Bone</source>
        <translation>হাড়</translation>
    </message>
    <message>
        <location filename="../widgets/models/window_level.cpp" line="13"/>
        <source>Soft tissue</source>
        <translation>নরম টিস্যু</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::WorkstationWindow</name>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="91"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="643"/>
        <source>CT-Lite Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="132"/>
        <source>Open &amp;file…</source>
        <translation>&amp;ফাইল খুলুন…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="133"/>
        <source>Open f&amp;older…</source>
        <translation>&amp;ফোল্ডার খুলুন…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="133"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="134"/>
        <source>Save &amp;screenshot…</source>
        <translation>&amp;স্ক্রিনশট সংরক্ষণ…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="134"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;প্রস্থান</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="142"/>
        <source>2 × 2 grid</source>
        <translation>২ × ২ গ্রিড</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="143"/>
        <source>Axial focus</source>
        <translation>অক্ষীয় প্রধান</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="144"/>
        <source>Three planes</source>
        <translation>তিন তল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="152"/>
        <source>&amp;Maximise view</source>
        <translation>দৃশ্য বড় করুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="153"/>
        <source>Maximise the active view (F or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="155"/>
        <source>&amp;Reset views</source>
        <translation>দৃশ্য রিসেট</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="157"/>
        <source>&amp;Cine</source>
        <translation>সিনে</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="159"/>
        <source>Play through the slices of the active view (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="168"/>
        <source>%1: W %2 / L %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="178"/>
        <source>&amp;Navigate</source>
        <translation>নেভিগেট</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="179"/>
        <source>Left drag: window/level · click: crosshair · middle: pan · right: zoom · wheel: slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="180"/>
        <source>Measure &amp;distance</source>
        <translation>দূরত্ব মাপুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="181"/>
        <source>Measure &amp;ellipse ROI</source>
        <translation>উপবৃত্ত ROI মাপুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="191"/>
        <source>&amp;Run CT-Lite</source>
        <translation>CT-Lite চালান</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="191"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="192"/>
        <source>Score the 18 chest CT findings with the selected model (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="194"/>
        <source>&amp;Cancel run</source>
        <translation>চালানো বাতিল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="196"/>
        <source>Show PCA &amp;overlay</source>
        <translation>PCA ওভারলে দেখান</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="199"/>
        <source>Models &amp;folder…</source>
        <translation>মডেল ফোল্ডার…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="201"/>
        <source>&amp;About CT-Lite Workstation</source>
        <translation>CT-Lite Workstation সম্পর্কে</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="214"/>
        <source>Studies</source>
        <translation>স্টাডি</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="216"/>
        <source>CT-Lite findings</source>
        <translation>CT-Lite ফলাফল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="217"/>
        <source>PCA overlay</source>
        <translation>PCA ওভারলে</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="220"/>
        <source>DICOM tags</source>
        <translation>DICOM ট্যাগ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="221"/>
        <source>Measurements</source>
        <translation>পরিমাপ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="226"/>
        <source>Engine log</source>
        <translation>ইঞ্জিন লগ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="232"/>
        <source>&amp;Panels</source>
        <translation>প্যানেল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="238"/>
        <source>&amp;File</source>
        <translation>&amp;ফাইল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="241"/>
        <source>Open &amp;recent</source>
        <translation>সাম্প্রতিক খুলুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="247"/>
        <source>&amp;View</source>
        <translation>&amp;দৃশ্য</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="248"/>
        <source>&amp;Layout</source>
        <translation>&amp;বিন্যাস</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="253"/>
        <source>Window &amp;presets</source>
        <translation>উইন্ডো প্রিসেট</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="258"/>
        <source>Lan&amp;guage</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="272"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="272"/>
        <source>The new language is used from the next start of the viewer.</source>
        <translation>নতুন ভাষা ভিউয়ারের পরবর্তী চালু থেকে ব্যবহৃত হবে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="276"/>
        <source>&amp;Tools</source>
        <translation>&amp;সরঞ্জাম</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="278"/>
        <source>Delete all measurements</source>
        <translation>সব পরিমাপ মুছুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="281"/>
        <source>&amp;AI</source>
        <translation>&amp;এআই</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="288"/>
        <source>&amp;Help</source>
        <translation>&amp;সাহায্য</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="293"/>
        <source>Files</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="299"/>
        <source>View</source>
        <translation>দৃশ্য</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="311"/>
        <source>CT-Lite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="317"/>
        <source> Model </source>
        <translation> মডেল </translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="323"/>
        <source> Device </source>
        <translation> ডিভাইস </translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="326"/>
        <source>CPU</source>
        <translation>সিপিইউ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="327"/>
        <source>GPU (CUDA)</source>
        <translation>জিপিইউ (CUDA)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="343"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="381"/>
        <source>Reading (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="390"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="528"/>
        <source>Could not open</source>
        <translation>খোলা যায়নি</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="393"/>
        <source>Loading cancelled.</source>
        <translation>লোড বাতিল হয়েছে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="401"/>
        <source>%1: evidence at voxel (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="417"/>
        <source>Finished at %1.</source>
        <translation>%1-এ শেষ হয়েছে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="424"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="425"/>
        <source>Run cancelled.</source>
        <translation>চালানো বাতিল হয়েছে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="484"/>
        <source>Open image</source>
        <translation>ছবি খুলুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="485"/>
        <source>Medical images (*.dcm *.nii *.nii.gz *.npz *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="491"/>
        <source>Open DICOM or JPEG-stack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="498"/>
        <source>Scanning %1…</source>
        <translation>%1 খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="519"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="550"/>
        <source>Still loading the previous study; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="526"/>
        <source>%1: no readable image series found</source>
        <translation>%1: কোনো পাঠযোগ্য ছবির সিরিজ পাওয়া যায়নি</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="540"/>
        <source>%1 series found: double-click one in Studies to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="549"/>
        <source>Loading %1…</source>
        <translation>%1 লোড হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="567"/>
        <source>Loaded %1</source>
        <translation>%1 লোড হয়েছে</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="574"/>
        <source>The loaded image is not DICOM: it has no tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="577"/>
        <source>Reading tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="583"/>
        <source>No DICOM file of this series was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="584"/>
        <source>%1: the tags could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="642"/>
        <source>&lt;b&gt;CT-Lite Workstation&lt;/b&gt; · no study open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="650"/>
        <source>Unnamed patient</source>
        <translation>নামহীন রোগী</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="651"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="659"/>
        <source>%1 — CT-Lite Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="699"/>
        <source>(no model found)</source>
        <translation>(কোনো মডেল পাওয়া যায়নি)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="701"/>
        <source>Models folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="712"/>
        <source>Choose the CT-Lite models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="716"/>
        <source>No models</source>
        <translation>কোনো মডেল নেই</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="716"/>
        <source>%1: no model folders (with a manifest.json) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="723"/>
        <source>Save screenshot</source>
        <translation>স্ক্রিনশট সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="725"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="727"/>
        <source>Could not save</source>
        <translation>সংরক্ষণ করা যায়নি</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="727"/>
        <source>%1: could not write the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
