"""Who is who, and when: time-aware actor resolution.

Data (``actors/data``, our JSONL format, built by ``scripts/build_actors.py`` from ../shared/data):
``countries.jsonl`` (every state: ISO names, our aliases, demonyms, capitals and cities as in Phoenix),
``phoenix.jsonl`` (Phoenix/PETRARCH people, IGOs, groups with dated roles), ``leaders.jsonl``
(Archigos heads of state/government), ``international.jsonl`` (IGOs), ``agents.jsonl`` (sector nouns:
"officials" → GOV), and the hand-curated ``curated/*.jsonl`` (post-2015 leaders, IGOs, armed groups,
parties, seats of power), which win
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
- Towns the dictionaries lack are places in their state by GeoNames (``towns.py``: towns of 15,000
  people or more, only where the sentence treats the name as a place; the coder never makes one a doer).
- Capitals and other cities are the country (PETRARCH convention: "Ankara" → TUR); seats of power
  carry their sector ("the White House" → USAGOV, "the Kremlin" → RUSGOV, "the Pentagon" → USAMIL).
- A title stated before a name decides the role when the dictionary has none on the date or another
  affiliation ("Malaysian Deputy Prime Minister <unknown name>" → MYSGOV, "African Union envoy <name>"
  → the AU); "former <nationality> <title>" is that country's ELI. An apposition with "now", or beside
  a former office, states the role ("<name>, now the Commonwealth's special envoy"); an unknown name
  takes its appositive's actor (``apposition.py``).
- A bare surname resolves to the one office holder of that name on the date: last word of the name,
  first word for family-name-first countries ("Hu" in 2011 → CHNGOV), or Archigos' one-word name
  ("Mobutu"); proper nouns the NER missed or called a place count too.
- A state/IGO/nationality on a non-actor head: hardware is the state's military ("a Turkish drone" →
  TURMIL), a report/statement or the observers/envoys a body sends are the body ("a UN report", "EU
  election observers", "the EU's statement"); a place noun ("the Malian town of …") is no actor but
  tells countryless nouns where the act happened.
- Wire datelines ("BAKU, May 2 (Reuters) -") are read into ``doc._.rp_dateline`` (place, country, first
  story token); names inside the dateline are no actors and "here" is the dateline's place
  (``context.py``). Countryless sector nouns ("gunmen", "security forces") take the country of the
  sentence's place ("in the northern city of <name>" counts as "in <name>"), else their fuller earlier
  mention ("the president" → "the president of Kenya"), else — for courts, police, parliaments, the
  opposition, parties, gunmen, rebels, criminals, firms and workers, not governments or armies — the one
  state their sentence states (``sentence_state.py``: subjects, reporters such as "the Zambian daily",
  locatives, a nationality on a thing; never a co-argument of their own act, an object or destination, a
  state's forces or envoys abroad, a region or a stance), else the dateline's (when the article names
  that state), else the article's main state, never a co-argument's of the same act, and never for a
  group said not to be local ("foreign troops", "the international community": a public so modified is
  no actor; "foreign" in an office's name — "the foreign ministry in Lima" — is no such word); the
  component's ``place_country`` setting (off under petrarch conventions) disables this.
- Diplomats, ambassadors, envoys and embassies in or based in a city ("diplomats in Nairobi",
  "Cairo-based envoys") are posted there: the place gives them no country. "A lawmaker of the main
  opposition <party>" takes the country of the party named in apposition.
- Organisations: Phoenix, curated, CAMEO international_actors, COW IGO 3.0 (``international.jsonl``),
  major parties (``curated/parties.jsonl``: country + PTY), national legislatures, armed forces and
  intelligence services known by their own name with no country word ("the Sejm", "the Storting",
  "the Bundeswehr": ``curated/institutions.jsonl``, country + LEG/MIL/SPY).
- Never raises on text: a group that cannot be resolved is skipped with a logged warning, and a doc
  the actor step cannot read gets no actors (logged) rather than stopping its batch.
- Coreference (``coref.py``): a subject he/she → the latest person *subject* within three sentences,
  else the latest person; him/her → the latest person other than its own clause's subject; gender
  (``gender`` in the dictionaries: Archigos, curated people) keeps she from men and he from women;
  subject it/they → a state/organisation (or coordinated) subject of the previous clause, never an
  expletive "it"; "the two leaders" / "both heads of state" / "the leaders" → the last two persons and
  "the two countries" / "both sides" → the last two states (one span, two actors); "the Venezuelan
  leader" → the Venezuelan head of state already mentioned (else VEN: "leader" adds no sector); "his
  government" → that person's country + GOV; a surname after a first mention → the same actor;
  "them" as an object → the nearest earlier plural actor of the sentence that is not its clause's subject.

Public API: ``ActorResolver.default(user_file)``, ``ActorResolver.lookup(name, when)`` →
``Resolution``; ``spans.actor_span_for(token)``, ``spans.actors_in(span_or_doc)``; the spaCy factory
``realpolitik_actors`` (``component.py``).
"""
