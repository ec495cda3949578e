// The serial tab, driven as a user would (offscreen): start the simulated node, press
// Start, watch the table fill and the progress reach 200/200; open a port that does not
// exist; send from the terminal; refuse a bad protocol setting.
#include <devices/sensornodeplots.h>
#include <devices/sensornodesession.h>
#include <devices/seriallink.h>
#include <devices/serialportcatalogue.h>
#include <devices/serialtrafficrecorder.h>
#include <devices/simulatedsensornode.h>
#include <netlab/frameplots.h>
#include <netlab/trafficlog.h>
#include <widgets/fieldplotpanel.h>
#include <widgets/payloadedit.h>
#include <widgets/sendpanel.h>
#include <widgets/serialtab.h>
#include <widgets/statusline.h>
#include <widgets/timeserieschart.h>
#include <widgets/trafficlogview.h>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kWaitMs = 15000;
}

class tst_SerialTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void simulatedNodeSession();
    void rebuiltTabShowsTheSession();
    void missingPortIsExplained();
    void terminalSendsAndRemembers();
    void badProtocolSettingIsRefused();
    void everyControlIsNamed();
    void codeFollowsTheTab();

private:
    struct Fixture
    {
        netlab::SerialLink link;
        netlab::SerialPortCatalogue catalogue;
        netlab::SensorNodeSession session {&link};
        netlab::SimulatedSensorNode node;
        netlab::TrafficLog log;
        netlab::SerialTrafficRecorder recorder {&link, &session, &log};
        netlab::FramePlots plots;
        netlab::SensorNodePlots nodePlots {&session, &plots};
        std::unique_ptr<netlab::SerialTab> tab = makeTab();

        std::unique_ptr<netlab::SerialTab> makeTab()
        {
            return std::make_unique<netlab::SerialTab>(
                &link, &catalogue, &session, &node, &log, &plots);
        }

        template<typename T>
        T *child(const QString &name)
        {
            T *widget = tab->findChild<T *>(name);
            if (!widget)
                qFatal("no child %s", qPrintable(name));
            return widget;
        }
        void click(const QString &name)
        {
            QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton);
        }
    };
};

void tst_SerialTab::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("the simulated node needs pseudo-terminals (Linux, macOS)");
#endif
}

void tst_SerialTab::simulatedNodeSession()
{
    Fixture f;
    f.tab->show();
    f.node.setPacketRate(1000);
    auto *simulatorButton = f.child<QPushButton>(u"simulatedNodeButton"_s);
    QCOMPARE(simulatorButton->text().remove(u'&'), u"Simulated node"_s);
    f.click(u"simulatedNodeButton"_s);
    QVERIFY(f.node.isRunning());
    QCOMPARE(simulatorButton->text().remove(u'&'), u"Stop simulated node"_s);
    auto *portCombo = f.child<QComboBox>(u"portCombo"_s);
    QCOMPARE(portCombo->currentText(), f.node.portName());
    QVERIFY(f.child<QLabel>(u"portDetailsLabel"_s)->text().contains(u"Simulated sensor node"_s));

    auto *sessionButton = f.child<QPushButton>(u"sessionButton"_s);
    QCOMPARE(sessionButton->text().remove(u'&'), u"Start"_s);
    QTest::mouseClick(sessionButton, Qt::LeftButton);
    QVERIFY(f.link.isOpen()); // Start opened the port
    QCOMPARE(f.child<QPushButton>(u"openButton"_s)->text().remove(u'&'), u"Close"_s);
    QCOMPARE(sessionButton->text().remove(u'&'), u"Stop"_s);
    QVERIFY(!f.child<QLineEdit>(u"formatEdit"_s)->isEnabled());

    auto *progress = f.child<QProgressBar>(u"sessionProgress"_s);
    auto *table = f.child<QTableView>(u"packetTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(progress->value(), 200, kWaitMs);
    QCOMPARE(progress->maximum(), 200);
    QCOMPARE(progress->text(), u"200/200 packets"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 200, kWaitMs);
    QCOMPARE(table->model()->columnCount(), 10);
    QCOMPARE(table->model()->headerData(2, Qt::Horizontal).toString(), u"seq"_s);
    QCOMPARE(table->model()->index(199, 2).data().toString(), u"199"_s);
    QCOMPARE(table->model()->index(0, 1).data().toString(), u"b'DATA'"_s);
    const QString counters = f.child<QLabel>(u"sessionCountersLabel"_s)->text();
    QVERIFY2(counters.contains(u"Received: 200"_s), qPrintable(counters));
    QVERIFY2(counters.contains(u"Acknowledged: 200"_s), qPrintable(counters));
    QVERIFY2(counters.contains(u"Bad: 0"_s), qPrintable(counters));
    auto *status = f.child<netlab::StatusLine>(u"statusLine"_s);
    QCOMPARE(status->text(), u"All 200 packets received."_s);
    QVERIFY(!status->isError());
    QCOMPARE(sessionButton->text().remove(u'&'), u"Start"_s);
    QTRY_COMPARE_WITH_TIMEOUT(f.node.acksReceived(), 200u, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(f.node.stopsReceived(), 1u, kWaitMs);

    // Stopping the simulated node closes the port it was open on.
    f.click(u"simulatedNodeButton"_s);
    QVERIFY(!f.node.isRunning());
    QVERIFY(!f.link.isOpen());
    QCOMPARE(table->model()->rowCount(), 200); // the packets stay

    // The Plot page draws the packets' dx, dy and dz from the start.
    auto *plot = f.tab->findChild<netlab::FieldPlotPanel *>(u"serialPlot"_s);
    QVERIFY(plot);
    QCOMPARE(plot->pickedFields(), (QStringList {u"dx"_s, u"dy"_s, u"dz"_s}));
    QCOMPARE(f.plots.buffer(QString::fromUtf16(netlab::SensorNodePlots::kKey))->size(), 200);
    f.child<QTabWidget>(u"serialViews"_s)->setCurrentWidget(plot);
    plot->refresh();
    QCOMPARE(plot->charts().size(), 1);
    QVERIFY(plot->charts().first()->pointCount() >= 3);
}

// MainWindow rebuilds tabs to switch the language: the new tab shows the core's state.
void tst_SerialTab::rebuiltTabShowsTheSession()
{
    Fixture f;
    f.node.setPacketRate(0);
    f.click(u"simulatedNodeButton"_s);
    f.click(u"sessionButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), netlab::SensorNodeSession::State::Idle, kWaitMs);
    QCOMPARE(f.session.packets().size(), 200u);
    f.tab = f.makeTab();
    f.tab->show();
    QCOMPARE(f.child<QTableView>(u"packetTable"_s)->model()->rowCount(), 200);
    QCOMPARE(f.child<QProgressBar>(u"sessionProgress"_s)->value(), 200);
    QCOMPARE(f.child<QPushButton>(u"openButton"_s)->text().remove(u'&'), u"Close"_s);
    QCOMPARE(f.child<QComboBox>(u"portCombo"_s)->currentText(), f.node.portName());
    QCOMPARE(f.child<QPushButton>(u"simulatedNodeButton"_s)->text().remove(u'&'),
        u"Stop simulated node"_s);
}

void tst_SerialTab::missingPortIsExplained()
{
    Fixture f;
    f.child<QComboBox>(u"portCombo"_s)->setCurrentText(u"/dev/ttyNETLAB-missing"_s);
    QCOMPARE(
        f.child<QLabel>(u"portDetailsLabel"_s)->text(), u"Not in the system's list of ports"_s);
    f.click(u"openButton"_s);
    auto *status = f.child<netlab::StatusLine>(u"statusLine"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"no such serial port"_s), qPrintable(status->text()));
    QVERIFY(!f.link.isOpen());
    QCOMPARE(f.child<QPushButton>(u"openButton"_s)->text().remove(u'&'), u"Open"_s);
    // A baud rate that is not a number never reaches the driver.
    f.child<QComboBox>(u"baudCombo"_s)->setCurrentText(QString());
    f.click(u"openButton"_s);
    QVERIFY(status->text().contains(u"not a baud rate"_s));
}

void tst_SerialTab::terminalSendsAndRemembers()
{
    Fixture f;
    f.tab->show();
    f.click(u"simulatedNodeButton"_s);
    f.click(u"openButton"_s);
    QVERIFY(f.link.isOpen());
    auto *panel = f.child<netlab::SendPanel>(u"sendPanel"_s);
    panel->setMode(netlab::SendPanel::Mode::Text);
    f.child<netlab::PayloadEdit>(u"sendTextEdit"_s)->setText(u"ACK"_s); // LF by default
    QTest::mouseClick(panel->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.node.acksReceived(), 1u, kWaitMs);
    QCOMPARE(f.link.bytesSent(), 4u);
    auto *history = f.child<QComboBox>(u"sendHistoryCombo"_s);
    QCOMPARE(history->count(), 1);
    QCOMPARE(history->itemText(0), u"ACK"_s);
    bool logged = false;
    for (qsizetype i = 0; i < f.log.count(); ++i)
        logged |= f.log.at(i).direction == netlab::TrafficDirection::Outgoing
            && f.log.at(i).payload == "ACK\n";
    QVERIFY(logged);
    // Closed: nothing to send to.
    f.click(u"openButton"_s);
    QVERIFY(!f.link.isOpen());
    QVERIFY(!panel->sendButton()->isEnabled());
    QVERIFY(f.child<netlab::StatusLine>(u"statusLine"_s)->text().endsWith(u" closed"_s));
}

void tst_SerialTab::badProtocolSettingIsRefused()
{
    Fixture f;
    f.click(u"simulatedNodeButton"_s);
    f.child<QLineEdit>(u"formatEdit"_s)->setText(u"<4sZ"_s);
    f.click(u"sessionButton"_s);
    auto *status = f.child<netlab::StatusLine>(u"statusLine"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().startsWith(u"Packet format"_s), qPrintable(status->text()));
    QVERIFY(!f.session.isRunning());
    f.child<QLineEdit>(u"formatEdit"_s)->setText(u"<4sII6f28x"_s);
    f.child<QLineEdit>(u"startCommandEdit"_s)->setText(u"START\\q"_s);
    f.click(u"sessionButton"_s);
    QVERIFY2(status->text().startsWith(u"Start command"_s), qPrintable(status->text()));
}

// Screen readers and accessibility-based UI tests find controls by the words a user sees.
void tst_SerialTab::everyControlIsNamed()
{
    Fixture f;
    const auto within = [](QWidget *w, auto *type) {
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<decltype(type)>(p))
                return true;
        }
        return false;
    };
    int checked = 0;
    const QList<QWidget *> widgets = f.tab->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QProgressBar *>(w);
        if (!control || within(w, static_cast<QComboBox *>(nullptr))
            || within(w, static_cast<QAbstractSpinBox *>(nullptr))
            || within(w, static_cast<QAbstractItemView *>(nullptr))
            || within(w, static_cast<netlab::SendPanel *>(nullptr))
            || within(w, static_cast<netlab::TrafficLogView *>(nullptr))
            || qobject_cast<QTabBar *>(w->parentWidget()))
            continue;
        ++checked;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(checked >= 20);
}

// "Show as code": the port, its line settings and the protocol, live.
void tst_SerialTab::codeFollowsTheTab()
{
    Fixture f;
    f.tab->show();
    auto *text = f.child<QPlainTextEdit>(u"codeText"_s);
    QTest::mouseClick(f.child<QPushButton>(u"showCodeButton"_s), Qt::LeftButton);
    QVERIFY(text->isVisible());
    QCOMPARE(text->toPlainText(), f.tab->code().python);
    const auto shows = [text](const QString &part) {
        if (!text->toPlainText().contains(part))
            qWarning().noquote() << part << "not in" << text->toPlainText();
        return text->toPlainText().contains(part);
    };
    QVERIFY(shows(u"BAUD = 115200\n"_s));
    QVERIFY(shows(u"port.write(ACK)\n"_s));

    f.child<QComboBox>(u"portCombo"_s)->setCurrentText(u"/dev/rfcomm0"_s);
    QVERIFY(shows(u"PORT = \"/dev/rfcomm0\"\n"_s));
    f.child<QComboBox>(u"baudCombo"_s)->setCurrentText(u"9600"_s);
    QVERIFY(shows(u"BAUD = 9600\n"_s));
    auto *parity = f.child<QComboBox>(u"parityCombo"_s);
    parity->setCurrentIndex(parity->findData(int(QSerialPort::EvenParity)));
    QVERIFY(shows(u"parity=serial.PARITY_EVEN,\n"_s));
    auto *flow = f.child<QComboBox>(u"flowControlCombo"_s);
    flow->setCurrentIndex(flow->findData(int(QSerialPort::HardwareControl)));
    QVERIFY(shows(u"rtscts=True,\n"_s));
    f.child<QSpinBox>(u"packetCountSpin"_s)->setValue(50);
    QVERIFY(shows(u"COUNT = 50  #"_s));
    f.child<QSpinBox>(u"packetSizeSpin"_s)->setValue(16);
    QVERIFY(shows(u"PACKET_SIZE = 16\n"_s));
    f.child<QLineEdit>(u"formatEdit"_s)->setText(u"<4sHf"_s);
    f.child<QLineEdit>(u"fieldNamesEdit"_s)->setText(u"magic, n, x"_s);
    QVERIFY(shows(u"FRAME = struct.Struct(\"<4sHf\")\n"_s));
    QVERIFY(shows(u"NAMES = (\"magic\", \"n\", \"x\")\n"_s));
    f.child<QLineEdit>(u"ackCommandEdit"_s)->clear();
    QVERIFY(!text->toPlainText().contains(u"port.write(ACK)"_s));
    f.child<QLineEdit>(u"startCommandEdit"_s)->setText(u"GO\\r\\n"_s);
    QVERIFY(shows(u"START = b\"GO\\r\\n\"\n"_s));
    QVERIFY(f.tab->code().oneLiner.isEmpty());
}

QTEST_MAIN(tst_SerialTab)
#include "tst_serialtab.moc"
