#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "netlab.language")

namespace netlab {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::availableLanguages()
{
    return {
        {QString(), QCoreApplication::translate("netlab::LanguageManager", "System language")},
        {u"en"_s, u"English"_s},
        {u"fr"_s, u"Français"_s},
    };
}

QString LanguageManager::catalogueDirectory(const QString &applicationDir)
{
    // Installed: <prefix>/bin/netlab-workbench and <prefix>/share/netlab/translations (the
    // relative path comes from the build's GNUInstallDirs). Build tree: build/bin or
    // build/tests, and build/translations.
    const QDir dir(applicationDir);
    for (const QString &relative :
        {QStringLiteral(NETLAB_TRANSLATIONS_RELATIVE_DIR), u"../translations"_s}) {
        const QString candidate = QDir::cleanPath(dir.absoluteFilePath(relative));
        if (QFileInfo::exists(candidate + u"/netlab_en.qm"_s))
            return candidate;
    }
    return {};
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool LanguageManager::setLanguage(const QString &code)
{
    removeTranslators();
    m_code = code;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);

    const QString catalogues = catalogueDirectory(QCoreApplication::applicationDirPath());
    if (catalogues.isEmpty())
        qCWarning(lcLanguage) << "no translation catalogues next to"
                              << QCoreApplication::applicationDirPath();
    bool ok = true;
    m_effective = u"en"_s;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // English is the source language; its catalogue holds only the plural forms
        // ("1 byte" and "2 bytes" for "%n byte(s)").
        auto plurals = std::make_unique<QTranslator>();
        if (!catalogues.isEmpty() && plurals->load(u"netlab_en"_s, catalogues)) {
            QCoreApplication::installTranslator(plurals.get());
            m_appTranslator = std::move(plurals);
        }
    } else {
        auto app = std::make_unique<QTranslator>();
        if (!catalogues.isEmpty() && app->load(locale, u"netlab"_s, u"_"_s, catalogues)) {
            QCoreApplication::installTranslator(app.get());
            m_appTranslator = std::move(app);
            m_effective = locale.name().section(u'_', 0, 0);
        } else {
            // A language we have no catalogue for stays English; only an explicit choice
            // of a missing catalogue is a failure.
            ok = code.isEmpty();
            qCInfo(lcLanguage) << "no catalogue for" << locale.name();
        }
        auto qt = std::make_unique<QTranslator>();
        if (m_appTranslator
            && qt->load(
                locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
    }
    emit languageChanged(code);
    return ok;
}

} // namespace netlab
