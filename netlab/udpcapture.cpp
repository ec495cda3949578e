#include <netlab/udpcapture.h>

#include <netlab/csvwriter.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

const QString kTextColumn = u"text"_s;
const QString kHexColumn = u"hex"_s;

} // namespace

UdpCapture::UdpCapture(UdpListener *listener, QObject *parent)
    : QObject(parent)
    , m_listener(listener)
{
    connect(m_listener, &UdpListener::datagramsDecoded, this, &UdpCapture::capture);
    connect(m_listener, &UdpListener::portAdded, this, [this](quint16 port) {
        m_schemas.remove(port);
        schemaFor(port);
    });
    const QList<quint16> ports = m_listener->ports();
    for (const quint16 port : ports)
        schemaFor(port);
}

std::shared_ptr<const UdpCaptureSchema> UdpCapture::schemaFor(quint16 port)
{
    const UdpPortConfig config = m_listener->config(port);
    const auto known = m_schemas.constFind(port);
    if (known != m_schemas.constEnd()) {
        const UdpCaptureSchema &schema = **known;
        // The port's decoder may have been changed while running (setDecoder).
        if (schema.decoder == config.decoder
            && (config.decoder != UdpDecoder::Struct
                || (schema.format.formatString() == config.structFormat.formatString()
                    && schema.format.names() == config.structFormat.names())))
            return *known;
    }
    auto schema = std::make_shared<UdpCaptureSchema>();
    schema->decoder = config.decoder;
    switch (config.decoder) {
    case UdpDecoder::Text:
        schema->columns = {kTextColumn};
        break;
    case UdpDecoder::Hex:
        schema->columns = {kHexColumn};
        break;
    case UdpDecoder::Struct: {
        schema->format = config.structFormat;
        schema->columns = schema->format.names();
        break;
    }
    }
    for (int i = 0; i < schema->columns.size(); ++i)
        schema->columnIndex.insert(schema->columns.at(i), i);
    addColumns(schema->columns);
    m_schemas.insert(port, schema);
    return schema;
}

void UdpCapture::addColumns(const QStringList &columns)
{
    bool changed = false;
    for (const QString &column : columns) {
        if (!m_columns.contains(column)) {
            m_columns.append(column);
            changed = true;
        }
    }
    if (changed)
        emit columnsChanged();
}

void UdpCapture::capture(quint16 port, const QList<DecodedDatagram> &batch)
{
    if (m_paused) {
        m_skipped += batch.size();
        return;
    }
    const std::shared_ptr<const UdpCaptureSchema> schema = schemaFor(port);
    // The listener hands out one batch per port in a row; the rows of this round are merged
    // in arrival order below. A round ends when the event loop turns.
    if (!m_roundOpen) {
        m_roundOpen = true;
        m_roundStart = m_messages.size();
        QMetaObject::invokeMethod(
            this, [this] { m_roundOpen = false; }, Qt::QueuedConnection);
    }
    const std::size_t before = m_messages.size();
    // Only the newest `capacity` of a big batch can stay.
    const qsizetype first = qMax<qsizetype>(0, batch.size() - m_capacity);
    const qsizetype skippedInBatch = first;
    for (qsizetype i = first; i < batch.size(); ++i) {
        CapturedDatagram message;
        message.port = port;
        message.datagram = batch.at(i);
        message.size = message.datagram.raw.size();
        message.schema = schema;
        if (message.datagram.raw.size() > kMaxKeptBytes)
            message.datagram.raw.truncate(kMaxKeptBytes);
        if (message.datagram.text.size() > kMaxKeptBytes) {
            message.datagram.text.truncate(kMaxKeptBytes);
            message.datagram.text.append(u'…');
        }
        m_messages.push_back(std::move(message));
    }
    // Rows of several ports in arrival order, not port after port (stable: same millisecond,
    // the earlier port's first).
    if (before > m_roundStart && m_messages.size() > before)
        std::inplace_merge(m_messages.begin() + long(m_roundStart),
            m_messages.begin() + long(before), m_messages.end(),
            [](const CapturedDatagram &a, const CapturedDatagram &b) {
                return a.datagram.receivedMs < b.datagram.receivedMs;
            });
    m_received += batch.size();
    m_dropped += skippedInBatch;
    emit messagesAdded(int(batch.size() - first));
    trim();
}

void UdpCapture::trim()
{
    const qsizetype excess = qsizetype(m_messages.size()) - m_capacity;
    if (excess <= 0)
        return;
    m_messages.erase(m_messages.begin(), m_messages.begin() + excess);
    m_roundStart -= qMin(m_roundStart, std::size_t(excess));
    m_dropped += excess;
    emit messagesDropped(int(excess));
}

void UdpCapture::setCapacity(int rows)
{
    m_capacity = qBound(1, rows, kMaxCapacity);
    trim();
}

void UdpCapture::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    emit pausedChanged(paused);
}

void UdpCapture::clear()
{
    m_messages.clear();
    m_roundStart = 0;
    m_received = 0;
    m_dropped = 0;
    m_skipped = 0;
    m_schemas.clear();
    m_columns.clear();
    const QList<quint16> ports = m_listener->ports();
    for (const quint16 port : ports)
        schemaFor(port);
    emit cleared();
    emit columnsChanged();
}

QString UdpCapture::columnTitle(const QString &column)
{
    if (column == kTextColumn)
        return QCoreApplication::translate("netlab::UdpCapture", "Text");
    if (column == kHexColumn)
        return QCoreApplication::translate("netlab::UdpCapture", "Hex");
    return column;
}

QString UdpCapture::timeText(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(u"HH:mm:ss.zzz"_s);
}

QString UdpCapture::cell(const CapturedDatagram &message, const QString &column)
{
    const UdpCaptureSchema &schema = *message.schema;
    const int index = schema.columnIndex.value(column, -1);
    if (index < 0)
        return {};
    const DecodedDatagram &datagram = message.datagram;
    if (!datagram.ok)
        return index == 0 ? datagram.error : QString();
    if (schema.decoder != UdpDecoder::Struct)
        return datagram.text;
    if (index >= datagram.values.size())
        return {};
    // As Python prints it: a float32 0.1 widened to a double is 0.10000000149011612, which is
    // what the student's struct.unpack script shows.
    return schema.format.displayValue(index, datagram.values.at(index));
}

bool UdpCapture::writeCsv(QIODevice *device, QString *error) const
{
    QList<QString> header = {u"time"_s, u"port"_s, u"sender"_s, u"bytes"_s};
    header += m_columns;
    header += {u"error"_s, u"raw_hex"_s};
    CsvWriter writer(device, "\r\n");
    bool ok = writer.writeRow(header);
    for (const CapturedDatagram &message : m_messages) {
        if (!ok)
            break;
        const DecodedDatagram &datagram = message.datagram;
        QStringList fields
            = {QDateTime::fromMSecsSinceEpoch(datagram.receivedMs).toString(Qt::ISODateWithMs),
                QString::number(message.port),
                datagram.sender.toString() + u':' + QString::number(datagram.senderPort),
                QString::number(message.size)};
        for (const QString &column : m_columns)
            fields += datagram.ok ? cell(message, column) : QString();
        fields += datagram.ok ? QString() : datagram.error;
        fields += QString::fromLatin1(datagram.raw.toHex());
        ok = writer.writeRow(fields);
    }
    if (ok && writer.flush())
        return true;
    if (error)
        *error = writer.errorString();
    return false;
}

} // namespace netlab
