// The MQTT tab and the Sensors tab's classroom grid, offscreen, against a real Mosquitto on a
// free loopback port: subscribe from the tab and see the topic tree fill, publish from the tab
// and read it with mosquitto_sub, the local-broker button, thirty agents in the classroom.
#include "mosquittobroker.h"

#include <netlab/frameplots.h>
#include <netlab/localbroker.h>
#include <netlab/mqttclassroom.h>
#include <netlab/mqttclient.h>
#include <netlab/mqttjsonplots.h>
#include <netlab/mqttlibrary.h>
#include <netlab/mqttmessagelog.h>
#include <netlab/mqtttopictree.h>
#include <netlab/sensorhistory.h>
#include <widgets/classroomgrid.h>
#include <widgets/codeview.h>
#include <widgets/fieldplotpanel.h>
#include <widgets/mqtttab.h>
#include <widgets/timeserieschart.h>

#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace netlab;
using namespace Qt::StringLiterals;

class tst_MqttTab : public QObject
{
    Q_OBJECT
    MqttLibrary m_library;

private slots:
    void subscribePublishAndTree();
    void localBrokerButton();
    void classroomShowsThirtyAgents();
    void connectFormIsNotClippedAtTheWindowsSize();
    void codeFollowsTheSettings();
    void jsonFieldsPlottedLive();
};

void tst_MqttTab::subscribePublishAndTree()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    MqttClient client;
    MqttTopicTree topics;
    MqttMessageLog log;
    LocalBroker local;
    connect(&client, &MqttClient::messagesReceived, &topics, &MqttTopicTree::ingest);
    connect(&client, &MqttClient::messagesReceived, &log,
        [&log](const QList<MqttMessage> &messages) { log.append(messages); });
    FramePlots framePlots;
    MqttJsonPlots plots(&framePlots);
    MqttTab tab(&client, &topics, &log, &local, &plots);
    tab.show();

    auto *host = tab.findChild<QLineEdit *>(u"mqttHost"_s);
    auto *port = tab.findChild<QSpinBox *>(u"mqttPort"_s);
    QVERIFY(host && port);
    host->setText(u"127.0.0.1"_s);
    port->setValue(broker.port());
    auto *filter = tab.findChild<QLineEdit *>(u"mqttFilter"_s);
    filter->setText(u"lab/#"_s);
    tab.findChild<QComboBox *>(u"mqttFilterQos"_s)->setCurrentIndex(1);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"mqttSubscribeButton"_s), Qt::LeftButton);
    QCOMPARE(client.subscriptions(), QStringList({u"lab/#"_s}));
    QSignalSpy subscribed(&client, &MqttClient::subscribed);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"mqttConnectButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 20'000);
    QCOMPARE(tab.findChild<QPushButton *>(u"mqttConnectButton"_s)->text(), tr("&Disconnect"));

    QProcess pub;
    pub.start(u"mosquitto_pub"_s,
        {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(broker.port()), u"-t"_s,
            u"lab/room1/temp"_s, u"-m"_s, u"{\"t\": 22.5}"_s, u"-r"_s});
    QVERIFY(pub.waitForFinished(20'000));
    QTRY_COMPARE_WITH_TIMEOUT(topics.messageCount(u"lab/room1/temp"_s), quint64(1), 20'000);
    auto *tree = tab.findChild<QTreeView *>(u"mqttTopicTree"_s);
    QCOMPARE(tree->model()->rowCount(), 1);
    const QModelIndex leaf = topics.indexOfTopic(u"lab/room1/temp"_s);
    QCOMPARE(
        leaf.siblingAtColumn(MqttTopicTree::ValueColumn).data().toString(), u"{\"t\": 22.5}"_s);
    QCOMPARE(log.rowCount(), 1);

    // Publish from the tab: a retained message mosquitto_sub reads whenever it subscribes.
    tab.findChild<QLineEdit *>(u"mqttPublishTopic"_s)->setText(u"lab/led"_s);
    tab.findChild<QPlainTextEdit *>(u"mqttPublishPayload"_s)->setPlainText(u"on"_s);
    tab.findChild<QComboBox *>(u"mqttPublishQos"_s)->setCurrentIndex(1);
    tab.findChild<QWidget *>(u"mqttPublishRetain"_s)->setProperty("checked", true);
    QSignalSpy acked(&client, &MqttClient::published);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"mqttPublishButton"_s), Qt::LeftButton);
    QVERIFY(acked.wait(20'000));
    QProcess sub;
    sub.start(u"mosquitto_sub"_s,
        {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(broker.port()), u"-v"_s, u"-C"_s, u"1"_s,
            u"-t"_s, u"lab/led"_s});
    QVERIFY(sub.waitForFinished(20'000));
    QCOMPARE(sub.readAllStandardOutput(), QByteArray("lab/led on\n"));
    // The log shows it going out, and (subscribed to lab/#) coming back.
    QTRY_COMPARE_WITH_TIMEOUT(topics.messageCount(u"lab/led"_s), quint64(1), 20'000);
    QCOMPARE(log.rowCount(), 3);

    // The log's topic filter.
    tab.findChild<QLineEdit *>(u"mqttLogFilter"_s)->setText(u"lab/+/temp"_s);
    QCOMPARE(log.rowCount(), 1);
}

void tst_MqttTab::localBrokerButton()
{
    MqttClient client;
    MqttTopicTree topics;
    MqttMessageLog log;
    LocalBroker local;
    FramePlots framePlots;
    MqttJsonPlots plots(&framePlots);
    MqttTab tab(&client, &topics, &log, &local, &plots);
    auto *button = tab.findChild<QPushButton *>(u"mqttLocalBrokerButton"_s);
    QSignalSpy started(&local, &LocalBroker::started);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(started.wait(20'000));
    const quint16 port = local.port();
    QCOMPARE(tab.findChild<QSpinBox *>(u"mqttPort"_s)->value(), int(port));
    QCOMPARE(tab.findChild<QLineEdit *>(u"mqttHost"_s)->text(), u"127.0.0.1"_s);
    QVERIFY(
        tab.findChild<QPlainTextEdit *>(u"mqttBrokerLog"_s)->toPlainText().contains(u"running"_s));
    QVERIFY(button->text().contains(tr("Stop")));

    // It is a real broker: connect to it.
    QTest::mouseClick(tab.findChild<QPushButton *>(u"mqttConnectButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, 20'000);

    QSignalSpy stopped(&local, &LocalBroker::stopped);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(stopped.wait(20'000));
    QVERIFY(!local.isRunning());
    QVERIFY(button->text().contains(tr("Start")));
    QTRY_VERIFY_WITH_TIMEOUT(client.state() != MqttClient::State::Connected, 20'000);
    client.disconnectFromBroker();
}

void tst_MqttTab::classroomShowsThirtyAgents()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    MqttClient client;
    MqttClassroom classroom;
    connect(&client, &MqttClient::messagesReceived, &classroom, &MqttClassroom::ingest);
    client.subscribe(MqttClassroom::filters(), 1);
    ClassroomGrid grid(&client, &classroom);
    grid.resize(1100, 600);
    grid.show();
    grid.findChild<QLineEdit *>(u"classroomHost"_s)->setText(u"127.0.0.1"_s);
    grid.findChild<QSpinBox *>(u"classroomPort"_s)->setValue(broker.port());
    QSignalSpy subscribed(&client, &MqttClient::subscribed);
    QTest::mouseClick(grid.findChild<QPushButton *>(u"classroomConnect"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 20'000);

    // Thirty agents, three readings each (one repeated: de-duplicated), the last offline.
    MqttClient agents;
    MqttConnectOptions options;
    options.host = u"127.0.0.1"_s;
    options.port = broker.port();
    agents.setOptions(options);
    QSignalSpy connected(&agents, &MqttClient::stateChanged);
    agents.connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(agents.state(), MqttClient::State::Connected, 20'000);
    for (int i = 1; i <= 30; ++i) {
        const QString id = u"pi-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        for (int seq : {1, 2, 2, 3}) {
            const QByteArray payload = QJsonDocument(
                QJsonObject {{u"seq"_s, seq}, {u"t"_s, 1'700'000'000'000LL + seq * 500},
                    {u"temperature_c"_s, 20.0 + i / 10.0 + seq},
                    {u"humidity_pct"_s,
                        40.0}}).toJson(QJsonDocument::Compact);
            agents.publish(u"netlab/%1/dht"_s.arg(id), payload, 1, false);
        }
        agents.publish(u"netlab/%1/status"_s.arg(id), i == 30 ? "offline" : "online", 1, true);
    }
    QTRY_COMPARE_WITH_TIMEOUT(grid.tileCount(), 30, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(classroom.agent(u"pi-30"_s) && !classroom.agent(u"pi-30"_s)->online
            && classroom.agent(u"pi-30"_s)->readings == 3,
        20'000);
    QCOMPARE(classroom.agent(u"pi-30"_s)->duplicates, 1ull);
    QVERIFY(classroom.agent(u"pi-01"_s)->online);
    QVERIFY(grid.tile(u"pi-07"_s)->isVisible());

    QTest::mouseClick(grid.tile(u"pi-07"_s), Qt::LeftButton);
    auto *chart = grid.findChild<QDialog *>(u"classroomChart-pi-07"_s);
    QVERIFY(chart);
    QVERIFY(chart->isVisible());
    QCOMPARE(grid.history(u"pi-07"_s)->size(), 3);
    agents.disconnectFromBroker();
}

// In the 1100 x 720 main window the tab gets about 1080 x 640, less on a laptop with a panel:
// with the form taller than the tab (a vertical scroll bar), every field and button of the
// connection form must still be whole, without a horizontal scroll bar (they were cut off).
void tst_MqttTab::connectFormIsNotClippedAtTheWindowsSize()
{
    MqttClient client;
    MqttTopicTree topics;
    MqttMessageLog log;
    LocalBroker local;
    FramePlots framePlots;
    MqttJsonPlots plots(&framePlots);
    // As in the window: a page of a tab widget, laid out while another page shows.
    QTabWidget tabs;
    tabs.addTab(new QWidget, u"TCP client"_s);
    auto *page = new MqttTab(&client, &topics, &log, &local, &plots);
    tabs.addTab(page, u"MQTT"_s);
    tabs.resize(1100, 680);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    tabs.setCurrentWidget(page);
    MqttTab &tab = *page;
    auto *scroll = tab.findChild<QScrollArea *>(u"mqttConnectionScroll"_s);
    QVERIFY(scroll);
    const QWidget *viewport = scroll->viewport();
    // From a tall window down to a short one (the vertical bar comes in on the way).
    for (int height = 720; height >= 400; height -= 40) {
        tabs.resize(1100, height + 40);
        QCoreApplication::processEvents();
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(QString::number(height)));
        QVERIFY2(scroll->widget()->width() <= viewport->width(),
            qPrintable(u"%1: form %2 wide in %3"_s.arg(height)
                           .arg(scroll->widget()->width())
                           .arg(viewport->width())));
        for (const char *name :
            {"mqttHost", "mqttPort", "mqttConnectButton", "mqttLocalBrokerButton"}) {
            const auto *widget = tab.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
            const QRect inViewport(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
            QVERIFY2(inViewport.right() < viewport->width(), name);
        }
    }
    // And the right side keeps most of the width for the topics and the messages.
    QVERIFY(scroll->width() < tab.width() / 2);
}

// "Show as code": the program and the one-liner follow the broker, the subscriptions and the
// message as they are typed.
void tst_MqttTab::codeFollowsTheSettings()
{
    MqttClient client;
    MqttTopicTree topics;
    MqttMessageLog log;
    LocalBroker local;
    FramePlots framePlots;
    MqttJsonPlots plots(&framePlots);
    MqttTab tab(&client, &topics, &log, &local, &plots);
    tab.resize(1100, 680);
    tab.show();
    auto *view = tab.findChild<CodeView *>(u"mqttCodeView"_s);
    QVERIFY(view);
    QVERIFY(!view->isVisible());
    QTest::mouseClick(view->toggleButton(), Qt::LeftButton);
    QVERIFY(view->isVisible());
    QVERIFY2(view->text().contains(u"HOST = \"localhost\"\n"_s), qPrintable(view->text()));
    QVERIFY(view->text().contains(u"import paho.mqtt.client as mqtt"_s));
    QVERIFY(!view->text().contains(u"SUBSCRIPTIONS"_s));

    tab.findChild<QLineEdit *>(u"mqttHost"_s)->setText(u"broker.lab"_s);
    QVERIFY2(view->text().contains(u"HOST = \"broker.lab\"\n"_s), qPrintable(view->text()));
    tab.findChild<QLineEdit *>(u"mqttPublishTopic"_s)->setText(u"lab/led"_s);
    tab.findChild<QPlainTextEdit *>(u"mqttPublishPayload"_s)->setPlainText(u"on"_s);
    tab.findChild<QWidget *>(u"mqttPublishRetain"_s)->setProperty("checked", true);
    QVERIFY(view->text().contains(u"TOPIC = \"lab/led\"\n"_s));
    QVERIFY(view->text().contains(u"PAYLOAD = \"on\".encode(\"utf-8\")\n"_s));
    QVERIFY(view->text().contains(u"RETAIN = True"_s));
    tab.findChild<QLineEdit *>(u"mqttFilter"_s)->setText(u"lab/#"_s);
    tab.findChild<QComboBox *>(u"mqttFilterQos"_s)->setCurrentIndex(2);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"mqttSubscribeButton"_s), Qt::LeftButton);
    QVERIFY2(view->text().contains(u"    (\"lab/#\", 2),\n"_s), qPrintable(view->text()));
    QCOMPARE(view->text(), tab.code().python);

    // The one-liner: mosquitto_pub while the Publish page shows, mosquitto_sub otherwise.
    view->setShowsOneLiner(true);
    QCOMPARE(view->text(), u"mosquitto_pub -h broker.lab -p 1883 -t lab/led -r -m on"_s);
    tab.findChild<QTabWidget *>(u"mqttBottomTabs"_s)->setCurrentIndex(1);
    QCOMPARE(view->text(), u"mosquitto_sub -v -h broker.lab -p 1883 -q 2 -t 'lab/#'"_s);
}

// Numbers of JSON payloads by path: publish {"t": 21.5, "h": {"rel": 40}} a few times, tick
// h.rel in the Live plot, and the chart has its points.
void tst_MqttTab::jsonFieldsPlottedLive()
{
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(), broker.log().constData());
    MqttClient client;
    MqttTopicTree topics;
    MqttMessageLog log;
    LocalBroker local;
    FramePlots framePlots;
    MqttJsonPlots plots(&framePlots);
    // As WorkbenchCore feeds them.
    connect(&client, &MqttClient::messagesReceived, &topics, &MqttTopicTree::ingest);
    connect(&client, &MqttClient::messagesReceived, &log,
        [&log](const QList<MqttMessage> &messages) { log.append(messages); });
    connect(&client, &MqttClient::messagesReceived, &plots, &MqttJsonPlots::append);
    MqttTab tab(&client, &topics, &log, &local, &plots);
    tab.resize(1100, 680);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    tab.findChild<QLineEdit *>(u"mqttHost"_s)->setText(u"127.0.0.1"_s);
    tab.findChild<QSpinBox *>(u"mqttPort"_s)->setValue(broker.port());
    tab.findChild<QLineEdit *>(u"mqttFilter"_s)->setText(u"lab/#"_s);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"mqttSubscribeButton"_s), Qt::LeftButton);
    QSignalSpy subscribed(&client, &MqttClient::subscribed);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"mqttConnectButton"_s), Qt::LeftButton);
    QVERIFY(subscribed.wait(20'000));

    MqttClient sensor;
    sensor.setOptions(test::localOptions(broker.port()));
    QVERIFY(sensor.connectToBroker());
    QTRY_COMPARE_WITH_TIMEOUT(sensor.state(), MqttClient::State::Connected, 20'000);
    for (int i = 0; i < 5; ++i)
        QVERIFY(sensor.publish(u"lab/env"_s, "{\"t\": 21.5, \"h\": {\"rel\": 40}}", 1, false) > 0);
    QVERIFY(sensor.publish(u"lab/env"_s, "not JSON", 1, false) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(topics.messageCount(u"lab/env"_s), quint64(6), 20'000);
    const PlotBuffer *buffer = framePlots.buffer(u"mqtt/lab/env"_s);
    QVERIFY(buffer);
    QCOMPARE(buffer->size(), 5);

    auto *lowerTabs = tab.findChild<QTabWidget *>(u"mqttLogTabs"_s);
    auto *panel = tab.findChild<FieldPlotPanel *>(u"mqttPlot"_s);
    QVERIFY(lowerTabs && panel);
    QCOMPARE(lowerTabs->tabText(1), u"Live plot"_s);
    lowerTabs->setCurrentIndex(1);
    panel->setCurrentSource(u"mqtt/lab/env"_s);
    QCOMPARE(panel->currentSource(), u"mqtt/lab/env"_s);
    auto *fields = panel->findChild<QListWidget *>(u"plotFieldList"_s);
    QVERIFY(fields);
    const QList<QListWidgetItem *> rel = fields->findItems(u"h.rel"_s, Qt::MatchExactly);
    QCOMPARE(rel.size(), 1);
    QCOMPARE(fields->findItems(u"t"_s, Qt::MatchExactly).size(), 1);
    for (int row = 0; row < fields->count(); ++row)
        fields->item(row)->setCheckState(Qt::Unchecked);
    rel.first()->setCheckState(Qt::Checked);
    QCOMPARE(panel->pickedFields(), QStringList {u"h.rel"_s});
    panel->refresh();
    QVERIFY(!panel->charts().isEmpty());
    TimeSeriesChart *chart = panel->charts().first();
    QCOMPARE(chart->lineCount(), 1);
    QTRY_VERIFY(chart->pointCount() >= 1);
    chart->showReadoutAt(buffer->lastMs());
    QVERIFY2(panel->readoutText().contains(u"h.rel 40"_s), qPrintable(panel->readoutText()));

    // The topic tree and the log fit the tab at the window's size: no sideways scrolling.
    lowerTabs->setCurrentIndex(0);
    QCoreApplication::processEvents();
    QVERIFY(!tab.findChild<QTreeView *>(u"mqttTopicTree"_s)->horizontalScrollBar()->isVisible());
    QVERIFY(!tab.findChild<QTableView *>(u"mqttLog"_s)->horizontalScrollBar()->isVisible());
}

QTEST_MAIN(tst_MqttTab)
#include "tst_mqtttab.moc"
