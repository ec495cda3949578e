#include "trafficlog.h"

#include "hexcodec.h"
#include "textcodec.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace netlab {

TrafficLog::TrafficLog(QObject *parent)
    : QObject(parent)
{ }

void TrafficLog::append(TrafficDirection direction, const QString &peer, const QByteArray &payload)
{
    TrafficEntry entry {QDateTime::currentDateTimeUtc(), direction, peer, payload, {}};
    if (entry.payload.size() > m_maxBytes) {
        entry.note = TrafficNote(staticMetaObject.className(),
            QT_TR_NOOP("payload cut to the log's limit: %1 of %2 bytes kept"),
            {QString::number(m_maxBytes), QString::number(payload.size())});
        entry.payload.truncate(m_maxBytes);
    }
    add(std::move(entry));
}

QString TrafficNote::text() const
{
    if (!source)
        return args.value(0);
    QString text = QCoreApplication::translate(context, source);
    for (const QString &arg : args)
        text = text.arg(arg);
    return text;
}

void TrafficLog::appendNote(
    TrafficDirection direction, const QString &peer, const TrafficNote &note)
{
    add(TrafficEntry {QDateTime::currentDateTimeUtc(), direction, peer, {}, note});
}

void TrafficLog::add(TrafficEntry &&entry)
{
    m_bytes += entry.payload.size();
    m_entries.push_back(std::move(entry));
    enforceBounds();
    emit entriesAdded(count() - 1, 1);
}

void TrafficLog::enforceBounds()
{
    qsizetype dropped = 0;
    while (!m_entries.empty()
        && (qsizetype(m_entries.size()) > m_maxEntries || m_bytes > m_maxBytes)) {
        m_bytes -= m_entries.front().payload.size();
        m_entries.pop_front();
        ++dropped;
    }
    if (dropped > 0) {
        m_dropped += quint64(dropped);
        emit entriesDropped(dropped);
    }
}

void TrafficLog::clear()
{
    m_entries.clear();
    m_bytes = 0;
    m_dropped = 0;
    emit cleared();
}

void TrafficLog::setMaxEntries(int maxEntries)
{
    m_maxEntries = qMax(1, maxEntries);
    enforceBounds();
}

void TrafficLog::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = qMax<qint64>(1, maxBytes);
    enforceBounds();
}

QString TrafficLog::directionSymbol(TrafficDirection direction)
{
    switch (direction) {
    case TrafficDirection::Incoming:
        return u"←"_s;
    case TrafficDirection::Outgoing:
        return u"→"_s;
    case TrafficDirection::Info:
        return u"·"_s;
    case TrafficDirection::Error:
        return u"!"_s;
    }
    return {};
}

QString TrafficLog::formatLine(const TrafficEntry &entry, bool hex, const TextCodec &codec)
{
    QString line = entry.time.toOffsetFromUtc(entry.time.toLocalTime().offsetFromUtc())
                       .toString(Qt::ISODateWithMs);
    line += u' ';
    line += directionSymbol(entry.direction);
    line += u' ';
    line += entry.peer.isEmpty() ? u"-"_s : entry.peer;
    const bool isData = entry.direction == TrafficDirection::Incoming
        || entry.direction == TrafficDirection::Outgoing;
    if (isData) {
        line += u' ';
        line += hex ? toHex(entry.payload) : escapedText(entry.payload, codec);
    }
    if (!entry.note.isEmpty()) {
        line += isData ? u" # "_s : u" "_s;
        line += TextCodec(TextEncoding::Utf8).decodeEscaped(entry.note.text().toUtf8());
    }
    return line;
}

bool TrafficLog::save(const QString &path, bool hex, const TextCodec &codec, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    for (const TrafficEntry &entry : m_entries) {
        QByteArray line = formatLine(entry, hex, codec).toUtf8();
        line += '\n';
        if (file.write(line) != line.size())
            break; // reported by commit()
    }
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace netlab
