// Where the workbench finds its .qm catalogues: installed (<prefix>/bin and
// <prefix>/share/netlab/translations, as `cmake --install` and the package lay them out) or
// in the build tree (build/bin or build/tests, and build/translations).
#include <app/workbench/languagemanager.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_LanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void findsTheInstalledCatalogues();
    void findsTheBuildTreesCatalogues();
    void saysWhenThereAreNone();
    void thisTestFindsTheBuiltFrench();

private:
    static void touch(const QString &path)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
};

void tst_LanguageManager::findsTheInstalledCatalogues()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(QDir().mkpath(prefix.filePath(u"bin"_s)));
    touch(prefix.filePath(u"share/netlab/translations/netlab_en.qm"_s));
    QCOMPARE(netlab::LanguageManager::catalogueDirectory(prefix.filePath(u"bin"_s)),
        QDir::cleanPath(prefix.filePath(u"share/netlab/translations"_s)));
}

void tst_LanguageManager::findsTheBuildTreesCatalogues()
{
    QTemporaryDir build;
    QVERIFY(build.isValid());
    QVERIFY(QDir().mkpath(build.filePath(u"tests"_s)));
    touch(build.filePath(u"translations/netlab_en.qm"_s));
    QCOMPARE(netlab::LanguageManager::catalogueDirectory(build.filePath(u"tests"_s)),
        QDir::cleanPath(build.filePath(u"translations"_s)));
}

void tst_LanguageManager::saysWhenThereAreNone()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    QVERIFY(QDir().mkpath(empty.filePath(u"bin"_s)));
    QVERIFY(QDir().mkpath(empty.filePath(u"share/netlab/translations"_s))); // no catalogue in it
    QCOMPARE(netlab::LanguageManager::catalogueDirectory(empty.filePath(u"bin"_s)), QString());
}

void tst_LanguageManager::thisTestFindsTheBuiltFrench()
{
    netlab::LanguageManager languages;
    QVERIFY(languages.setLanguage(u"fr"_s));
    QCOMPARE(languages.effectiveLanguage(), u"fr"_s);
    QCOMPARE(QCoreApplication::translate("netlab::MainWindow", "Se&ttings"), u"&Paramètres"_s);
    languages.setLanguage(u"en"_s);
}

QTEST_GUILESS_MAIN(tst_LanguageManager)
#include "tst_languagemanager.moc"
