#pragma once

// PORT[:FORMAT[:NAMES]], a UDP port with its decoder, as netlab udp-listen and netlab code
// udp-listen take it.

#include <netlab/structformat.h>
#include <netlab/udplistener.h>

#include <QString>

#include <optional>

namespace netlab::cli {

struct PortSpec
{
    quint16 port = 0;
    UdpDecoder decoder = UdpDecoder::Text;
    StructFormat format;
    QString label; // "text", "hex", the format string
};

// FORMAT: text (default), hex, a preset id (drone, sensor-node) or a Python struct format;
// NAMES: comma-separated field names. On failure `error` says why.
std::optional<PortSpec> parsePortSpec(const QString &text, QString *error);

} // namespace netlab::cli
