#include <netlab/trafficlog.h>
#include <widgets/codecpicker.h>
#include <widgets/endpointpicker.h>
#include <widgets/hexinput.h>
#include <widgets/statusline.h>
#include <widgets/trafficlogmodel.h>
#include <widgets/trafficlogview.h>

#include <QtTest>
#include <QtWidgets>

using namespace Qt::StringLiterals;
using namespace netlab;

class tst_SharedWidgets : public QObject
{
    Q_OBJECT

private slots:
    void hexInputRefusesInvalidHexWithReason();
    void hexInputRefusesOversizedPaste();
    void endpointPickerValidation_data();
    void endpointPickerValidation();
    void endpointPickerHistory();
    void endpointPickerSettingsRoundTrip();
    void endpointPickerAnyPort();
    void codecPickerSignalsAndSettings();
    void statusLineShowsErrorsUntilReplaced();
    void logViewShowsRowsAndTogglesHex();
    void logViewShowsDecodeProblems();
    void logViewDroppedNoticeAndClear();
    void logViewSaveAndSettings();
    void logViewFloodStaysBoundedAndResponsive();
    void logViewPublishesAtMostThirtyTimesASecond();
    void logViewPeerFilter();
    void interactiveChildrenAreNamed();

private:
    QTemporaryDir m_dir;
};

void tst_SharedWidgets::hexInputRefusesInvalidHexWithReason()
{
    HexInput input;
    auto *edit = input.findChild<QLineEdit *>(u"hexEdit"_s);
    auto *reason = input.findChild<QLabel *>(u"hexReasonLabel"_s);
    QVERIFY(edit);
    QVERIFY(reason);
    QSignalSpy validity(&input, &HexInput::validityChanged);

    QTest::keyClicks(edit, u"48 6g"_s);
    QVERIFY(!input.isValid());
    QVERIFY(input.bytes().isEmpty());
    QVERIFY(reason->isVisibleTo(&input));
    QCOMPARE(reason->text(), u"'g' at position 5 is not a hex digit"_s);
    QCOMPARE(input.errorString(), reason->text());
    // "4" and "48 6" are incomplete bytes on the way: the last change said invalid.
    QVERIFY(validity.count() > 0);
    QCOMPARE(validity.last().at(0).toBool(), false);

    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, u"5 6c"_s);
    QVERIFY(input.isValid());
    QCOMPARE(input.bytes(), QByteArray("Hel"));
    QCOMPARE(reason->text(), u"3 bytes"_s);
    QCOMPARE(validity.last().at(0).toBool(), true);

    input.setText(u"0x48,0x6"_s);
    QVERIFY(!input.isValid());
    QVERIFY(reason->text().startsWith(u"odd number of hex digits"_s));
}

void tst_SharedWidgets::hexInputRefusesOversizedPaste()
{
    HexInput input;
    auto *edit = input.findChild<QLineEdit *>(u"hexEdit"_s);
    edit->setText(u"41 42"_s);
    QApplication::clipboard()->setText(QString(HexInput::kMaxCharacters + 1000, u'a'));
    QElapsedTimer timer;
    timer.start();
    QTest::keySequence(edit, QKeySequence::Paste); // Ctrl+V as the user presses it
    QVERIFY2(timer.elapsed() < 2000, "a huge paste must not freeze the window");
    QVERIFY(!input.isValid());
    QVERIFY2(input.errorString().startsWith(u"Not pasted"_s), qPrintable(input.errorString()));
    QVERIFY(input.findChild<QLabel *>(u"hexReasonLabel"_s)->isVisibleTo(&input));
    QCOMPARE(edit->text(), u"41 42"_s); // nothing was inserted

    // A paste that fits goes in and is validated as usual.
    QApplication::clipboard()->setText(u" 43"_s);
    edit->end(false);
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(edit->text(), u"41 42 43"_s);
    QVERIFY(input.isValid());
    QCOMPARE(input.bytes(), QByteArray("ABC"));
}

void tst_SharedWidgets::endpointPickerValidation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expectedHost");
    QTest::addColumn<QString>("errorContains");

    QTest::addRow("localhost") << u"localhost"_s << u"localhost"_s << QString();
    QTest::addRow("ipv4") << u" 127.123.234.1 "_s << u"127.123.234.1"_s << QString();
    QTest::addRow("ipv6") << u"::1"_s << u"::1"_s << QString();
    QTest::addRow("ipv6 brackets") << u"[fe80::1%eth0]"_s << u"fe80::1%eth0"_s << QString();
    QTest::addRow("dotted name") << u"pi-01.lab.example"_s << u"pi-01.lab.example"_s << QString();
    QTest::addRow("idn") << u"bücher.example"_s << u"bücher.example"_s << QString();
    QTest::addRow("empty") << u"  "_s << QString() << u"Enter a host"_s;
    QTest::addRow("space") << u"my host"_s << u"my host"_s << u"a space is not allowed"_s;
    QTest::addRow("bang") << u"host!"_s << u"host!"_s << u"'!' is not allowed"_s;
    QTest::addRow("url") << u"http://pi"_s << u"http://pi"_s << u"':' is not allowed"_s;
    QTest::addRow("too long") << QString(254, u'a') << QString(254, u'a') << u"at most 253"_s;
    QTest::addRow("empty label") << u"a..b"_s << u"a..b"_s << u"empty part"_s;
    QTest::addRow("long label") << QString(64, u'a') + u".b"_s << QString(64, u'a') + u".b"_s
                                << u"longer than 63"_s;
}

void tst_SharedWidgets::endpointPickerValidation()
{
    QFETCH(QString, host);
    QFETCH(QString, errorContains);
    EndpointPicker picker;
    picker.setHost(host);
    QTEST(picker.host(), "expectedHost");
    QCOMPARE(picker.isValid(), errorContains.isEmpty());
    QVERIFY2(errorContains.isEmpty() ? picker.errorString().isEmpty()
                                     : picker.errorString().contains(errorContains),
        qPrintable(picker.errorString()));
}

void tst_SharedWidgets::endpointPickerHistory()
{
    EndpointPicker picker;
    auto *combo = picker.findChild<QComboBox *>(u"hostCombo"_s);
    QVERIFY(combo);
    for (int i = 0; i < 12; ++i) {
        picker.setHost(u"host%1"_s.arg(i));
        picker.rememberCurrent();
    }
    QStringList expected;
    for (int i = 11; i >= 2; --i)
        expected << u"host%1"_s.arg(i);
    QCOMPARE(picker.history(), expected);
    QCOMPARE(combo->count(), EndpointPicker::kMaxHistory);

    // Using an old entry again moves it to the front without duplicating it.
    picker.setHost(u"host5"_s);
    picker.rememberCurrent();
    QCOMPARE(picker.history().first(), u"host5"_s);
    QCOMPARE(picker.history().count(u"host5"_s), 1);
    QCOMPARE(picker.history().size(), EndpointPicker::kMaxHistory);
    QCOMPARE(picker.host(), u"host5"_s);

    // Invalid hosts are not remembered.
    picker.setHost(u"bad host"_s);
    picker.rememberCurrent();
    QVERIFY(!picker.history().contains(u"bad host"_s));
}

void tst_SharedWidgets::endpointPickerSettingsRoundTrip()
{
    const QString path = m_dir.filePath(u"endpoint.ini"_s);
    {
        EndpointPicker picker;
        picker.setHost(u"10.0.0.2"_s);
        picker.rememberCurrent();
        picker.setHost(u"pi.local"_s);
        picker.rememberCurrent();
        picker.setHost(u"::1"_s);
        picker.setPort(1234);
        QSettings settings(path, QSettings::IniFormat);
        settings.beginGroup(u"tcpClient"_s);
        picker.saveSettings(settings);
    }
    EndpointPicker restored;
    QSettings settings(path, QSettings::IniFormat);
    settings.beginGroup(u"tcpClient"_s);
    restored.restoreSettings(settings);
    QCOMPARE(restored.host(), u"::1"_s);
    QCOMPARE(restored.port(), quint16(1234));
    QCOMPARE(restored.history(), QStringList({u"pi.local"_s, u"10.0.0.2"_s}));
    QCOMPARE(restored.findChild<QSpinBox *>(u"portSpin"_s)->value(), 1234);

    // Garbage in the file is ignored, not trusted.
    settings.setValue(u"port"_s, 70000);
    settings.setValue(u"hostHistory"_s, QStringList({u"ok.host"_s, u"bad host"_s, QString()}));
    EndpointPicker sanitised;
    sanitised.restoreSettings(settings);
    QCOMPARE(sanitised.port(), quint16(50000));
    QCOMPARE(sanitised.history(), QStringList({u"ok.host"_s}));
}

void tst_SharedWidgets::endpointPickerAnyPort()
{
    EndpointPicker picker;
    auto *spin = picker.findChild<QSpinBox *>(u"portSpin"_s);
    picker.setPort(0);
    QCOMPARE(picker.port(), quint16(1)); // clients need a real port
    picker.setAllowAnyPort(true);
    picker.setPort(0);
    QCOMPARE(picker.port(), quint16(0));
    QCOMPARE(spin->text(), u"any free port"_s);
    QCOMPARE(spin->maximum(), 65535);
}

void tst_SharedWidgets::codecPickerSignalsAndSettings()
{
    CodecPicker picker;
    QCOMPARE(picker.codec(), TextCodec(TextEncoding::Utf8, DecodeErrorMode::Replace));
    QSignalSpy changed(&picker, &CodecPicker::codecChanged);
    auto *encoding = picker.findChild<QComboBox *>(u"encodingCombo"_s);
    auto *mode = picker.findChild<QComboBox *>(u"errorModeCombo"_s);
    QVERIFY(encoding && mode);
    encoding->setCurrentIndex(encoding->findText(u"Latin-1"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<TextCodec>().encoding(), TextEncoding::Latin1);
    mode->setCurrentIndex(mode->findText(u"strict"_s));
    QCOMPARE(picker.codec(), TextCodec(TextEncoding::Latin1, DecodeErrorMode::Strict));

    const QString path = m_dir.filePath(u"codec.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        picker.saveSettings(settings);
    }
    CodecPicker restored;
    QSettings settings(path, QSettings::IniFormat);
    restored.restoreSettings(settings);
    QCOMPARE(restored.codec(), TextCodec(TextEncoding::Latin1, DecodeErrorMode::Strict));
}

void tst_SharedWidgets::statusLineShowsErrorsUntilReplaced()
{
    StatusLine status;
    auto *icon = status.findChild<QLabel *>(u"statusIcon"_s);
    auto *text = status.findChild<QLabel *>(u"statusText"_s);
    QVERIFY(icon && text);
    status.showError(u"port 50000: address already in use"_s);
    QVERIFY(status.isError());
    QCOMPARE(text->text(), u"port 50000: address already in use"_s);
    QVERIFY(icon->isVisibleTo(&status));
    QVERIFY(text->accessibleDescription().contains(u"address already in use"_s));
    QVERIFY(text->styleSheet().contains(u"color"_s));

    status.showInfo(u"listening on 0.0.0.0:50001"_s);
    QVERIFY(!status.isError());
    QVERIFY(!icon->isVisibleTo(&status));
    QCOMPARE(status.text(), u"listening on 0.0.0.0:50001"_s);
    status.clear();
    QVERIFY(status.text().isEmpty());
}

void tst_SharedWidgets::logViewShowsRowsAndTogglesHex()
{
    TrafficLog log;
    TrafficLogView view(&log);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    log.append(TrafficDirection::Incoming, u"127.0.0.1:5000"_s, "Hello\r\n");
    log.append(TrafficDirection::Outgoing, u"127.0.0.1:5000"_s, "on\n");
    log.appendNote(TrafficDirection::Info, u"127.0.0.1:5000"_s, u"client connected"_s);
    QAbstractItemModel *model = view.findChild<QTableView *>(u"trafficTable"_s)->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 2000);

    const QModelIndex payload = model->index(0, TrafficLogModel::PayloadColumn);
    QCOMPARE(payload.data().toString(), u"Hello\\r\\n"_s);
    QCOMPARE(model->index(0, TrafficLogModel::DirectionColumn).data().toString(), u"←"_s);
    QCOMPARE(model->index(1, TrafficLogModel::DirectionColumn).data().toString(), u"→"_s);
    QCOMPARE(model->index(0, TrafficLogModel::PeerColumn).data().toString(), u"127.0.0.1:5000"_s);
    QCOMPARE(
        model->index(2, TrafficLogModel::PayloadColumn).data().toString(), u"client connected"_s);

    auto *hexButton = view.findChild<QRadioButton *>(u"hexModeButton"_s);
    QVERIFY(hexButton);
    QTest::mouseClick(hexButton, Qt::LeftButton);
    QVERIFY(view.hexMode());
    QCOMPARE(payload.data().toString(), u"48 65 6c 6c 6f 0d 0a"_s);
    QVERIFY(!view.findChild<CodecPicker *>(u"codecPicker"_s)->isEnabled());
    QTest::mouseClick(view.findChild<QRadioButton *>(u"textModeButton"_s), Qt::LeftButton);
    QCOMPARE(payload.data().toString(), u"Hello\\r\\n"_s);
}

void tst_SharedWidgets::logViewShowsDecodeProblems()
{
    TrafficLog log;
    TrafficLogView view(&log);
    log.append(TrafficDirection::Incoming, u"peer"_s, QByteArray("ok \xff\xfe!"));
    log.append(TrafficDirection::Incoming, u"peer"_s, QByteArray("fine"));
    QAbstractItemModel *model = view.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 2000);
    const QModelIndex bad = model->index(0, TrafficLogModel::PayloadColumn);
    const QModelIndex good = model->index(1, TrafficLogModel::PayloadColumn);
    QCOMPARE(bad.data().toString(), u"ok \ufffd\ufffd!"_s);
    QVERIFY(!bad.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(good.data(Qt::DecorationRole).isNull());
    QVERIFY(bad.data(Qt::ForegroundRole).isValid());
    const QString tip = bad.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"2 invalid UTF-8 sequences replaced"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"00000000  6f 6b 20 ff fe 21"_s), qPrintable(tip));

    // Switching the codec changes how the same bytes read.
    view.setCodec(TextCodec(TextEncoding::Latin1, DecodeErrorMode::Strict));
    QCOMPARE(bad.data().toString(), u"ok \u00ff\u00fe!"_s);
    QVERIFY(bad.data(Qt::DecorationRole).isNull());
    view.setCodec(TextCodec(TextEncoding::Utf8, DecodeErrorMode::Strict));
    QCOMPARE(bad.data().toString(), u"ok \\xff\\xfe!"_s);
    view.setCodec(TextCodec(TextEncoding::Ascii, DecodeErrorMode::Ignore));
    QCOMPARE(bad.data().toString(), u"ok !"_s);
    QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(u"2 invalid ASCII sequences dropped"_s));
}

void tst_SharedWidgets::logViewDroppedNoticeAndClear()
{
    TrafficLog log;
    log.setMaxEntries(5);
    TrafficLogView view(&log);
    auto *dropped = view.findChild<QLabel *>(u"droppedLabel"_s);
    QVERIFY(dropped);
    QVERIFY(!dropped->isVisibleTo(&view));
    for (int i = 0; i < 20; ++i)
        log.append(TrafficDirection::Incoming, {}, QByteArray::number(i));
    QTRY_VERIFY_WITH_TIMEOUT(dropped->isVisibleTo(&view), 2000);
    QCOMPARE(dropped->text(), u"15 older lines dropped (the log keeps the newest 5 lines)"_s);
    QCOMPARE(view.model()->rowCount(), 5);
    QCOMPARE(view.model()->index(0, TrafficLogModel::PayloadColumn).data().toString(), u"15"_s);

    QTest::mouseClick(view.findChild<QPushButton *>(u"clearLogButton"_s), Qt::LeftButton);
    QCOMPARE(log.count(), 0);
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!dropped->isVisibleTo(&view));
}

void tst_SharedWidgets::logViewSaveAndSettings()
{
    TrafficLog log;
    TrafficLogView view(&log);
    log.append(TrafficDirection::Outgoing, u"127.0.0.1:1234"_s, "on\n");
    view.setHexMode(true);
    const QString path = m_dir.filePath(u"saved.log"_s);
    QString error;
    QVERIFY2(view.saveToFile(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).endsWith(u" → 127.0.0.1:1234 6f 6e 0a\n"_s));

    const QString ini = m_dir.filePath(u"view.ini"_s);
    view.setCodec(TextCodec(TextEncoding::Ascii, DecodeErrorMode::Ignore));
    view.setAutoScroll(false);
    {
        QSettings settings(ini, QSettings::IniFormat);
        view.saveSettings(settings);
    }
    TrafficLog otherLog;
    TrafficLogView restored(&otherLog);
    QSettings settings(ini, QSettings::IniFormat);
    restored.restoreSettings(settings);
    QVERIFY(restored.hexMode());
    QVERIFY(!restored.autoScroll());
    QCOMPARE(restored.codec(), TextCodec(TextEncoding::Ascii, DecodeErrorMode::Ignore));
}

void tst_SharedWidgets::logViewFloodStaysBoundedAndResponsive()
{
    TrafficLog log;
    TrafficLogView view(&log);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QByteArray payload("sensor 23.5 41.0\n");
    const QString peer = u"127.0.0.1:52001"_s;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200000; ++i)
        log.append(TrafficDirection::Incoming, peer, payload);
    const qint64 appendMs = timer.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), TrafficLog::kDefaultMaxEntries, 5000);
    QVERIFY(log.count() <= TrafficLog::kDefaultMaxEntries);

    // The event loop answers promptly afterwards: a zero timer fires within 200 ms.
    timer.restart();
    bool fired = false;
    QTimer::singleShot(0, this, [&] { fired = true; });
    QTRY_VERIFY_WITH_TIMEOUT(fired, 2000);
    const qint64 latencyMs = timer.elapsed();
    qDebug("200000 appends: %lld ms; event loop latency afterwards %lld ms", appendMs, latencyMs);
    QVERIFY2(latencyMs < 200, "the event loop must stay responsive after a flood");
    QVERIFY(view.findChild<QLabel *>(u"droppedLabel"_s)->isVisibleTo(&view));
}

void tst_SharedWidgets::logViewPublishesAtMostThirtyTimesASecond()
{
    TrafficLog log;
    TrafficLogView view(&log);
    int publishes = 0;
    connect(view.model(), &QAbstractItemModel::rowsInserted, this, [&] { ++publishes; });
    connect(view.model(), &QAbstractItemModel::modelReset, this, [&] { ++publishes; });

    // Append in bursts from the event loop for about 600 ms.
    QElapsedTimer timer;
    timer.start();
    QTimer burst;
    connect(&burst, &QTimer::timeout, this, [&] {
        for (int i = 0; i < 500; ++i)
            log.append(TrafficDirection::Incoming, {}, "x");
    });
    burst.start(1);
    QTRY_VERIFY_WITH_TIMEOUT(timer.elapsed() >= 600, 5000);
    burst.stop();
    const qint64 elapsed = timer.elapsed();
    QVERIFY(publishes > 0);
    const qint64 allowed = elapsed / TrafficLogModel::kPublishIntervalMs + 2;
    QVERIFY2(
        publishes <= allowed, qPrintable(u"%1 publishes in %2 ms"_s.arg(publishes).arg(elapsed)));
}

void tst_SharedWidgets::logViewPeerFilter()
{
    TrafficLog log;
    TrafficLogView view(&log);
    auto *table = view.findChild<QTableView *>(u"trafficTable"_s);
    log.appendNote(TrafficDirection::Info, u"#1 127.0.0.1:4001"_s, u"client connected"_s);
    log.append(TrafficDirection::Incoming, u"#1 127.0.0.1:4001"_s, "one");
    log.append(TrafficDirection::Incoming, u"#11 127.0.0.1:4011"_s, "eleven");
    log.appendNote(TrafficDirection::Error, QString(), u"server error"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 2000);

    view.setPeerFilter(u"#1 "_s);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(1, TrafficLogModel::PayloadColumn).data().toString(), u"one"_s);
    // New entries of that client show up; others stay hidden.
    log.append(TrafficDirection::Outgoing, u"#1 127.0.0.1:4001"_s, "reply");
    log.append(TrafficDirection::Incoming, u"#11 127.0.0.1:4011"_s, "more");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 2000);
    QCOMPARE(
        table->model()->index(2, TrafficLogModel::PayloadColumn).data().toString(), u"reply"_s);
    view.setPeerFilter(QString());
    QCOMPARE(table->model()->rowCount(), 6);
}

void tst_SharedWidgets::interactiveChildrenAreNamed()
{
    TrafficLog log;
    QWidget host;
    new TrafficLogView(&log, &host);
    new EndpointPicker(&host);
    new HexInput(&host);
    new StatusLine(&host);
    const auto widgets = host.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
            || (qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w->parentWidget())
                && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()));
        if (!interactive || w->window() != &host || w->inherits("QHeaderView")
            || qobject_cast<QLineEdit *>(w->parentWidget()) || w->inherits("QTableCornerButton")
            || w->objectName().startsWith(u"qt_"_s))
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

QTEST_MAIN(tst_SharedWidgets)
#include "tst_sharedwidgets.moc"
