// libFuzzer target: StructFormat's format parser and decoder on arbitrary input.
// Input: [format bytes] 0x00 [frame bytes]. The format (Latin-1, any length) is parsed; when
// it is valid the frame is decoded, and every decoded frame must pack again to a frame of
// the same size (decode never yields a value the encoder refuses).
#include <netlab/structformat.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *begin = reinterpret_cast<const char *>(data);
    const void *nul = std::memchr(begin, 0, size);
    const size_t formatLength = nul ? size_t(static_cast<const char *>(nul) - begin) : size;
    const QString formatText = QString::fromLatin1(begin, qsizetype(formatLength));
    const netlab::StructFormat format = netlab::StructFormat::parse(formatText);
    if (!format.isValid()) {
        if (format.errorString().isEmpty())
            std::abort();
        return 0;
    }
    const size_t frameOffset = nul ? formatLength + 1 : size;
    const QByteArrayView frame(begin + frameOffset, qsizetype(size - frameOffset));

    QList<netlab::StructValue> values;
    QString error;
    const bool decoded = format.decode(frame, values, &error);
    if (decoded != (frame.size() == format.size()))
        std::abort();
    if (!decoded)
        return 0;
    QByteArray packed;
    if (format.size() < (1 << 20)) {
        if (!format.encode(values, packed, &error) || packed.size() != format.size())
            std::abort();
    }
    for (int k = 0; k < values.size(); ++k)
        (void)format.displayValue(k, values.at(k));
    return 0;
}
