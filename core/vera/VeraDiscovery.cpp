#include "vera/VeraDiscovery.h"

#include "domain/BsnGuard.h"
#include "util/Clock.h"
#include "vera/VeraCatalogue.h"
#include "vera/VeraPaging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <algorithm>
#include <cmath>
#include <functional>
#include <semaphore>
#include <thread>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

struct Listed
{
    VeraStatus status = VeraStatus::Ok;
    QString error;
    QList<QJsonObject> items;
};

// A list read to its end (readVeraList), its objects kept only when all were read.
Listed readList(VeraClient &client, const QString &path, const QUrlQuery &query,
                const VeraDiscovery::Limits &limits)
{
    Listed listed;
    const VeraPagedList read
        = readVeraList(client, path, query, { limits.pageSize, limits.maxPages },
                       [&listed](const QJsonObject &item) { listed.items << item; });
    if (read.status != VeraStatus::Ok)
        return { read.status, read.error, {} };
    return listed;
}

QString idOf(const QJsonObject &object)
{
    const QJsonValue id = object.value(u"id"_s);
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

// Worse first: the status a system gets from its resources.
int weight(VeraStatus status)
{
    switch (status) {
    case VeraStatus::Unreachable:
        return 4;
    case VeraStatus::Refused:
        return 3;
    case VeraStatus::Failed:
        return 2;
    case VeraStatus::NotSupported:
        return 1;
    case VeraStatus::Ok:
        return 0;
    }
    return 2;
}

void summarise(VeraSystemResult *result)
{
    const auto worst
        = std::max_element(result->resources.cbegin(), result->resources.cend(),
                           [](const VeraResourceResult &a, const VeraResourceResult &b) {
                               return weight(a.status) < weight(b.status);
                           });
    const bool anySupported
        = std::any_of(result->resources.cbegin(), result->resources.cend(),
                      [](const VeraResourceResult &r) { return r.status == VeraStatus::Ok; });
    result->objects = 0;
    for (const VeraResourceResult &r : result->resources)
        result->objects += r.objects;
    if (worst == result->resources.cend()) {
        result->status = VeraStatus::NotSupported;
        //: Dutch: "VERA kent in dit domein geen gegevens die per persoon worden gevraagd."
        result->error = VeraDiscovery::tr("VERA has no data asked per person in this domain.");
        return;
    }
    if (worst->status == VeraStatus::NotSupported && anySupported) {
        result->status = VeraStatus::Ok;
        return;
    }
    result->status = worst->status;
    result->error = worst->error;
}

// One system's part of the search, on its own thread with its own client.
class SystemSearch
{
public:
    SystemSearch(const VeraSystem &system, const VeraDiscovery::Limits &limits,
                 const std::atomic<bool> *cancel)
        : m_system(system)
        , m_client(system, limits.secondsPerSystem)
        , m_limits(limits)
    {
        m_client.setCancel(cancel);
        m_result.name = system.name;
        m_result.domain = system.domain;
    }

    // Finds the person in Relaties; false when not found (the result says why, or no error:
    // not there).
    bool findPerson(const QString &customerNumber, QString *personId, QString *personUri,
                    QStringList *links)
    {
        QUrlQuery query;
        query.addQueryItem(m_system.customerField, customerNumber);
        Listed listed = readList(m_client, QString::fromLatin1(VeraCatalogue::personResource),
                                 query, m_limits);
        VeraResourceResult r { QString::fromLatin1(VeraCatalogue::personResource), listed.status, 0,
                               listed.error };
        if (listed.status == VeraStatus::Ok && listed.items.size() > 1) {
            r.status = VeraStatus::Failed;
            //: Dutch: "%1 kent %2 relaties met klantnummer %3: Privacydesk kiest er geen."
            r.error = VeraDiscovery::tr("%1 knows %2 relations with customer number %3: "
                                        "Privacydesk does not choose one.")
                          .arg(m_system.name)
                          .arg(listed.items.size())
                          .arg(customerNumber);
        }
        if (r.status != VeraStatus::Ok || listed.items.isEmpty()) {
            m_result.resources << r;
            return false;
        }
        const QJsonObject person = listed.items.first();
        if (idOf(person).isEmpty()) {
            r.status = VeraStatus::Failed;
            //: Dutch: "%1 gaf de relatie met klantnummer %2 zonder id: zonder id kan niets per
            //: persoon worden gevraagd."
            r.error = VeraDiscovery::tr("%1 gave the relation with customer number %2 without an "
                                        "id: without one nothing can be asked per person.")
                          .arg(m_system.name, customerNumber);
            m_result.resources << r;
            return false;
        }
        *personId = idOf(person);
        *personUri = m_client.urlOf(u"relaties/"_s + *personId);
        for (const QString &field : VeraCatalogue::personLinkFields()) {
            const QJsonValue value = person.value(field);
            for (const QJsonValue &link :
                 value.isArray() ? value.toArray() : QJsonArray { value }) {
                if (link.isString() && !link.toString().isEmpty())
                    *links << link.toString();
            }
        }
        keep(QString::fromLatin1(VeraCatalogue::personResource), *personUri, person);
        r.objects = 1;
        m_result.resources << r;
        return true;
    }

    void askByRelation(const QString &personId, const QString &personUri)
    {
        QStringList debiteuren;
        for (const VeraResource &resource : VeraCatalogue::resourcesOf(m_system.domain)) {
            const QString path = QString::fromLatin1(resource.path);
            QStringList values;
            switch (resource.by) {
            case VeraResource::By::RelationUri:
                values << personUri;
                break;
            case VeraResource::By::RelationId:
                values << personId;
                break;
            case VeraResource::By::DebiteurId:
                values = debiteuren;
                break;
            }
            // Read whole before anything of it is kept: a resource that fails for one value (one
            // debiteur's arrangements) keeps nothing.
            VeraResourceResult r { path, VeraStatus::Ok, 0, {} };
            QList<QJsonObject> items;
            for (const QString &value : values) {
                QUrlQuery query;
                query.addQueryItem(QString::fromLatin1(resource.parameter), value);
                const Listed listed = readList(m_client, path, query, m_limits);
                if (listed.status != VeraStatus::Ok) {
                    r = { path, listed.status, 0, listed.error };
                    items.clear();
                    break;
                }
                items << listed.items;
            }
            for (const QJsonObject &item : std::as_const(items)) {
                const QString id = idOf(item);
                if (path == u"debiteuren"_s && !id.isEmpty())
                    debiteuren << id;
                if (keep(path, id.isEmpty() ? QString() : m_client.urlOf(path + u'/' + id), item))
                    ++r.objects;
            }
            m_result.resources << r;
        }
    }

    void follow(const QStringList &links)
    {
        for (const QString &link : links) {
            if (m_seen.contains(link))
                continue;
            const VeraClient::Answer answer = m_client.getUri(link);
            VeraResourceResult r { link, answer.status, 0, answer.error };
            const QJsonDocument json = QJsonDocument::fromJson(answer.body);
            if (answer.status == VeraStatus::Ok && json.isObject()) {
                const QString path = QUrl(link).path().section(u'/', -2, -2);
                r.objects = keep(path, link, json.object()) ? 1 : 0;
            } else if (answer.status == VeraStatus::Ok) {
                r.status = VeraStatus::Failed;
                //: Dutch: "%1 gaf geen object in JSON: niets ervan is bewaard."
                r.error = VeraDiscovery::tr("%1 gave no object in JSON: nothing of it was kept.")
                              .arg(link.left(200));
            }
            m_result.resources << r;
        }
    }

    // Not asked, because the person has no relation to ask by.
    void notAsked(VeraStatus status, const QString &why)
    {
        m_decided = true;
        m_result.status = status;
        m_result.error = why;
    }

    VeraSystemResult finish()
    {
        if (!m_decided)
            summarise(&m_result);
        return m_result;
    }
    QList<VeraFoundObject> found() const { return m_found; }

private:
    // Kept once per URI (a link to an object already found by relation is not kept twice).
    bool keep(const QString &resource, const QString &uri, const QJsonObject &object)
    {
        const QString key = uri.isEmpty() ? resource + u'#' + QString::number(m_found.size()) : uri;
        if (m_seen.contains(key))
            return false;
        m_seen.insert(key);
        QStringList held;
        m_found << VeraFoundObject { m_system.name, resource, key, systemClock().now().toUTC(),
                                     VeraDiscovery::withoutBsn(object, &held) };
        for (const QString &mask : held) {
            if (!m_result.bsnHeld.contains(mask))
                m_result.bsnHeld << mask;
        }
        return true;
    }

    VeraSystem m_system;
    VeraClient m_client;
    VeraDiscovery::Limits m_limits;
    VeraSystemResult m_result;
    QList<VeraFoundObject> m_found;
    QSet<QString> m_seen;
    bool m_decided = false;
};

} // namespace

QJsonObject VeraDiscovery::withoutBsn(const QJsonObject &object, QStringList *held)
{
    const std::function<QJsonValue(const QJsonValue &)> clean
        = [&](const QJsonValue &value) -> QJsonValue {
        if (value.isObject()) {
            QJsonObject out;
            const QJsonObject in = value.toObject();
            for (auto it = in.begin(); it != in.end(); ++it) {
                if (it.key().compare(u"bsn"_s, Qt::CaseInsensitive) == 0) {
                    const QString number = it.value().toVariant().toString().trimmed();
                    if (!number.isEmpty())
                        *held << (number.size() > 4
                                      ? QString(number.size() - 4, u'*') + number.right(4)
                                      : u"****"_s);
                    continue;
                }
                out.insert(clean(QJsonValue(it.key())).toString(), clean(it.value()));
            }
            return out;
        }
        if (value.isArray()) {
            QJsonArray out;
            for (const QJsonValue &v : value.toArray())
                out.append(clean(v));
            return out;
        }
        // A number is read as the digits it is written with: a BSN sent as a JSON number is
        // kept masked as text, as one in a string is.
        const bool number = value.isDouble() && value.toDouble() >= 0 && value.toDouble() < 1e9
            && value.toDouble() == std::floor(value.toDouble());
        if (!value.isString() && !number)
            return value;
        QString text = number ? QString::number(qint64(value.toDouble())) : value.toString();
        if (number && findBsnNumbers(text).isEmpty())
            return value;
        const QList<BsnFinding> findings = findBsnNumbers(text);
        // From the end, so that the earlier positions stay right.
        for (auto it = findings.crbegin(); it != findings.crend(); ++it) {
            text.replace(it->position, it->length, it->masked);
            *held << it->masked;
        }
        return text;
    };
    return clean(object).toObject();
}

VeraSearch VeraDiscovery::run(const QList<VeraSystem> &systems, const QString &customerNumber,
                              const Limits &limits, const std::atomic<bool> *cancel,
                              const Progress &progress)
{
    VeraSearch search;
    const int total = int(systems.size());
    int done = 0;
    QMutex lock;
    auto finished = [&](SystemSearch &one) {
        const VeraSystemResult result = one.finish();
        const QMutexLocker locked(&lock);
        search.systems << result;
        search.found << one.found();
        ++done;
        if (progress)
            progress(result, done, total);
    };
    auto linksInto = [](const QStringList &links, const VeraSystem &system) {
        QStringList own;
        for (const QString &link : links) {
            if (VeraCodes::within(link, system))
                own << link;
        }
        return own;
    };

    // The person first, in the Relaties systems, one after the other: the first that knows the
    // customer number gives the relation every other system is asked by.
    QString personId;
    QStringList links;
    QList<VeraSystem> others;
    // While the person is not found: what the others say, and why.
    VeraStatus notFound = VeraStatus::Failed;
    //: Dutch: "Niet gevraagd: er is geen Relaties-systeem ingesteld, en zonder de relatie kan
    //: niets per persoon worden gevraagd."
    QString whyNot = tr("Not asked: no Relaties system has been set up, and without the relation "
                        "nothing can be asked per person.");
    for (const VeraSystem &system : systems) {
        if (system.domain != VeraDomain::Relaties) {
            others << system;
            continue;
        }
        SystemSearch one(system, limits, cancel);
        if (!search.personUri.isEmpty()) {
            // A second Relaties system: asked by the relation the first one gave.
            one.askByRelation(personId, search.personUri);
            one.follow(linksInto(links, system));
        } else if (one.findPerson(customerNumber, &personId, &search.personUri, &links)) {
            one.askByRelation(personId, search.personUri);
            one.follow(linksInto(links, system));
        } else if (one.finish().status == VeraStatus::Ok) {
            notFound = VeraStatus::Ok;
            //: Dutch: "Niet gevraagd: de persoon staat niet in %1 (klantnummer %2)."
            whyNot = tr("Not asked: the person is not in %1 (customer number %2).")
                         .arg(system.name, customerNumber);
        } else {
            //: Dutch: "Niet gevraagd: de persoon kon in %1 niet worden gezocht."
            whyNot = tr("Not asked: the person could not be looked up in %1.").arg(system.name);
        }
        finished(one);
    }

    std::counting_semaphore<> seats(std::max(1, limits.parallel));
    std::vector<std::thread> threads;
    for (const VeraSystem &system : others) {
        threads.emplace_back([&, system] {
            seats.acquire();
            SystemSearch one(system, limits, cancel);
            if (search.personUri.isEmpty()) {
                one.notAsked(notFound, whyNot);
            } else {
                one.askByRelation(personId, search.personUri);
                one.follow(linksInto(links, system));
            }
            finished(one);
            seats.release();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &link : links) {
        if (std::none_of(systems.cbegin(), systems.cend(),
                         [&](const VeraSystem &s) { return VeraCodes::within(link, s); }))
            search.unfollowed << link;
    }
    // The systems in the order they were given, whichever finished first.
    const auto placeOf = [&](const QString &name) {
        return std::find_if(systems.cbegin(), systems.cend(),
                            [&](const VeraSystem &s) { return s.name == name; })
            - systems.cbegin();
    };
    std::sort(search.systems.begin(), search.systems.end(),
              [&](const VeraSystemResult &a, const VeraSystemResult &b) {
                  return placeOf(a.name) < placeOf(b.name);
              });
    search.cancelled = cancel && cancel->load();
    return search;
}

} // namespace pd
