#include "vera/VeraVocabulary.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

struct Resource
{
    QString label;
    QString schema;
};

struct Vocabulary
{
    QHash<QString, Resource> resources;
    QHash<QString, QHash<QString, VeraField>> schemas;
    QHash<QString, QHash<QString, QString>> names; // category → code → naam
};

Vocabulary load()
{
    QFile file(u":/vera/vocabulary.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the VERA vocabulary is missing from the resources");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    Vocabulary v;
    const QJsonObject resources = root.value(u"resources"_s).toObject();
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        v.resources.insert(it.key(),
                           { r.value(u"label"_s).toString(), r.value(u"schema"_s).toString() });
    }
    const QJsonObject schemas = root.value(u"schemas"_s).toObject();
    for (auto s = schemas.begin(); s != schemas.end(); ++s) {
        QHash<QString, VeraField> &fields = v.schemas[s.key()];
        const QJsonObject properties = s.value().toObject();
        for (auto p = properties.begin(); p != properties.end(); ++p) {
            const QJsonObject f = p.value().toObject();
            fields.insert(p.key(),
                          { f.value(u"label"_s).toString(), f.value(u"description"_s).toString(),
                            f.value(u"referentiedata"_s).toString(),
                            f.value(u"schema"_s).toString(), f.value(u"format"_s).toString() });
        }
    }
    const QJsonObject categories = root.value(u"referentiedata"_s).toObject();
    for (auto c = categories.begin(); c != categories.end(); ++c) {
        QHash<QString, QString> &codes = v.names[c.key()];
        const QJsonObject named = c.value().toObject();
        for (auto n = named.begin(); n != named.end(); ++n)
            codes.insert(n.key(), n.value().toString());
    }
    return v;
}

// Built once, by the first caller; a static local's initialisation is thread-safe.
const Vocabulary &vocabulary()
{
    static const Vocabulary v = load();
    return v;
}

} // namespace

QString VeraVocabulary::schemaOf(const QString &resource)
{
    return vocabulary().resources.value(resource).schema;
}

QString VeraVocabulary::resourceLabel(const QString &resource)
{
    const QString label = vocabulary().resources.value(resource).label;
    return label.isEmpty() ? words(resource) : label;
}

VeraField VeraVocabulary::field(const QString &schema, const QString &key)
{
    const auto fields = vocabulary().schemas.constFind(schema);
    return fields == vocabulary().schemas.cend() ? VeraField {} : fields->value(key);
}

QString VeraVocabulary::fieldLabel(const QString &resource, const QString &key)
{
    const QString label = field(schemaOf(resource), key).label;
    return label.isEmpty() ? words(key) : label;
}

QString VeraVocabulary::description(const QString &resource, const QString &key)
{
    return field(schemaOf(resource), key).description;
}

QString VeraVocabulary::referenceName(const QString &category, const QString &code)
{
    const auto codes = vocabulary().names.constFind(category.toUpper());
    return codes == vocabulary().names.cend() ? QString() : codes->value(code.trimmed());
}

QString VeraVocabulary::words(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'-' || c == u'_')
            out += u' ';
        else if (c.isUpper() && i > 0)
            out += u' ' + c.toLower();
        else
            out += c;
    }
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

} // namespace pd
