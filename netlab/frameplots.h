#pragma once

#include <netlab/plotbuffer.h>
#include <netlab/structformat.h>

#include <QHash>
#include <QObject>

#include <memory>

namespace netlab {

class UdpListener;
struct DecodedDatagram;

// The samples behind the live plots of decoded frames: per source (a UDP port with a struct
// decoder, the serial sensor node, …) a PlotBuffer with one series per numeric field of its
// format, every frame a row at its arrival time. Kept by the workbench's core, so a plot
// rebuilt with its tab (a language switch) still has its history. followUdp() records every
// struct port of a listener by itself; other sources call setSource() and append().
class FramePlots : public QObject
{
    Q_OBJECT

public:
    // Each source's buffer stays under this many bytes (about 400,000 drone frames).
    static constexpr qsizetype kMaxBytesPerSource = 32 * 1024 * 1024;

    explicit FramePlots(QObject *parent = nullptr);
    ~FramePlots() override;

    // Every port of listener with a struct decoder becomes the source "udp/<port>"; a new
    // format on the port starts its samples again.
    void followUdp(UdpListener *listener);
    static QString udpKey(quint16 port);

    // A source for format's numeric fields (not bytes), labelled for a combo box. The same
    // format again keeps the samples.
    void setSource(const QString &key, const QString &label, const StructFormat &format);
    void removeSource(const QString &key);
    QStringList sources() const; // in the order they came
    QString label(const QString &key) const;
    const PlotBuffer *buffer(const QString &key) const;
    // The fields a new plot of the source starts with: the first three that are not a
    // timestamp, a time or a sequence number (the drone's pitch, roll and yaw; the sensor
    // node's dx, dy and dz).
    QStringList defaultFields(const QString &key) const;
    void clear(const QString &key);

    // One frame's values (all of the format's, as decoded) at tMs. Unknown key: ignored.
    void append(const QString &key, qint64 tMs, const QList<StructValue> &values);
    // Several frames at once; then one samplesAdded().
    void appendDatagrams(const QString &key, const QList<DecodedDatagram> &batch);

    static qsizetype capacityFor(int fields);

signals:
    void sourcesChanged();
    void samplesAdded(const QString &key); // at most once per batch

private:
    struct Source;
    Source *find(const QString &key) const;
    void syncUdpPort(quint16 port);

    UdpListener *m_listener = nullptr;
    QList<std::shared_ptr<Source>> m_sources;
};

} // namespace netlab
