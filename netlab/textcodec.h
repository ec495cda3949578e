// Python-compatible conversion between bytes and text for the lab's three encodings.
//
// Decoding follows CPython's bytes.decode(encoding, errors) exactly:
//   ASCII   : 0x00-0x7F map to U+0000-U+007F; every other byte is one invalid sequence
//             ("ordinal not in range(128)").
//   Latin-1 : every byte maps to the code point of the same value; never fails.
//   UTF-8   : well-formed UTF-8 as in Unicode table 3-7 (no overlongs, no surrogates,
//             nothing above U+10FFFF):
//               00-7F
//               C2-DF 80-BF
//               E0 A0-BF 80-BF | E1-EC 80-BF 80-BF | ED 80-9F 80-BF | EE-EF 80-BF 80-BF
//               F0 90-BF 80-BF 80-BF | F1-F3 80-BF 80-BF 80-BF | F4 80-8F 80-BF 80-BF
//             An invalid sequence is the "maximal subpart": a start byte plus the
//             continuation bytes that were still valid when the sequence broke (reason
//             "invalid continuation byte"), a lone byte that cannot start a sequence
//             ("invalid start byte"), or a truncated sequence at the end of the input
//             ("unexpected end of data").
// Error modes: Strict stops at the first invalid sequence; Replace emits one U+FFFD per
// invalid sequence; Ignore drops it. Replace and Ignore still count what they replaced
// or dropped, so a view can say so instead of hiding it.
//
// Encoding follows str.encode(encoding, errors): ASCII above U+007F, Latin-1 above U+00FF
// and lone surrogates (any encoding) are unencodable; Replace writes '?' per code point,
// Ignore drops it, Strict stops there.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace netlab {

enum class TextEncoding { Ascii, Utf8, Latin1 };
enum class DecodeErrorMode { Strict, Replace, Ignore };

struct DecodeResult
{
    QString text;
    bool ok = true; // false only in Strict mode, after an invalid sequence
    int invalidSequences = 0; // replaced, dropped or (Strict) the one that stopped decoding
    qsizetype firstErrorOffset = -1; // byte offset of the first invalid sequence
    QString errorString; // Python's wording for the first invalid sequence
};

struct EncodeResult
{
    QByteArray bytes;
    bool ok = true; // false only in Strict mode
    int unencodable = 0; // code points replaced, dropped or (Strict) stopped at
    qsizetype firstErrorOffset = -1; // index (UTF-16 units) into the input string
    QString errorString; // Python's wording; positions counted in code points as Python
};

class TextCodec
{
public:
    TextCodec(TextEncoding encoding = TextEncoding::Utf8,
        DecodeErrorMode mode = DecodeErrorMode::Replace);

    DecodeResult decode(QByteArrayView data) const;
    EncodeResult encode(QStringView text) const;

    TextEncoding encoding() const { return m_encoding; }
    void setEncoding(TextEncoding encoding) { m_encoding = encoding; }
    DecodeErrorMode errorMode() const { return m_mode; }
    void setErrorMode(DecodeErrorMode mode) { m_mode = mode; }

    bool operator==(const TextCodec &other) const
    {
        return m_encoding == other.m_encoding && m_mode == other.m_mode;
    }
    bool operator!=(const TextCodec &other) const { return !(*this == other); }

    // "ASCII", "UTF-8", "Latin-1" (not translated: these are names).
    static QString encodingName(TextEncoding encoding);
    // Python's codec name: "ascii", "utf-8", "latin-1" (used in error messages and settings).
    static QString pythonName(TextEncoding encoding);
    // Translated "strict", "replace", "ignore".
    static QString modeName(DecodeErrorMode mode);
    // Untranslated keys for settings files: "strict", "replace", "ignore".
    static QString modeKey(DecodeErrorMode mode);
    // Parse pythonName()/encodingName() and modeKey() back; false if unknown.
    static bool encodingFromName(QStringView name, TextEncoding *encoding);
    static bool modeFromKey(QStringView key, DecodeErrorMode *mode);

    // "5 invalid UTF-8 sequences replaced" / "... dropped" / "invalid UTF-8 at byte 3";
    // empty when count is 0. For the views' warnings.
    static QString problemSummary(TextEncoding encoding, DecodeErrorMode mode, int count);

    // One-line display form of `data` for log rows: printable text as is; '\\', \r, \n, \t
    // escaped; other control and non-printable characters as \xNN / \uNNNN / \UNNNNNNNN;
    // invalid sequences as U+FFFD (Replace), dropped (Ignore) or \xNN per byte (Strict,
    // like Python's backslashreplace). *invalid receives the number of invalid sequences.
    QString decodeEscaped(QByteArrayView data, int *invalid = nullptr) const;

private:
    TextEncoding m_encoding = TextEncoding::Utf8;
    DecodeErrorMode m_mode = DecodeErrorMode::Replace;
};

// Decodes a byte stream that arrives in chunks (TCP reads) where a UTF-8 sequence may be
// split across chunks: an incomplete tail (at most 3 bytes) is kept for the next feed().
// Offsets in results and error strings count from the start of the stream.
// In Strict mode an invalid sequence ends that feed(): its text stops there, the rest of
// that chunk is not decoded (ok = false), and the next feed() starts afresh.
class TextStreamDecoder
{
public:
    explicit TextStreamDecoder(const TextCodec &codec = TextCodec());

    DecodeResult feed(QByteArrayView chunk);
    // End of stream: a kept incomplete tail becomes an "unexpected end of data" error.
    DecodeResult finish();
    void reset();

    TextCodec codec() const { return m_codec; }
    void setCodec(const TextCodec &codec);
    qsizetype pendingBytes() const { return m_tail.size(); }

private:
    DecodeResult decodeAt(QByteArrayView data, bool final);

    TextCodec m_codec;
    QByteArray m_tail;
    qint64 m_streamOffset = 0; // stream offset of m_tail's first byte
};

} // namespace netlab
