// Decoding and encoding must give exactly what CPython 3 gives: the expected values in the
// tables below were produced by python3 (bytes.decode / str.encode with each error mode;
// the counts with an error handler that counts its calls).
#include <netlab/textcodec.h>

#include <QtTest>

using namespace Qt::StringLiterals;
using netlab::DecodeErrorMode;
using netlab::TextCodec;
using netlab::TextEncoding;
using netlab::TextStreamDecoder;

class tst_TextCodec : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void encode_data();
    void encode();
    void streamMatchesWholeDecodeAtEverySplit_data();
    void streamMatchesWholeDecodeAtEverySplit();
    void streamKeepsAtMostThreeBytes();
    void streamFinishReportsTruncatedTail();
    void streamStrictStopsAndRecovers();
    void escaped_data();
    void escaped();
    void namesRoundTrip();
    void problemSummary();
};

void tst_TextCodec::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<DecodeErrorMode>("mode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<qsizetype>("firstErrorOffset");
    QTest::addColumn<QString>("errorString");

    QTest::addRow("empty/ascii/strict")
        << QByteArray() << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << true << 0
        << qsizetype(-1) << u""_s;
    QTest::addRow("empty/ascii/replace")
        << QByteArray() << TextEncoding::Ascii << DecodeErrorMode::Replace << QString() << true << 0
        << qsizetype(-1) << u""_s;
    QTest::addRow("empty/ascii/ignore")
        << QByteArray() << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 0
        << qsizetype(-1) << u""_s;
    QTest::addRow("empty/utf-8/strict")
        << QByteArray() << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << true << 0
        << qsizetype(-1) << u""_s;
    QTest::addRow("empty/utf-8/replace")
        << QByteArray() << TextEncoding::Utf8 << DecodeErrorMode::Replace << QString() << true << 0
        << qsizetype(-1) << u""_s;
    QTest::addRow("empty/utf-8/ignore")
        << QByteArray() << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 0
        << qsizetype(-1) << u""_s;
    QTest::addRow("empty/latin-1/strict")
        << QByteArray() << TextEncoding::Latin1 << DecodeErrorMode::Strict << QString() << true << 0
        << qsizetype(-1) << u""_s;
    QTest::addRow("empty/latin-1/replace")
        << QByteArray() << TextEncoding::Latin1 << DecodeErrorMode::Replace << QString() << true
        << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("empty/latin-1/ignore")
        << QByteArray() << TextEncoding::Latin1 << DecodeErrorMode::Ignore << QString() << true << 0
        << qsizetype(-1) << u""_s;
    QTest::addRow("hello/ascii/strict") << QByteArray("\x48"
                                                      "\x65"
                                                      "\x6c"
                                                      "\x6c"
                                                      "\x6f"
                                                      "",
        5) << TextEncoding::Ascii << DecodeErrorMode::Strict
                                        << QString(u"\x0048"
                                                   u"\x0065"
                                                   u"\x006c"
                                                   u"\x006c"
                                                   u"\x006f"_s)
                                        << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("hello/ascii/replace") << QByteArray("\x48"
                                                       "\x65"
                                                       "\x6c"
                                                       "\x6c"
                                                       "\x6f"
                                                       "",
        5) << TextEncoding::Ascii << DecodeErrorMode::Replace
                                         << QString(u"\x0048"
                                                    u"\x0065"
                                                    u"\x006c"
                                                    u"\x006c"
                                                    u"\x006f"_s)
                                         << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("hello/ascii/ignore") << QByteArray("\x48"
                                                      "\x65"
                                                      "\x6c"
                                                      "\x6c"
                                                      "\x6f"
                                                      "",
        5) << TextEncoding::Ascii << DecodeErrorMode::Ignore
                                        << QString(u"\x0048"
                                                   u"\x0065"
                                                   u"\x006c"
                                                   u"\x006c"
                                                   u"\x006f"_s)
                                        << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("hello/utf-8/strict") << QByteArray("\x48"
                                                      "\x65"
                                                      "\x6c"
                                                      "\x6c"
                                                      "\x6f"
                                                      "",
        5) << TextEncoding::Utf8 << DecodeErrorMode::Strict
                                        << QString(u"\x0048"
                                                   u"\x0065"
                                                   u"\x006c"
                                                   u"\x006c"
                                                   u"\x006f"_s)
                                        << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("hello/utf-8/replace") << QByteArray("\x48"
                                                       "\x65"
                                                       "\x6c"
                                                       "\x6c"
                                                       "\x6f"
                                                       "",
        5) << TextEncoding::Utf8 << DecodeErrorMode::Replace
                                         << QString(u"\x0048"
                                                    u"\x0065"
                                                    u"\x006c"
                                                    u"\x006c"
                                                    u"\x006f"_s)
                                         << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("hello/utf-8/ignore") << QByteArray("\x48"
                                                      "\x65"
                                                      "\x6c"
                                                      "\x6c"
                                                      "\x6f"
                                                      "",
        5) << TextEncoding::Utf8 << DecodeErrorMode::Ignore
                                        << QString(u"\x0048"
                                                   u"\x0065"
                                                   u"\x006c"
                                                   u"\x006c"
                                                   u"\x006f"_s)
                                        << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("hello/latin-1/strict") << QByteArray("\x48"
                                                        "\x65"
                                                        "\x6c"
                                                        "\x6c"
                                                        "\x6f"
                                                        "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                          << QString(u"\x0048"
                                                     u"\x0065"
                                                     u"\x006c"
                                                     u"\x006c"
                                                     u"\x006f"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("hello/latin-1/replace") << QByteArray("\x48"
                                                         "\x65"
                                                         "\x6c"
                                                         "\x6c"
                                                         "\x6f"
                                                         "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                           << QString(u"\x0048"
                                                      u"\x0065"
                                                      u"\x006c"
                                                      u"\x006c"
                                                      u"\x006f"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("hello/latin-1/ignore") << QByteArray("\x48"
                                                        "\x65"
                                                        "\x6c"
                                                        "\x6c"
                                                        "\x6f"
                                                        "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                          << QString(u"\x0048"
                                                     u"\x0065"
                                                     u"\x006c"
                                                     u"\x006c"
                                                     u"\x006f"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("cafe_utf8/ascii/strict")
        << QByteArray("\x63"
                      "\x61"
                      "\x66"
                      "\xc3"
                      "\xa9"
                      "",
               5)
        << TextEncoding::Ascii << DecodeErrorMode::Strict
        << QString(u"\x0063"
                   u"\x0061"
                   u"\x0066"_s)
        << false << 1 << qsizetype(3)
        << u"'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)"_s;
    QTest::addRow("cafe_utf8/ascii/replace")
        << QByteArray("\x63"
                      "\x61"
                      "\x66"
                      "\xc3"
                      "\xa9"
                      "",
               5)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\x0063"
                   u"\x0061"
                   u"\x0066"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(3)
        << u"'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)"_s;
    QTest::addRow("cafe_utf8/ascii/ignore")
        << QByteArray("\x63"
                      "\x61"
                      "\x66"
                      "\xc3"
                      "\xa9"
                      "",
               5)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore
        << QString(u"\x0063"
                   u"\x0061"
                   u"\x0066"_s)
        << true << 2 << qsizetype(3)
        << u"'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)"_s;
    QTest::addRow("cafe_utf8/utf-8/strict") << QByteArray("\x63"
                                                          "\x61"
                                                          "\x66"
                                                          "\xc3"
                                                          "\xa9"
                                                          "",
        5) << TextEncoding::Utf8 << DecodeErrorMode::Strict
                                            << QString(u"\x0063"
                                                       u"\x0061"
                                                       u"\x0066"
                                                       u"\x00e9"_s)
                                            << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("cafe_utf8/utf-8/replace") << QByteArray("\x63"
                                                           "\x61"
                                                           "\x66"
                                                           "\xc3"
                                                           "\xa9"
                                                           "",
        5) << TextEncoding::Utf8 << DecodeErrorMode::Replace
                                             << QString(u"\x0063"
                                                        u"\x0061"
                                                        u"\x0066"
                                                        u"\x00e9"_s)
                                             << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("cafe_utf8/utf-8/ignore") << QByteArray("\x63"
                                                          "\x61"
                                                          "\x66"
                                                          "\xc3"
                                                          "\xa9"
                                                          "",
        5) << TextEncoding::Utf8 << DecodeErrorMode::Ignore
                                            << QString(u"\x0063"
                                                       u"\x0061"
                                                       u"\x0066"
                                                       u"\x00e9"_s)
                                            << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("cafe_utf8/latin-1/strict") << QByteArray("\x63"
                                                            "\x61"
                                                            "\x66"
                                                            "\xc3"
                                                            "\xa9"
                                                            "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                              << QString(u"\x0063"
                                                         u"\x0061"
                                                         u"\x0066"
                                                         u"\x00c3"
                                                         u"\x00a9"_s)
                                              << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("cafe_utf8/latin-1/replace") << QByteArray("\x63"
                                                             "\x61"
                                                             "\x66"
                                                             "\xc3"
                                                             "\xa9"
                                                             "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                               << QString(u"\x0063"
                                                          u"\x0061"
                                                          u"\x0066"
                                                          u"\x00c3"
                                                          u"\x00a9"_s)
                                               << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("cafe_utf8/latin-1/ignore") << QByteArray("\x63"
                                                            "\x61"
                                                            "\x66"
                                                            "\xc3"
                                                            "\xa9"
                                                            "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                              << QString(u"\x0063"
                                                         u"\x0061"
                                                         u"\x0066"
                                                         u"\x00c3"
                                                         u"\x00a9"_s)
                                              << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("ff/ascii/strict")
        << QByteArray("\xff"
                      "",
               1)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"_s;
    QTest::addRow("ff/ascii/replace")
        << QByteArray("\xff"
                      "",
               1)
        << TextEncoding::Ascii << DecodeErrorMode::Replace << QString(u"\xfffd"_s) << true << 1
        << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"_s;
    QTest::addRow("ff/ascii/ignore")
        << QByteArray("\xff"
                      "",
               1)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"_s;
    QTest::addRow("ff/utf-8/strict")
        << QByteArray("\xff"
                      "",
               1)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"_s;
    QTest::addRow("ff/utf-8/replace")
        << QByteArray("\xff"
                      "",
               1)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace << QString(u"\xfffd"_s) << true << 1
        << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"_s;
    QTest::addRow("ff/utf-8/ignore")
        << QByteArray("\xff"
                      "",
               1)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"_s;
    QTest::addRow("ff/latin-1/strict") << QByteArray("\xff"
                                                     "",
        1) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                       << QString(u"\x00ff"_s) << true << 0 << qsizetype(-1)
                                       << u""_s;
    QTest::addRow("ff/latin-1/replace") << QByteArray("\xff"
                                                      "",
        1) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                        << QString(u"\x00ff"_s) << true << 0 << qsizetype(-1)
                                        << u""_s;
    QTest::addRow("ff/latin-1/ignore") << QByteArray("\xff"
                                                     "",
        1) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                       << QString(u"\x00ff"_s) << true << 0 << qsizetype(-1)
                                       << u""_s;
    QTest::addRow("ff_mid/ascii/strict")
        << QByteArray("\x61"
                      "\x62"
                      "\xff"
                      "\x63"
                      "\x64"
                      "",
               5)
        << TextEncoding::Ascii << DecodeErrorMode::Strict
        << QString(u"\x0061"
                   u"\x0062"_s)
        << false << 1 << qsizetype(2)
        << u"'ascii' codec can't decode byte 0xff in position 2: ordinal not in range(128)"_s;
    QTest::addRow("ff_mid/ascii/replace")
        << QByteArray("\x61"
                      "\x62"
                      "\xff"
                      "\x63"
                      "\x64"
                      "",
               5)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\x0061"
                   u"\x0062"
                   u"\xfffd"
                   u"\x0063"
                   u"\x0064"_s)
        << true << 1 << qsizetype(2)
        << u"'ascii' codec can't decode byte 0xff in position 2: ordinal not in range(128)"_s;
    QTest::addRow("ff_mid/ascii/ignore")
        << QByteArray("\x61"
                      "\x62"
                      "\xff"
                      "\x63"
                      "\x64"
                      "",
               5)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore
        << QString(u"\x0061"
                   u"\x0062"
                   u"\x0063"
                   u"\x0064"_s)
        << true << 1 << qsizetype(2)
        << u"'ascii' codec can't decode byte 0xff in position 2: ordinal not in range(128)"_s;
    QTest::addRow("ff_mid/utf-8/strict")
        << QByteArray("\x61"
                      "\x62"
                      "\xff"
                      "\x63"
                      "\x64"
                      "",
               5)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict
        << QString(u"\x0061"
                   u"\x0062"_s)
        << false << 1 << qsizetype(2)
        << u"'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"_s;
    QTest::addRow("ff_mid/utf-8/replace")
        << QByteArray("\x61"
                      "\x62"
                      "\xff"
                      "\x63"
                      "\x64"
                      "",
               5)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\x0061"
                   u"\x0062"
                   u"\xfffd"
                   u"\x0063"
                   u"\x0064"_s)
        << true << 1 << qsizetype(2)
        << u"'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"_s;
    QTest::addRow("ff_mid/utf-8/ignore")
        << QByteArray("\x61"
                      "\x62"
                      "\xff"
                      "\x63"
                      "\x64"
                      "",
               5)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore
        << QString(u"\x0061"
                   u"\x0062"
                   u"\x0063"
                   u"\x0064"_s)
        << true << 1 << qsizetype(2)
        << u"'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"_s;
    QTest::addRow("ff_mid/latin-1/strict") << QByteArray("\x61"
                                                         "\x62"
                                                         "\xff"
                                                         "\x63"
                                                         "\x64"
                                                         "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                           << QString(u"\x0061"
                                                      u"\x0062"
                                                      u"\x00ff"
                                                      u"\x0063"
                                                      u"\x0064"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("ff_mid/latin-1/replace") << QByteArray("\x61"
                                                          "\x62"
                                                          "\xff"
                                                          "\x63"
                                                          "\x64"
                                                          "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                            << QString(u"\x0061"
                                                       u"\x0062"
                                                       u"\x00ff"
                                                       u"\x0063"
                                                       u"\x0064"_s)
                                            << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("ff_mid/latin-1/ignore") << QByteArray("\x61"
                                                         "\x62"
                                                         "\xff"
                                                         "\x63"
                                                         "\x64"
                                                         "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                           << QString(u"\x0061"
                                                      u"\x0062"
                                                      u"\x00ff"
                                                      u"\x0063"
                                                      u"\x0064"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("trunc_e2_82/ascii/strict")
        << QByteArray("\xe2"
                      "\x82"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("trunc_e2_82/ascii/replace")
        << QByteArray("\xe2"
                      "\x82"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("trunc_e2_82/ascii/ignore")
        << QByteArray("\xe2"
                      "\x82"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("trunc_e2_82/utf-8/strict")
        << QByteArray("\xe2"
                      "\x82"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"_s;
    QTest::addRow("trunc_e2_82/utf-8/replace")
        << QByteArray("\xe2"
                      "\x82"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace << QString(u"\xfffd"_s) << true << 1
        << qsizetype(0)
        << u"'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"_s;
    QTest::addRow("trunc_e2_82/utf-8/ignore")
        << QByteArray("\xe2"
                      "\x82"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"_s;
    QTest::addRow("trunc_e2_82/latin-1/strict") << QByteArray("\xe2"
                                                              "\x82"
                                                              "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                                << QString(u"\x00e2"
                                                           u"\x0082"_s)
                                                << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("trunc_e2_82/latin-1/replace") << QByteArray("\xe2"
                                                               "\x82"
                                                               "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                                 << QString(u"\x00e2"
                                                            u"\x0082"_s)
                                                 << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("trunc_e2_82/latin-1/ignore") << QByteArray("\xe2"
                                                              "\x82"
                                                              "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                                << QString(u"\x00e2"
                                                           u"\x0082"_s)
                                                << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("euro/ascii/strict")
        << QByteArray("\xe2"
                      "\x82"
                      "\xac"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("euro/ascii/replace")
        << QByteArray("\xe2"
                      "\x82"
                      "\xac"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 3 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("euro/ascii/ignore")
        << QByteArray("\xe2"
                      "\x82"
                      "\xac"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 3 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("euro/utf-8/strict") << QByteArray("\xe2"
                                                     "\x82"
                                                     "\xac"
                                                     "",
        3) << TextEncoding::Utf8 << DecodeErrorMode::Strict
                                       << QString(u"\x20ac"_s) << true << 0 << qsizetype(-1)
                                       << u""_s;
    QTest::addRow("euro/utf-8/replace") << QByteArray("\xe2"
                                                      "\x82"
                                                      "\xac"
                                                      "",
        3) << TextEncoding::Utf8 << DecodeErrorMode::Replace
                                        << QString(u"\x20ac"_s) << true << 0 << qsizetype(-1)
                                        << u""_s;
    QTest::addRow("euro/utf-8/ignore") << QByteArray("\xe2"
                                                     "\x82"
                                                     "\xac"
                                                     "",
        3) << TextEncoding::Utf8 << DecodeErrorMode::Ignore
                                       << QString(u"\x20ac"_s) << true << 0 << qsizetype(-1)
                                       << u""_s;
    QTest::addRow("euro/latin-1/strict") << QByteArray("\xe2"
                                                       "\x82"
                                                       "\xac"
                                                       "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                         << QString(u"\x00e2"
                                                    u"\x0082"
                                                    u"\x00ac"_s)
                                         << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("euro/latin-1/replace") << QByteArray("\xe2"
                                                        "\x82"
                                                        "\xac"
                                                        "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                          << QString(u"\x00e2"
                                                     u"\x0082"
                                                     u"\x00ac"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("euro/latin-1/ignore") << QByteArray("\xe2"
                                                       "\x82"
                                                       "\xac"
                                                       "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                         << QString(u"\x00e2"
                                                    u"\x0082"
                                                    u"\x00ac"_s)
                                         << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("e2_bad_cont/ascii/strict")
        << QByteArray("\xe2"
                      "\x28"
                      "\xa1"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("e2_bad_cont/ascii/replace")
        << QByteArray("\xe2"
                      "\x28"
                      "\xa1"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\x0028"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("e2_bad_cont/ascii/ignore")
        << QByteArray("\xe2"
                      "\x28"
                      "\xa1"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString(u"\x0028"_s) << true << 2
        << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe2 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("e2_bad_cont/utf-8/strict")
        << QByteArray("\xe2"
                      "\x28"
                      "\xa1"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"_s;
    QTest::addRow("e2_bad_cont/utf-8/replace")
        << QByteArray("\xe2"
                      "\x28"
                      "\xa1"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\x0028"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"_s;
    QTest::addRow("e2_bad_cont/utf-8/ignore")
        << QByteArray("\xe2"
                      "\x28"
                      "\xa1"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString(u"\x0028"_s) << true << 2
        << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"_s;
    QTest::addRow("e2_bad_cont/latin-1/strict") << QByteArray("\xe2"
                                                              "\x28"
                                                              "\xa1"
                                                              "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                                << QString(u"\x00e2"
                                                           u"\x0028"
                                                           u"\x00a1"_s)
                                                << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("e2_bad_cont/latin-1/replace") << QByteArray("\xe2"
                                                               "\x28"
                                                               "\xa1"
                                                               "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                                 << QString(u"\x00e2"
                                                            u"\x0028"
                                                            u"\x00a1"_s)
                                                 << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("e2_bad_cont/latin-1/ignore") << QByteArray("\xe2"
                                                              "\x28"
                                                              "\xa1"
                                                              "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                                << QString(u"\x00e2"
                                                           u"\x0028"
                                                           u"\x00a1"_s)
                                                << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("f0_90_bad/ascii/strict")
        << QByteArray("\xf0"
                      "\x90"
                      "\x28"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("f0_90_bad/ascii/replace")
        << QByteArray("\xf0"
                      "\x90"
                      "\x28"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\x0028"_s)
        << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("f0_90_bad/ascii/ignore")
        << QByteArray("\xf0"
                      "\x90"
                      "\x28"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString(u"\x0028"_s) << true << 2
        << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("f0_90_bad/utf-8/strict")
        << QByteArray("\xf0"
                      "\x90"
                      "\x28"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"_s;
    QTest::addRow("f0_90_bad/utf-8/replace")
        << QByteArray("\xf0"
                      "\x90"
                      "\x28"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\x0028"_s)
        << true << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"_s;
    QTest::addRow("f0_90_bad/utf-8/ignore")
        << QByteArray("\xf0"
                      "\x90"
                      "\x28"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString(u"\x0028"_s) << true << 1
        << qsizetype(0)
        << u"'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"_s;
    QTest::addRow("f0_90_bad/latin-1/strict") << QByteArray("\xf0"
                                                            "\x90"
                                                            "\x28"
                                                            "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                              << QString(u"\x00f0"
                                                         u"\x0090"
                                                         u"\x0028"_s)
                                              << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("f0_90_bad/latin-1/replace") << QByteArray("\xf0"
                                                             "\x90"
                                                             "\x28"
                                                             "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                               << QString(u"\x00f0"
                                                          u"\x0090"
                                                          u"\x0028"_s)
                                               << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("f0_90_bad/latin-1/ignore") << QByteArray("\xf0"
                                                            "\x90"
                                                            "\x28"
                                                            "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                              << QString(u"\x00f0"
                                                         u"\x0090"
                                                         u"\x0028"_s)
                                              << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("surrogate_ed_a0_80/ascii/strict")
        << QByteArray("\xed"
                      "\xa0"
                      "\x80"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)"_s;
    QTest::addRow("surrogate_ed_a0_80/ascii/replace")
        << QByteArray("\xed"
                      "\xa0"
                      "\x80"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 3 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)"_s;
    QTest::addRow("surrogate_ed_a0_80/ascii/ignore")
        << QByteArray("\xed"
                      "\xa0"
                      "\x80"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 3 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)"_s;
    QTest::addRow("surrogate_ed_a0_80/utf-8/strict")
        << QByteArray("\xed"
                      "\xa0"
                      "\x80"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"_s;
    QTest::addRow("surrogate_ed_a0_80/utf-8/replace")
        << QByteArray("\xed"
                      "\xa0"
                      "\x80"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 3 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"_s;
    QTest::addRow("surrogate_ed_a0_80/utf-8/ignore")
        << QByteArray("\xed"
                      "\xa0"
                      "\x80"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 3 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"_s;
    QTest::addRow("surrogate_ed_a0_80/latin-1/strict") << QByteArray("\xed"
                                                                     "\xa0"
                                                                     "\x80"
                                                                     "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                                       << QString(u"\x00ed"
                                                                  u"\x00a0"
                                                                  u"\x0080"_s)
                                                       << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("surrogate_ed_a0_80/latin-1/replace") << QByteArray("\xed"
                                                                      "\xa0"
                                                                      "\x80"
                                                                      "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                                        << QString(u"\x00ed"
                                                                   u"\x00a0"
                                                                   u"\x0080"_s)
                                                        << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("surrogate_ed_a0_80/latin-1/ignore") << QByteArray("\xed"
                                                                     "\xa0"
                                                                     "\x80"
                                                                     "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                                       << QString(u"\x00ed"
                                                                  u"\x00a0"
                                                                  u"\x0080"_s)
                                                       << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("overlong_e0/ascii/strict")
        << QByteArray("\xe0"
                      "\x80"
                      "\x80"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("overlong_e0/ascii/replace")
        << QByteArray("\xe0"
                      "\x80"
                      "\x80"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 3 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("overlong_e0/ascii/ignore")
        << QByteArray("\xe0"
                      "\x80"
                      "\x80"
                      "",
               3)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 3 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("overlong_e0/utf-8/strict")
        << QByteArray("\xe0"
                      "\x80"
                      "\x80"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"_s;
    QTest::addRow("overlong_e0/utf-8/replace")
        << QByteArray("\xe0"
                      "\x80"
                      "\x80"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 3 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"_s;
    QTest::addRow("overlong_e0/utf-8/ignore")
        << QByteArray("\xe0"
                      "\x80"
                      "\x80"
                      "",
               3)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 3 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"_s;
    QTest::addRow("overlong_e0/latin-1/strict") << QByteArray("\xe0"
                                                              "\x80"
                                                              "\x80"
                                                              "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                                << QString(u"\x00e0"
                                                           u"\x0080"
                                                           u"\x0080"_s)
                                                << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("overlong_e0/latin-1/replace") << QByteArray("\xe0"
                                                               "\x80"
                                                               "\x80"
                                                               "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                                 << QString(u"\x00e0"
                                                            u"\x0080"
                                                            u"\x0080"_s)
                                                 << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("overlong_e0/latin-1/ignore") << QByteArray("\xe0"
                                                              "\x80"
                                                              "\x80"
                                                              "",
        3) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                                << QString(u"\x00e0"
                                                           u"\x0080"
                                                           u"\x0080"_s)
                                                << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("overlong_c0/ascii/strict")
        << QByteArray("\xc0"
                      "\xaf"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xc0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("overlong_c0/ascii/replace")
        << QByteArray("\xc0"
                      "\xaf"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xc0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("overlong_c0/ascii/ignore")
        << QByteArray("\xc0"
                      "\xaf"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xc0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("overlong_c0/utf-8/strict")
        << QByteArray("\xc0"
                      "\xaf"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"_s;
    QTest::addRow("overlong_c0/utf-8/replace")
        << QByteArray("\xc0"
                      "\xaf"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"_s;
    QTest::addRow("overlong_c0/utf-8/ignore")
        << QByteArray("\xc0"
                      "\xaf"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 2 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"_s;
    QTest::addRow("overlong_c0/latin-1/strict") << QByteArray("\xc0"
                                                              "\xaf"
                                                              "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                                << QString(u"\x00c0"
                                                           u"\x00af"_s)
                                                << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("overlong_c0/latin-1/replace") << QByteArray("\xc0"
                                                               "\xaf"
                                                               "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                                 << QString(u"\x00c0"
                                                            u"\x00af"_s)
                                                 << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("overlong_c0/latin-1/ignore") << QByteArray("\xc0"
                                                              "\xaf"
                                                              "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                                << QString(u"\x00c0"
                                                           u"\x00af"_s)
                                                << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("above_10ffff/ascii/strict")
        << QByteArray("\xf4"
                      "\x90"
                      "\x80"
                      "\x80"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("above_10ffff/ascii/replace")
        << QByteArray("\xf4"
                      "\x90"
                      "\x80"
                      "\x80"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 4 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("above_10ffff/ascii/ignore")
        << QByteArray("\xf4"
                      "\x90"
                      "\x80"
                      "\x80"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 4 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("above_10ffff/utf-8/strict")
        << QByteArray("\xf4"
                      "\x90"
                      "\x80"
                      "\x80"
                      "",
               4)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"_s;
    QTest::addRow("above_10ffff/utf-8/replace")
        << QByteArray("\xf4"
                      "\x90"
                      "\x80"
                      "\x80"
                      "",
               4)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 4 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"_s;
    QTest::addRow("above_10ffff/utf-8/ignore")
        << QByteArray("\xf4"
                      "\x90"
                      "\x80"
                      "\x80"
                      "",
               4)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 4 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"_s;
    QTest::addRow("above_10ffff/latin-1/strict") << QByteArray("\xf4"
                                                               "\x90"
                                                               "\x80"
                                                               "\x80"
                                                               "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                                 << QString(u"\x00f4"
                                                            u"\x0090"
                                                            u"\x0080"
                                                            u"\x0080"_s)
                                                 << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("above_10ffff/latin-1/replace") << QByteArray("\xf4"
                                                                "\x90"
                                                                "\x80"
                                                                "\x80"
                                                                "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                                  << QString(u"\x00f4"
                                                             u"\x0090"
                                                             u"\x0080"
                                                             u"\x0080"_s)
                                                  << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("above_10ffff/latin-1/ignore") << QByteArray("\xf4"
                                                               "\x90"
                                                               "\x80"
                                                               "\x80"
                                                               "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                                 << QString(u"\x00f4"
                                                            u"\x0090"
                                                            u"\x0080"
                                                            u"\x0080"_s)
                                                 << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("emoji/ascii/strict")
        << QByteArray("\xf0"
                      "\x9f"
                      "\x98"
                      "\x80"
                      "\x21"
                      "",
               5)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("emoji/ascii/replace")
        << QByteArray("\xf0"
                      "\x9f"
                      "\x98"
                      "\x80"
                      "\x21"
                      "",
               5)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"
                   u"\x0021"_s)
        << true << 4 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("emoji/ascii/ignore")
        << QByteArray("\xf0"
                      "\x9f"
                      "\x98"
                      "\x80"
                      "\x21"
                      "",
               5)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString(u"\x0021"_s) << true << 4
        << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("emoji/utf-8/strict") << QByteArray("\xf0"
                                                      "\x9f"
                                                      "\x98"
                                                      "\x80"
                                                      "\x21"
                                                      "",
        5) << TextEncoding::Utf8 << DecodeErrorMode::Strict
                                        << QString(u"\xd83d"
                                                   u"\xde00"
                                                   u"\x0021"_s)
                                        << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("emoji/utf-8/replace") << QByteArray("\xf0"
                                                       "\x9f"
                                                       "\x98"
                                                       "\x80"
                                                       "\x21"
                                                       "",
        5) << TextEncoding::Utf8 << DecodeErrorMode::Replace
                                         << QString(u"\xd83d"
                                                    u"\xde00"
                                                    u"\x0021"_s)
                                         << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("emoji/utf-8/ignore") << QByteArray("\xf0"
                                                      "\x9f"
                                                      "\x98"
                                                      "\x80"
                                                      "\x21"
                                                      "",
        5) << TextEncoding::Utf8 << DecodeErrorMode::Ignore
                                        << QString(u"\xd83d"
                                                   u"\xde00"
                                                   u"\x0021"_s)
                                        << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("emoji/latin-1/strict") << QByteArray("\xf0"
                                                        "\x9f"
                                                        "\x98"
                                                        "\x80"
                                                        "\x21"
                                                        "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                          << QString(u"\x00f0"
                                                     u"\x009f"
                                                     u"\x0098"
                                                     u"\x0080"
                                                     u"\x0021"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("emoji/latin-1/replace") << QByteArray("\xf0"
                                                         "\x9f"
                                                         "\x98"
                                                         "\x80"
                                                         "\x21"
                                                         "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                           << QString(u"\x00f0"
                                                      u"\x009f"
                                                      u"\x0098"
                                                      u"\x0080"
                                                      u"\x0021"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("emoji/latin-1/ignore") << QByteArray("\xf0"
                                                        "\x9f"
                                                        "\x98"
                                                        "\x80"
                                                        "\x21"
                                                        "",
        5) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                          << QString(u"\x00f0"
                                                     u"\x009f"
                                                     u"\x0098"
                                                     u"\x0080"
                                                     u"\x0021"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("lone_cont/ascii/strict")
        << QByteArray("\x80"
                      "\x80"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("lone_cont/ascii/replace")
        << QByteArray("\x80"
                      "\x80"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("lone_cont/ascii/ignore")
        << QByteArray("\x80"
                      "\x80"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("lone_cont/utf-8/strict")
        << QByteArray("\x80"
                      "\x80"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"_s;
    QTest::addRow("lone_cont/utf-8/replace")
        << QByteArray("\x80"
                      "\x80"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"_s;
    QTest::addRow("lone_cont/utf-8/ignore")
        << QByteArray("\x80"
                      "\x80"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 2 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"_s;
    QTest::addRow("lone_cont/latin-1/strict") << QByteArray("\x80"
                                                            "\x80"
                                                            "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                              << QString(u"\x0080"
                                                         u"\x0080"_s)
                                              << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("lone_cont/latin-1/replace") << QByteArray("\x80"
                                                             "\x80"
                                                             "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                               << QString(u"\x0080"
                                                          u"\x0080"_s)
                                               << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("lone_cont/latin-1/ignore") << QByteArray("\x80"
                                                            "\x80"
                                                            "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                              << QString(u"\x0080"
                                                         u"\x0080"_s)
                                              << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("trunc_emoji_end/ascii/strict")
        << QByteArray("\x61"
                      "\xf0"
                      "\x9f"
                      "\x98"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString(u"\x0061"_s) << false << 1
        << qsizetype(1)
        << u"'ascii' codec can't decode byte 0xf0 in position 1: ordinal not in range(128)"_s;
    QTest::addRow("trunc_emoji_end/ascii/replace")
        << QByteArray("\x61"
                      "\xf0"
                      "\x9f"
                      "\x98"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\x0061"
                   u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 3 << qsizetype(1)
        << u"'ascii' codec can't decode byte 0xf0 in position 1: ordinal not in range(128)"_s;
    QTest::addRow("trunc_emoji_end/ascii/ignore")
        << QByteArray("\x61"
                      "\xf0"
                      "\x9f"
                      "\x98"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString(u"\x0061"_s) << true << 3
        << qsizetype(1)
        << u"'ascii' codec can't decode byte 0xf0 in position 1: ordinal not in range(128)"_s;
    QTest::addRow("trunc_emoji_end/utf-8/strict")
        << QByteArray("\x61"
                      "\xf0"
                      "\x9f"
                      "\x98"
                      "",
               4)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString(u"\x0061"_s) << false << 1
        << qsizetype(1)
        << u"'utf-8' codec can't decode bytes in position 1-3: unexpected end of data"_s;
    QTest::addRow("trunc_emoji_end/utf-8/replace")
        << QByteArray("\x61"
                      "\xf0"
                      "\x9f"
                      "\x98"
                      "",
               4)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\x0061"
                   u"\xfffd"_s)
        << true << 1 << qsizetype(1)
        << u"'utf-8' codec can't decode bytes in position 1-3: unexpected end of data"_s;
    QTest::addRow("trunc_emoji_end/utf-8/ignore")
        << QByteArray("\x61"
                      "\xf0"
                      "\x9f"
                      "\x98"
                      "",
               4)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString(u"\x0061"_s) << true << 1
        << qsizetype(1)
        << u"'utf-8' codec can't decode bytes in position 1-3: unexpected end of data"_s;
    QTest::addRow("trunc_emoji_end/latin-1/strict") << QByteArray("\x61"
                                                                  "\xf0"
                                                                  "\x9f"
                                                                  "\x98"
                                                                  "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                                    << QString(u"\x0061"
                                                               u"\x00f0"
                                                               u"\x009f"
                                                               u"\x0098"_s)
                                                    << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("trunc_emoji_end/latin-1/replace") << QByteArray("\x61"
                                                                   "\xf0"
                                                                   "\x9f"
                                                                   "\x98"
                                                                   "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                                     << QString(u"\x0061"
                                                                u"\x00f0"
                                                                u"\x009f"
                                                                u"\x0098"_s)
                                                     << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("trunc_emoji_end/latin-1/ignore") << QByteArray("\x61"
                                                                  "\xf0"
                                                                  "\x9f"
                                                                  "\x98"
                                                                  "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                                    << QString(u"\x0061"
                                                               u"\x00f0"
                                                               u"\x009f"
                                                               u"\x0098"_s)
                                                    << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("e0_80/ascii/strict")
        << QByteArray("\xe0"
                      "\x80"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("e0_80/ascii/replace")
        << QByteArray("\xe0"
                      "\x80"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("e0_80/ascii/ignore")
        << QByteArray("\xe0"
                      "\x80"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("e0_80/utf-8/strict")
        << QByteArray("\xe0"
                      "\x80"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"_s;
    QTest::addRow("e0_80/utf-8/replace")
        << QByteArray("\xe0"
                      "\x80"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"_s;
    QTest::addRow("e0_80/utf-8/ignore")
        << QByteArray("\xe0"
                      "\x80"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 2 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"_s;
    QTest::addRow("e0_80/latin-1/strict") << QByteArray("\xe0"
                                                        "\x80"
                                                        "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                          << QString(u"\x00e0"
                                                     u"\x0080"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("e0_80/latin-1/replace") << QByteArray("\xe0"
                                                         "\x80"
                                                         "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                           << QString(u"\x00e0"
                                                      u"\x0080"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("e0_80/latin-1/ignore") << QByteArray("\xe0"
                                                        "\x80"
                                                        "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                          << QString(u"\x00e0"
                                                     u"\x0080"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("e0_end/ascii/strict")
        << QByteArray("\xe0"
                      "",
               1)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("e0_end/ascii/replace")
        << QByteArray("\xe0"
                      "",
               1)
        << TextEncoding::Ascii << DecodeErrorMode::Replace << QString(u"\xfffd"_s) << true << 1
        << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("e0_end/ascii/ignore")
        << QByteArray("\xe0"
                      "",
               1)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("e0_end/utf-8/strict")
        << QByteArray("\xe0"
                      "",
               1)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe0 in position 0: unexpected end of data"_s;
    QTest::addRow("e0_end/utf-8/replace")
        << QByteArray("\xe0"
                      "",
               1)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace << QString(u"\xfffd"_s) << true << 1
        << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe0 in position 0: unexpected end of data"_s;
    QTest::addRow("e0_end/utf-8/ignore")
        << QByteArray("\xe0"
                      "",
               1)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xe0 in position 0: unexpected end of data"_s;
    QTest::addRow("e0_end/latin-1/strict") << QByteArray("\xe0"
                                                         "",
        1) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                           << QString(u"\x00e0"_s) << true << 0 << qsizetype(-1)
                                           << u""_s;
    QTest::addRow("e0_end/latin-1/replace") << QByteArray("\xe0"
                                                          "",
        1) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                            << QString(u"\x00e0"_s) << true << 0 << qsizetype(-1)
                                            << u""_s;
    QTest::addRow("e0_end/latin-1/ignore") << QByteArray("\xe0"
                                                         "",
        1) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                           << QString(u"\x00e0"_s) << true << 0 << qsizetype(-1)
                                           << u""_s;
    QTest::addRow("f5_c1/ascii/strict")
        << QByteArray("\xf5"
                      "\xc1"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf5 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("f5_c1/ascii/replace")
        << QByteArray("\xf5"
                      "\xc1"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf5 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("f5_c1/ascii/ignore")
        << QByteArray("\xf5"
                      "\xc1"
                      "",
               2)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 2 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf5 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("f5_c1/utf-8/strict")
        << QByteArray("\xf5"
                      "\xc1"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"_s;
    QTest::addRow("f5_c1/utf-8/replace")
        << QByteArray("\xf5"
                      "\xc1"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"_s)
        << true << 2 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"_s;
    QTest::addRow("f5_c1/utf-8/ignore")
        << QByteArray("\xf5"
                      "\xc1"
                      "",
               2)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QString() << true << 2 << qsizetype(0)
        << u"'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"_s;
    QTest::addRow("f5_c1/latin-1/strict") << QByteArray("\xf5"
                                                        "\xc1"
                                                        "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                          << QString(u"\x00f5"
                                                     u"\x00c1"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("f5_c1/latin-1/replace") << QByteArray("\xf5"
                                                         "\xc1"
                                                         "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                           << QString(u"\x00f5"
                                                      u"\x00c1"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("f5_c1/latin-1/ignore") << QByteArray("\xf5"
                                                        "\xc1"
                                                        "",
        2) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                          << QString(u"\x00f5"
                                                     u"\x00c1"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("controls/ascii/strict") << QByteArray("\x00"
                                                         "\x7f"
                                                         "\x0d"
                                                         "\x0a"
                                                         "",
        4) << TextEncoding::Ascii << DecodeErrorMode::Strict
                                           << QString(u"\x0000"
                                                      u"\x007f"
                                                      u"\x000d"
                                                      u"\x000a"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("controls/ascii/replace") << QByteArray("\x00"
                                                          "\x7f"
                                                          "\x0d"
                                                          "\x0a"
                                                          "",
        4) << TextEncoding::Ascii << DecodeErrorMode::Replace
                                            << QString(u"\x0000"
                                                       u"\x007f"
                                                       u"\x000d"
                                                       u"\x000a"_s)
                                            << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("controls/ascii/ignore") << QByteArray("\x00"
                                                         "\x7f"
                                                         "\x0d"
                                                         "\x0a"
                                                         "",
        4) << TextEncoding::Ascii << DecodeErrorMode::Ignore
                                           << QString(u"\x0000"
                                                      u"\x007f"
                                                      u"\x000d"
                                                      u"\x000a"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("controls/utf-8/strict") << QByteArray("\x00"
                                                         "\x7f"
                                                         "\x0d"
                                                         "\x0a"
                                                         "",
        4) << TextEncoding::Utf8 << DecodeErrorMode::Strict
                                           << QString(u"\x0000"
                                                      u"\x007f"
                                                      u"\x000d"
                                                      u"\x000a"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("controls/utf-8/replace") << QByteArray("\x00"
                                                          "\x7f"
                                                          "\x0d"
                                                          "\x0a"
                                                          "",
        4) << TextEncoding::Utf8 << DecodeErrorMode::Replace
                                            << QString(u"\x0000"
                                                       u"\x007f"
                                                       u"\x000d"
                                                       u"\x000a"_s)
                                            << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("controls/utf-8/ignore") << QByteArray("\x00"
                                                         "\x7f"
                                                         "\x0d"
                                                         "\x0a"
                                                         "",
        4) << TextEncoding::Utf8 << DecodeErrorMode::Ignore
                                           << QString(u"\x0000"
                                                      u"\x007f"
                                                      u"\x000d"
                                                      u"\x000a"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("controls/latin-1/strict") << QByteArray("\x00"
                                                           "\x7f"
                                                           "\x0d"
                                                           "\x0a"
                                                           "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                             << QString(u"\x0000"
                                                        u"\x007f"
                                                        u"\x000d"
                                                        u"\x000a"_s)
                                             << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("controls/latin-1/replace") << QByteArray("\x00"
                                                            "\x7f"
                                                            "\x0d"
                                                            "\x0a"
                                                            "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                              << QString(u"\x0000"
                                                         u"\x007f"
                                                         u"\x000d"
                                                         u"\x000a"_s)
                                              << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("controls/latin-1/ignore") << QByteArray("\x00"
                                                           "\x7f"
                                                           "\x0d"
                                                           "\x0a"
                                                           "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                             << QString(u"\x0000"
                                                        u"\x007f"
                                                        u"\x000d"
                                                        u"\x000a"_s)
                                             << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("mixed/ascii/strict")
        << QByteArray("\x6f"
                      "\x6b"
                      "\x20"
                      "\xc3"
                      "\xa9"
                      "\x20"
                      "\xff"
                      "\xfe"
                      "\x20"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\x20"
                      "\xed"
                      "\xbf"
                      "\xbf"
                      "\x20"
                      "\x78"
                      "\xf0"
                      "\x9f"
                      "",
               20)
        << TextEncoding::Ascii << DecodeErrorMode::Strict
        << QString(u"\x006f"
                   u"\x006b"
                   u"\x0020"_s)
        << false << 1 << qsizetype(3)
        << u"'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)"_s;
    QTest::addRow("mixed/ascii/replace")
        << QByteArray("\x6f"
                      "\x6b"
                      "\x20"
                      "\xc3"
                      "\xa9"
                      "\x20"
                      "\xff"
                      "\xfe"
                      "\x20"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\x20"
                      "\xed"
                      "\xbf"
                      "\xbf"
                      "\x20"
                      "\x78"
                      "\xf0"
                      "\x9f"
                      "",
               20)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\x006f"
                   u"\x006b"
                   u"\x0020"
                   u"\xfffd"
                   u"\xfffd"
                   u"\x0020"
                   u"\xfffd"
                   u"\xfffd"
                   u"\x0020"
                   u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"
                   u"\x0020"
                   u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"
                   u"\x0020"
                   u"\x0078"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 12 << qsizetype(3)
        << u"'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)"_s;
    QTest::addRow("mixed/ascii/ignore")
        << QByteArray("\x6f"
                      "\x6b"
                      "\x20"
                      "\xc3"
                      "\xa9"
                      "\x20"
                      "\xff"
                      "\xfe"
                      "\x20"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\x20"
                      "\xed"
                      "\xbf"
                      "\xbf"
                      "\x20"
                      "\x78"
                      "\xf0"
                      "\x9f"
                      "",
               20)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore
        << QString(u"\x006f"
                   u"\x006b"
                   u"\x0020"
                   u"\x0020"
                   u"\x0020"
                   u"\x0020"
                   u"\x0020"
                   u"\x0078"_s)
        << true << 12 << qsizetype(3)
        << u"'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)"_s;
    QTest::addRow("mixed/utf-8/strict")
        << QByteArray("\x6f"
                      "\x6b"
                      "\x20"
                      "\xc3"
                      "\xa9"
                      "\x20"
                      "\xff"
                      "\xfe"
                      "\x20"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\x20"
                      "\xed"
                      "\xbf"
                      "\xbf"
                      "\x20"
                      "\x78"
                      "\xf0"
                      "\x9f"
                      "",
               20)
        << TextEncoding::Utf8 << DecodeErrorMode::Strict
        << QString(u"\x006f"
                   u"\x006b"
                   u"\x0020"
                   u"\x00e9"
                   u"\x0020"_s)
        << false << 1 << qsizetype(6)
        << u"'utf-8' codec can't decode byte 0xff in position 6: invalid start byte"_s;
    QTest::addRow("mixed/utf-8/replace")
        << QByteArray("\x6f"
                      "\x6b"
                      "\x20"
                      "\xc3"
                      "\xa9"
                      "\x20"
                      "\xff"
                      "\xfe"
                      "\x20"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\x20"
                      "\xed"
                      "\xbf"
                      "\xbf"
                      "\x20"
                      "\x78"
                      "\xf0"
                      "\x9f"
                      "",
               20)
        << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QString(u"\x006f"
                   u"\x006b"
                   u"\x0020"
                   u"\x00e9"
                   u"\x0020"
                   u"\xfffd"
                   u"\xfffd"
                   u"\x0020"
                   u"\x20ac"
                   u"\x0020"
                   u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"
                   u"\x0020"
                   u"\x0078"
                   u"\xfffd"_s)
        << true << 6 << qsizetype(6)
        << u"'utf-8' codec can't decode byte 0xff in position 6: invalid start byte"_s;
    QTest::addRow("mixed/utf-8/ignore")
        << QByteArray("\x6f"
                      "\x6b"
                      "\x20"
                      "\xc3"
                      "\xa9"
                      "\x20"
                      "\xff"
                      "\xfe"
                      "\x20"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\x20"
                      "\xed"
                      "\xbf"
                      "\xbf"
                      "\x20"
                      "\x78"
                      "\xf0"
                      "\x9f"
                      "",
               20)
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore
        << QString(u"\x006f"
                   u"\x006b"
                   u"\x0020"
                   u"\x00e9"
                   u"\x0020"
                   u"\x0020"
                   u"\x20ac"
                   u"\x0020"
                   u"\x0020"
                   u"\x0078"_s)
        << true << 6 << qsizetype(6)
        << u"'utf-8' codec can't decode byte 0xff in position 6: invalid start byte"_s;
    QTest::addRow("mixed/latin-1/strict") << QByteArray("\x6f"
                                                        "\x6b"
                                                        "\x20"
                                                        "\xc3"
                                                        "\xa9"
                                                        "\x20"
                                                        "\xff"
                                                        "\xfe"
                                                        "\x20"
                                                        "\xe2"
                                                        "\x82"
                                                        "\xac"
                                                        "\x20"
                                                        "\xed"
                                                        "\xbf"
                                                        "\xbf"
                                                        "\x20"
                                                        "\x78"
                                                        "\xf0"
                                                        "\x9f"
                                                        "",
        20) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                          << QString(u"\x006f"
                                                     u"\x006b"
                                                     u"\x0020"
                                                     u"\x00c3"
                                                     u"\x00a9"
                                                     u"\x0020"
                                                     u"\x00ff"
                                                     u"\x00fe"
                                                     u"\x0020"
                                                     u"\x00e2"
                                                     u"\x0082"
                                                     u"\x00ac"
                                                     u"\x0020"
                                                     u"\x00ed"
                                                     u"\x00bf"
                                                     u"\x00bf"
                                                     u"\x0020"
                                                     u"\x0078"
                                                     u"\x00f0"
                                                     u"\x009f"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("mixed/latin-1/replace") << QByteArray("\x6f"
                                                         "\x6b"
                                                         "\x20"
                                                         "\xc3"
                                                         "\xa9"
                                                         "\x20"
                                                         "\xff"
                                                         "\xfe"
                                                         "\x20"
                                                         "\xe2"
                                                         "\x82"
                                                         "\xac"
                                                         "\x20"
                                                         "\xed"
                                                         "\xbf"
                                                         "\xbf"
                                                         "\x20"
                                                         "\x78"
                                                         "\xf0"
                                                         "\x9f"
                                                         "",
        20) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                           << QString(u"\x006f"
                                                      u"\x006b"
                                                      u"\x0020"
                                                      u"\x00c3"
                                                      u"\x00a9"
                                                      u"\x0020"
                                                      u"\x00ff"
                                                      u"\x00fe"
                                                      u"\x0020"
                                                      u"\x00e2"
                                                      u"\x0082"
                                                      u"\x00ac"
                                                      u"\x0020"
                                                      u"\x00ed"
                                                      u"\x00bf"
                                                      u"\x00bf"
                                                      u"\x0020"
                                                      u"\x0078"
                                                      u"\x00f0"
                                                      u"\x009f"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("mixed/latin-1/ignore") << QByteArray("\x6f"
                                                        "\x6b"
                                                        "\x20"
                                                        "\xc3"
                                                        "\xa9"
                                                        "\x20"
                                                        "\xff"
                                                        "\xfe"
                                                        "\x20"
                                                        "\xe2"
                                                        "\x82"
                                                        "\xac"
                                                        "\x20"
                                                        "\xed"
                                                        "\xbf"
                                                        "\xbf"
                                                        "\x20"
                                                        "\x78"
                                                        "\xf0"
                                                        "\x9f"
                                                        "",
        20) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                          << QString(u"\x006f"
                                                     u"\x006b"
                                                     u"\x0020"
                                                     u"\x00c3"
                                                     u"\x00a9"
                                                     u"\x0020"
                                                     u"\x00ff"
                                                     u"\x00fe"
                                                     u"\x0020"
                                                     u"\x00e2"
                                                     u"\x0082"
                                                     u"\x00ac"
                                                     u"\x0020"
                                                     u"\x00ed"
                                                     u"\x00bf"
                                                     u"\x00bf"
                                                     u"\x0020"
                                                     u"\x0078"
                                                     u"\x00f0"
                                                     u"\x009f"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("max_cp/ascii/strict")
        << QByteArray("\xf4"
                      "\x8f"
                      "\xbf"
                      "\xbf"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("max_cp/ascii/replace")
        << QByteArray("\xf4"
                      "\x8f"
                      "\xbf"
                      "\xbf"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"_s)
        << true << 4 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("max_cp/ascii/ignore")
        << QByteArray("\xf4"
                      "\x8f"
                      "\xbf"
                      "\xbf"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString() << true << 4 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)"_s;
    QTest::addRow("max_cp/utf-8/strict") << QByteArray("\xf4"
                                                       "\x8f"
                                                       "\xbf"
                                                       "\xbf"
                                                       "",
        4) << TextEncoding::Utf8 << DecodeErrorMode::Strict
                                         << QString(u"\xdbff"
                                                    u"\xdfff"_s)
                                         << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("max_cp/utf-8/replace") << QByteArray("\xf4"
                                                        "\x8f"
                                                        "\xbf"
                                                        "\xbf"
                                                        "",
        4) << TextEncoding::Utf8 << DecodeErrorMode::Replace
                                          << QString(u"\xdbff"
                                                     u"\xdfff"_s)
                                          << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("max_cp/utf-8/ignore") << QByteArray("\xf4"
                                                       "\x8f"
                                                       "\xbf"
                                                       "\xbf"
                                                       "",
        4) << TextEncoding::Utf8 << DecodeErrorMode::Ignore
                                         << QString(u"\xdbff"
                                                    u"\xdfff"_s)
                                         << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("max_cp/latin-1/strict") << QByteArray("\xf4"
                                                         "\x8f"
                                                         "\xbf"
                                                         "\xbf"
                                                         "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                           << QString(u"\x00f4"
                                                      u"\x008f"
                                                      u"\x00bf"
                                                      u"\x00bf"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("max_cp/latin-1/replace") << QByteArray("\xf4"
                                                          "\x8f"
                                                          "\xbf"
                                                          "\xbf"
                                                          "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                            << QString(u"\x00f4"
                                                       u"\x008f"
                                                       u"\x00bf"
                                                       u"\x00bf"_s)
                                            << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("max_cp/latin-1/ignore") << QByteArray("\xf4"
                                                         "\x8f"
                                                         "\xbf"
                                                         "\xbf"
                                                         "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                           << QString(u"\x00f4"
                                                      u"\x008f"
                                                      u"\x00bf"
                                                      u"\x00bf"_s)
                                           << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("bom/ascii/strict")
        << QByteArray("\xef"
                      "\xbb"
                      "\xbf"
                      "\x41"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Strict << QString() << false << 1 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xef in position 0: ordinal not in range(128)"_s;
    QTest::addRow("bom/ascii/replace")
        << QByteArray("\xef"
                      "\xbb"
                      "\xbf"
                      "\x41"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QString(u"\xfffd"
                   u"\xfffd"
                   u"\xfffd"
                   u"\x0041"_s)
        << true << 3 << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xef in position 0: ordinal not in range(128)"_s;
    QTest::addRow("bom/ascii/ignore")
        << QByteArray("\xef"
                      "\xbb"
                      "\xbf"
                      "\x41"
                      "",
               4)
        << TextEncoding::Ascii << DecodeErrorMode::Ignore << QString(u"\x0041"_s) << true << 3
        << qsizetype(0)
        << u"'ascii' codec can't decode byte 0xef in position 0: ordinal not in range(128)"_s;
    QTest::addRow("bom/utf-8/strict") << QByteArray("\xef"
                                                    "\xbb"
                                                    "\xbf"
                                                    "\x41"
                                                    "",
        4) << TextEncoding::Utf8 << DecodeErrorMode::Strict
                                      << QString(u"\xfeff"
                                                 u"\x0041"_s)
                                      << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("bom/utf-8/replace") << QByteArray("\xef"
                                                     "\xbb"
                                                     "\xbf"
                                                     "\x41"
                                                     "",
        4) << TextEncoding::Utf8 << DecodeErrorMode::Replace
                                       << QString(u"\xfeff"
                                                  u"\x0041"_s)
                                       << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("bom/utf-8/ignore") << QByteArray("\xef"
                                                    "\xbb"
                                                    "\xbf"
                                                    "\x41"
                                                    "",
        4) << TextEncoding::Utf8 << DecodeErrorMode::Ignore
                                      << QString(u"\xfeff"
                                                 u"\x0041"_s)
                                      << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("bom/latin-1/strict") << QByteArray("\xef"
                                                      "\xbb"
                                                      "\xbf"
                                                      "\x41"
                                                      "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                        << QString(u"\x00ef"
                                                   u"\x00bb"
                                                   u"\x00bf"
                                                   u"\x0041"_s)
                                        << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("bom/latin-1/replace") << QByteArray("\xef"
                                                       "\xbb"
                                                       "\xbf"
                                                       "\x41"
                                                       "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                         << QString(u"\x00ef"
                                                    u"\x00bb"
                                                    u"\x00bf"
                                                    u"\x0041"_s)
                                         << true << 0 << qsizetype(-1) << u""_s;
    QTest::addRow("bom/latin-1/ignore") << QByteArray("\xef"
                                                      "\xbb"
                                                      "\xbf"
                                                      "\x41"
                                                      "",
        4) << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                        << QString(u"\x00ef"
                                                   u"\x00bb"
                                                   u"\x00bf"
                                                   u"\x0041"_s)
                                        << true << 0 << qsizetype(-1) << u""_s;
}

void tst_TextCodec::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(TextEncoding, encoding);
    QFETCH(DecodeErrorMode, mode);

    const netlab::DecodeResult result = TextCodec(encoding, mode).decode(input);
    QTEST(result.text, "text");
    QTEST(result.ok, "ok");
    QTEST(result.invalidSequences, "invalid");
    QTEST(result.firstErrorOffset, "firstErrorOffset");
    QTEST(result.errorString, "errorString");
}

void tst_TextCodec::encode_data()
{
    QTest::addColumn<QList<char16_t>>("input");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<DecodeErrorMode>("mode");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("unencodable");
    QTest::addColumn<QString>("errorString");

    QTest::addRow("e_acute/ascii/strict")
        << QList<char16_t> {0xe9} << TextEncoding::Ascii << DecodeErrorMode::Strict << QByteArray()
        << false << 1
        << u"'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"_s;
    QTest::addRow("e_acute/ascii/replace")
        << QList<char16_t> {0xe9} << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QByteArray("\x3f"
                      "",
               1)
        << true << 1 << u""_s;
    QTest::addRow("e_acute/ascii/ignore")
        << QList<char16_t> {0xe9} << TextEncoding::Ascii << DecodeErrorMode::Ignore << QByteArray()
        << true << 1 << u""_s;
    QTest::addRow("e_acute/utf-8/strict")
        << QList<char16_t> {0xe9} << TextEncoding::Utf8 << DecodeErrorMode::Strict
        << QByteArray("\xc3"
                      "\xa9"
                      "",
               2)
        << true << 0 << u""_s;
    QTest::addRow("e_acute/utf-8/replace")
        << QList<char16_t> {0xe9} << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QByteArray("\xc3"
                      "\xa9"
                      "",
               2)
        << true << 0 << u""_s;
    QTest::addRow("e_acute/utf-8/ignore")
        << QList<char16_t> {0xe9} << TextEncoding::Utf8 << DecodeErrorMode::Ignore
        << QByteArray("\xc3"
                      "\xa9"
                      "",
               2)
        << true << 0 << u""_s;
    QTest::addRow("e_acute/latin-1/strict")
        << QList<char16_t> {0xe9} << TextEncoding::Latin1 << DecodeErrorMode::Strict
        << QByteArray("\xe9"
                      "",
               1)
        << true << 0 << u""_s;
    QTest::addRow("e_acute/latin-1/replace")
        << QList<char16_t> {0xe9} << TextEncoding::Latin1 << DecodeErrorMode::Replace
        << QByteArray("\xe9"
                      "",
               1)
        << true << 0 << u""_s;
    QTest::addRow("e_acute/latin-1/ignore")
        << QList<char16_t> {0xe9} << TextEncoding::Latin1 << DecodeErrorMode::Ignore
        << QByteArray("\xe9"
                      "",
               1)
        << true << 0 << u""_s;
    QTest::addRow("two_e_acute/ascii/strict")
        << QList<char16_t> {0xe9, 0xe9} << TextEncoding::Ascii << DecodeErrorMode::Strict
        << QByteArray() << false << 1
        << u"'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"_s;
    QTest::addRow("two_e_acute/ascii/replace")
        << QList<char16_t> {0xe9, 0xe9} << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QByteArray("\x3f"
                      "\x3f"
                      "",
               2)
        << true << 2 << u""_s;
    QTest::addRow("two_e_acute/ascii/ignore")
        << QList<char16_t> {0xe9, 0xe9} << TextEncoding::Ascii << DecodeErrorMode::Ignore
        << QByteArray() << true << 2 << u""_s;
    QTest::addRow("two_e_acute/utf-8/strict")
        << QList<char16_t> {0xe9, 0xe9} << TextEncoding::Utf8 << DecodeErrorMode::Strict
        << QByteArray("\xc3"
                      "\xa9"
                      "\xc3"
                      "\xa9"
                      "",
               4)
        << true << 0 << u""_s;
    QTest::addRow("two_e_acute/utf-8/replace")
        << QList<char16_t> {0xe9, 0xe9} << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QByteArray("\xc3"
                      "\xa9"
                      "\xc3"
                      "\xa9"
                      "",
               4)
        << true << 0 << u""_s;
    QTest::addRow("two_e_acute/utf-8/ignore")
        << QList<char16_t> {0xe9, 0xe9} << TextEncoding::Utf8 << DecodeErrorMode::Ignore
        << QByteArray("\xc3"
                      "\xa9"
                      "\xc3"
                      "\xa9"
                      "",
               4)
        << true << 0 << u""_s;
    QTest::addRow("two_e_acute/latin-1/strict")
        << QList<char16_t> {0xe9, 0xe9} << TextEncoding::Latin1 << DecodeErrorMode::Strict
        << QByteArray("\xe9"
                      "\xe9"
                      "",
               2)
        << true << 0 << u""_s;
    QTest::addRow("two_e_acute/latin-1/replace")
        << QList<char16_t> {0xe9, 0xe9} << TextEncoding::Latin1 << DecodeErrorMode::Replace
        << QByteArray("\xe9"
                      "\xe9"
                      "",
               2)
        << true << 0 << u""_s;
    QTest::addRow("two_e_acute/latin-1/ignore")
        << QList<char16_t> {0xe9, 0xe9} << TextEncoding::Latin1 << DecodeErrorMode::Ignore
        << QByteArray("\xe9"
                      "\xe9"
                      "",
               2)
        << true << 0 << u""_s;
    QTest::addRow("euro/ascii/strict")
        << QList<char16_t> {0x61, 0x20ac, 0x62} << TextEncoding::Ascii << DecodeErrorMode::Strict
        << QByteArray("\x61"
                      "",
               1)
        << false << 1
        << u"'ascii' codec can't encode character '\\u20ac' in position 1: ordinal not in range(128)"_s;
    QTest::addRow("euro/ascii/replace")
        << QList<char16_t> {0x61, 0x20ac, 0x62} << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QByteArray("\x61"
                      "\x3f"
                      "\x62"
                      "",
               3)
        << true << 1 << u""_s;
    QTest::addRow("euro/ascii/ignore")
        << QList<char16_t> {0x61, 0x20ac, 0x62} << TextEncoding::Ascii << DecodeErrorMode::Ignore
        << QByteArray("\x61"
                      "\x62"
                      "",
               2)
        << true << 1 << u""_s;
    QTest::addRow("euro/utf-8/strict")
        << QList<char16_t> {0x61, 0x20ac, 0x62} << TextEncoding::Utf8 << DecodeErrorMode::Strict
        << QByteArray("\x61"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\x62"
                      "",
               5)
        << true << 0 << u""_s;
    QTest::addRow("euro/utf-8/replace")
        << QList<char16_t> {0x61, 0x20ac, 0x62} << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QByteArray("\x61"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\x62"
                      "",
               5)
        << true << 0 << u""_s;
    QTest::addRow("euro/utf-8/ignore")
        << QList<char16_t> {0x61, 0x20ac, 0x62} << TextEncoding::Utf8 << DecodeErrorMode::Ignore
        << QByteArray("\x61"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\x62"
                      "",
               5)
        << true << 0 << u""_s;
    QTest::addRow("euro/latin-1/strict")
        << QList<char16_t> {0x61, 0x20ac, 0x62} << TextEncoding::Latin1 << DecodeErrorMode::Strict
        << QByteArray("\x61"
                      "",
               1)
        << false << 1
        << u"'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"_s;
    QTest::addRow("euro/latin-1/replace")
        << QList<char16_t> {0x61, 0x20ac, 0x62} << TextEncoding::Latin1 << DecodeErrorMode::Replace
        << QByteArray("\x61"
                      "\x3f"
                      "\x62"
                      "",
               3)
        << true << 1 << u""_s;
    QTest::addRow("euro/latin-1/ignore")
        << QList<char16_t> {0x61, 0x20ac, 0x62} << TextEncoding::Latin1 << DecodeErrorMode::Ignore
        << QByteArray("\x61"
                      "\x62"
                      "",
               2)
        << true << 1 << u""_s;
    QTest::addRow("emoji/ascii/strict")
        << QList<char16_t> {0xd83d, 0xde00} << TextEncoding::Ascii << DecodeErrorMode::Strict
        << QByteArray() << false << 1
        << u"'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)"_s;
    QTest::addRow("emoji/ascii/replace")
        << QList<char16_t> {0xd83d, 0xde00} << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QByteArray("\x3f"
                      "",
               1)
        << true << 1 << u""_s;
    QTest::addRow("emoji/ascii/ignore")
        << QList<char16_t> {0xd83d, 0xde00} << TextEncoding::Ascii << DecodeErrorMode::Ignore
        << QByteArray() << true << 1 << u""_s;
    QTest::addRow("emoji/utf-8/strict")
        << QList<char16_t> {0xd83d, 0xde00} << TextEncoding::Utf8 << DecodeErrorMode::Strict
        << QByteArray("\xf0"
                      "\x9f"
                      "\x98"
                      "\x80"
                      "",
               4)
        << true << 0 << u""_s;
    QTest::addRow("emoji/utf-8/replace")
        << QList<char16_t> {0xd83d, 0xde00} << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QByteArray("\xf0"
                      "\x9f"
                      "\x98"
                      "\x80"
                      "",
               4)
        << true << 0 << u""_s;
    QTest::addRow("emoji/utf-8/ignore")
        << QList<char16_t> {0xd83d, 0xde00} << TextEncoding::Utf8 << DecodeErrorMode::Ignore
        << QByteArray("\xf0"
                      "\x9f"
                      "\x98"
                      "\x80"
                      "",
               4)
        << true << 0 << u""_s;
    QTest::addRow("emoji/latin-1/strict")
        << QList<char16_t> {0xd83d, 0xde00} << TextEncoding::Latin1 << DecodeErrorMode::Strict
        << QByteArray() << false << 1
        << u"'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)"_s;
    QTest::addRow("emoji/latin-1/replace")
        << QList<char16_t> {0xd83d, 0xde00} << TextEncoding::Latin1 << DecodeErrorMode::Replace
        << QByteArray("\x3f"
                      "",
               1)
        << true << 1 << u""_s;
    QTest::addRow("emoji/latin-1/ignore")
        << QList<char16_t> {0xd83d, 0xde00} << TextEncoding::Latin1 << DecodeErrorMode::Ignore
        << QByteArray() << true << 1 << u""_s;
    QTest::addRow("lone_high/ascii/strict")
        << QList<char16_t> {0xd800} << TextEncoding::Ascii << DecodeErrorMode::Strict
        << QByteArray() << false << 1
        << u"'ascii' codec can't encode character '\\ud800' in position 0: ordinal not in range(128)"_s;
    QTest::addRow("lone_high/ascii/replace")
        << QList<char16_t> {0xd800} << TextEncoding::Ascii << DecodeErrorMode::Replace
        << QByteArray("\x3f"
                      "",
               1)
        << true << 1 << u""_s;
    QTest::addRow("lone_high/ascii/ignore")
        << QList<char16_t> {0xd800} << TextEncoding::Ascii << DecodeErrorMode::Ignore
        << QByteArray() << true << 1 << u""_s;
    QTest::addRow("lone_high/utf-8/strict")
        << QList<char16_t> {0xd800} << TextEncoding::Utf8 << DecodeErrorMode::Strict << QByteArray()
        << false << 1
        << u"'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"_s;
    QTest::addRow("lone_high/utf-8/replace")
        << QList<char16_t> {0xd800} << TextEncoding::Utf8 << DecodeErrorMode::Replace
        << QByteArray("\x3f"
                      "",
               1)
        << true << 1 << u""_s;
    QTest::addRow("lone_high/utf-8/ignore")
        << QList<char16_t> {0xd800} << TextEncoding::Utf8 << DecodeErrorMode::Ignore << QByteArray()
        << true << 1 << u""_s;
    QTest::addRow("lone_high/latin-1/strict")
        << QList<char16_t> {0xd800} << TextEncoding::Latin1 << DecodeErrorMode::Strict
        << QByteArray() << false << 1
        << u"'latin-1' codec can't encode character '\\ud800' in position 0: ordinal not in range(256)"_s;
    QTest::addRow("lone_high/latin-1/replace")
        << QList<char16_t> {0xd800} << TextEncoding::Latin1 << DecodeErrorMode::Replace
        << QByteArray("\x3f"
                      "",
               1)
        << true << 1 << u""_s;
    QTest::addRow("lone_high/latin-1/ignore")
        << QList<char16_t> {0xd800} << TextEncoding::Latin1 << DecodeErrorMode::Ignore
        << QByteArray() << true << 1 << u""_s;
    QTest::addRow("two_lone/ascii/strict")
        << QList<char16_t> {0x61, 0xd800, 0xd801, 0x62} << TextEncoding::Ascii
        << DecodeErrorMode::Strict
        << QByteArray("\x61"
                      "",
               1)
        << false << 1
        << u"'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"_s;
    QTest::addRow("two_lone/ascii/replace") << QList<char16_t> {0x61, 0xd800, 0xd801, 0x62}
                                            << TextEncoding::Ascii << DecodeErrorMode::Replace
                                            << QByteArray("\x61"
                                                          "\x3f"
                                                          "\x3f"
                                                          "\x62"
                                                          "",
                                                   4)
                                            << true << 2 << u""_s;
    QTest::addRow("two_lone/ascii/ignore") << QList<char16_t> {0x61, 0xd800, 0xd801, 0x62}
                                           << TextEncoding::Ascii << DecodeErrorMode::Ignore
                                           << QByteArray("\x61"
                                                         "\x62"
                                                         "",
                                                  2)
                                           << true << 2 << u""_s;
    QTest::addRow("two_lone/utf-8/strict")
        << QList<char16_t> {0x61, 0xd800, 0xd801, 0x62} << TextEncoding::Utf8
        << DecodeErrorMode::Strict
        << QByteArray("\x61"
                      "",
               1)
        << false << 1
        << u"'utf-8' codec can't encode characters in position 1-2: surrogates not allowed"_s;
    QTest::addRow("two_lone/utf-8/replace") << QList<char16_t> {0x61, 0xd800, 0xd801, 0x62}
                                            << TextEncoding::Utf8 << DecodeErrorMode::Replace
                                            << QByteArray("\x61"
                                                          "\x3f"
                                                          "\x3f"
                                                          "\x62"
                                                          "",
                                                   4)
                                            << true << 2 << u""_s;
    QTest::addRow("two_lone/utf-8/ignore") << QList<char16_t> {0x61, 0xd800, 0xd801, 0x62}
                                           << TextEncoding::Utf8 << DecodeErrorMode::Ignore
                                           << QByteArray("\x61"
                                                         "\x62"
                                                         "",
                                                  2)
                                           << true << 2 << u""_s;
    QTest::addRow("two_lone/latin-1/strict")
        << QList<char16_t> {0x61, 0xd800, 0xd801, 0x62} << TextEncoding::Latin1
        << DecodeErrorMode::Strict
        << QByteArray("\x61"
                      "",
               1)
        << false << 1
        << u"'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)"_s;
    QTest::addRow("two_lone/latin-1/replace") << QList<char16_t> {0x61, 0xd800, 0xd801, 0x62}
                                              << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                              << QByteArray("\x61"
                                                            "\x3f"
                                                            "\x3f"
                                                            "\x62"
                                                            "",
                                                     4)
                                              << true << 2 << u""_s;
    QTest::addRow("two_lone/latin-1/ignore") << QList<char16_t> {0x61, 0xd800, 0xd801, 0x62}
                                             << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                             << QByteArray("\x61"
                                                           "\x62"
                                                           "",
                                                    2)
                                             << true << 2 << u""_s;
    QTest::addRow("plain/ascii/strict") << QList<char16_t> {0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xa}
                                        << TextEncoding::Ascii << DecodeErrorMode::Strict
                                        << QByteArray("\x48"
                                                      "\x65"
                                                      "\x6c"
                                                      "\x6c"
                                                      "\x6f"
                                                      "\x0a"
                                                      "",
                                               6)
                                        << true << 0 << u""_s;
    QTest::addRow("plain/ascii/replace") << QList<char16_t> {0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xa}
                                         << TextEncoding::Ascii << DecodeErrorMode::Replace
                                         << QByteArray("\x48"
                                                       "\x65"
                                                       "\x6c"
                                                       "\x6c"
                                                       "\x6f"
                                                       "\x0a"
                                                       "",
                                                6)
                                         << true << 0 << u""_s;
    QTest::addRow("plain/ascii/ignore") << QList<char16_t> {0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xa}
                                        << TextEncoding::Ascii << DecodeErrorMode::Ignore
                                        << QByteArray("\x48"
                                                      "\x65"
                                                      "\x6c"
                                                      "\x6c"
                                                      "\x6f"
                                                      "\x0a"
                                                      "",
                                               6)
                                        << true << 0 << u""_s;
    QTest::addRow("plain/utf-8/strict") << QList<char16_t> {0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xa}
                                        << TextEncoding::Utf8 << DecodeErrorMode::Strict
                                        << QByteArray("\x48"
                                                      "\x65"
                                                      "\x6c"
                                                      "\x6c"
                                                      "\x6f"
                                                      "\x0a"
                                                      "",
                                               6)
                                        << true << 0 << u""_s;
    QTest::addRow("plain/utf-8/replace") << QList<char16_t> {0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xa}
                                         << TextEncoding::Utf8 << DecodeErrorMode::Replace
                                         << QByteArray("\x48"
                                                       "\x65"
                                                       "\x6c"
                                                       "\x6c"
                                                       "\x6f"
                                                       "\x0a"
                                                       "",
                                                6)
                                         << true << 0 << u""_s;
    QTest::addRow("plain/utf-8/ignore") << QList<char16_t> {0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xa}
                                        << TextEncoding::Utf8 << DecodeErrorMode::Ignore
                                        << QByteArray("\x48"
                                                      "\x65"
                                                      "\x6c"
                                                      "\x6c"
                                                      "\x6f"
                                                      "\x0a"
                                                      "",
                                               6)
                                        << true << 0 << u""_s;
    QTest::addRow("plain/latin-1/strict") << QList<char16_t> {0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xa}
                                          << TextEncoding::Latin1 << DecodeErrorMode::Strict
                                          << QByteArray("\x48"
                                                        "\x65"
                                                        "\x6c"
                                                        "\x6c"
                                                        "\x6f"
                                                        "\x0a"
                                                        "",
                                                 6)
                                          << true << 0 << u""_s;
    QTest::addRow("plain/latin-1/replace") << QList<char16_t> {0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xa}
                                           << TextEncoding::Latin1 << DecodeErrorMode::Replace
                                           << QByteArray("\x48"
                                                         "\x65"
                                                         "\x6c"
                                                         "\x6c"
                                                         "\x6f"
                                                         "\x0a"
                                                         "",
                                                  6)
                                           << true << 0 << u""_s;
    QTest::addRow("plain/latin-1/ignore") << QList<char16_t> {0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xa}
                                          << TextEncoding::Latin1 << DecodeErrorMode::Ignore
                                          << QByteArray("\x48"
                                                        "\x65"
                                                        "\x6c"
                                                        "\x6c"
                                                        "\x6f"
                                                        "\x0a"
                                                        "",
                                                 6)
                                          << true << 0 << u""_s;
    QTest::addRow("mixed/ascii/strict")
        << QList<char16_t> {0x78, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x79} << TextEncoding::Ascii
        << DecodeErrorMode::Strict
        << QByteArray("\x78"
                      "",
               1)
        << false << 1
        << u"'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)"_s;
    QTest::addRow("mixed/ascii/replace")
        << QList<char16_t> {0x78, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x79} << TextEncoding::Ascii
        << DecodeErrorMode::Replace
        << QByteArray("\x78"
                      "\x3f"
                      "\x3f"
                      "\x3f"
                      "\x79"
                      "",
               5)
        << true << 3 << u""_s;
    QTest::addRow("mixed/ascii/ignore")
        << QList<char16_t> {0x78, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x79} << TextEncoding::Ascii
        << DecodeErrorMode::Ignore
        << QByteArray("\x78"
                      "\x79"
                      "",
               2)
        << true << 3 << u""_s;
    QTest::addRow("mixed/utf-8/strict")
        << QList<char16_t> {0x78, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x79} << TextEncoding::Utf8
        << DecodeErrorMode::Strict
        << QByteArray("\x78"
                      "\xc3"
                      "\xa9"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\xf0"
                      "\x9f"
                      "\x98"
                      "\x80"
                      "\x79"
                      "",
               11)
        << true << 0 << u""_s;
    QTest::addRow("mixed/utf-8/replace")
        << QList<char16_t> {0x78, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x79} << TextEncoding::Utf8
        << DecodeErrorMode::Replace
        << QByteArray("\x78"
                      "\xc3"
                      "\xa9"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\xf0"
                      "\x9f"
                      "\x98"
                      "\x80"
                      "\x79"
                      "",
               11)
        << true << 0 << u""_s;
    QTest::addRow("mixed/utf-8/ignore")
        << QList<char16_t> {0x78, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x79} << TextEncoding::Utf8
        << DecodeErrorMode::Ignore
        << QByteArray("\x78"
                      "\xc3"
                      "\xa9"
                      "\xe2"
                      "\x82"
                      "\xac"
                      "\xf0"
                      "\x9f"
                      "\x98"
                      "\x80"
                      "\x79"
                      "",
               11)
        << true << 0 << u""_s;
    QTest::addRow("mixed/latin-1/strict")
        << QList<char16_t> {0x78, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x79} << TextEncoding::Latin1
        << DecodeErrorMode::Strict
        << QByteArray("\x78"
                      "\xe9"
                      "",
               2)
        << false << 1
        << u"'latin-1' codec can't encode characters in position 2-3: ordinal not in range(256)"_s;
    QTest::addRow("mixed/latin-1/replace")
        << QList<char16_t> {0x78, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x79} << TextEncoding::Latin1
        << DecodeErrorMode::Replace
        << QByteArray("\x78"
                      "\xe9"
                      "\x3f"
                      "\x3f"
                      "\x79"
                      "",
               5)
        << true << 2 << u""_s;
    QTest::addRow("mixed/latin-1/ignore")
        << QList<char16_t> {0x78, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x79} << TextEncoding::Latin1
        << DecodeErrorMode::Ignore
        << QByteArray("\x78"
                      "\xe9"
                      "\x79"
                      "",
               3)
        << true << 2 << u""_s;
}

void tst_TextCodec::encode()
{
    QFETCH(QList<char16_t>, input);
    QFETCH(TextEncoding, encoding);
    QFETCH(DecodeErrorMode, mode);

    const QString text(reinterpret_cast<const QChar *>(input.constData()), input.size());
    const netlab::EncodeResult result = TextCodec(encoding, mode).encode(text);
    QTEST(result.bytes, "bytes");
    QTEST(result.ok, "ok");
    QTEST(result.unencodable, "unencodable");
    QTEST(result.errorString, "errorString");
    QCOMPARE(result.firstErrorOffset >= 0, result.unencodable > 0);
}

void tst_TextCodec::streamMatchesWholeDecodeAtEverySplit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<DecodeErrorMode>("mode");

    const QByteArray mixed(
        "ok \xc3\xa9 \xff\xfe \xe2\x82\xac \xed\xbf\xbf x\xf0\x9f\x98\x80 \xf0\x9f");
    QTest::addRow("valid/replace")
        << QByteArray("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80") << DecodeErrorMode::Replace;
    QTest::addRow("mixed/replace") << mixed << DecodeErrorMode::Replace;
    QTest::addRow("mixed/ignore") << mixed << DecodeErrorMode::Ignore;
}

void tst_TextCodec::streamMatchesWholeDecodeAtEverySplit()
{
    QFETCH(QByteArray, input);
    QFETCH(DecodeErrorMode, mode);
    const TextCodec codec(TextEncoding::Utf8, mode);
    const netlab::DecodeResult whole = codec.decode(input);

    for (qsizetype a = 0; a <= input.size(); ++a) {
        for (qsizetype b = a; b <= input.size(); ++b) {
            TextStreamDecoder decoder(codec);
            QString text;
            int invalid = 0;
            for (const QByteArrayView part : {QByteArrayView(input).first(a),
                     QByteArrayView(input).sliced(a, b - a), QByteArrayView(input).sliced(b)}) {
                const auto r = decoder.feed(part);
                text += r.text;
                invalid += r.invalidSequences;
            }
            const auto last = decoder.finish();
            text += last.text;
            invalid += last.invalidSequences;
            QCOMPARE(text, whole.text);
            QCOMPARE(invalid, whole.invalidSequences);
        }
    }
}

void tst_TextCodec::streamKeepsAtMostThreeBytes()
{
    TextStreamDecoder decoder(TextCodec(TextEncoding::Utf8, DecodeErrorMode::Strict));
    auto r = decoder.feed(QByteArray("A\xf0\x9f\x98"));
    QCOMPARE(r.text, u"A"_s);
    QVERIFY(r.ok);
    QCOMPARE(decoder.pendingBytes(), 3);
    r = decoder.feed(QByteArray("\x80"
                                "B"));
    QCOMPARE(r.text,
        QString::fromUtf8("\xf0\x9f\x98\x80"
                          "B"));
    QCOMPARE(decoder.pendingBytes(), 0);

    // Latin-1 and ASCII never keep anything back.
    TextStreamDecoder latin(TextCodec(TextEncoding::Latin1));
    QCOMPARE(latin.feed(QByteArray("\xf0\x9f")).text, u"\u00f0\u009f"_s);
    QCOMPARE(latin.pendingBytes(), 0);
}

void tst_TextCodec::streamFinishReportsTruncatedTail()
{
    TextStreamDecoder decoder(TextCodec(TextEncoding::Utf8, DecodeErrorMode::Replace));
    QCOMPARE(decoder.feed(QByteArray("abc\xe2\x82")).text, u"abc"_s);
    const auto r = decoder.finish();
    QCOMPARE(r.text, u"\ufffd"_s);
    QCOMPARE(r.invalidSequences, 1);
    QCOMPARE(r.firstErrorOffset, 3);
    QCOMPARE(r.errorString,
        u"'utf-8' codec can't decode bytes in position 3-4: unexpected end of data"_s);
    QCOMPARE(decoder.pendingBytes(), 0);
}

void tst_TextCodec::streamStrictStopsAndRecovers()
{
    TextStreamDecoder decoder(TextCodec(TextEncoding::Utf8, DecodeErrorMode::Strict));
    QVERIFY(decoder.feed("hello ").ok);
    auto r = decoder.feed(QByteArray("wo\xffrld"));
    QVERIFY(!r.ok);
    QCOMPARE(r.text, u"wo"_s);
    // Positions count from the start of the stream.
    QCOMPARE(r.firstErrorOffset, 8);
    QCOMPARE(
        r.errorString, u"'utf-8' codec can't decode byte 0xff in position 8: invalid start byte"_s);
    r = decoder.feed("next");
    QVERIFY(r.ok);
    QCOMPARE(r.text, u"next"_s);
}

void tst_TextCodec::escaped_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<DecodeErrorMode>("mode");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("invalid");

    QTest::addRow("line") << QByteArray("Hello\r\n") << TextEncoding::Utf8
                          << DecodeErrorMode::Replace << u"Hello\\r\\n"_s << 0;
    QTest::addRow("controls") << QByteArray("a\tb\x00\x1b\x7f\\", 7) << TextEncoding::Ascii
                              << DecodeErrorMode::Strict << u"a\\tb\\x00\\x1b\\x7f\\\\"_s << 0;
    QTest::addRow("utf8 text") << QByteArray("caf\xc3\xa9 \xe2\x82\xac") << TextEncoding::Utf8
                               << DecodeErrorMode::Strict << u"caf\u00e9 \u20ac"_s << 0;
    QTest::addRow("invalid replace")
        << QByteArray("a\xff\xfe"
                      "b")
        << TextEncoding::Utf8 << DecodeErrorMode::Replace << u"a\ufffd\ufffdb"_s << 2;
    QTest::addRow("invalid ignore")
        << QByteArray("a\xff"
                      "b")
        << TextEncoding::Utf8 << DecodeErrorMode::Ignore << u"ab"_s << 1;
    QTest::addRow("invalid strict")
        << QByteArray("a\xe2\x82"
                      "b")
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << u"a\\xe2\\x82b"_s << 1;
    QTest::addRow("latin1 C1") << QByteArray("\x85\xe9") << TextEncoding::Latin1
                               << DecodeErrorMode::Strict << u"\\x85\u00e9"_s << 0;
    QTest::addRow("line separator")
        << QByteArray("a\xe2\x80\xa8"
                      "b")
        << TextEncoding::Utf8 << DecodeErrorMode::Strict << u"a\\u2028b"_s << 0;
}

void tst_TextCodec::escaped()
{
    QFETCH(QByteArray, input);
    QFETCH(TextEncoding, encoding);
    QFETCH(DecodeErrorMode, mode);
    int invalid = -1;
    QTEST(TextCodec(encoding, mode).decodeEscaped(input, &invalid), "expected");
    QTEST(invalid, "invalid");
}

void tst_TextCodec::namesRoundTrip()
{
    for (auto e : {TextEncoding::Ascii, TextEncoding::Utf8, TextEncoding::Latin1}) {
        TextEncoding parsed = TextEncoding::Ascii;
        QVERIFY(TextCodec::encodingFromName(TextCodec::encodingName(e), &parsed));
        QCOMPARE(parsed, e);
        QVERIFY(TextCodec::encodingFromName(TextCodec::pythonName(e), &parsed));
        QCOMPARE(parsed, e);
    }
    for (auto m : {DecodeErrorMode::Strict, DecodeErrorMode::Replace, DecodeErrorMode::Ignore}) {
        DecodeErrorMode parsed = DecodeErrorMode::Strict;
        QVERIFY(TextCodec::modeFromKey(TextCodec::modeKey(m), &parsed));
        QCOMPARE(parsed, m);
    }
    TextEncoding e = TextEncoding::Utf8;
    QVERIFY(!TextCodec::encodingFromName(u"ebcdic", &e));
    QCOMPARE(TextCodec::encodingName(TextEncoding::Latin1), u"Latin-1"_s);
    QCOMPARE(TextCodec::modeName(DecodeErrorMode::Ignore), u"ignore"_s);
}

void tst_TextCodec::problemSummary()
{
    QCOMPARE(TextCodec::problemSummary(TextEncoding::Utf8, DecodeErrorMode::Replace, 0), QString());
    QCOMPARE(TextCodec::problemSummary(TextEncoding::Utf8, DecodeErrorMode::Replace, 2),
        u"2 invalid UTF-8 sequences replaced"_s);
    QCOMPARE(TextCodec::problemSummary(TextEncoding::Ascii, DecodeErrorMode::Ignore, 1),
        u"1 invalid ASCII sequence dropped"_s);
}

QTEST_APPLESS_MAIN(tst_TextCodec)
#include "tst_textcodec.moc"
