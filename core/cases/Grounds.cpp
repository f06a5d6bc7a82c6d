#include "cases/Grounds.h"

#include <QStringList>

#include <algorithm>

namespace pd {

namespace {

QString typeLabels(const QList<RequestType> &types)
{
    return codes::labels(types).join(QStringLiteral(", "));
}

} // namespace

QList<RequestType> Grounds::fittingTypes(RefusalGround ground)
{
    switch (ground) {
    case RefusalGround::Art15_4:
        return { RequestType::Inzage };
    case RefusalGround::Art16:
        return { RequestType::Rectificatie };
    case RefusalGround::Art17_3a:
    case RefusalGround::Art17_3b:
    case RefusalGround::Art17_3c:
    case RefusalGround::Art17_3d:
    case RefusalGround::Art17_3e:
    case RefusalGround::Art17_3:
        return { RequestType::Verwijdering };
    case RefusalGround::Art18_2:
        return { RequestType::Beperking };
    case RefusalGround::Art20_1:
    case RefusalGround::Art20_2:
    case RefusalGround::Art20_4:
        return { RequestType::Overdraagbaarheid };
    case RefusalGround::Art21Dwingend:
        return { RequestType::Bezwaar };
    case RefusalGround::Art12_5:
    case RefusalGround::Art23:
    case RefusalGround::Art41_1a:
    case RefusalGround::Art41_1b:
    case RefusalGround::Art41_1c:
    case RefusalGround::Art41_1d:
    case RefusalGround::Art41_1e:
    case RefusalGround::Art41_1f:
    case RefusalGround::Art41_1g:
    case RefusalGround::Art41_1h:
    case RefusalGround::Art41_1i:
    case RefusalGround::Art41_1j:
    case RefusalGround::Art41Uavg:
    case RefusalGround::Overig:
        break;
    }
    return codes::all<RequestType>();
}

bool Grounds::fits(RefusalGround ground, RequestType type)
{
    return fittingTypes(ground).contains(type);
}

bool Grounds::fitsAny(RefusalGround ground, const QList<RequestType> &types)
{
    return std::any_of(types.cbegin(), types.cend(),
                       [ground](RequestType type) { return fits(ground, type); });
}

bool Grounds::isLegacy(RefusalGround ground)
{
    return ground == RefusalGround::Art17_3 || ground == RefusalGround::Art41Uavg;
}

bool Grounds::isArt17_3Letter(RefusalGround ground)
{
    return ground == RefusalGround::Art17_3a || ground == RefusalGround::Art17_3b
        || ground == RefusalGround::Art17_3c || ground == RefusalGround::Art17_3d
        || ground == RefusalGround::Art17_3e;
}

bool Grounds::isArt41Uavg(RefusalGround ground)
{
    return ground >= RefusalGround::Art41_1a && ground <= RefusalGround::Art41_1j;
}

QList<RefusalGround> Grounds::choosable(const QList<RequestType> &types)
{
    QList<RefusalGround> result;
    for (RefusalGround ground : codes::all<RefusalGround>()) {
        if (!isLegacy(ground) && fitsAny(ground, types))
            result << ground;
    }
    return result;
}

QString Grounds::article(RefusalGround ground)
{
    const QString label = codes::label(ground);
    const qsizetype colon = label.indexOf(QLatin1StringView(": "));
    return colon > 0 ? label.left(colon) : label;
}

QString Grounds::check(const QList<RequestType> &types, const QList<RefusalGround> &grounds,
                       bool onlyAbsolute)
{
    for (RefusalGround ground : grounds) {
        if (ground == RefusalGround::Art17_3)
            return tr("Art. 17(3) GDPR can no longer be chosen without its letter: name the "
                      "exception that applies, (a) to (e).");
        if (ground == RefusalGround::Art41Uavg)
            return tr("Art. 41 UAVG can no longer be chosen without its ground: name the "
                      "ground that applies, (a) to (j).");
    }
    for (RefusalGround ground : grounds) {
        if (!fitsAny(ground, types))
            return tr("%1 does not fit this request (%2): it only applies to %3.")
                .arg(article(ground), typeLabels(types), typeLabels(fittingTypes(ground)));
    }
    if (onlyAbsolute && grounds.contains(RefusalGround::Art21Dwingend))
        return tr("%1 cannot refuse an objection to direct marketing (%2): that objection is "
                  "absolute (art. 21(3) GDPR).")
            .arg(article(RefusalGround::Art21Dwingend), codes::label(RequestType::Bezwaar));
    if (grounds.contains(RefusalGround::Art23)
        && std::none_of(grounds.cbegin(), grounds.cend(), isArt41Uavg))
        return tr("%1 is never a ground on its own: name the Dutch provision that applies it, "
                  "art. 41 UAVG with its ground (a) to (j).")
            .arg(article(RefusalGround::Art23));
    return {};
}

} // namespace pd
