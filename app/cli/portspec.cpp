#include "portspec.h"

#include "commandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

} // namespace

std::optional<PortSpec> parsePortSpec(const QString &text, QString *error)
{
    const QStringList parts = text.split(u':');
    PortSpec spec;
    const auto port = parsePort(parts.at(0), true, error);
    if (!port)
        return std::nullopt;
    spec.port = *port;
    const QString format = parts.size() > 1 ? parts.at(1) : QString();
    const QString names = parts.size() > 2 ? parts.mid(2).join(u':') : QString();
    if (format.isEmpty() || format == u"text") {
        spec.label = u"text"_s;
    } else if (format == u"hex") {
        spec.decoder = UdpDecoder::Hex;
        spec.label = u"hex"_s;
    } else {
        spec.decoder = UdpDecoder::Struct;
        spec.label = format;
        bool preset = false;
        for (const StructFormatPreset &candidate : StructFormat::presets()) {
            if (format == candidate.id) {
                spec.format = StructFormat::fromPreset(candidate);
                spec.label = candidate.format;
                preset = true;
            }
        }
        if (!preset)
            spec.format = StructFormat::parse(format);
        if (!spec.format.isValid()) {
            *error = tr("port %1: %2").arg(spec.port).arg(spec.format.errorString());
            return std::nullopt;
        }
        if (!names.isEmpty()) {
            QStringList list;
            for (const QString &name : names.split(u','))
                list.append(name.trimmed());
            QString namesError;
            if (!spec.format.setNames(list, &namesError)) {
                *error = tr("port %1: %2 (format %3)").arg(spec.port).arg(namesError, format);
                return std::nullopt;
            }
        }
    }
    if (!names.isEmpty() && spec.decoder != UdpDecoder::Struct) {
        *error = tr("port %1: field names need a struct FORMAT").arg(spec.port);
        return std::nullopt;
    }
    return spec;
}

} // namespace netlab::cli
