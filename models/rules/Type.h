#pragma once

#include "rules/Snapshot.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace mianshen::rules {

// The static type of an expression.
struct Type final
{
    enum Base : std::uint8_t { Error, Bool, Integer, Money, Decimal, String, Date, Month, Record, List };

    Base base = Error;
    bool optional = false;            // may be absent: only has(x) and x ?? d accept it
    bool unregisteredAbsent = false;  // optional because the subject may lack its registry row
    Base element = Error;             // List: the element's base
    const catalog::Feed *feed = nullptr; // Record, List of Record: the feed
    SubjectKind kind = SubjectKind::Person; // Record, List of Record: whose rows
    // String values known to come from a fixed set (enum columns, literals):
    // lets the checker reject 'pensoin' and the table checker find gaps.
    std::shared_ptr<const QStringList> domain;
    // Integer columns with a declared range.
    bool hasRange = false;
    qint64 minValue = 0, maxValue = 0;

    static Type of(Base b) { Type t; t.base = b; return t; }
    static Type record(const catalog::Feed *f, SubjectKind k) { Type t; t.base = Record; t.feed = f; t.kind = k; return t; }
    static Type listOf(Type element)
    {
        Type t;
        t.base = List;
        t.element = element.base;
        t.feed = element.feed;
        t.kind = element.kind;
        t.domain = element.domain;
        return t;
    }
    Type elementType() const
    {
        Type t;
        t.base = element;
        t.feed = feed;
        t.kind = kind;
        t.domain = domain;
        return t;
    }
    Type required() const { Type t = *this; t.optional = false; t.unregisteredAbsent = false; return t; }
    Type asOptional() const { Type t = *this; t.optional = true; return t; }
    bool isNumeric() const { return !optional && (base == Integer || base == Money || base == Decimal); }
    bool isOrdered() const { return !optional && (base == Integer || base == Money || base == Decimal || base == Date || base == Month); }
    bool isScalar() const { return base != Error && base != Record && base != List; }
    bool sameAs(const Type &o) const
    {
        return base == o.base && element == o.element && (base != Record && element != Record ? true : feed == o.feed && kind == o.kind);
    }
    QString name() const;
};

} // namespace mianshen::rules
