#!/usr/bin/env python3
"""Writes resources/vera/vocabulary.json: what the inzage report needs to show the data found in
the corporation's VERA systems in plain Dutch, taken from the specifications themselves.

    packaging/vera/vocabulary.py SPECS_DIR OUTPUT

SPECS_DIR is a copy of the VERA standard (../shared/vera: Informatiedomeinen/*.yaml, from
vera-openapi, and referentiedata/Referentiedata.csv, from vera-referentiedata). Only the schemas
the report can meet are kept: those of the resources core/vera/VeraCatalogue.cpp asks, of the
resources the person's link fields lead to, and the objects nested in them; and only the
reference data those schemas name. tests/repo/check_vera_vocabulary.sh regenerates the file and
fails when the checked-in one differs, so that it follows the specifications.

A field's label is derived from its description, the specifications' own words: the first
sentence without its article and a filler adjective ("beknopte"), cut before the first word that
starts a qualification ("van", "die", "waarop", ...) or a punctuation mark. "Het soort relatie:
NatuurlijkPersoon, ..." gives "Soort relatie", "Openstaand saldo." gives "Openstaand saldo". The
label is kept only when it holds every part of the field's name (give or take an inflection), so
that it can add to the name but never say something else; otherwise, and where it is only a
generic word ("Datum", "Waarde"), longer than four words, the name spelt otherwise (a slip in the
description), or the label of another field of the same object too, the field's name in words
is the label ("ingangsdatum" gives "Ingangsdatum", "aanschrijfnaam", whose description opens
with "De achternaam", gives "Aanschrijfnaam"), as the report worded every field before.
A field's value is shown as the person reads it where the specifications say what it is: a date
("date", "date-time") as a date, a number as a number, and an amount of money ("bedrag": a number
whose name says bedrag, huur, prijs, koopsom, inkomen, salaris, saldo, tarief, vermogen, bijdrage
or waarborgsom, and not percentage, punten, aantal, versie or rente) in euros.
A resource's label is its schema's name in words, singular: "NatuurlijkPersoon" gives "Natuurlijk
persoon", "HuurgeschilActie" "Huurgeschilactie" (an adjective stays a word of its own).
"""

import csv
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
CATALOGUE = os.path.join(ROOT, 'core', 'vera', 'VeraCatalogue')

# Words that name no field on their own: a label of only these says nothing to the person.
GENERIC = {
    'aantal', 'bedrag', 'code', 'datum', 'gegeven', 'gegevens', 'indicatie', 'informatie',
    'moment', 'naam', 'nummer', 'omschrijving', 'periode', 'referentie', 'sleutel', 'soort',
    'status', 'tekst', 'tijdstip', 'type', 'uri', "uri's", 'verwijzing', 'waarde', 'waarden',
    'kenmerk', 'kenmerken', 'eigenschap', 'eigenschappen', 'veld', 'attribuut', 'lijst',
    'unieke', 'totale', 'dit', 'deze', 'hier', 'er', 'het', 'de', 'een', 'wanneer', 'als',
    'aard', 'detail', 'detaillering', 'wijze', 'label', 'interval', 'reden', 'resultaat',
}
# A word that starts a qualification of the noun before it: the label ends before it.
CUT_WORDS = (
    'van', 'behorend', 'behorende', 'die', 'dat', 'welke', 'wie', 'is', 'zijn', 'wordt',
    'worden', 'geeft', 'bij', 'voor', 'in', 'op', 'om', 'met', 'zoals', 'of', 'en', 'naar',
    'uit', 'tot', 'aan', 'als', 'volgens', 'wanneer', 'indien', 'door', 'over', 'tussen',
    'binnen', 'ten', 'te', 'per', 'vanuit', 'tijdens', 'zodat', 'omdat', 'conform', 'inclusief',
    'exclusief', 'bijv', 'bijvoorbeeld', 'b.v.', 'o.a.', 'etc', 'betreffende', 'horend',
    'horende', 'hoort', 'geldt', 'gaat', 'kan', 'mag', 'moet', 'heeft', 'hebben', 'was',
    'vanaf', 'via', 'ja', 'de', 'het', 'een', 'duidt', 'bevat', 'gekoppeld',
    'specificeert', 'omtrent', 'betreft',
)
WAAR = r'waar(?:aan|bij|door|in|mee|na|naar|om|onder|op|over|toe|uit|van|voor)?'
CUT = re.compile(r'(?:^|\s)(?:' + WAAR + '|'
                 + '|'.join(re.escape(w) for w in CUT_WORDS) + r')(?=[\s.,:;]|$)'
                 r'|\s*[,:;(=\[/"]|\s-\s|\.(?:\s|$)', re.IGNORECASE)
# An adjective that adds nothing the person needs ("Beknopte omschrijving").
FILLER = re.compile(r'^(?:beknopte|korte|nadere|eventuele|specifieke|verschillende|gerelateerde|'
                    r'schriftelijke|eigen|ruwe)\s+', re.IGNORECASE)
ARTICLE = re.compile(r"^(?:de|het|een|'t)\s+", re.IGNORECASE)
REFERENCE = re.compile(r'Referentiedata:\s*([A-Za-z0-9_]+)')
# What a description says to the systems' builders, not to the person.
NOISE = [
    re.compile(r'\s*Validatie-regex:.*$', re.DOTALL),
    re.compile(r'\s*Referentiedata:\s*[A-Za-z0-9_]+\.?'),
    re.compile(r'\s*\bOBSOLETE\b\.?'),
    re.compile(r'\s*Dit (?:attribuut|veld) is verplicht[^.]*(?:\.|$)'),
]
# An adjective stays a word of its own before the noun ("Natuurlijk persoon", "Externe
# incasso"); other parts of a schema's name make one Dutch compound ("Relatieadres").
ADJECTIVE = re.compile(r'(?:lijke?|ige?|ische?|ieke?|erne|aal|ale|eel|ele)$')


def words(name):
    """A field's name in words, as VeraVocabulary::words makes it."""
    out = ''
    for i, c in enumerate(name):
        if c in '-_':
            out += ' '
        elif c.isupper() and i > 0:
            out += ' ' + c.lower()
        else:
            out += c
    return out[:1].upper() + out[1:]


def clean(description):
    text = ' '.join((description or '').split())
    for pattern in NOISE:
        text = pattern.sub('', text)
    return text.strip().strip("'").strip()


def derived(description):
    """The noun a description opens with, or '' when it opens with none."""
    text = ARTICLE.sub('', clean(description))
    match = CUT.search(text)
    label = (text[:match.start()] if match else text).strip().rstrip('.')
    return label[:1].upper() + label[1:]


def common_run(a, b):
    """The length of the longest run of letters a and b have in common."""
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            n = 0
            while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
                n += 1
            best = max(best, n)
    return best


def distance(a, b):
    """Levenshtein's edit distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def covers(label, key):
    """Whether the label holds every part of the field's name, give or take an inflection: then
    it says at least what the name says, and never names another thing."""
    text = re.sub(r'[^a-z]', '', label.lower())
    for part in re.findall(r'[A-Z]?[a-z0-9]+', key):
        part = part.lower()
        needed = len(part) if len(part) <= 4 else max(4, len(part) - 2)
        if common_run(part, text) < needed:
            return False
    return True


def label_of(key, description):
    label = FILLER.sub('', derived(description))
    label = label[:1].upper() + label[1:]
    plain = re.sub(r'[^a-z]', '', label.lower())
    usable = (label and label[0].isalpha() and len(label.split()) <= 4 and len(label) <= 40
              and not all(w.lower() in GENERIC for w in label.split())
              and covers(label, key)
              # Only spelt otherwise (a slip in the description): the field's own spelling.
              and not 0 < distance(plain, key.lower()) <= 2)
    return label if usable else words(key)


def resource_label(schema):
    parts = re.findall(r'[A-Z][a-z0-9]*|[a-z0-9]+', schema)
    out = parts[0]
    for before, part in zip(parts, parts[1:]):
        out += (' ' + part.lower()) if ADJECTIVE.search(before) else part.lower()
    return out


class Specs:
    def __init__(self, folder):
        self.docs = {}
        for name in sorted(os.listdir(folder)):
            if name.endswith('.yaml'):
                with open(os.path.join(folder, name), encoding='utf-8') as f:
                    self.docs[name[:-5]] = yaml.load(f, Loader=yaml.CSafeLoader)

    def schema(self, domain, name):
        return self.docs[domain]['components']['schemas'][name]

    def list_schema(self, domain, path):
        """The schema of the items a collection's GET answers with, without its -bericht part."""
        get = self.docs[domain]['paths']['/' + path]['get']
        answer = get['responses']['200']['content']['application/json']['schema']
        name = answer['items']['$ref'].rsplit('/', 1)[-1]
        for part in self.schema(domain, name).get('allOf', []):
            ref = part.get('$ref', '')
            if not ref.endswith('/Bericht-basis'):
                return ref.rsplit('/', 1)[-1]
        return name

    def collections(self, domain):
        for path, item in self.docs[domain]['paths'].items():
            if '{' not in path and 'get' in item and path != '/ping':
                yield path[1:]

    def properties(self, domain, schema):
        """A schema's own properties and those of all its parts, the first definition kept."""
        found = {}

        def walk(node):
            if '$ref' in node:
                walk(self.schema(domain, node['$ref'].rsplit('/', 1)[-1]))
                return
            for part in node.get('allOf', []) + node.get('oneOf', []) + node.get('anyOf', []):
                walk(part)
            for key, prop in (node.get('properties') or {}).items():
                found.setdefault(key, prop)

        walk(self.schema(domain, schema) if isinstance(schema, str) else schema)
        return found


AMOUNT = re.compile(r'bedrag|huur|prijs|koopsom|inkomen|salaris|saldo|tarief|vermogen|bijdrage|'
                    r'waarborgsom')
NOT_AMOUNT = re.compile(r'percentage|punten|aantal|versie|rente')


def value_format(key, prop):
    """How a value of the field reads: 'date', 'date-time', 'bedrag', 'getal' or None."""
    node = prop.get('items', prop) if prop.get('type') == 'array' else prop
    if node.get('type') == 'string' and node.get('format') in ('date', 'date-time'):
        return node['format']
    if node.get('type') in ('number', 'integer'):
        name = key.lower()
        return 'bedrag' if AMOUNT.search(name) and not NOT_AMOUNT.search(name) else 'getal'
    return None


def identifier(key):
    return re.fullmatch(r'id([A-Z].*)?', key) is not None or key == 'sturingslabels'


def target(prop):
    """What a property holds: ('ref', name), ('object', inline schema), ('uri', None), or
    ('value', None); arrays by their items."""
    node = prop.get('items', prop) if prop.get('type') == 'array' else prop
    if node.get('format') == 'uri':
        return 'uri', None
    refs = [node] if '$ref' in node else [p for p in node.get('allOf', []) if '$ref' in p]
    if refs:
        return 'ref', refs[0]['$ref'].rsplit('/', 1)[-1]
    if node.get('properties') or node.get('allOf'):
        return 'object', node
    return 'value', None


def catalogue():
    text = ''
    for ending in ('.h', '.cpp'):
        with open(CATALOGUE + ending, encoding='utf-8') as f:
            text += f.read()
    resources = re.findall(r'\{\s*VeraDomain::(\w+),\s*"([^"]+)"', text)
    person = re.search(r'personResource\s*=\s*"([^"]+)"', text).group(1)
    links = re.findall(r'u"(\w+)"_s', text.split('VeraCatalogue::personLinkFields()', 1)[1])
    return [('Relaties', person)] + resources, links


def build(specs_dir):
    specs = Specs(os.path.join(specs_dir, 'Informatiedomeinen'))
    resources, link_fields = catalogue()
    # The person's link fields lead to other domains' collections: "URI's naar Reacties in
    # domeinsysteem Woonruimteverdeling" (a followed link is kept under its path's last folder).
    person_props = specs.properties('Relaties', specs.list_schema('Relaties', resources[0][1]))
    asked = {path for _, path in resources}
    for field in link_fields:
        said = re.search(r'naar (\w+) in domeinsysteem (\w+)',
                         person_props.get(field, {}).get('description', ''))
        if not said or said.group(2) not in specs.docs:
            continue
        domain = said.group(2)
        # Named by the collection ("Reacties") or by the schema of its items ("AuthentiekGegeven").
        for path in specs.collections(domain):
            named = (said.group(1) == specs.list_schema(domain, path)
                     or said.group(1).lower() == path.replace('-', ''))
            if named and path not in asked:
                resources.append((domain, path))
                asked.add(path)

    schemas, categories, out_resources = {}, set(), {}

    def visit(domain, name, node=None):
        qualified = domain + '/' + name
        if qualified in schemas:
            return qualified
        schemas[qualified] = {}
        fields = {}
        labels = {}
        for key, prop in sorted(specs.properties(domain, node or name).items()):
            if identifier(key) or key.lower() == 'bsn':
                continue
            kind, what = target(prop)
            if kind == 'uri':
                continue
            description = prop.get('description', '')
            if kind == 'ref' and what in ('Referentiedata', 'Referentiedata-sleutels'):
                kind, what = 'value', None
            field = {'label': label_of(key, description)}
            if clean(description):
                field['description'] = clean(description)
            if value_format(key, prop):
                field['format'] = value_format(key, prop)
            category = REFERENCE.search(description or '')
            if category:
                field['referentiedata'] = category.group(1).upper()
                categories.add(field['referentiedata'])
            if kind == 'ref':
                field['schema'] = visit(domain, what)
            elif kind == 'object':
                field['schema'] = visit(domain, name + '.' + key, what)
            fields[key] = field
            labels.setdefault(field['label'].lower(), []).append(key)
        # Two fields with one label would read as the same fact twice.
        for keys in labels.values():
            if len(keys) > 1:
                for key in keys:
                    fields[key]['label'] = words(key)
        schemas[qualified] = fields
        return qualified

    for domain, path in resources:
        name = specs.list_schema(domain, path)
        out_resources[path] = {'domain': domain, 'label': resource_label(name),
                               'schema': visit(domain, name)}

    names = {}
    with open(os.path.join(specs_dir, 'referentiedata', 'Referentiedata.csv'),
              encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f, delimiter=';'))
    for row in rows:
        category, code = row['Soort'].upper(), row['Code']
        if category not in categories:
            continue
        codes = names.setdefault(category, {})
        # A code given twice (a retired row beside the current one): the current one's name.
        if code not in codes or not row['Einddatum']:
            if code not in codes or codes[code][1]:
                codes[code] = (row['Naam'], bool(row['Einddatum']))
    referentiedata = {c: {code: n for code, (n, _) in sorted(v.items())}
                      for c, v in sorted(names.items())}

    with open(os.path.join(specs_dir, 'LICENSE'), encoding='utf-8') as f:
        license_text = f.read().strip()
    return {
        '_about': [
            'Generated by packaging/vera/vocabulary.py from the VERA specifications '
            '(vera-openapi, Informatiedomeinen) and reference data (vera-referentiedata, '
            'CC0 1.0); do not edit. Checked by tests/repo/check_vera_vocabulary.sh.',
            'The labels are derived from the specifications\' descriptions; the descriptions '
            'and reference data names are the specifications\' own text.',
        ],
        '_specifications': 'vera-openapi ' + ', '.join(sorted(
            {str(specs.docs[d]['info']['version']) for d, _ in resources})),
        '_license': license_text.splitlines(),
        'resources': dict(sorted(out_resources.items())),
        'schemas': dict(sorted(schemas.items())),
        'referentiedata': referentiedata,
    }


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: vocabulary.py SPECS_DIR OUTPUT')
    text = json.dumps(build(sys.argv[1]), ensure_ascii=False, indent=1, sort_keys=False)
    with open(sys.argv[2], 'w', encoding='utf-8', newline='\n') as f:
        f.write(text + '\n')


if __name__ == '__main__':
    main()
