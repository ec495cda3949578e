#pragma once

// What a UdpListener received, kept for a table and a CSV export: the latest `capacity`
// datagrams of every port (oldest dropped first; the ports' batches of one round merged in
// arrival order), each with the decoder it was decoded
// with, so a struct frame's values stay under their field names after the port's format
// changes or the port is removed. Bounded in rows and in bytes per row. Pause stops the
// capture (the listener keeps counting); clear empties it.
//
//   CSV := header "\r\n" (row "\r\n")*        (RFC 4180 through CsvWriter: "," separated,
//                                             '"' quoted, formula-like text escaped)
//   header := time,port,sender,bytes,<field columns…>,error,raw_hex

#include <netlab/udplistener.h>

#include <QHash>
#include <QObject>
#include <QStringList>

#include <deque>
#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace netlab {

// How one port's datagrams were decoded: the columns they fill.
struct UdpCaptureSchema
{
    UdpDecoder decoder = UdpDecoder::Text;
    StructFormat format; // decoder Struct
    QStringList columns; // Text: "text"; Hex: "hex"; Struct: the field names
    QHash<QString, int> columnIndex;
};

struct CapturedDatagram
{
    quint16 port = 0;
    qint64 size = 0; // bytes on the wire (raw/text may be cut at kMaxKeptBytes)
    DecodedDatagram datagram;
    std::shared_ptr<const UdpCaptureSchema> schema;
};

class UdpCapture : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultCapacity = 10000;
    static constexpr int kMaxCapacity = 1000000;
    static constexpr int kMaxKeptBytes = 4096; // raw bytes and text kept per datagram

    explicit UdpCapture(UdpListener *listener, QObject *parent = nullptr);

    void setCapacity(int rows); // clamped to [1, kMaxCapacity]; drops the oldest rows
    int capacity() const { return m_capacity; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();

    const std::deque<CapturedDatagram> &messages() const { return m_messages; }
    qint64 received() const { return m_received; } // captured since the last clear
    qint64 dropped() const { return m_dropped; } // oldest rows let go to stay bounded
    qint64 skipped() const { return m_skipped; } // arrived while paused

    // The field columns of every schema seen since the last clear (and of the listener's
    // ports), in order of appearance: "text", "hex", struct field names.
    QStringList fieldColumns() const { return m_columns; }
    static QString columnTitle(const QString &column); // "text" → "Text"; names as they are

    // The cell of `column` for `message`, values as Python prints them: empty when its
    // decoder has no such column; a bad frame shows its error in its first column.
    static QString cell(const CapturedDatagram &message, const QString &column);
    static QString timeText(qint64 msSinceEpoch); // "14:03:07.250"

    // Every captured row as CSV; false + *error when the device refuses.
    bool writeCsv(QIODevice *device, QString *error = nullptr) const;

signals:
    void messagesAdded(int count); // at the end
    void messagesDropped(int count); // from the front, to stay within capacity
    void cleared();
    void columnsChanged();
    void pausedChanged(bool paused);

private:
    void capture(quint16 port, const QList<DecodedDatagram> &batch);
    std::shared_ptr<const UdpCaptureSchema> schemaFor(quint16 port);
    void addColumns(const QStringList &columns);
    void trim();

    UdpListener *m_listener = nullptr;
    std::deque<CapturedDatagram> m_messages;
    std::size_t m_roundStart = 0; // the first row of this round of batches
    bool m_roundOpen = false;
    QHash<quint16, std::shared_ptr<const UdpCaptureSchema>> m_schemas;
    QStringList m_columns;
    int m_capacity = kDefaultCapacity;
    bool m_paused = false;
    qint64 m_received = 0;
    qint64 m_dropped = 0;
    qint64 m_skipped = 0;
};

} // namespace netlab
