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
        <translation>গবেষণার প্রোটোটাইপ। সংযুক্ত মডেলগুলো কৃত্রিম ফ্যান্টমে প্রশিক্ষিত। এটি কোনো চিকিৎসা যন্ত্র নয়; ক্লিনিক্যাল ব্যবহারের জন্য নয়।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="37"/>
        <source>Engine: ctlite %1, devices: %2, %3 threads</source>
        <translation>ইঞ্জিন: ctlite %1, ডিভাইস: %2, %3টি থ্রেড</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="40"/>
        <source>Engine: not started yet (it starts with the first run).</source>
        <translation>ইঞ্জিন: এখনও চালু হয়নি (প্রথম রানের সঙ্গে চালু হবে)।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="44"/>
        <source>Model: %1 %2&lt;br&gt;Weights SHA-256: %3&lt;br&gt;%4</source>
        <translation>মডেল: %1 %2&lt;br&gt;ওজনের SHA-256: %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/about_dialog.cpp" line="48"/>
        <source>Licences of the components</source>
        <translation>উপাদানগুলোর লাইসেন্স</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::ConfusionMatrixView</name>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="32"/>
        <source>No finding selected</source>
        <translation>কোনো ফাইন্ডিং নির্বাচিত নয়</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="53"/>
        <source>%1 · threshold %2</source>
        <translation>%1 · থ্রেশহোল্ড %2</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="59"/>
        <source>called absent</source>
        <translation>অনুপস্থিত ধরা হয়েছে</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="59"/>
        <source>called present</source>
        <translation>উপস্থিত ধরা হয়েছে</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="60"/>
        <source>absent</source>
        <translation>অনুপস্থিত</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/confusion_matrix_view.cpp" line="60"/>
        <source>present</source>
        <translation>উপস্থিত</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::CtliteRunController</name>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="39"/>
        <source>Engine %1 ready: devices %2, %3 threads</source>
        <translation>ইঞ্জিন %1 প্রস্তুত: ডিভাইস %2, %3টি থ্রেড</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="80"/>
        <source>Open a chest CT series first.</source>
        <translation>প্রথমে একটি বুকের CT সিরিজ খুলুন।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="81"/>
        <source>The current volume has no source file for the engine to read.</source>
        <translation>বর্তমান ভলিউমের এমন কোনো উৎস ফাইল নেই যা ইঞ্জিন পড়তে পারে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="83"/>
        <source>No CT-Lite model found in %1. Choose a models folder in the AI menu.</source>
        <translation>%1-এ কোনো CT-Lite মডেল পাওয়া যায়নি। AI মেনু থেকে একটি মডেল ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="85"/>
        <source>A CT-Lite run is already in progress.</source>
        <translation>একটি CT-Lite চালানো ইতিমধ্যে চলছে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="99"/>
        <source>Could not create a temporary folder for the engine&apos;s results: %1</source>
        <translation>ইঞ্জিনের ফলাফলের জন্য অস্থায়ী ফোল্ডার তৈরি করা যায়নি: %1</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="123"/>
        <source>PCA overlay not shown: %1</source>
        <translation>PCA ওভারলে দেখানো হয়নি: %1</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/ctlite_run_controller.cpp" line="124"/>
        <source>Scores are ready, but the PCA overlay could not be read: %1</source>
        <translation>স্কোর প্রস্তুত, কিন্তু PCA ওভারলে পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::DataPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="80"/>
        <source>Training data</source>
        <translation>প্রশিক্ষণ ডেটা</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="81"/>
        <source>Choose where the training cases come from. The data is checked before anything is trained.</source>
        <translation>প্রশিক্ষণের কেসগুলো কোথা থেকে আসবে তা বেছে নিন। কিছু প্রশিক্ষণের আগে ডেটা যাচাই করা হয়।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="83"/>
        <source>CT-RATE-style folder</source>
        <translation>CT-RATE ধাঁচের ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="84"/>
        <source>Volumes + reports CSV</source>
        <translation>ভলিউম + রিপোর্ট CSV</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="85"/>
        <source>Paired uncompressed/compressed series</source>
        <translation>জোড়া আনকম্প্রেসড/কম্প্রেসড সিরিজ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="94"/>
        <source>Training data folder</source>
        <translation>প্রশিক্ষণ ডেটার ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="95"/>
        <source>Reports CSV</source>
        <translation>রিপোর্ট CSV</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="95"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="123"/>
        <source>Real CT-RATE or `ctlite synth`: volumes in train/ and valid/, reports, labels and metadata CSVs.</source>
        <translation>আসল CT-RATE বা `ctlite synth`: train/ ও valid/-এ ভলিউম, রিপোর্ট, লেবেল ও মেটাডেটা CSV।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="127"/>
        <source>A CSV (or a folder holding reports.csv) with the columns volume (NIfTI, DICOM folder, JPEG stack or npz, relative to the CSV) and report, optionally split, patient and the 18 finding columns; without them the labels are derived from the reports. See docs/FINE_TUNING.md.</source>
        <translation>একটি CSV (বা reports.csv আছে এমন ফোল্ডার), যাতে volume (NIfTI, DICOM ফোল্ডার, JPEG স্ট্যাক বা npz, CSV-র সাপেক্ষে) ও report কলাম আছে, ঐচ্ছিকভাবে split, patient ও ১৮টি ফাইন্ডিং কলাম; সেগুলো না থাকলে লেবেল রিপোর্ট থেকে বের করা হয়। দেখুন docs/FINE_TUNING.md।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="133"/>
        <source>The same CSV with a compressed column naming each case&apos;s JPEG-stack folder: the teacher reads the uncompressed volume, the student the compressed stack.</source>
        <translation>একই CSV, সঙ্গে compressed কলাম যা প্রতিটি কেসের JPEG-স্ট্যাক ফোল্ডারের নাম দেয়: শিক্ষক আনকম্প্রেসড ভলিউম পড়ে, শিক্ষার্থী কম্প্রেসড স্ট্যাক।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="140"/>
        <source>&lt;p&gt;Checking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;যাচাই চলছে…&lt;/p&gt;</translation>
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
        <translation>VR</translation>
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
        <translation>একটি DICOM সিরিজ খোলা হলে এখানে ট্যাগ দেখা যাবে।</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dicom_tag_browser.cpp" line="42"/>
        <source>First file of the series: %1</source>
        <translation>সিরিজের প্রথম ফাইল: %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::EngineClient</name>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="30"/>
        <source>The engine did not answer the cancel request; stopping it.</source>
        <translation>ইঞ্জিন বাতিলের অনুরোধে সাড়া দেয়নি; এটি বন্ধ করা হচ্ছে।</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="75"/>
        <source>Starting engine: %1 %2</source>
        <translation>ইঞ্জিন চালু হচ্ছে: %1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="91"/>
        <source>A CT-Lite run is already in progress.</source>
        <translation>একটি CT-Lite চালানো ইতিমধ্যে চলছে।</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="128"/>
        <source>Ignored a line from the engine (%1)</source>
        <translation>ইঞ্জিনের একটি লাইন উপেক্ষা করা হয়েছে (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="132"/>
        <source>The CT-Lite engine sent an over-long line; it does not speak the viewer&apos;s protocol.</source>
        <translation>CT-Lite ইঞ্জিন অতিরিক্ত লম্বা একটি লাইন পাঠিয়েছে; এটি ভিউয়ারের প্রোটোকল বোঝে না।</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="153"/>
        <source>Engine error: %1</source>
        <translation>ইঞ্জিনের ত্রুটি: %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="161"/>
        <source>The CT-Lite engine refused to start: %1</source>
        <translation>CT-Lite ইঞ্জিন চালু হতে অস্বীকার করেছে: %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="166"/>
        <source>The CT-Lite engine answered hello with an unexpected reply: %1</source>
        <translation>CT-Lite ইঞ্জিন hello-র অপ্রত্যাশিত উত্তর দিয়েছে: %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="180"/>
        <source>The engine&apos;s result could not be read: %1</source>
        <translation>ইঞ্জিনের ফলাফল পড়া যায়নি: %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="205"/>
        <source> Last engine messages: %1</source>
        <translation> ইঞ্জিনের শেষ বার্তা: %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="212"/>
        <source>The CT-Lite run was cancelled.</source>
        <translation>CT-Lite চালানো বাতিল হয়েছে।</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="214"/>
        <source>it crashed</source>
        <translation>এটি ক্র্যাশ করেছে</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="214"/>
        <source>exit code %1</source>
        <translation>এক্সিট কোড %1</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="215"/>
        <source>The CT-Lite engine stopped unexpectedly (%1).</source>
        <translation>CT-Lite ইঞ্জিন অপ্রত্যাশিতভাবে বন্ধ হয়েছে (%1)।</translation>
    </message>
    <message>
        <location filename="../widgets/engine/engine_client.cpp" line="226"/>
        <source>Could not start the CT-Lite engine &quot;%1&quot;: %2</source>
        <translation>CT-Lite ইঞ্জিন &quot;%1&quot; চালু করা যায়নি: %2</translation>
    </message>
</context>
<context>
    <name>EngineMemory</name>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="14"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="16"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="43"/>
        <source>CPU memory %1</source>
        <translation>CPU মেমরি %1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="48"/>
        <source>GPU memory: n/a (CPU run)</source>
        <translation>GPU মেমরি: প্রযোজ্য নয় (CPU রান)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="51"/>
        <source>GPU memory: not reported by this engine build</source>
        <translation>GPU মেমরি: এই ইঞ্জিন বিল্ড জানায় না</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/engine_memory.cpp" line="53"/>
        <source>GPU memory %1 allocated / %2 reserved</source>
        <translation>GPU মেমরি %1 বরাদ্দ / %2 সংরক্ষিত</translation>
    </message>
</context>
<context>
    <name>EvaluationScreen</name>
    <message>
        <location filename="../app/viewer/evaluation_screen.cpp" line="43"/>
        <source>CT-Lite evaluation · %1</source>
        <translation>CT-Lite মূল্যায়ন · %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::EvaluationTableModel</name>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="91"/>
        <source>Macro average</source>
        <translation>ম্যাক্রো গড়</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="116"/>
        <source>Undefined: these cases hold only one class for this finding.</source>
        <translation>অনির্ধারিত: এই ফাইন্ডিংয়ের জন্য এই কেসগুলোতে কেবল একটি শ্রেণি আছে।</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="126"/>
        <source>Finding</source>
        <translation>ফাইন্ডিং</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="127"/>
        <source>Positive</source>
        <translation>পজিটিভ</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="128"/>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="129"/>
        <source>F1 (weighted)</source>
        <translation>F1 (ভারযুক্ত)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="130"/>
        <source>Accuracy</source>
        <translation>নির্ভুলতা</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="131"/>
        <source>Threshold</source>
        <translation>থ্রেশহোল্ড</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="132"/>
        <source>Δ AUROC</source>
        <translation>Δ AUROC</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="133"/>
        <source>Δ F1</source>
        <translation>Δ F1</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_table_model.cpp" line="134"/>
        <source>Δ Accuracy</source>
        <translation>Δ নির্ভুলতা</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::EvaluationView</name>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="112"/>
        <source>Select rows to compare their ROC curves; the current row drives the confusion matrix and the t-SNE colouring.</source>
        <translation>ROC বক্ররেখা তুলনা করতে সারি নির্বাচন করুন; বর্তমান সারি কনফিউশন ম্যাট্রিক্স ও t-SNE রঙ নির্ধারণ করে।</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="129"/>
        <source>ROC curves</source>
        <translation>ROC বক্ররেখা</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="130"/>
        <source>AUROC per finding</source>
        <translation>ফাইন্ডিং অনুযায়ী AUROC</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="131"/>
        <source>Confusion matrix at the decision threshold</source>
        <translation>সিদ্ধান্ত থ্রেশহোল্ডে কনফিউশন ম্যাট্রিক্স</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="132"/>
        <source>t-SNE of image and prompt latents</source>
        <translation>ছবি ও প্রম্পট ল্যাটেন্টের t-SNE</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="211"/>
        <source>current (%1)</source>
        <translation>বর্তমান (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="211"/>
        <source>new (%1)</source>
        <translation>নতুন (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="217"/>
        <source>Evaluation</source>
        <translation>মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="218"/>
        <source>No evaluation report loaded.</source>
        <translation>কোনো মূল্যায়ন রিপোর্ট লোড করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="222"/>
        <source>Evaluation · %1</source>
        <translation>মূল্যায়ন · %1</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="223"/>
        <source>%1 cases · split &lt;b&gt;%2&lt;/b&gt; · thresholds from %3 · macro AUROC &lt;b&gt;%4&lt;/b&gt; · weighted F1 &lt;b&gt;%5&lt;/b&gt; · accuracy &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>%1টি কেস · স্প্লিট &lt;b&gt;%2&lt;/b&gt; · থ্রেশহোল্ডের উৎস %3 · ম্যাক্রো AUROC &lt;b&gt;%4&lt;/b&gt; · ভারযুক্ত F1 &lt;b&gt;%5&lt;/b&gt; · নির্ভুলতা &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="232"/>
        <source>&lt;br&gt;Compared with %1: macro AUROC &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; (%4)</source>
        <translation>&lt;br&gt;%1-এর সঙ্গে তুলনা: ম্যাক্রো AUROC &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; (%4)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="247"/>
        <source>False positive rate (1 − specificity)</source>
        <translation>ফলস পজিটিভ হার (১ − স্পেসিফিসিটি)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="248"/>
        <source>True positive rate (sensitivity)</source>
        <translation>ট্রু পজিটিভ হার (সেনসিটিভিটি)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="258"/>
        <source>%1 · new %2</source>
        <translation>%1 · নতুন %2</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="258"/>
        <source>%1 · AUROC %2</source>
        <translation>%1 · AUROC %2</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="265"/>
        <source>%1 · current %2</source>
        <translation>%1 · বর্তমান %2</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="374"/>
        <source>This report has no t-SNE map (evaluate with --out to compute one).</source>
        <translation>এই রিপোর্টে কোনো t-SNE মানচিত্র নেই (একটি গণনা করতে --out দিয়ে মূল্যায়ন করুন)।</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="379"/>
        <source>Cases (dots) and prompts (triangles) in one map, coloured by %1 · perplexity %2</source>
        <translation>একটি মানচিত্রে কেস (বিন্দু) ও প্রম্পট (ত্রিভুজ), %1 অনুযায়ী রঙ · পারপ্লেক্সিটি %2</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="383"/>
        <source> · trustworthiness %1 (k = %2)</source>
        <translation> · বিশ্বাসযোগ্যতা %1 (k = %2)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="395"/>
        <source>other findings&apos; prompts</source>
        <translation>অন্যান্য ফাইন্ডিংয়ের প্রম্পট</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="397"/>
        <source>cases without %1</source>
        <translation>%1 ছাড়া কেস</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="399"/>
        <source>cases with %1</source>
        <translation>%1 সহ কেস</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="411"/>
        <source>“%1 is present.”</source>
        <translation>“%1 উপস্থিত।”</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_view.cpp" line="413"/>
        <source>“%1 is not present.”</source>
        <translation>“%1 উপস্থিত নয়।”</translation>
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
    <name>ctlite::widgets::FindingsExportActions</name>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="30"/>
        <source>&amp;Export findings…</source>
        <translation>ফাইন্ডিং &amp;এক্সপোর্ট…</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="31"/>
        <source>&amp;Send export to PACS…</source>
        <translation>এক্সপোর্ট &amp;PACS-এ পাঠান…</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="32"/>
        <source>PACS &amp;nodes…</source>
        <translation>PACS &amp;নোড…</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="38"/>
        <source>Write the findings as PDF, DICOM SR and encapsulated PDF (ctlite export)</source>
        <translation>ফাইন্ডিং PDF, DICOM SR ও এনক্যাপসুলেটেড PDF হিসেবে লিখুন (ctlite export)</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="46"/>
        <source>Exported %1</source>
        <translation>%1 এক্সপোর্ট হয়েছে</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="50"/>
        <source>Sent %1 DICOM object(s) to %2</source>
        <translation>%2-এ %1টি DICOM অবজেক্ট পাঠানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="54"/>
        <source>Export findings</source>
        <translation>ফাইন্ডিং এক্সপোর্ট</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="93"/>
        <source>Send to PACS</source>
        <translation>PACS-এ পাঠান</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_actions.cpp" line="94"/>
        <source>Send %1 to:</source>
        <translation>%1 পাঠান এখানে:</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsExportDialog</name>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="24"/>
        <source>PDF report (key images with and without the PCA overlay)</source>
        <translation>PDF রিপোর্ট (PCA ওভারলে সহ ও ছাড়া মূল ছবি)</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="25"/>
        <source>DICOM SR (TID 1500 measurement report)</source>
        <translation>DICOM SR (TID 1500 পরিমাপ রিপোর্ট)</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="26"/>
        <source>DICOM encapsulated PDF</source>
        <translation>DICOM এনক্যাপসুলেটেড PDF</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="27"/>
        <source>De-identify (PS3.15 basic profile)</source>
        <translation>পরিচয় মুছুন (PS3.15 বেসিক প্রোফাইল)</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="33"/>
        <source>Export findings</source>
        <translation>ফাইন্ডিং এক্সপোর্ট</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="34"/>
        <source>Browse…</source>
        <translation>ব্রাউজ…</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="38"/>
        <source>Nodes…</source>
        <translation>নোড…</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="43"/>
        <source>Outputs</source>
        <translation>আউটপুট</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="48"/>
        <source>Folder</source>
        <translation>ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="49"/>
        <source>File name</source>
        <translation>ফাইলের নাম</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="52"/>
        <source>Pseudonym</source>
        <translation>ছদ্মনাম</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="53"/>
        <source>Send to PACS</source>
        <translation>PACS-এ পাঠান</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="59"/>
        <source>Export</source>
        <translation>এক্সপোর্ট</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="68"/>
        <source>Export folder</source>
        <translation>এক্সপোর্ট ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="115"/>
        <source>Do not send</source>
        <translation>পাঠাবেন না</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_dialog.cpp" line="135"/>
        <source>Writes: %1</source>
        <translation>লেখা হবে: %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsExportModel</name>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="33"/>
        <source>Run CT-Lite first: there are no findings to export.</source>
        <translation>আগে CT-Lite চালান: এক্সপোর্ট করার মতো কোনো ফাইন্ডিং নেই।</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="34"/>
        <location filename="../widgets/export/findings_export_model.cpp" line="118"/>
        <source>An export is already running.</source>
        <translation>একটি এক্সপোর্ট ইতিমধ্যে চলছে।</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="36"/>
        <source>Choose at least one output: PDF, DICOM SR or encapsulated PDF.</source>
        <translation>অন্তত একটি আউটপুট বেছে নিন: PDF, DICOM SR বা এনক্যাপসুলেটেড PDF।</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="38"/>
        <source>Choose an existing folder for the export.</source>
        <translation>এক্সপোর্টের জন্য একটি বিদ্যমান ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="41"/>
        <source>The file name must not be empty, start with a dot or contain &apos;/&apos;.</source>
        <translation>ফাইলের নাম খালি হতে পারবে না, বিন্দু দিয়ে শুরু হতে পারবে না বা &apos;/&apos; থাকতে পারবে না।</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="43"/>
        <source>A de-identified export needs a pseudonym for the patient.</source>
        <translation>পরিচয়হীন এক্সপোর্টে রোগীর জন্য একটি ছদ্মনাম দরকার।</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="46"/>
        <location filename="../widgets/export/findings_export_model.cpp" line="110"/>
        <source>No saved PACS node is named %1.</source>
        <translation>%1 নামে কোনো সংরক্ষিত PACS নোড নেই।</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="48"/>
        <source>Sending to a PACS needs a DICOM output (SR or encapsulated PDF).</source>
        <translation>PACS-এ পাঠাতে একটি DICOM আউটপুট দরকার (SR বা এনক্যাপসুলেটেড PDF)।</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="99"/>
        <source>Could not write the findings to a temporary file: %1</source>
        <translation>ফাইন্ডিং অস্থায়ী ফাইলে লেখা যায়নি: %1</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="114"/>
        <source>Nothing to send: export a DICOM SR or encapsulated PDF first.</source>
        <translation>পাঠানোর কিছু নেই: আগে একটি DICOM SR বা এনক্যাপসুলেটেড PDF এক্সপোর্ট করুন।</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="132"/>
        <source>Could not start %1: %2</source>
        <translation>%1 চালু করা যায়নি: %2</translation>
    </message>
    <message>
        <location filename="../widgets/export/findings_export_model.cpp" line="150"/>
        <source>ctlite %1 failed (exit code %2)</source>
        <translation>ctlite %1 ব্যর্থ হয়েছে (এক্সিট কোড %2)</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FindingsPanel</name>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="24"/>
        <source>Loading</source>
        <translation>লোড হচ্ছে</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="25"/>
        <source>Preprocessing</source>
        <translation>প্রাক-প্রক্রিয়াকরণ</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="26"/>
        <source>Encoding</source>
        <translation>এনকোডিং</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="27"/>
        <source>Scoring</source>
        <translation>স্কোরিং</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="58"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="82"/>
        <source>Score</source>
        <translation>স্কোর</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="99"/>
        <source>No model selected</source>
        <translation>কোনো মডেল নির্বাচিত নয়</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="99"/>
        <location filename="../widgets/panels/findings_panel.cpp" line="105"/>
        <source>Model: %1</source>
        <translation>মডেল: %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="100"/>
        <location filename="../widgets/panels/findings_panel.cpp" line="111"/>
        <source>Research prototype trained on synthetic phantoms. Not for clinical use.</source>
        <translation>কৃত্রিম ফ্যান্টমে প্রশিক্ষিত গবেষণা প্রোটোটাইপ। ক্লিনিক্যাল ব্যবহারের জন্য নয়।</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="106"/>
        <source>version %1</source>
        <translation>সংস্করণ %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="109"/>
        <source>Weights SHA-256: %1</source>
        <translation>ওজনের SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="120"/>
        <source>Starting the CT-Lite engine…</source>
        <translation>CT-Lite ইঞ্জিন চালু হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="140"/>
        <source>Run CT-Lite (Ctrl+R) to score the 18 chest CT findings.</source>
        <translation>১৮টি বুকের CT ফলাফলের স্কোর পেতে CT-Lite চালান (Ctrl+R)।</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="147"/>
        <source>%1 of %2 findings above threshold</source>
        <translation>%2টির মধ্যে %1টি ফলাফল সীমার উপরে</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="151"/>
        <source>%1 s</source>
        <translation>%1 সে</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="163"/>
        <source>Present</source>
        <translation>উপস্থিত</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="164"/>
        <source>Absent</source>
        <translation>অনুপস্থিত</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="172"/>
        <source>Threshold</source>
        <translation>সীমা</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="186"/>
        <source>present</source>
        <translation>উপস্থিত</translation>
    </message>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="186"/>
        <source>absent</source>
        <translation>অনুপস্থিত</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::FineTuneWizard</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_wizard.cpp" line="13"/>
        <source>Fine-tune CT-Lite</source>
        <translation>CT-Lite ফাইন-টিউন</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_wizard.cpp" line="26"/>
        <source>Close (training continues)</source>
        <translation>বন্ধ করুন (প্রশিক্ষণ চলতে থাকবে)</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::HyperparameterPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="231"/>
        <source>μP scaling per block (eq. 19)</source>
        <translation>ব্লক অনুযায়ী μP স্কেলিং (সমী. ১৯)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="243"/>
        <source>Hyper-parameters</source>
        <translation>হাইপার-প্যারামিটার</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="244"/>
        <source>The paper&apos;s defaults; each line says what the value does.</source>
        <translation>পেপারের ডিফল্ট মান; প্রতিটি লাইন বলে মানটি কী করে।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="246"/>
        <source>Start training</source>
        <translation>প্রশিক্ষণ শুরু</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="254"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="255"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="266"/>
        <source>SFP rank r</source>
        <translation>SFP র‍্যাঙ্ক r</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="266"/>
        <source>rank of each token position&apos;s block: more rank, more weights, closer to the dense head</source>
        <translation>প্রতিটি টোকেন অবস্থানের ব্লকের র‍্যাঙ্ক: বেশি র‍্যাঙ্ক, বেশি ওজন, ডেন্স হেডের আরও কাছাকাছি</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="268"/>
        <source>Learning rate</source>
        <translation>লার্নিং রেট</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="268"/>
        <source>lr_base of AdamW with cosine decay (paper: 1e-4)</source>
        <translation>কোসাইন ক্ষয়সহ AdamW-এর lr_base (পেপার: 1e-4)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="271"/>
        <source>FAST steps</source>
        <translation>FAST ধাপ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="271"/>
        <source>optimizer updates of the student encoder</source>
        <translation>শিক্ষার্থী এনকোডারের অপ্টিমাইজার আপডেট</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="272"/>
        <source>FAST accumulation</source>
        <translation>FAST সঞ্চয়ন</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="272"/>
        <source>volumes per update (one at a time: the paper&apos;s batch of 4)</source>
        <translation>প্রতি আপডেটে ভলিউম (একবারে একটি: পেপারের ব্যাচ ৪)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="273"/>
        <source>SFP steps</source>
        <translation>SFP ধাপ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="273"/>
        <source>optimizer updates of the projection head</source>
        <translation>প্রজেকশন হেডের অপ্টিমাইজার আপডেট</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="274"/>
        <source>SFP batch size</source>
        <translation>SFP ব্যাচ সাইজ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="274"/>
        <source>report/volume pairs per SigLIP batch (in-batch negatives, at least 2)</source>
        <translation>প্রতি SigLIP ব্যাচে রিপোর্ট/ভলিউম জোড়া (ব্যাচের ভেতরের নেগেটিভ, অন্তত ২)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="275"/>
        <source>Slices</source>
        <translation>স্লাইস</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="275"/>
        <source>network input depth; a multiple of the teacher&apos;s temporal patch</source>
        <translation>নেটওয়ার্ক ইনপুটের গভীরতা; শিক্ষকের টেম্পোরাল প্যাচের গুণিতক</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="276"/>
        <source>Device</source>
        <translation>ডিভাইস</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="276"/>
        <source>CUDA only when the engine reports a GPU</source>
        <translation>ইঞ্জিন GPU জানালে তবেই CUDA</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="277"/>
        <source>Processes</source>
        <translation>প্রসেস</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="277"/>
        <source>data-parallel engine processes sharing the cores</source>
        <translation>কোর ভাগ করে নেওয়া ডেটা-প্যারালেল ইঞ্জিন প্রসেস</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="278"/>
        <source>Checkpoint every</source>
        <translation>চেকপয়েন্ট প্রতি</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="278"/>
        <source>steps between checkpoints (pause and resume start there)</source>
        <translation>চেকপয়েন্টগুলোর মধ্যে ধাপ (বিরতি ও পুনরায় শুরু সেখান থেকে)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="279"/>
        <source>Prompt fraction</source>
        <translation>প্রম্পট অংশ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="279"/>
        <source>share of SFP texts replaced by a finding&apos;s zero-shot prompt</source>
        <translation>SFP টেক্সটের যে অংশ কোনো ফাইন্ডিংয়ের জিরো-শট প্রম্পট দিয়ে বদলানো হয়</translation>
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
        <translation>%1 মিমি</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="63"/>
        <source>Ellipse</source>
        <translation>উপবৃত্ত</translation>
    </message>
    <message>
        <location filename="../widgets/panels/measurement_panel.cpp" line="64"/>
        <source>mean %1 ± %2 HU, min %3, max %4, %5 cm², %6 voxels</source>
        <translation>গড় %1 ± %2 HU, সর্বনিম্ন %3, সর্বোচ্চ %4, %5 সেমি², %6টি ভক্সেল</translation>
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
        <translation>একই রঙের অঞ্চলগুলোর এনকোডার বৈশিষ্ট্য একই রকম। ওভারলে দেখায় মডেল কোথায় মনোযোগ দেয়; এটি সেগমেন্টেশন নয়।</translation>
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
    <name>ctlite::widgets::PacsNodesDialog</name>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="26"/>
        <source>PACS nodes</source>
        <translation>PACS নোড</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="30"/>
        <source>e.g. Radiology PACS</source>
        <translation>যেমন রেডিওলজি PACS</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="31"/>
        <source>e.g. ORTHANC</source>
        <translation>যেমন ORTHANC</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="32"/>
        <source>host name or IP address</source>
        <translation>হোস্টনেম বা IP ঠিকানা</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="37"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="38"/>
        <source>AE title</source>
        <translation>AE টাইটেল</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="39"/>
        <source>Host</source>
        <translation>হোস্ট</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="40"/>
        <source>Port</source>
        <translation>পোর্ট</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="41"/>
        <source>Our AE title</source>
        <translation>আমাদের AE টাইটেল</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="42"/>
        <source>Save node</source>
        <translation>নোড সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../widgets/export/pacs_nodes_dialog.cpp" line="43"/>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/io/volume_loader.cpp" line="74"/>
        <source>%1: not enough memory to load this series</source>
        <translation>%1: এই সিরিজ লোড করার মতো যথেষ্ট মেমরি নেই</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="23"/>
        <source>Use this model</source>
        <translation>এই মডেল ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="26"/>
        <source>Model registered</source>
        <translation>মডেল নিবন্ধিত</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="27"/>
        <source>The fine-tuned model is in the model library and Run CT-Lite now uses it.</source>
        <translation>ফাইন-টিউন করা মডেলটি মডেল লাইব্রেরিতে আছে এবং CT-Lite চালান এখন এটি ব্যবহার করে।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_launcher.cpp" line="37"/>
        <source>%1: the job has no finished bundle</source>
        <translation>%1: কাজটির কোনো সম্পূর্ণ বান্ডেল নেই</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="22"/>
        <source>CT-RATE-style folder</source>
        <translation>CT-RATE ধাঁচের ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="23"/>
        <source>Volumes + reports CSV</source>
        <translation>ভলিউম + রিপোর্ট CSV</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="24"/>
        <source>Paired uncompressed/compressed series</source>
        <translation>জোড়া আনকম্প্রেসড/কম্প্রেসড সিরিজ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="49"/>
        <source>This reports CSV has no &apos;compressed&apos; column, so it is not a paired layout: choose &quot;Volumes + reports CSV&quot; or add each case&apos;s JPEG-stack folder.</source>
        <translation>এই রিপোর্ট CSV-তে &apos;compressed&apos; কলাম নেই, তাই এটি জোড়া লেআউট নয়: &quot;ভলিউম + রিপোর্ট CSV&quot; বেছে নিন বা প্রতিটি কেসের JPEG-স্ট্যাক ফোল্ডার যোগ করুন।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="52"/>
        <source>This reports CSV pairs each case with a compressed JPEG stack: choose &quot;Paired uncompressed/compressed series&quot;.</source>
        <translation>এই রিপোর্ট CSV প্রতিটি কেসকে একটি কম্প্রেসড JPEG স্ট্যাকের সঙ্গে জোড়ে: &quot;জোড়া আনকম্প্রেসড/কম্প্রেসড সিরিজ&quot; বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="55"/>
        <source>This is a CT-RATE-style folder: choose &quot;CT-RATE-style folder&quot;.</source>
        <translation>এটি একটি CT-RATE ধাঁচের ফোল্ডার: &quot;CT-RATE ধাঁচের ফোল্ডার&quot; বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="56"/>
        <source>This path holds a reports CSV: choose &quot;Volumes + reports CSV&quot;.</source>
        <translation>এই পাথে একটি রিপোর্ট CSV আছে: &quot;ভলিউম + রিপোর্ট CSV&quot; বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="69"/>
        <source>&lt;p&gt;Layout: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;লেআউট: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="71"/>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="108"/>
        <source>Error:</source>
        <translation>ত্রুটি:</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="74"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2 usable of %3 listed volumes, %4 patients</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: তালিকাভুক্ত %3টি ভলিউমের মধ্যে %2টি ব্যবহারযোগ্য, %4 জন রোগী</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="79"/>
        <source>, %1 missing files</source>
        <translation>, %1টি ফাইল অনুপস্থিত</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="80"/>
        <source>, %1 files without report</source>
        <translation>, রিপোর্ট ছাড়া %1টি ফাইল</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="85"/>
        <source>&lt;table cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th align=left&gt;Finding&lt;/th&gt;</source>
        <translation>&lt;table cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th align=left&gt;ফাইন্ডিং&lt;/th&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="108"/>
        <source>Warning:</source>
        <translation>সতর্কতা:</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="127"/>
        <source>the bundled demo model (models/ctlite-demo) is not installed: choose another teacher</source>
        <translation>সংযুক্ত ডেমো মডেল (models/ctlite-demo) ইনস্টল করা নেই: অন্য একটি শিক্ষক বেছে নিন</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="140"/>
        <source>SFP head at rank %1: %2 weights vs %3 dense = %4× (FLOPs per volume: the same ratio)</source>
        <translation>র‍্যাঙ্ক %1-এ SFP হেড: %2টি ওজন বনাম ডেন্স %3 = %4× (প্রতি ভলিউমে FLOPs: একই অনুপাত)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="147"/>
        <source>μP off: every block uses %1</source>
        <translation>μP বন্ধ: প্রতিটি ব্লক %1 ব্যবহার করে</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_model.cpp" line="151"/>
        <source>μP (eq. 19, lr·%1/fan-in): SFP cores %2 and %3; encoder blocks of width %1 keep %4</source>
        <translation>μP (সমী. ১৯, lr·%1/fan-in): SFP কোর %2 ও %3; প্রস্থ %1-এর এনকোডার ব্লক %4 রাখে</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="36"/>
        <source>Browse…</source>
        <translation>ব্রাউজ…</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="24"/>
        <source>%1 s</source>
        <translation>%1 সে</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="25"/>
        <source>%1 min</source>
        <translation>%1 মিনিট</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="26"/>
        <source>%1 h</source>
        <translation>%1 ঘণ্টা</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="37"/>
        <source>%1: no macro metrics</source>
        <translation>%1: কোনো ম্যাক্রো মেট্রিক নেই</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="38"/>
        <source>Validation (%1 split): macro AUROC %2 · weighted F1 %3 · accuracy %4</source>
        <translation>যাচাই (%1 স্প্লিট): ম্যাক্রো AUROC %2 · ভারযুক্ত F1 %3 · নির্ভুলতা %4</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::RunPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="347"/>
        <source>Training</source>
        <translation>প্রশিক্ষণ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="348"/>
        <source>The engine trains in its own process: closing this window does not stop it. AI ▸ Training jobs… shows it again.</source>
        <translation>ইঞ্জিন নিজের প্রসেসে প্রশিক্ষণ দেয়: এই উইন্ডো বন্ধ করলে তা থামে না। AI ▸ প্রশিক্ষণের কাজ… এটি আবার দেখায়।</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::SeriesBrowser</name>
    <message>
        <location filename="../widgets/panels/series_browser.cpp" line="82"/>
        <source>Open a file or folder (Ctrl+O, Ctrl+Shift+O) or drop it here.</source>
        <translation>একটি ফাইল বা ফোল্ডার খুলুন (Ctrl+O, Ctrl+Shift+O) অথবা এখানে টেনে ছাড়ুন।</translation>
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
        <translation>#%1 %2</translation>
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
        <translation>W: %1 L: %2</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="288"/>
        <source>Zoom: %1×</source>
        <translation>জুম: %1×</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="296"/>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="366"/>
        <source>Mean %1 ± %2 HU</source>
        <translation>গড় %1 ± %2 HU</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="367"/>
        <source>Min %1  Max %2</source>
        <translation>সর্বনিম্ন %1  সর্বোচ্চ %2</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="368"/>
        <source>Area %1 cm²</source>
        <translation>ক্ষেত্রফল %1 সেমি²</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="418"/>
        <source>Voxel (%1, %2, %3)</source>
        <translation>ভক্সেল (%1, %2, %3)</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="419"/>
        <source>LPS (%1, %2, %3) mm</source>
        <translation>LPS (%1, %2, %3) মিমি</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="421"/>
        <source>%1 HU</source>
        <translation>%1 HU</translation>
    </message>
    <message>
        <location filename="../widgets/views/slice_view.cpp" line="421"/>
        <source>Value %1</source>
        <translation>মান %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TeacherPage</name>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="173"/>
        <source>Teacher and stages</source>
        <translation>শিক্ষক ও ধাপ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="174"/>
        <source>FAST distils the teacher&apos;s CT-ViT into a student that reads the lung-window JPEG stacks; SFP then trains the factorised projection head against the teacher&apos;s text tower.</source>
        <translation>FAST শিক্ষকের CT-ViT-কে এমন এক শিক্ষার্থীতে নির্যাস করে যে লাং-উইন্ডো JPEG স্ট্যাক পড়ে; এরপর SFP শিক্ষকের টেক্সট টাওয়ারের বিপরীতে ফ্যাক্টরাইজড প্রজেকশন হেড প্রশিক্ষণ দেয়।</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="177"/>
        <source>Bundled demo model</source>
        <translation>সংযুক্ত ডেমো মডেল</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="178"/>
        <source>CT-CLIP checkpoint (.pt / .safetensors)</source>
        <translation>CT-CLIP চেকপয়েন্ট (.pt / .safetensors)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="179"/>
        <source>A previous CT-Lite bundle or training output</source>
        <translation>আগের একটি CT-Lite বান্ডেল বা প্রশিক্ষণ আউটপুট</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="184"/>
        <source>not installed</source>
        <translation>ইনস্টল করা নেই</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="186"/>
        <source>CT-CLIP checkpoint</source>
        <translation>CT-CLIP চেকপয়েন্ট</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="186"/>
        <source>Weights (*.pt *.pth *.safetensors)</source>
        <translation>ওজন (*.pt *.pth *.safetensors)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="188"/>
        <source>   CT-ViT config (empty: CT-CLIP&apos;s)</source>
        <translation>   CT-ViT কনফিগ (খালি: CT-CLIP-এর)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="189"/>
        <source>CT-ViT configuration</source>
        <translation>CT-ViT কনফিগারেশন</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="189"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="192"/>
        <source>Bundle or training output</source>
        <translation>বান্ডেল বা প্রশিক্ষণ আউটপুট</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="194"/>
        <source>FAST then SFP (recommended)</source>
        <translation>প্রথমে FAST, তারপর SFP (প্রস্তাবিত)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="195"/>
        <source>FAST only (student encoder)</source>
        <translation>শুধু FAST (শিক্ষার্থী এনকোডার)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="196"/>
        <source>SFP only (needs a FAST student)</source>
        <translation>শুধু SFP (একটি FAST শিক্ষার্থী দরকার)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="198"/>
        <source>Stages</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="199"/>
        <source>   FAST student (SFP only)</source>
        <translation>   FAST শিক্ষার্থী (শুধু SFP)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/fine_tune_pages.cpp" line="200"/>
        <source>Output of an earlier FAST stage</source>
        <translation>আগের একটি FAST ধাপের আউটপুট</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingCurvesView</name>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="39"/>
        <source>Optimizer step</source>
        <translation>অপ্টিমাইজার ধাপ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="40"/>
        <source>Loss</source>
        <translation>লস</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="41"/>
        <source>Learning rate</source>
        <translation>লার্নিং রেট</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="66"/>
        <source>%1 loss</source>
        <translation>%1 লস</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_curves_view.cpp" line="84"/>
        <source>learning rate</source>
        <translation>লার্নিং রেট</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingJobController</name>
    <message>
        <location filename="../widgets/wizard/training_job_controller.cpp" line="42"/>
        <source>pausing: the engine writes a checkpoint</source>
        <translation>বিরতি: ইঞ্জিন একটি চেকপয়েন্ট লিখছে</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_controller.cpp" line="66"/>
        <source>cancelled: the engine writes a checkpoint and stops</source>
        <translation>বাতিল: ইঞ্জিন একটি চেকপয়েন্ট লিখে থামে</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_controller.cpp" line="66"/>
        <source>cancelled</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingJobView</name>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="54"/>
        <source>Pause</source>
        <translation>বিরতি</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="55"/>
        <source>Resume</source>
        <translation>পুনরায় শুরু</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="56"/>
        <source>Cancel training</source>
        <translation>প্রশিক্ষণ বাতিল</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="57"/>
        <source>Use this model</source>
        <translation>এই মডেল ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="64"/>
        <source>The engine writes a checkpoint and stops; Resume continues from it</source>
        <translation>ইঞ্জিন একটি চেকপয়েন্ট লিখে থামে; পুনরায় শুরু সেখান থেকে চালায়</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="65"/>
        <source>Stops the engine after a checkpoint and marks the job cancelled</source>
        <translation>একটি চেকপয়েন্টের পর ইঞ্জিন থামায় এবং কাজটিকে বাতিল হিসেবে চিহ্নিত করে</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="66"/>
        <source>Make the fine-tuned bundle the model of Run CT-Lite</source>
        <translation>ফাইন-টিউন করা বান্ডেলকে CT-Lite চালানোর মডেল করুন</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="70"/>
        <source>Curves of</source>
        <translation>যার বক্ররেখা</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="81"/>
        <source>Training curves</source>
        <translation>প্রশিক্ষণ বক্ররেখা</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="82"/>
        <source>Evaluation</source>
        <translation>মূল্যায়ন</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="129"/>
        <source>No training job</source>
        <translation>কোনো প্রশিক্ষণের কাজ নেই</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="147"/>
        <source> · step %1 of %2</source>
        <translation> · ধাপ %1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="149"/>
        <source> · ETA %1</source>
        <translation> · বাকি সময় %1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="158"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (%3 of %4)%5 · &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 (%4-এর %3)%5 · &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_job_view.cpp" line="166"/>
        <source>Current model, same data: %1</source>
        <translation>বর্তমান মডেল, একই ডেটা: %1</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::TrainingJobsDialog</name>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="21"/>
        <source>Training jobs</source>
        <translation>প্রশিক্ষণের কাজ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="28"/>
        <source>Jobs in %1</source>
        <translation>%1-এ কাজ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="30"/>
        <source>Refresh</source>
        <translation>রিফ্রেশ</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="54"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/training_jobs_dialog.cpp" line="61"/>
        <source>No training job yet (AI ▸ Fine-tune…)</source>
        <translation>এখনও কোনো প্রশিক্ষণের কাজ নেই (AI ▸ ফাইন-টিউন…)</translation>
    </message>
</context>
<context>
    <name>ViewerOptions</name>
    <message>
        <location filename="../app/viewer/viewer_options.cpp" line="25"/>
        <source>CT-Lite Workstation: chest CT viewer with the CT-Lite findings engine. Not for clinical use.</source>
        <translation>CT-Lite Workstation: CT-Lite ফাইন্ডিং ইঞ্জিনসহ বুকের CT ভিউয়ার। ক্লিনিক্যাল ব্যবহারের জন্য নয়।</translation>
    </message>
    <message>
        <location filename="../app/viewer/viewer_options.cpp" line="30"/>
        <source>DICOM folder or file, NIfTI, JPEG stack or .npz to open</source>
        <translation>খোলার জন্য DICOM ফোল্ডার বা ফাইল, NIfTI, JPEG স্ট্যাক বা .npz</translation>
    </message>
</context>
<context>
    <name>ctlite::widgets::VolumeLoader</name>
    <message>
        <location filename="../widgets/io/volume_loader.cpp" line="87"/>
        <location filename="../widgets/io/volume_loader.cpp" line="99"/>
        <source>%1: this build of the viewer has no image readers</source>
        <translation>%1: ভিউয়ারের এই বিল্ডে কোনো ইমেজ রিডার নেই</translation>
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
        <translation>CPU রে কাস্টিং</translation>
    </message>
    <message>
        <location filename="../widgets/views/volume_render_view.cpp" line="128"/>
        <source>GPU ray casting</source>
        <translation>GPU রে কাস্টিং</translation>
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
        <location filename="../widgets/workstation/workstation_window.cpp" line="94"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="656"/>
        <source>CT-Lite Workstation</source>
        <translation>CT-Lite Workstation</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="135"/>
        <source>Open &amp;file…</source>
        <translation>&amp;ফাইল খুলুন…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="136"/>
        <source>Open f&amp;older…</source>
        <translation>&amp;ফোল্ডার খুলুন…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="136"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="137"/>
        <source>Save &amp;screenshot…</source>
        <translation>&amp;স্ক্রিনশট সংরক্ষণ…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="137"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;প্রস্থান</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="145"/>
        <source>2 × 2 grid</source>
        <translation>২ × ২ গ্রিড</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="146"/>
        <source>Axial focus</source>
        <translation>অক্ষীয় প্রধান</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="147"/>
        <source>Three planes</source>
        <translation>তিন তল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="155"/>
        <source>&amp;Maximise view</source>
        <translation>দৃশ্য বড় করুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="156"/>
        <source>Maximise the active view (F or double-click)</source>
        <translation>সক্রিয় ভিউ বড় করুন (F বা ডাবল-ক্লিক)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="158"/>
        <source>&amp;Reset views</source>
        <translation>দৃশ্য রিসেট</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="160"/>
        <source>&amp;Cine</source>
        <translation>সিনে</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="162"/>
        <source>Play through the slices of the active view (Space)</source>
        <translation>সক্রিয় ভিউয়ের স্লাইসগুলো চালান (স্পেস)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="171"/>
        <source>%1: W %2 / L %3 (%4)</source>
        <translation>%1: W %2 / L %3 (%4)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="181"/>
        <source>&amp;Navigate</source>
        <translation>নেভিগেট</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="182"/>
        <source>Left drag: window/level · click: crosshair · middle: pan · right: zoom · wheel: slices</source>
        <translation>বাম টানা: উইন্ডো/লেভেল · ক্লিক: ক্রসহেয়ার · মাঝের বোতাম: প্যান · ডান: জুম · চাকা: স্লাইস</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="183"/>
        <source>Measure &amp;distance</source>
        <translation>দূরত্ব মাপুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="184"/>
        <source>Measure &amp;ellipse ROI</source>
        <translation>উপবৃত্ত ROI মাপুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="194"/>
        <source>&amp;Run CT-Lite</source>
        <translation>CT-Lite চালান</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="194"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="195"/>
        <source>Score the 18 chest CT findings with the selected model (Ctrl+R)</source>
        <translation>নির্বাচিত মডেল দিয়ে বুকের CT-র ১৮টি ফাইন্ডিং স্কোর করুন (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="197"/>
        <source>&amp;Cancel run</source>
        <translation>চালানো বাতিল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="199"/>
        <source>Show PCA &amp;overlay</source>
        <translation>PCA ওভারলে দেখান</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="202"/>
        <source>&amp;Fine-tune…</source>
        <translation>&amp;ফাইন-টিউন…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="203"/>
        <source>Fine-tune CT-Lite on your own data (FAST and SFP training in the engine)</source>
        <translation>নিজের ডেটায় CT-Lite ফাইন-টিউন করুন (ইঞ্জিনে FAST ও SFP প্রশিক্ষণ)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="205"/>
        <source>&amp;Training jobs…</source>
        <translation>&amp;প্রশিক্ষণের কাজ…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="207"/>
        <source>Models &amp;folder…</source>
        <translation>মডেল ফোল্ডার…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="209"/>
        <source>&amp;About CT-Lite Workstation</source>
        <translation>CT-Lite Workstation সম্পর্কে</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="222"/>
        <source>Studies</source>
        <translation>স্টাডি</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="224"/>
        <source>CT-Lite findings</source>
        <translation>CT-Lite ফলাফল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="225"/>
        <source>PCA overlay</source>
        <translation>PCA ওভারলে</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="228"/>
        <source>DICOM tags</source>
        <translation>DICOM ট্যাগ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="229"/>
        <source>Measurements</source>
        <translation>পরিমাপ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="234"/>
        <source>Engine log</source>
        <translation>ইঞ্জিন লগ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="240"/>
        <source>&amp;Panels</source>
        <translation>প্যানেল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="246"/>
        <source>&amp;File</source>
        <translation>&amp;ফাইল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="249"/>
        <source>Open &amp;recent</source>
        <translation>সাম্প্রতিক খুলুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="255"/>
        <source>&amp;View</source>
        <translation>&amp;দৃশ্য</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="256"/>
        <source>&amp;Layout</source>
        <translation>&amp;বিন্যাস</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="261"/>
        <source>Window &amp;presets</source>
        <translation>উইন্ডো প্রিসেট</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="266"/>
        <source>Lan&amp;guage</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="280"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="280"/>
        <source>The new language is used from the next start of the viewer.</source>
        <translation>নতুন ভাষা ভিউয়ারের পরবর্তী চালু থেকে ব্যবহৃত হবে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="284"/>
        <source>&amp;Tools</source>
        <translation>&amp;সরঞ্জাম</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="286"/>
        <source>Delete all measurements</source>
        <translation>সব পরিমাপ মুছুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="289"/>
        <source>&amp;AI</source>
        <translation>&amp;এআই</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="302"/>
        <source>&amp;Help</source>
        <translation>&amp;সাহায্য</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="307"/>
        <source>Files</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="313"/>
        <source>View</source>
        <translation>দৃশ্য</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="325"/>
        <source>CT-Lite</source>
        <translation>CT-Lite</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="332"/>
        <source> Model </source>
        <translation> মডেল </translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="338"/>
        <source> Device </source>
        <translation> ডিভাইস </translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="341"/>
        <source>CPU</source>
        <translation>সিপিইউ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="342"/>
        <source>GPU (CUDA)</source>
        <translation>জিপিইউ (CUDA)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="358"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="396"/>
        <source>Reading (%1)…</source>
        <translation>পড়া হচ্ছে (%1)…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="405"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="541"/>
        <source>Could not open</source>
        <translation>খোলা যায়নি</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="408"/>
        <source>Loading cancelled.</source>
        <translation>লোড বাতিল হয়েছে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="416"/>
        <source>%1: evidence at voxel (%2, %3, %4)</source>
        <translation>%1: ভক্সেল (%2, %3, %4)-এ প্রমাণ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="432"/>
        <source>Finished at %1.</source>
        <translation>%1-এ শেষ হয়েছে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="439"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="440"/>
        <source>Run cancelled.</source>
        <translation>চালানো বাতিল হয়েছে।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="497"/>
        <source>Open image</source>
        <translation>ছবি খুলুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="498"/>
        <source>Medical images (*.dcm *.nii *.nii.gz *.npz *.json);;All files (*)</source>
        <translation>চিকিৎসা ছবি (*.dcm *.nii *.nii.gz *.npz *.json);;সব ফাইল (*)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="504"/>
        <source>Open DICOM or JPEG-stack folder</source>
        <translation>DICOM বা JPEG-স্ট্যাক ফোল্ডার খুলুন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="511"/>
        <source>Scanning %1…</source>
        <translation>%1 খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="532"/>
        <location filename="../widgets/workstation/workstation_window.cpp" line="563"/>
        <source>Still loading the previous study; cancel it first.</source>
        <translation>আগের স্টাডি এখনও লোড হচ্ছে; আগে সেটি বাতিল করুন।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="539"/>
        <source>%1: no readable image series found</source>
        <translation>%1: কোনো পাঠযোগ্য ছবির সিরিজ পাওয়া যায়নি</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="553"/>
        <source>%1 series found: double-click one in Studies to open it.</source>
        <translation>%1টি সিরিজ পাওয়া গেছে: খুলতে স্টাডিজে একটিতে ডাবল-ক্লিক করুন।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="562"/>
        <source>Loading %1…</source>
        <translation>%1 লোড হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="580"/>
        <source>Loaded %1</source>
        <translation>%1 লোড হয়েছে</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="587"/>
        <source>The loaded image is not DICOM: it has no tags.</source>
        <translation>লোড করা ছবিটি DICOM নয়: এর কোনো ট্যাগ নেই।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="590"/>
        <source>Reading tags…</source>
        <translation>ট্যাগ পড়া হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="596"/>
        <source>No DICOM file of this series was found.</source>
        <translation>এই সিরিজের কোনো DICOM ফাইল পাওয়া যায়নি।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="597"/>
        <source>%1: the tags could not be read.</source>
        <translation>%1: ট্যাগ পড়া যায়নি।</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="655"/>
        <source>&lt;b&gt;CT-Lite Workstation&lt;/b&gt; · no study open</source>
        <translation>&lt;b&gt;CT-Lite Workstation&lt;/b&gt; · কোনো স্টাডি খোলা নেই</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="663"/>
        <source>Unnamed patient</source>
        <translation>নামহীন রোগী</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="664"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="672"/>
        <source>%1 — CT-Lite Workstation</source>
        <translation>%1 — CT-Lite Workstation</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="712"/>
        <source>%1 (%2, trained here)</source>
        <translation>%1 (%2, এখানে প্রশিক্ষিত)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="714"/>
        <source>(no model found)</source>
        <translation>(কোনো মডেল পাওয়া যায়নি)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="716"/>
        <source>Models folder: %1</source>
        <translation>মডেল ফোল্ডার: %1</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="727"/>
        <source>Choose the CT-Lite models folder</source>
        <translation>CT-Lite মডেল ফোল্ডার বেছে নিন</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="731"/>
        <source>No models</source>
        <translation>কোনো মডেল নেই</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="731"/>
        <source>%1: no model folders (with a manifest.json) found</source>
        <translation>%1: কোনো মডেল ফোল্ডার (manifest.json সহ) পাওয়া যায়নি</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="738"/>
        <source>Save screenshot</source>
        <translation>স্ক্রিনশট সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="740"/>
        <source>PNG images (*.png)</source>
        <translation>PNG ছবি (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="742"/>
        <source>Could not save</source>
        <translation>সংরক্ষণ করা যায়নি</translation>
    </message>
    <message>
        <location filename="../widgets/workstation/workstation_window.cpp" line="742"/>
        <source>%1: could not write the image</source>
        <translation>%1: ছবিটি লেখা যায়নি</translation>
    </message>
</context>
</TS>
