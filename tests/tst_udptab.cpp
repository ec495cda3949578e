// The UDP tab, driven as a user would (offscreen): add a port with the form and send to it
// from a real socket, see the message and its decoded fields; a drone frame packed like
// Python's struct.pack('<diiiiffff', …) shows one column per field; a short frame is counted
// as bad; a port is removed while the other keeps receiving; pause, clear, CSV export; the
// demo ports in one click with the demo streams; and a flood of 5,000 datagrams reaches the
// table in a few batched publications while the event loop keeps turning; a flood of more rows
// per refresh than the table keeps repaints it once per publication, following the newest rows
// and keeping the column widths the user set.
#include "paintcounter.h"

#include <netlab/demostreams.h>
#include <netlab/frameplots.h>
#include <netlab/udpcapture.h>
#include <netlab/udplistener.h>
#include <netlab/udpportstatsmodel.h>
#include <netlab/udpsender.h>
#include <widgets/bindaddresscombo.h>
#include <widgets/fieldplotpanel.h>
#include <widgets/sendpanel.h>
#include <widgets/statusline.h>
#include <widgets/timeserieschart.h>
#include <widgets/udpmessagemodel.h>
#include <widgets/udptab.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace netlab;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);

// struct.pack('<diiiiffff', 1700000000.5, -12, 7, 359, 87, 1013.25, 0.1, -9.81, 0.0)
const QByteArray kPythonDroneFrame = QByteArray::fromHex(
    "00002040fc54d941f4ffffff07000000670100005700000000507d44cdcccc3dc3f51cc100000000");

using StatsModel = UdpPortStatsModel;

using netlab::test::PaintCounter;

QList<DecodedDatagram> textBatch(int count, int *next)
{
    QList<DecodedDatagram> batch;
    for (int i = 0; i < count; ++i) {
        DecodedDatagram datagram;
        datagram.receivedMs = QDateTime::currentMSecsSinceEpoch();
        datagram.sender = kLoopback;
        datagram.senderPort = 40000;
        datagram.text = QString::number((*next)++);
        datagram.raw = datagram.text.toLatin1();
        batch.append(datagram);
    }
    return batch;
}

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(kLoopback, 0);
    return probe.localPort();
}

} // namespace

class tst_UdpTab : public QObject
{
    Q_OBJECT

private slots:
    void addPortAndReceiveText();
    void droneFrameFieldsAsColumns();
    void droneAttitudePlottedLive();
    void structFieldsInViewBesideText();
    void rowsOfSeveralPortsInArrivalOrder();
    void badFrameCounted();
    void removePortWhileRunning();
    void pauseClearAndCsv();
    void csvEscapesFormulasFromTheNetwork();
    void demoPortsAndStreams();
    void rebuiltTabShowsCoreState();
    void floodIsPublishedInBatches();
    void floodBeyondCapacityRepaintsOncePerPublication();
    void portInUseIsShown();
    void sendTextAtRate();
    void sendStructFrame();
    void broadcastNeedsTheCheckBox();

private:
    struct Fixture
    {
        UdpListener listener;
        UdpCapture capture {&listener};
        UdpSender sender;
        DemoStreams demo;
        FramePlots plots;
        std::unique_ptr<UdpTab> tab;

        Fixture()
        {
            plots.followUdp(&listener);
            rebuild();
        }
        void rebuild()
        {
            tab.reset();
            tab = std::make_unique<UdpTab>(&listener, &capture, &sender, &demo, &plots);
            tab->resize(1100, 700);
            tab->show();
        }
        template<typename T>
        T *child(const QString &name) const
        {
            return tab->findChild<T *>(name);
        }
        UdpMessageModel *model() const { return tab->messageModel(); }
        // Adds a loopback port with the form, as a user would.
        quint16 addPort(int decoderIndex, int presetIndex = 0)
        {
            child<QSpinBox>(u"listenPortSpin"_s)->setValue(0);
            child<BindAddressCombo>(u"bindAddressCombo"_s)->setValue(u"127.0.0.1"_s);
            child<QComboBox>(u"decoderCombo"_s)->setCurrentIndex(decoderIndex);
            child<QComboBox>(u"presetCombo"_s)->setCurrentIndex(presetIndex);
            const QList<quint16> before = listener.ports();
            QTest::mouseClick(child<QPushButton>(u"addPortButton"_s), Qt::LeftButton);
            for (const quint16 port : listener.ports()) {
                if (!before.contains(port))
                    return port;
            }
            return 0;
        }
        QString cell(int row, const QString &header) const
        {
            for (int column = 0; column < model()->columnCount(); ++column) {
                if (model()->headerData(column, Qt::Horizontal).toString() == header)
                    return model()->index(row, column).data().toString();
            }
            return u"<no column %1>"_s.arg(header);
        }
        // The port table as shown: its view's model, read by the port column's text.
        QTableView *statsTable() const { return child<QTableView>(u"portStatsTable"_s); }
        int statsRows() const { return statsTable()->model()->rowCount(); }
        QString stats(quint16 port, int column, int role = Qt::DisplayRole) const
        {
            const QAbstractItemModel *model = statsTable()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, StatsModel::PortColumn).data().toString()
                    == QString::number(port))
                    return model->index(row, column).data(role).toString();
            }
            return {};
        }
    };
};

void tst_UdpTab::addPortAndReceiveText()
{
    Fixture f;
    const quint16 port = f.addPort(0); // text
    QVERIFY(port != 0);
    QCOMPARE(f.listener.config(port).bindAddress, kLoopback);
    QCOMPARE(f.statsRows(), 1);
    QCOMPARE(f.stats(port, StatsModel::AddressColumn), u"127.0.0.1"_s);

    QUdpSocket sender;
    QVERIFY(sender.bind(kLoopback, 0));
    sender.writeDatagram(QByteArray("Hello, World!"), kLoopback, port);
    QTRY_COMPARE(f.model()->rowCount(), 1);
    QCOMPARE(f.cell(0, u"Text"_s), u"Hello, World!"_s);
    QCOMPARE(f.cell(0, u"Port"_s), QString::number(port));
    QCOMPARE(f.cell(0, u"Sender"_s), u"127.0.0.1:%1"_s.arg(sender.localPort()));
    QCOMPARE(f.cell(0, u"Bytes"_s), u"13"_s);
    // Raw hex on demand: a hidden column until the toggle, and the tooltip.
    auto *table = f.child<QTableView>(u"messagesTable"_s);
    QVERIFY(table->isColumnHidden(f.model()->rawColumn()));
    f.child<QCheckBox>(u"rawHexCheck"_s)->setChecked(true);
    QVERIFY(!table->isColumnHidden(f.model()->rawColumn()));
    QCOMPARE(f.model()->index(0, f.model()->rawColumn()).data().toString(),
        u"48 65 6c 6c 6f 2c 20 57 6f 72 6c 64 21"_s);
    QVERIFY(f.model()->index(0, 4).data(Qt::ToolTipRole).toString().contains(u"48 65 6c"_s));
    QTRY_COMPARE(f.stats(port, StatsModel::MessagesColumn), u"1"_s);
    QCOMPARE(f.stats(port, StatsModel::BytesColumn), u"13"_s);
}

void tst_UdpTab::droneFrameFieldsAsColumns()
{
    Fixture f;
    const quint16 port = f.addPort(1, 0); // struct frame, drone preset
    QVERIFY(port != 0);
    QCOMPARE(f.listener.config(port).structFormat.formatString(), u"<diiiiffff"_s);
    QUdpSocket sender;
    sender.writeDatagram(kPythonDroneFrame, kLoopback, port);
    QTRY_COMPARE(f.model()->rowCount(), 1);
    const QStringList names = StructFormat::droneFrame().names();
    for (const QString &name : names) {
        bool found = false;
        for (int column = 0; column < f.model()->columnCount(); ++column)
            found = found || f.model()->headerData(column, Qt::Horizontal).toString() == name;
        QVERIFY2(found, qPrintable(name));
    }
    QCOMPARE(f.cell(0, names.at(1)), u"-12"_s); // pitch
    QCOMPARE(f.cell(0, names.at(2)), u"7"_s); // roll
    QCOMPARE(f.cell(0, names.at(3)), u"359"_s); // yaw
    QCOMPARE(f.cell(0, names.at(4)), u"87"_s); // battery
    QCOMPARE(f.cell(0, names.at(5)), u"1013.25"_s); // barometer
    // float32 values as Python's struct.unpack shows them, as the guide promises.
    QCOMPARE(f.cell(0, names.at(6)), u"0.10000000149011612"_s); // agx
    QCOMPARE(f.cell(0, names.at(7)), u"-9.8100004196167"_s);
    // The date as a local date-time, not 1700000000.5.
    QCOMPARE(f.cell(0, names.at(0)), StructFormat::formatTimestamp(1700000000.5));
}

void tst_UdpTab::droneAttitudePlottedLive()
{
    Fixture f;
    const quint16 port = f.addPort(1, 0); // struct frame, drone preset
    QVERIFY(port != 0);
    // Out of the box: the new drone port is plotted, pitch, roll and yaw on one chart.
    FieldPlotPanel *plot = f.tab->plotPanel();
    f.child<QTabWidget>(u"udpLowerTabs"_s)->setCurrentWidget(plot); // the "Live plot" tab
    QCOMPARE(plot->currentSource(), FramePlots::udpKey(port));
    QCOMPARE(plot->pickedFields(), (QStringList {u"pitch"_s, u"roll"_s, u"yaw"_s}));
    QCOMPARE(plot->charts().size(), 1);
    TimeSeriesChart *chart = plot->charts().first();
    QCOMPARE(chart->lineCount(), 3);
    QCOMPARE(chart->pointCount(), 0);

    QUdpSocket sender;
    for (int i = 0; i < 20; ++i)
        sender.writeDatagram(kPythonDroneFrame, kLoopback, port);
    QTRY_COMPARE_WITH_TIMEOUT(f.plots.buffer(FramePlots::udpKey(port))->size(), 20, 10'000);
    QTRY_VERIFY(chart->pointCount() >= 3);
    // The readout at the newest frame gives each field's value.
    chart->showReadoutAt(f.plots.buffer(FramePlots::udpKey(port))->lastMs());
    QVERIFY2(plot->readoutText().contains(u"yaw 359"_s), qPrintable(plot->readoutText()));
    QVERIFY2(plot->readoutText().contains(u"roll 7"_s), qPrintable(plot->readoutText()));

    // Ticking the battery in the field list adds its line.
    auto *fields = f.child<QListWidget>(u"plotFieldList"_s);
    const QList<QListWidgetItem *> battery = fields->findItems(u"battery"_s, Qt::MatchExactly);
    QCOMPARE(battery.size(), 1);
    battery.first()->setCheckState(Qt::Checked);
    QCOMPARE(plot->charts().first()->lineCount(), 4);
}

void tst_UdpTab::structFieldsInViewBesideText()
{
    Fixture f;
    const quint16 text = f.addPort(0);
    const quint16 drone = f.addPort(1, 0);
    QVERIFY(text && drone);
    QUdpSocket sender;
    sender.writeDatagram(QByteArray(200, 'x'), kLoopback, text);
    QTRY_COMPARE(f.model()->rowCount(), 1);
    sender.writeDatagram(kPythonDroneFrame, kLoopback, drone);
    QTRY_COMPARE(f.model()->rowCount(), 2);
    // The drone's fields right after the time and the port; the (wide) text after them.
    const QStringList names = StructFormat::droneFrame().names();
    const auto header
        = [&f](int column) { return f.model()->headerData(column, Qt::Horizontal).toString(); };
    for (int k = 0; k < names.size(); ++k)
        QCOMPARE(header(2 + k), names[k]);
    QCOMPARE(header(2 + int(names.size())), u"Text"_s);
    // At the default size the attitude is in view, not scrolled off to the right.
    auto *table = f.child<QTableView>(u"messagesTable"_s);
    const int yaw = 2 + int(names.indexOf(u"yaw"_s));
    QTRY_VERIFY(table->columnWidth(yaw) > 0
        && table->columnViewportPosition(yaw) + table->columnWidth(yaw)
            <= table->viewport()->width());
    QCOMPARE(f.cell(1, u"yaw"_s), u"359"_s);
    QCOMPARE(f.cell(0, u"Text"_s), QString(200, u'x'));
}

void tst_UdpTab::rowsOfSeveralPortsInArrivalOrder()
{
    Fixture f;
    const quint16 a = f.addPort(0);
    const quint16 b = f.addPort(0);
    QVERIFY(a && b);
    const auto batch = [](std::initializer_list<qint64> times) {
        QList<DecodedDatagram> list;
        for (const qint64 t : times) {
            DecodedDatagram datagram;
            datagram.receivedMs = t;
            datagram.sender = kLoopback;
            datagram.senderPort = 40000;
            datagram.text = QString::number(t);
            datagram.raw = datagram.text.toLatin1();
            list.append(datagram);
        }
        return list;
    };
    // One round of the listener: port a's batch, then port b's. The table interleaves them.
    emit f.listener.datagramsDecoded(a, batch({1000, 1002, 1004}));
    emit f.listener.datagramsDecoded(b, batch({1001, 1003}));
    f.model()->sync();
    QCOMPARE(f.model()->rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(f.cell(row, u"Text"_s), QString::number(1000 + row));
    QCOMPARE(f.cell(1, u"Port"_s), QString::number(b));
    // A later round goes after the rows already shown, even with an older time.
    QCoreApplication::processEvents();
    emit f.listener.datagramsDecoded(b, batch({999}));
    f.model()->sync();
    QCOMPARE(f.cell(5, u"Text"_s), u"999"_s);
}

void tst_UdpTab::badFrameCounted()
{
    Fixture f;
    const quint16 port = f.addPort(1, 0);
    QUdpSocket sender;
    sender.writeDatagram(kPythonDroneFrame.left(39), kLoopback, port);
    sender.writeDatagram(kPythonDroneFrame, kLoopback, port);
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QCOMPARE(f.listener.stats(port).badFrames, 1);
    QVERIFY2(f.cell(0, StructFormat::droneFrame().names().first())
                 .contains(u"39 bytes, format needs 40"_s),
        qPrintable(f.cell(0, StructFormat::droneFrame().names().first())));
    QCOMPARE(
        f.model()->index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::red));
    QTRY_COMPARE(f.stats(port, StatsModel::BadColumn), u"1"_s);
    QTRY_COMPARE(f.stats(port, StatsModel::MessagesColumn), u"2"_s);
    QVERIFY2(f.stats(port, StatsModel::BadColumn, Qt::ToolTipRole)
                 .contains(u"39 bytes, format needs 40"_s),
        qPrintable(f.stats(port, StatsModel::BadColumn, Qt::ToolTipRole)));
}

void tst_UdpTab::removePortWhileRunning()
{
    Fixture f;
    const quint16 first = f.addPort(0);
    const quint16 second = f.addPort(2); // hex
    QVERIFY(first && second);
    QTableView *table = f.statsTable();
    QCOMPARE(f.statsRows(), 2);
    QUdpSocket sender;
    sender.writeDatagram(QByteArray("one"), kLoopback, first);
    sender.writeDatagram(QByteArray("two"), kLoopback, second);
    QTRY_COMPARE(f.model()->rowCount(), 2);

    // Nothing selected: nothing removed, and the user is told how.
    table->clearSelection();
    table->setCurrentIndex({});
    QTest::mouseClick(f.child<QPushButton>(u"removePortButton"_s), Qt::LeftButton);
    QCOMPARE(f.listener.ports().size(), 2);
    QVERIFY(f.child<StatusLine>(u"statusLine"_s)->text().contains(u"Select the port"_s));
    // The user clicks the first port's row, then Remove.
    for (int row = 0; row < f.statsRows(); ++row) {
        const QModelIndex cell = table->model()->index(row, StatsModel::PortColumn);
        if (cell.data().toString() == QString::number(first))
            QTest::mouseClick(
                table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    }
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QTest::mouseClick(f.child<QPushButton>(u"removePortButton"_s), Qt::LeftButton);
    QCOMPARE(f.listener.ports(), QList<quint16> {second});
    QCOMPARE(f.statsRows(), 1);
    QCOMPARE(table->model()->index(0, StatsModel::PortColumn).data().toString(),
        QString::number(second));
    // The rows already captured stay; the other port keeps receiving.
    sender.writeDatagram(QByteArray("three"), kLoopback, second);
    QTRY_COMPARE(f.model()->rowCount(), 3);
    QCOMPARE(f.cell(2, u"Hex"_s), u"74 68 72 65 65"_s);
    QStringList texts;
    for (int row = 0; row < 2; ++row)
        texts << f.cell(row, u"Text"_s) + f.cell(row, u"Hex"_s);
    texts.sort();
    QCOMPARE(texts, (QStringList {u"74 77 6f"_s, u"one"_s}));
}

void tst_UdpTab::csvEscapesFormulasFromTheNetwork()
{
    // Datagrams whose text a spreadsheet would evaluate, next to a frame with negative numbers.
    Fixture f;
    const quint16 text = f.addPort(0);
    const quint16 drone = f.addPort(1, 0);
    QUdpSocket sender;
    sender.writeDatagram(QByteArray("=HYPERLINK(\"http://x.invalid\",\"a\")"), kLoopback, text);
    sender.writeDatagram(QByteArray("-2+3+cmd|' /C calc'!A0"), kLoopback, text);
    sender.writeDatagram(QByteArray("@SUM(1)"), kLoopback, text);
    sender.writeDatagram(kPythonDroneFrame, kLoopback, drone);
    QTRY_COMPARE(f.model()->rowCount(), 4);
    // The table shows what arrived, unchanged.
    QStringList shown;
    for (int row = 0; row < 4; ++row)
        shown += f.cell(row, u"Text"_s);
    QVERIFY(shown.contains(u"-2+3+cmd|' /C calc'!A0"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"capture.csv"_s);
    QVERIFY(f.tab->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY2(
        csv.contains(",\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"a\"\")\","), csv.constData());
    QVERIFY2(csv.contains(",\"'-2+3+cmd|' /C calc'!A0\","), csv.constData());
    QVERIFY2(csv.contains(",\"'@SUM(1)\","), csv.constData());
    // No field starts a formula unescaped.
    for (const QByteArray &line : csv.split('\n')) {
        for (const QByteArray &field : line.split(',')) {
            QVERIFY2(!field.startsWith('=') && !field.startsWith('@'), line.constData());
        }
    }
    // The frame's decoded values, negative ones included, are still numbers.
    QVERIFY2(csv.contains(",-12,7,359,87,1013.25,"), csv.constData());
}

void tst_UdpTab::pauseClearAndCsv()
{
    Fixture f;
    const quint16 text = f.addPort(0);
    const quint16 drone = f.addPort(1, 0);
    QUdpSocket sender;
    sender.writeDatagram(QByteArray("temp=21.5, \"dry\""), kLoopback, text);
    sender.writeDatagram(kPythonDroneFrame, kLoopback, drone);
    QTRY_COMPARE(f.model()->rowCount(), 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"capture.csv"_s);
    QVERIFY(f.tab->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, 2 rows, empty after the last CRLF
    QVERIFY2(
        lines.at(0).startsWith("time,port,sender,bytes,text,date,pitch,"), lines.at(0).constData());
    // One row per datagram, in arrival order per port (the ports' batches may interleave).
    const QByteArray textRow = lines.at(1).contains("temp=") ? lines.at(1) : lines.at(2);
    const QByteArray droneRow = lines.at(1).contains("temp=") ? lines.at(2) : lines.at(1);
    QVERIFY2(textRow.contains(",\"temp=21.5, \"\"dry\"\"\","), textRow.constData());
    QVERIFY2(droneRow.contains(",-12,7,359,87,1013.25,"), droneRow.constData());
    QVERIFY(droneRow.contains(kPythonDroneFrame.toHex()));

    // Pause: the table stops growing, the port keeps counting.
    QTest::mouseClick(f.child<QPushButton>(u"pauseButton"_s), Qt::LeftButton);
    QVERIFY(f.capture.isPaused());
    sender.writeDatagram(QByteArray("while paused"), kLoopback, text);
    QTRY_COMPARE(f.listener.stats(text).messages, 2);
    f.listener.flush();
    QTRY_COMPARE(f.capture.skipped(), 1);
    QCOMPARE(f.model()->rowCount(), 2);
    QTest::mouseClick(f.child<QPushButton>(u"pauseButton"_s), Qt::LeftButton);
    QVERIFY(!f.capture.isPaused());

    QTest::mouseClick(f.child<QPushButton>(u"clearButton"_s), Qt::LeftButton);
    QCOMPARE(f.model()->rowCount(), 0);
    sender.writeDatagram(QByteArray("after clear"), kLoopback, text);
    QTRY_COMPARE(f.model()->rowCount(), 1);
    QCOMPARE(f.cell(0, u"Text"_s), u"after clear"_s);
}

void tst_UdpTab::demoPortsAndStreams()
{
    Fixture f;
    const quint16 textPort = freeUdpPort();
    quint16 dronePort = freeUdpPort();
    while (dronePort == textPort)
        dronePort = freeUdpPort();
    f.child<BindAddressCombo>(u"bindAddressCombo"_s)->setValue(u"127.0.0.1"_s);
    f.child<QSpinBox>(u"demoTextPortSpin"_s)->setValue(textPort);
    f.child<QSpinBox>(u"demoDronePortSpin"_s)->setValue(dronePort);
    QTest::mouseClick(f.child<QPushButton>(u"demoPortsButton"_s), Qt::LeftButton);
    QVERIFY2(f.listener.hasPort(textPort) && f.listener.hasPort(dronePort),
        qPrintable(f.child<StatusLine>(u"statusLine"_s)->text()));
    QCOMPARE(f.listener.config(dronePort).decoder, UdpDecoder::Struct);
    QCOMPARE(f.listener.config(textPort).decoder, UdpDecoder::Text);

    f.child<QComboBox>(u"demoTargetCombo"_s)->setCurrentIndex(0); // 127.0.0.1
    auto *lower = f.child<QTabWidget>(u"udpLowerTabs"_s);
    QCOMPARE(lower->tabText(lower->currentIndex()), u"Received messages"_s);
    QTest::mouseClick(f.child<QPushButton>(u"demoButton"_s), Qt::LeftButton);
    QVERIFY(f.demo.isRunning());
    // The demo brings up the live plot: the drone tilting, without a click more.
    QCOMPARE(lower->currentWidget(), f.tab->plotPanel());
    QTRY_VERIFY_WITH_TIMEOUT(f.tab->plotPanel()->charts().first()->pointCount() >= 3, 5000);
    QCOMPARE(f.demo.destination(), kLoopback);
    QTRY_VERIFY_WITH_TIMEOUT(
        f.listener.stats(textPort).messages >= 1 && f.listener.stats(dronePort).messages >= 3,
        5000);
    f.tab->toggleConnection(); // Ctrl+K stops them
    QVERIFY(!f.demo.isRunning());
    QCOMPARE(f.listener.stats(dronePort).badFrames, 0);
    f.listener.flush();
    QTRY_VERIFY(f.model()->rowCount() >= 4);
    bool sawLine = false;
    for (int row = 0; row < f.model()->rowCount(); ++row)
        sawLine = sawLine || f.cell(row, u"Text"_s).startsWith(u"seq="_s);
    QVERIFY(sawLine);
}

void tst_UdpTab::rebuiltTabShowsCoreState()
{
    Fixture f;
    const quint16 port = f.addPort(0);
    QUdpSocket sender;
    sender.writeDatagram(QByteArray("kept"), kLoopback, port);
    QTRY_COMPARE(f.model()->rowCount(), 1);
    f.rebuild(); // a language switch rebuilds every tab
    QCOMPARE(f.statsRows(), 1);
    QCOMPARE(f.model()->rowCount(), 1);
    QCOMPARE(f.cell(0, u"Text"_s), u"kept"_s);
}

void tst_UdpTab::floodIsPublishedInBatches()
{
    Fixture f;
    const quint16 port = f.addPort(1, 0); // drone frames
    QVERIFY(port != 0);
    constexpr int kFlood = 5000;
    QSignalSpy resets(f.model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(f.model(), &QAbstractItemModel::rowsInserted);
    const qint64 publicationsBefore = f.model()->publications();

    // The event loop's pulse: a 5 ms timer; the largest gap between ticks is the latency a
    // user would feel.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 worstGap = 0;
    QTimer probe;
    probe.setInterval(5);
    connect(&probe, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        worstGap = qMax(worstGap, now - lastTick);
        lastTick = now;
    });
    probe.start();

    // Sent from another thread as fast as the listener takes them: at most kWindow ahead of
    // what it has decoded, so the kernel's receive buffer never overflows (no loss, no sleep).
    constexpr int kWindow = 1000;
    std::atomic<int> decoded = 0;
    connect(&f.listener, &UdpListener::datagramsDecoded, this,
        [&decoded](quint16, const QList<DecodedDatagram> &batch) { decoded += int(batch.size()); });
    std::unique_ptr<QThread> thread(QThread::create([port, &decoded] {
        QUdpSocket socket;
        QElapsedTimer limit;
        limit.start();
        for (int i = 0; i < kFlood && limit.elapsed() < 15000; ++i) {
            while (i - decoded.load() >= kWindow && limit.elapsed() < 15000)
                QThread::yieldCurrentThread();
            while (socket.writeDatagram(kPythonDroneFrame, kLoopback, port) < 0
                && limit.elapsed() < 15000)
                QThread::yieldCurrentThread();
        }
    }));
    thread->start();
    QTRY_COMPARE_WITH_TIMEOUT(f.model()->rowCount(), kFlood, 20000);
    QVERIFY(thread->wait(10000));
    const qint64 elapsedMs = clock.elapsed();
    probe.stop();

    QCOMPARE(f.listener.stats(port).messages, kFlood);
    QCOMPARE(f.listener.stats(port).badFrames, 0);
    // One publication per refresh at most, however many datagrams: bounded by the time taken.
    const qint64 publications = f.model()->publications() - publicationsBefore;
    const qint64 bound = elapsedMs / UdpMessageModel::kRefreshMs + 3;
    QVERIFY2(publications <= bound && publications < kFlood / 10,
        qPrintable(u"%1 publications in %2 ms"_s.arg(publications).arg(elapsedMs)));
    QVERIFY(resets.size() + inserts.size() <= publications);
    // The loop kept turning (generous for sanitizer builds on a loaded machine).
    QVERIFY2(worstGap < 1000, qPrintable(u"event loop stalled %1 ms"_s.arg(worstGap)));
    qInfo("%d datagrams in %lld ms: %lld publications, worst event-loop gap %lld ms", kFlood,
        elapsedMs, publications, worstGap);
}

void tst_UdpTab::floodBeyondCapacityRepaintsOncePerPublication()
{
    // Flat out on a fast machine more datagrams arrive per 33 ms refresh than the table keeps.
    // The listener's batches are handed over directly (what it emits after decoding), so each
    // refresh gets more rows than the capacity however loaded the machine is.
    Fixture f;
    constexpr int kCapacity = 50;
    f.capture.setCapacity(kCapacity);
    const quint16 port = f.addPort(0); // text
    QVERIFY(port != 0);
    QVERIFY(QTest::qWaitForWindowExposed(f.tab.get()));
    auto *table = f.child<QTableView>(u"messagesTable"_s);
    QScrollBar *bar = table->verticalScrollBar();
    QSignalSpy synced(f.model(), &UdpMessageModel::rowsSynced);
    int next = 0;
    const auto publish = [&](int count) {
        synced.clear();
        emit f.listener.datagramsDecoded(port, textBatch(count, &next));
        return synced.wait(5000);
    };
    QVERIFY(publish(kCapacity)); // the columns are fitted to the first rows
    int textColumn = -1;
    for (int column = 0; column < f.model()->columnCount(); ++column) {
        if (f.model()->headerData(column, Qt::Horizontal).toString() == u"Text"_s)
            textColumn = column;
    }
    QVERIFY(textColumn >= 0);
    table->setColumnWidth(textColumn, 300); // the user widens a column
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum()); // following the newest rows

    PaintCounter counter;
    table->viewport()->installEventFilter(&counter);
    QList<int> paintsAtPublication;
    connect(f.model(), &UdpMessageModel::rowsSynced, this,
        [&] { paintsAtPublication.append(counter.paints); });
    constexpr int kPublications = 10;
    for (int i = 0; i <= kPublications; ++i)
        QVERIFY(publish(3 * kCapacity));
    // Each publication's repaints happen before the next one (33 ms later): between the first
    // and the last, kPublications publications were painted.
    QCOMPARE(paintsAtPublication.size(), kPublications + 1);
    const int paints = paintsAtPublication.last() - paintsAtPublication.first();
    QVERIFY2(paints <= kPublications + 1,
        qPrintable(u"%1 repaints for %2 publications"_s.arg(paints).arg(kPublications)));
    table->viewport()->removeEventFilter(&counter);
    QCOMPARE(f.model()->rowCount(), kCapacity);
    QCOMPARE(f.cell(kCapacity - 1, u"Text"_s), QString::number(next - 1));
    QCOMPARE(bar->value(), bar->maximum()); // still following
    QCOMPARE(table->rowAt(table->viewport()->height() - 1), kCapacity - 1);
    QCOMPARE(table->columnWidth(textColumn), 300); // not fitted again under the user's hand

    // Scrolled up to read: new rows do not pull the view down.
    bar->setValue(0);
    QVERIFY(publish(5));
    QCOMPARE(bar->value(), 0);

    // After a clear the columns are fitted to the new rows again, and the view follows them.
    QTest::mouseClick(f.child<QPushButton>(u"clearButton"_s), Qt::LeftButton);
    QVERIFY(publish(5));
    QVERIFY2(table->columnWidth(textColumn) < 300,
        qPrintable(QString::number(table->columnWidth(textColumn))));
    QVERIFY(publish(kCapacity - 5));
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(table->rowAt(table->viewport()->height() - 1), kCapacity - 1);
}

void tst_UdpTab::portInUseIsShown()
{
    QUdpSocket occupant;
    QVERIFY(occupant.bind(kLoopback, 0));
    Fixture f;
    f.child<QSpinBox>(u"listenPortSpin"_s)->setValue(occupant.localPort());
    f.child<BindAddressCombo>(u"bindAddressCombo"_s)->setValue(u"127.0.0.1"_s);
    QTest::mouseClick(f.child<QPushButton>(u"addPortButton"_s), Qt::LeftButton);
    QVERIFY(f.listener.ports().isEmpty());
    auto *status = f.child<StatusLine>(u"statusLine"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"in use"_s), qPrintable(status->text()));
}

void tst_UdpTab::sendTextAtRate()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(kLoopback, 0));
    int received = 0;
    connect(&receiver, &QUdpSocket::readyRead, this, [&] {
        while (receiver.hasPendingDatagrams()) {
            QByteArray data(64, '\0');
            data.resize(int(receiver.readDatagram(data.data(), data.size())));
            if (data == "ping\n")
                ++received;
        }
    });
    Fixture f;
    auto *hosts = f.tab->findChild<QComboBox *>(u"hostCombo"_s);
    QVERIFY(hosts);
    hosts->setEditText(u"127.0.0.1"_s);
    f.tab->findChild<QSpinBox *>(u"portSpin"_s)->setValue(receiver.localPort());
    f.child<SendPanel>(u"sendPanel"_s)->setText(u"ping"_s); // LF line ending by default
    f.child<QSpinBox>(u"countSpin"_s)->setValue(8);
    f.child<QDoubleSpinBox>(u"rateSpin"_s)->setValue(100);
    QSignalSpy finished(&f.sender, &UdpSender::finished);
    QTest::mouseClick(f.child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(f.sender.isRunning());
    QVERIFY(!f.child<QPushButton>(u"sendButton"_s)->isEnabled());
    QVERIFY(f.child<QPushButton>(u"stopSendButton"_s)->isEnabled());
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(received, 8);
    auto *progress = f.child<QProgressBar>(u"sendProgress"_s);
    QCOMPARE(progress->maximum(), 8);
    QCOMPARE(progress->value(), 8);
    QVERIFY(f.child<QPushButton>(u"sendButton"_s)->isEnabled());
    QVERIFY(f.child<StatusLine>(u"statusLine"_s)->text().contains(u"Sent 8 datagram"_s));
}

void tst_UdpTab::sendStructFrame()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(kLoopback, 0));
    Fixture f;
    f.tab->findChild<QComboBox *>(u"hostCombo"_s)->setEditText(u"127.0.0.1"_s);
    f.tab->findChild<QSpinBox *>(u"portSpin"_s)->setValue(receiver.localPort());
    f.child<QComboBox>(u"payloadKindCombo"_s)->setCurrentIndex(1);
    f.child<QComboBox>(u"sendPresetCombo"_s)->setCurrentIndex(0); // drone frame
    f.child<QLineEdit>(u"valuesEdit"_s)
        ->setText(u"1700000000.5 -12 7 359 87 1013.25 0.1 -9.81 0"_s);
    f.child<QSpinBox>(u"countSpin"_s)->setValue(1);
    QTest::mouseClick(f.child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QTRY_VERIFY(receiver.hasPendingDatagrams());
    QByteArray frame(64, '\0');
    frame.resize(int(receiver.readDatagram(frame.data(), frame.size())));
    QCOMPARE(frame.toHex(), kPythonDroneFrame.toHex()); // byte for byte what Python packs

    // A value out of range: Python's reason, nothing sent.
    f.child<QLineEdit>(u"valuesEdit"_s)->setText(u"1 -12 7 359 87 1013.25 0.1 -9.81"_s);
    QTest::mouseClick(f.child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(!f.sender.isRunning());
    QVERIFY(f.child<StatusLine>(u"statusLine"_s)->isError());
}

void tst_UdpTab::broadcastNeedsTheCheckBox()
{
    Fixture f;
    f.tab->findChild<QComboBox *>(u"hostCombo"_s)->setEditText(u"255.255.255.255"_s);
    f.tab->findChild<QSpinBox *>(u"portSpin"_s)->setValue(52001);
    QVERIFY(!f.child<QCheckBox>(u"broadcastCheck"_s)->isChecked());
    QTest::mouseClick(f.child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(!f.sender.isRunning());
    QCOMPARE(f.sender.sent(), 0);
    auto *status = f.child<StatusLine>(u"statusLine"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"broadcast"_s), qPrintable(status->text()));
    // The machine's broadcast addresses are offered in the host list.
    QVERIFY(f.tab->findChild<QComboBox *>(u"hostCombo"_s)->findText(u"255.255.255.255"_s) >= 0);
}

QTEST_MAIN(tst_UdpTab)
#include "tst_udptab.moc"
