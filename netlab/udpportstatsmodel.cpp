#include "udpportstatsmodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace netlab {

UdpPortStatsModel::UdpPortStatsModel(UdpListener *listener, QObject *parent)
    : QAbstractTableModel(parent)
    , m_listener(listener)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &UdpPortStatsModel::refresh);
    if (!listener)
        return;
    connect(listener, &UdpListener::portAdded, this, &UdpPortStatsModel::refresh);
    connect(listener, &UdpListener::portRemoved, this, &UdpPortStatsModel::refresh);
    connect(listener, &UdpListener::datagramsDecoded, this, &UdpPortStatsModel::scheduleRefresh);
    connect(listener, &UdpListener::rateChanged, this, &UdpPortStatsModel::scheduleRefresh);
    refresh();
}

void UdpPortStatsModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void UdpPortStatsModel::refresh()
{
    m_refreshTimer.stop();
    if (!m_listener)
        return;
    QList<Row> rows;
    const QList<UdpPortStats> all = m_listener->allStats();
    for (const UdpPortStats &stats : all)
        rows.append({m_listener->config(stats.port), stats});
    setRows(rows);
}

void UdpPortStatsModel::setRows(const QList<Row> &rows)
{
    const auto listed = [](const QList<Row> &list, quint16 port) {
        return std::any_of(
            list.cbegin(), list.cend(), [port](const Row &row) { return row.config.port == port; });
    };
    // Gone: removed where they are, so the other rows (and their selection) stay.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!listed(rows, m_rows.at(row).config.port)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_marks.removeAt(row);
            endRemoveRows();
        }
    }
    // The rows still here must come in the new order; otherwise start over.
    QList<quint16> kept;
    for (const Row &row : rows) {
        if (listed(m_rows, row.config.port))
            kept.append(row.config.port);
    }
    bool sameOrder = kept.size() == m_rows.size();
    for (int row = 0; sameOrder && row < m_rows.size(); ++row)
        sameOrder = m_rows.at(row).config.port == kept.at(row);
    if (!sameOrder) {
        beginResetModel();
        m_rows = rows;
        m_marks = QList<Mark>(rows.size(), Mark::None);
        updateMarks();
        endResetModel();
        return;
    }
    // New ones inserted where they belong; the others updated in place.
    for (int row = 0; row < rows.size(); ++row) {
        if (row < m_rows.size() && m_rows.at(row).config.port == rows.at(row).config.port) {
            m_rows[row] = rows.at(row);
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, rows.at(row));
        m_marks.insert(row, Mark::None);
        endInsertRows();
    }
    updateMarks();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void UdpPortStatsModel::updateMarks()
{
    // Fastest and slowest by the current rate, among the ports that received something.
    int fastest = -1;
    int slowest = -1;
    int receiving = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const UdpPortStats &stats = m_rows.at(row).stats;
        if (stats.messages == 0)
            continue;
        ++receiving;
        if (fastest < 0 || stats.currentRate > m_rows.at(fastest).stats.currentRate)
            fastest = row;
        if (slowest < 0 || stats.currentRate < m_rows.at(slowest).stats.currentRate)
            slowest = row;
    }
    const bool marked = receiving >= 2 && fastest != slowest;
    for (int row = 0; row < m_marks.size(); ++row) {
        m_marks[row] = !marked ? Mark::None
            : row == fastest   ? Mark::Fastest
            : row == slowest   ? Mark::Slowest
                               : Mark::None;
    }
}

quint16 UdpPortStatsModel::portAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).config.port : 0;
}

int UdpPortStatsModel::rowOfPort(quint16 port) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).config.port == port)
            return row;
    }
    return -1;
}

UdpPortStats UdpPortStatsModel::stats(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).stats : UdpPortStats();
}

UdpPortStatsModel::Mark UdpPortStatsModel::mark(int row) const
{
    return row >= 0 && row < m_marks.size() ? m_marks.at(row) : Mark::None;
}

int UdpPortStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UdpPortStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UdpPortStatsModel::rateText(double rate)
{
    return QLocale().toString(rate, 'f', rate < 10 ? 1 : 0);
}

QString UdpPortStatsModel::displayText(const Row &row, int column, int index) const
{
    const QLocale locale;
    const UdpPortConfig &config = row.config;
    const UdpPortStats &stats = row.stats;
    switch (column) {
    case PortColumn:
        return QString::number(config.port);
    case AddressColumn: {
        QString address = config.bindAddress.toString();
        if (!config.multicastGroup.isNull())
            address += tr(" + group %1").arg(config.multicastGroup.toString());
        return address;
    }
    case DecoderColumn:
        if (config.decoder == UdpDecoder::Struct)
            return config.structFormat.formatString(); // the format says it all
        if (config.decoder == UdpDecoder::Text)
            return UdpListener::decoderName(config.decoder) + u' '
                + TextCodec::encodingName(config.textCodec.encoding());
        return UdpListener::decoderName(config.decoder);
    case MessagesColumn:
        return locale.toString(stats.messages);
    case BytesColumn:
        return locale.toString(stats.bytes);
    case BadColumn:
        return locale.toString(stats.badFrames);
    case RateColumn:
        return rateText(stats.currentRate);
    case AverageColumn:
        return rateText(stats.averageRate);
    case MarkColumn:
        switch (mark(index)) {
        case Mark::Fastest:
            return tr("▲ fastest");
        case Mark::Slowest:
            return tr("▼ slowest");
        case Mark::None:
            break;
        }
        return {};
    default:
        return {}; // History: drawn, not written
    }
}

QVariant UdpPortStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const UdpPortStats &stats = row.stats;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == HistoryColumn)
            return {};
        return displayText(row, column, index.row());
    case Qt::TextAlignmentRole:
        if (column >= MessagesColumn && column <= AverageColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == BadColumn && !stats.badReasons.isEmpty()) {
            QStringList reasons;
            for (auto it = stats.badReasons.cbegin(); it != stats.badReasons.cend(); ++it)
                reasons.append(tr("%1 × %2").arg(QLocale().toString(it.value()), it.key()));
            return reasons.join(u'\n');
        }
        if (column == HistoryColumn && !stats.rateHistory.isEmpty()) {
            const double peak
                = *std::max_element(stats.rateHistory.cbegin(), stats.rateHistory.cend());
            return tr("Messages per second over the last %n second(s); now %1, peak %2", nullptr,
                int(stats.rateHistory.size()))
                .arg(QLocale().toString(stats.rateHistory.constLast(), 'f', 0),
                    QLocale().toString(peak, 'f', 0));
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == HistoryColumn)
            return tr("Rate history of port %1").arg(row.config.port);
        return {};
    case PortRole:
        return row.config.port;
    case ValueRole:
        switch (column) {
        case MessagesColumn:
            return stats.messages;
        case BytesColumn:
            return stats.bytes;
        case BadColumn:
            return stats.badFrames;
        case RateColumn:
            return stats.currentRate;
        case AverageColumn:
            return stats.averageRate;
        default:
            return {};
        }
    case HistoryRole:
        return column == HistoryColumn ? QVariant::fromValue(stats.rateHistory) : QVariant();
    case ProblemRole:
        return column == BadColumn && stats.badFrames > 0;
    default:
        return {};
    }
}

QVariant UdpPortStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PortColumn:
        return tr("Port");
    case AddressColumn:
        return tr("Address");
    case DecoderColumn:
        return tr("Decoder");
    case MessagesColumn:
        return tr("Messages");
    case BytesColumn:
        return tr("Bytes");
    case BadColumn:
        return tr("Bad");
    case RateColumn:
        return tr("Rate /s");
    case AverageColumn:
        return tr("Average /s");
    case HistoryColumn:
        return tr("History");
    default:
        return QString();
    }
}

} // namespace netlab
