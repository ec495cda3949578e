// netlab::UdpPortStatsModel, the UDP tab's port table without a window: real datagrams on
// loopback show as the counts, bytes, bad frames (with their reasons) and rate history a user
// reads; ports added and removed keep the other rows (and a selection) in place; fed records
// give the fastest / slowest marks, the rates' text and the multicast group.
#include <netlab/udplistener.h>
#include <netlab/udpportstatsmodel.h>

#include <QItemSelectionModel>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <numeric>

using namespace Qt::StringLiterals;
using netlab::StructFormat;
using netlab::UdpDecoder;
using netlab::UdpListener;
using netlab::UdpPortConfig;
using netlab::UdpPortStats;
using Model = netlab::UdpPortStatsModel;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);

// struct.pack('<diiiiffff', 1700000000.5, -12, 7, 359, 87, 1013.25, 0.1, -9.81, 0.0)
const QByteArray kPythonDroneFrame = QByteArray::fromHex(
    "00002040fc54d941f4ffffff07000000670100005700000000507d44cdcccc3dc3f51cc100000000");

UdpPortConfig loopbackConfig(UdpDecoder decoder)
{
    UdpPortConfig config;
    config.bindAddress = kLoopback;
    config.decoder = decoder;
    if (decoder == UdpDecoder::Struct)
        config.structFormat = StructFormat::droneFrame();
    return config;
}

QString cell(const Model &model, quint16 port, int column, int role = Qt::DisplayRole)
{
    const int row = model.rowOfPort(port);
    return row < 0 ? u"<no row for %1>"_s.arg(port)
                   : model.index(row, column).data(role).toString();
}

double historySum(const Model &model, quint16 port)
{
    const QList<double> history = model.index(model.rowOfPort(port), Model::HistoryColumn)
                                      .data(Model::HistoryRole)
                                      .value<QList<double>>();
    return std::accumulate(history.cbegin(), history.cend(), 0.0);
}

Model::Row fedRow(quint16 port, qint64 messages, double rate)
{
    Model::Row row;
    row.config = loopbackConfig(UdpDecoder::Hex);
    row.config.port = port;
    row.stats.port = port;
    row.stats.messages = messages;
    row.stats.currentRate = rate;
    return row;
}

} // namespace

class tst_UdpPortStatsModel : public QObject
{
    Q_OBJECT

private slots:
    void countsFromRealDatagrams();
    void portsAddedAndRemovedKeepTheSelection();
    void marks_data();
    void marks();
    void fedRecordsAsShown();
    void refreshesInPlace();
};

void tst_UdpPortStatsModel::countsFromRealDatagrams()
{
    UdpListener listener;
    Model model(&listener);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    const quint16 text = listener.addPort(loopbackConfig(UdpDecoder::Text));
    const quint16 drone = listener.addPort(loopbackConfig(UdpDecoder::Struct));
    QVERIFY(text && drone);
    // A new port is a row at once, with what the user chose.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, text, Model::PortColumn), QString::number(text));
    QCOMPARE(cell(model, text, Model::AddressColumn), u"127.0.0.1"_s);
    QCOMPARE(cell(model, drone, Model::DecoderColumn), u"<diiiiffff"_s);
    QVERIFY2(cell(model, text, Model::DecoderColumn)
                 .startsWith(UdpListener::decoderName(UdpDecoder::Text) + u' '),
        qPrintable(cell(model, text, Model::DecoderColumn)));
    QCOMPARE(cell(model, text, Model::MessagesColumn), u"0"_s);
    QCOMPARE(model.index(model.rowOfPort(drone), 0).data(Model::PortRole).toUInt(), uint(drone));

    QUdpSocket sender;
    QVERIFY(sender.bind(kLoopback, 0));
    for (int i = 0; i < 3; ++i)
        sender.writeDatagram(QByteArray("abc"), kLoopback, text);
    sender.writeDatagram(kPythonDroneFrame, kLoopback, drone);
    sender.writeDatagram(kPythonDroneFrame.left(39), kLoopback, drone);

    QTRY_COMPARE(cell(model, text, Model::MessagesColumn), u"3"_s);
    QCOMPARE(cell(model, text, Model::BytesColumn), u"9"_s);
    QCOMPARE(cell(model, text, Model::BadColumn), u"0"_s);
    QVERIFY(
        !model.index(model.rowOfPort(text), Model::BadColumn).data(Model::ProblemRole).toBool());
    QTRY_COMPARE(cell(model, drone, Model::MessagesColumn), u"2"_s);
    QCOMPARE(cell(model, drone, Model::BytesColumn), u"79"_s);
    // The short frame: counted bad, shown as a problem, its reason in the tooltip.
    QCOMPARE(cell(model, drone, Model::BadColumn), u"1"_s);
    QVERIFY(
        model.index(model.rowOfPort(drone), Model::BadColumn).data(Model::ProblemRole).toBool());
    const QString reasons = cell(model, drone, Model::BadColumn, Qt::ToolTipRole);
    QVERIFY2(reasons.startsWith(u"1 × "_s) && reasons.contains(u"39 bytes, format needs 40"_s),
        qPrintable(reasons));
    // Counters are right-aligned like numbers.
    QCOMPARE(model.index(0, Model::MessagesColumn).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));

    // The rate ticks once a second: every datagram lands in the history, the average follows.
    QTRY_COMPARE_WITH_TIMEOUT(historySum(model, text), 3.0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(historySum(model, drone), 2.0, 5000);
    QVERIFY(model.index(model.rowOfPort(text), Model::HistoryColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Messages per second over the last"_s));
    QCOMPARE(model.index(model.rowOfPort(text), Model::HistoryColumn)
                 .data(Qt::AccessibleTextRole)
                 .toString(),
        u"Rate history of port %1"_s.arg(text));
    QVERIFY(
        model.index(model.rowOfPort(text), Model::AverageColumn).data(Model::ValueRole).toDouble()
        > 0);
}

void tst_UdpPortStatsModel::portsAddedAndRemovedKeepTheSelection()
{
    UdpListener listener;
    Model model(&listener);
    QItemSelectionModel selection(&model);
    const quint16 a = listener.addPort(loopbackConfig(UdpDecoder::Text));
    const quint16 b = listener.addPort(loopbackConfig(UdpDecoder::Hex));
    QVERIFY(a && b);
    const quint16 high = qMax(a, b);
    const quint16 low = qMin(a, b);
    // In the listener's order: by port number.
    QCOMPARE(model.portAt(0), low);
    QCOMPARE(model.portAt(1), high);
    selection.select(
        model.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(listener.removePort(low));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.portAt(0), high);
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(Model::PortRole).toUInt(), uint(high)); // still the same port
    QCOMPARE(resets.size(), 0);

    listener.removeAllPorts();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOfPort(high), -1);
}

void tst_UdpPortStatsModel::marks_data()
{
    QTest::addColumn<QList<qint64>>("messages");
    QTest::addColumn<QList<double>>("rates");
    QTest::addColumn<QStringList>("marks");

    QTest::addRow("three receiving") << QList<qint64> {10, 50, 3} << QList<double> {5, 20, 0}
                                     << QStringList {QString(), u"▲ fastest"_s, u"▼ slowest"_s};
    QTest::addRow("a silent port is not the slowest") << QList<qint64> {10, 0,
        40} << QList<double> {5, 0, 9} << QStringList {u"▼ slowest"_s, QString(), u"▲ fastest"_s};
    QTest::addRow("one receiving: no mark")
        << QList<qint64> {10, 0} << QList<double> {5, 0} << QStringList {QString(), QString()};
    QTest::addRow("same rates: no mark")
        << QList<qint64> {10, 12} << QList<double> {4, 4} << QStringList {QString(), QString()};
}

void tst_UdpPortStatsModel::marks()
{
    QFETCH(QList<qint64>, messages);
    QFETCH(QList<double>, rates);
    QFETCH(QStringList, marks);
    Model model;
    QList<Model::Row> rows;
    for (int i = 0; i < messages.size(); ++i)
        rows.append(fedRow(quint16(40000 + i), messages.at(i), rates.at(i)));
    model.setRows(rows);
    QCOMPARE(model.rowCount(), int(messages.size()));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row, Model::MarkColumn).data().toString());
    QCOMPARE(shown, marks);
}

void tst_UdpPortStatsModel::fedRecordsAsShown()
{
    // Numbers as the user's language writes them.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    Model model;
    Model::Row row = fedRow(52002, 1234, 2.5);
    row.config.decoder = UdpDecoder::Struct;
    row.config.structFormat = StructFormat::parse(u"<hhf"_s);
    row.config.bindAddress = QHostAddress(QHostAddress::AnyIPv4);
    row.config.multicastGroup = QHostAddress(u"239.1.2.3"_s);
    row.stats.bytes = 9999;
    row.stats.averageRate = 37.4;
    row.stats.rateHistory = {1, 2, 4};
    model.setRows({row});
    QCOMPARE(cell(model, 52002, Model::AddressColumn), u"0.0.0.0 + group 239.1.2.3"_s);
    QCOMPARE(cell(model, 52002, Model::DecoderColumn), u"<hhf"_s);
    QCOMPARE(cell(model, 52002, Model::MessagesColumn), u"1,234"_s);
    QCOMPARE(cell(model, 52002, Model::BytesColumn), u"9,999"_s);
    QCOMPARE(cell(model, 52002, Model::RateColumn), u"2.5"_s); // one decimal below 10 per second
    QCOMPARE(cell(model, 52002, Model::AverageColumn), u"37"_s);
    QCOMPARE(cell(model, 52002, Model::HistoryColumn), QString()); // drawn, not written
    QCOMPARE(cell(model, 52002, Model::HistoryColumn, Qt::ToolTipRole),
        u"Messages per second over the last 3 second(s); now 4, peak 4"_s);
    QCOMPARE(model.headerData(Model::RateColumn, Qt::Horizontal).toString(), u"Rate /s"_s);
    QCOMPARE(model.headerData(Model::BadColumn, Qt::Horizontal).toString(), u"Bad"_s);
}

void tst_UdpPortStatsModel::refreshesInPlace()
{
    Model model;
    model.setRows({fedRow(40001, 1, 1), fedRow(40009, 1, 1)});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // New counters only: the rows are updated, not rebuilt.
    model.setRows({fedRow(40001, 5, 3), fedRow(40009, 2, 1)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(cell(model, 40001, Model::MessagesColumn), u"5"_s);
    QCOMPARE(cell(model, 40001, Model::MarkColumn), u"▲ fastest"_s);
    // A port between the two is inserted where it belongs.
    model.setRows({fedRow(40001, 5, 3), fedRow(40005, 1, 1), fedRow(40009, 2, 1)});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(model.portAt(1), quint16(40005));
    QCOMPARE(resets.size(), 0);
}

QTEST_GUILESS_MAIN(tst_UdpPortStatsModel)
#include "tst_udpportstatsmodel.moc"
