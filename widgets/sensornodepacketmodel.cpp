#include "sensornodepacketmodel.h"

#include <devices/sensornodesession.h>

#include <QDateTime>
#include <QTimer>

namespace netlab {

SensorNodePacketModel::SensorNodePacketModel(SensorNodeSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &SensorNodePacketModel::sync);
    connect(m_session, &SensorNodeSession::packetsDecoded, this, &SensorNodePacketModel::schedule);
    connect(m_session, &SensorNodeSession::packetsDropped, this, [this] {
        m_reset = true;
        schedule();
    });
    connect(m_session, &SensorNodeSession::packetsCleared, this, [this] {
        m_reset = true;
        sync();
    });
    m_headers = m_session->format().names();
    m_rows = int(m_session->packets().size());
}

void SensorNodePacketModel::schedule()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void SensorNodePacketModel::sync()
{
    m_timer->stop();
    const int rows = int(m_session->packets().size());
    const QStringList headers = m_session->format().names();
    if (m_reset || headers != m_headers || rows < m_rows) {
        beginResetModel();
        m_headers = headers;
        m_rows = rows;
        m_reset = false;
        endResetModel();
    } else if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else {
        return;
    }
    emit rowsSynced();
}

int SensorNodePacketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SensorNodePacketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size()) + 1;
}

QVariant SensorNodePacketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows
        || index.row() >= int(m_session->packets().size()))
        return {};
    const SensorNodePacket &packet = m_session->packets()[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == 0)
        return QDateTime::fromMSecsSinceEpoch(packet.receivedMs).toString(u"HH:mm:ss.zzz");
    const int field = index.column() - 1;
    if (field >= packet.values.size())
        return {};
    const StructValue &value = packet.values.at(field);
    // As Python prints it: a float32 shows as its widened double (0.04746705293655395),
    // what the student's struct.unpack script prints.
    return m_session->format().displayValue(field, value);
}

QVariant SensorNodePacketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == 0)
        return tr("Received");
    return m_headers.value(section - 1);
}

} // namespace netlab
