"""Who is who, and when: time-aware actor resolution.

Data (``actors/data``, our JSONL format, built by ``scripts/build_actors.py`` from ../shared/data):
``countries.jsonl`` (every state: ISO names, our aliases, demonyms, capitals and cities as in Phoenix),
``phoenix.jsonl`` (Phoenix/PETRARCH people, IGOs, groups with dated roles), ``leaders.jsonl``
(Archigos heads of state/government), ``agents.jsonl`` (sector nouns: "officials" → GOV), and the
hand-curated ``curated/*.jsonl`` (post-2015 leaders, IGOs, armed groups, seats of power), which win
over the generated files for the same name. A user dictionary wins over everything: the ``actors``
setting (``REALPOLITIK_ACTORS``), else ``$XDG_DATA_HOME/realpolitik/actors.jsonl`` when it exists;
``realpolitik actors import FILE --format petrarch|jsonl`` appends to it.

Resolution rules worth knowing:
- The date (``doc._.published``; today when unknown) picks a person's role; outside every role the
  person is their country with no sector (or the entry's own fallback code, for Phoenix entries).
- Same-name entries: higher layer first, then the one whose role covers the date ("Bush" in 2008).
- A country plus an agent noun gives country + sector ("Turkish officials" → TURGOV); an
  organisation plus an agent appends the sector ("UN troops" → IGOUNOMIL); an agent alone gives
  ``---`` + sector, as PETRARCH does.
- A demonym on a noun that is not an actor makes no span ("Venezuelan oil"), except nouns that
  denote people ("Filipino peacekeepers" → PHL).
- Capitals and other cities are the country (PETRARCH convention: "Ankara" → TUR); seats of power
  carry their sector ("the White House" → USAGOV, "the Kremlin" → RUSGOV, "the Pentagon" → USAMIL).
- Coreference (``coref.py``): a subject he/she → the latest person *subject* within three sentences,
  else the latest person; him/her → the latest person other than its own clause's subject; gender
  (``gender`` in the dictionaries: Archigos, curated people) keeps she from men and he from women;
  subject it/they → a state/organisation (or coordinated) subject of the previous clause, never an
  expletive "it"; "the two leaders" / "both heads of state" / "the leaders" → the last two persons and
  "the two countries" / "both sides" → the last two states (one span, two actors); "the Venezuelan
  leader" → the Venezuelan head of state already mentioned (else VEN: "leader" adds no sector); "his
  government" → that person's country + GOV; a surname after a first mention → the same actor.

Public API: ``ActorResolver.default(user_file)``, ``ActorResolver.lookup(name, when)`` →
``Resolution``; ``spans.actor_span_for(token)``, ``spans.actors_in(span_or_doc)``; the spaCy factory
``realpolitik_actors`` (``component.py``).
"""
