#include "frameplots.h"

#include "udplistener.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace netlab {

struct FramePlots::Source
{
    QString key;
    QString label;
    StructFormat format;
    QList<int> fields; // the format's value indexes plotted (numeric ones)
    QStringList defaults;
    PlotBuffer buffer;
    std::vector<double> row; // reused per frame
};

namespace {

// A counter or a clock: plotted only on request.
bool isBookkeeping(const StructField &field)
{
    static const QRegularExpression names(u"^(seq|sequence|id|t|ts|time.*|timestamp.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return field.timestamp || names.match(field.name).hasMatch();
}

bool sameFormat(const StructFormat &a, const StructFormat &b)
{
    return a.formatString() == b.formatString() && a.names() == b.names();
}

} // namespace

FramePlots::FramePlots(QObject *parent)
    : QObject(parent)
{ }

FramePlots::~FramePlots() = default;

QString FramePlots::udpKey(quint16 port)
{
    return u"udp/%1"_s.arg(port);
}

qsizetype FramePlots::capacityFor(int fields)
{
    // 8 bytes of time, 8 of value and a quarter byte of block summaries per field.
    const double perRow = 8.0 + 8.25 * qMax(1, fields);
    return qMin<qsizetype>(PlotBuffer::kDefaultCapacity, qsizetype(kMaxBytesPerSource / perRow));
}

void FramePlots::followUdp(UdpListener *listener)
{
    m_listener = listener;
    connect(listener, &UdpListener::portAdded, this, &FramePlots::syncUdpPort);
    connect(listener, &UdpListener::portRemoved, this,
        [this](quint16 port) { removeSource(udpKey(port)); });
    connect(listener, &UdpListener::datagramsDecoded, this,
        [this](quint16 port, const QList<DecodedDatagram> &batch) {
            syncUdpPort(port); // the decoder may have changed since the last batch
            appendDatagrams(udpKey(port), batch);
        });
    const QList<quint16> ports = listener->ports();
    for (quint16 port : ports)
        syncUdpPort(port);
}

void FramePlots::syncUdpPort(quint16 port)
{
    const UdpPortConfig config = m_listener->config(port);
    if (config.decoder != UdpDecoder::Struct || !config.structFormat.isValid()) {
        removeSource(udpKey(port));
        return;
    }
    const Source *known = find(udpKey(port));
    if (known && sameFormat(known->format, config.structFormat))
        return;
    setSource(udpKey(port),
        tr("UDP port %1 (%2)").arg(port).arg(config.structFormat.formatString()),
        config.structFormat);
}

FramePlots::Source *FramePlots::find(const QString &key) const
{
    for (const std::shared_ptr<Source> &source : m_sources) {
        if (source->key == key)
            return source.get();
    }
    return nullptr;
}

void FramePlots::setSource(const QString &key, const QString &label, const StructFormat &format)
{
    Source *source = find(key);
    if (source && sameFormat(source->format, format)) {
        source->label = label;
        return;
    }
    if (!source) {
        m_sources.append(std::make_shared<Source>());
        source = m_sources.last().get();
        source->key = key;
    }
    source->label = label;
    source->format = format;
    source->fields.clear();
    source->defaults.clear();
    QStringList names;
    const QList<StructField> fields = format.fields();
    for (int i = 0; i < fields.size(); ++i) {
        const char code = fields[i].code;
        if (code == 's' || code == 'p' || code == 'c')
            continue;
        source->fields.append(i);
        names.append(fields[i].name);
        if (!isBookkeeping(fields[i]) && source->defaults.size() < 3)
            source->defaults.append(fields[i].name);
    }
    source->buffer = PlotBuffer(names, capacityFor(int(names.size())));
    source->row.assign(std::size_t(names.size()), 0.0);
    emit sourcesChanged();
}

void FramePlots::removeSource(const QString &key)
{
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i]->key == key) {
            m_sources.removeAt(i);
            emit sourcesChanged();
            return;
        }
    }
}

QStringList FramePlots::sources() const
{
    QStringList keys;
    for (const std::shared_ptr<Source> &source : m_sources)
        keys.append(source->key);
    return keys;
}

QString FramePlots::label(const QString &key) const
{
    const Source *source = find(key);
    return source ? source->label : QString();
}

const PlotBuffer *FramePlots::buffer(const QString &key) const
{
    const Source *source = find(key);
    return source ? &source->buffer : nullptr;
}

QStringList FramePlots::defaultFields(const QString &key) const
{
    const Source *source = find(key);
    return source ? source->defaults : QStringList();
}

void FramePlots::clear(const QString &key)
{
    if (Source *source = find(key)) {
        source->buffer.clear();
        emit samplesAdded(key);
    }
}

void FramePlots::append(const QString &key, qint64 tMs, const QList<StructValue> &values)
{
    Source *source = find(key);
    if (!source || values.size() < source->format.valueCount())
        return;
    for (std::size_t k = 0; k < source->row.size(); ++k)
        source->row[k] = values[source->fields[qsizetype(k)]].toDouble();
    source->buffer.append(tMs, source->row.data());
    emit samplesAdded(key);
}

void FramePlots::appendDatagrams(const QString &key, const QList<DecodedDatagram> &batch)
{
    Source *source = find(key);
    if (!source)
        return;
    bool added = false;
    for (const DecodedDatagram &datagram : batch) {
        if (!datagram.ok || datagram.values.size() < source->format.valueCount())
            continue; // a bad frame is counted by the listener, not plotted
        for (std::size_t k = 0; k < source->row.size(); ++k)
            source->row[k] = datagram.values[source->fields[qsizetype(k)]].toDouble();
        source->buffer.append(datagram.receivedMs, source->row.data());
        added = true;
    }
    if (added)
        emit samplesAdded(key);
}

} // namespace netlab
