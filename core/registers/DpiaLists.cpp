// The lists that say whether a DPIA is needed, read once from the resource
// resources/dpia/dpia-lists.json in the interface's language (the default QLocale, which
// installTranslations sets).

#include "registers/Dpia.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace pd {

namespace {

const QJsonObject &lists()
{
    static const QJsonObject root = [] {
        QFile file(QStringLiteral(":/dpia/dpia-lists.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the DPIA lists are missing from the resources");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return root;
}

bool english()
{
    return QLocale().language() == QLocale::English;
}

} // namespace

QString DpiaLists::code(List list)
{
    switch (list) {
    case List::ApList:
        return QStringLiteral("apList");
    case List::Art35_3:
        return QStringLiteral("art35_3");
    case List::Criteria:
        break;
    }
    return QStringLiteral("criteria");
}

QList<DpiaListItem> DpiaLists::items(List list)
{
    const bool en = english();
    QList<DpiaListItem> result;
    const QJsonArray array = lists().value(code(list)).toObject().value(u"items").toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject item = value.toObject();
        result << DpiaListItem { item.value(u"code").toString(),
                                 item.value(en ? u"en" : u"nl").toString(),
                                 item.value(en ? u"enText" : u"nlText").toString() };
    }
    return result;
}

QString DpiaLists::source(List list)
{
    return lists()
        .value(code(list))
        .toObject()
        .value(english() ? u"sourceEn" : u"source")
        .toString();
}

QString DpiaLists::label(List list, const QString &code)
{
    for (const DpiaListItem &item : items(list)) {
        if (item.code == code)
            return item.label;
    }
    return code;
}

} // namespace pd
