#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace netlab {

Translators::Translators(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(u"netlab_en"_s, u":/i18n"_s)) {
            QCoreApplication::installTranslator(plurals.get());
            m_app = std::move(plurals);
        }
        return;
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, u"netlab"_s, u"_"_s, u":/i18n"_s)) {
        m_found = false;
        // A language without a catalogue is shown in English, plurals included.
        if (app->load(u"netlab_en"_s, u":/i18n"_s)) {
            QCoreApplication::installTranslator(app.get());
            m_app = std::move(app);
        }
        return;
    }
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    m_language = locale.name().section(u'_', 0, 0);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
}

Translators::~Translators()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

} // namespace netlab
