// Parse repair: rewrites a few dependency-parse errors that a statistical
// parser commonly makes on news text and that would hide an event from the
// coder. Each repair fires only on a tree shape that no correct UD analysis
// has (a punctuation mark with dependents, two subjects of one verb, a modal
// governing a participle, a finite verb as the modifier of a verbless
// sentence's noun...), so correct trees pass through unchanged.
//
// Repairs (numbered as they were added; RepairWordsOrFail in parse_repair.cc
// applies them in the order that lets one prepare another, e.g. 17 before
// 22 and 6; see parse_repair.cc for the exact conditions):
//   1. Dependents of a punctuation mark move to the mark's head (a noun
//      the parser made a function word or a compound of the mark: the
//      object of the verb before it).
//   2. A capitalised word inside an actor-dictionary match that the tagger
//      called VERB/ADV/ADP/AUX is a proper noun, and a clausal relation of
//      it the nominal one (csubj -> nsubj, ccomp/xcomp -> obj, ...).
//   3. "X is about to V": "about" heads the clause (cop, nsubj, xcomp V).
//   4. Modal + verb base form mis-tagged + participle root ("will
//      abandon(ADV) improved(root) relations"): the base form is the verb,
//      the participle modifies the object. A noun or adjective governing a
//      modal ("will not wire tap(NOUN)") is a verb.
//   5. A verbless sentence whose nominal root is followed by a past-tense or
//      participle modifier ("Pyongyang on Thursday fired(amod) two shells",
//      "demonstrators launched(acl, VBN) missiles"): the verb is the root and
//      the noun its subject.
//   6. Two nominal subjects of one verb: a list ("A, the B, C and D
//      welcomed") becomes conjuncts; adjacent ones ("Deputy Minister
//      Telemar") a compound.
//   7. A title + name headed by a leading country word ("Bree(nsubj) Prime
//      Minister Romendacil(nmod)") is headed by the name.
//   8. A bare noun attached as advcl to a verb without an object is its
//      object ("cordoned off for construction the roads").
//   9. A sentence-final reporting clause (", a senior official said") read
//      as conj/acl:relcl/advcl is parataxis of the root.
//  10. "was heavily and unjustly criticized" headed by the first adverb: the
//      participle is the root.
//  11. A possessive read as a conjunct ("Gondor and Arnor's Elrond")
//      modifies the noun that follows it.
//  12. A subjectless to-infinitive after a verb of asking or ordering with
//      the person asked ("urged Bree to help", "called on Gondor to leave") is
//      an xcomp, not an adverbial clause.
//  13. A time word as root ("mayor left(NOUN) yesterday"): the verb the
//      dictionary knows before it is the root.
//  14. "restore complete(xcomp), full ties(parataxis)": comma-separated
//      adjectives modify the noun, which is the object.
//  15. "launched a new bombing and shelling(VBG, conj) offensive": a bare
//      gerund coordinated after a finite verb's object modifies the next noun.
//  16. "inching nearer to accord(NOUN) with Gondor": "to" + a bare verb base
//      form (verb dictionary) with its own complement (a prepositional phrase,
//      a "whether" clause) is an infinitive.
//  17. A news dateline ("KABUL (Reuters) - Russia said") that the parser
//      made the subject, with the real subject as its appositive.
//  18. A subordinating conjunction read as a preposition ("five years
//      after crowds(obl) trashed(acl) its embassy", "came as the leader(obl)
//      prepared(parataxis) to attend"): the noun is the subject of the verb
//      after it, and the clause an adverbial.
//  19. A past-tense verb read as an adjective of the root noun that follows
//      it, the subject attached to that noun ("President Lee proposed(amod)
//      talks(root) with North Korea"): the verb is the root, the noun its
//      object (the subject may be the verb's own dependent already, or,
//      with no subject, the compound noun before the verb).
//  20. An adjective read as the object of a verb after it ("Russian(obj)
//      President Vladimir Putin threatened"): it modifies the noun after it,
//      when that noun is in the verb's subject.
//  21. In a sentence with no other verb, a past verb read as an adjective of
//      a bare noun hanging from the root noun before it ("Indian troops(root)
//      exchanged(amod) artillery fire(nmod)"): the verb is the root, the
//      root noun its subject, the noun its object.
//  22. A reporting verb with two subjects, the first carrying the reported
//      clause as a participle or past form ("Armed men(nsubj) abducted(acl)
//      students, police(nsubj) said"), or a noun read as that clause
//      ("Israeli strikes(ccomp) killed(acl) ..."): the clause is the root,
//      the report its parataxis.
//  23. ", Reuters reports(NOUN)." closing a sentence is a reporting clause.
//  24. A day name or "overnight" heading or ending a name ("met with
//      President Bashar Assad(compound) Tuesday(obj)"): the name heads the
//      phrase, the day is the verb's time.
//  25. A second nominal subject after an active non-reporting verb
//      ("Erdogan hosted ... Mohammed(nsubj)") is its object.
//  26. A past verb read as an adjective of the root's subject right after a
//      compound ("Indonesian police(compound) arrested(amod) dozens(nsubj) of
//      protesters outside parliament(root)") is the predicate.
//  27. A nominal "subject" of a prepositional noun ("impeached President
//      Yoon(nsubj) over his decree(obl)", "sentenced Bolsonaro(nsubj) to 27
//      years(obj)") is the verb's object.
//  28. A verb in a noun's place after "the X" or with a preposition ("the
//      US strikes(VBZ, obj)", "the US charge(VB) d'affaires", "by US
//      airstrikes(VBZ)") is a noun; so is a plural noun of acts read as a
//      clause after a verb of judging ("criticized US strikes(VBZ, ccomp)").
//  29. A headline's past form of a verb that needs an object, with none
//      ("Sudan's RSF accused of genocide"), is passive.
//  30. "the Rafah border crossing(VBG, acl)" is a noun phrase headed by
//      "crossing".
//  31. A "by" phrase right after a participle of the same noun ("forces
//      backed(acl) by US airstrikes(nmod)") is the participle's agent.
//  32. A subjectless past-tense conjunct of a modal infinitive clause ("said
//      Tehran would not negotiate ... and rejected(conj) the offer") is the
//      conjunct of the past-tense verb the clause completes ("said").
//  33. An "on"/"against" phrase right after a subject noun, before its verb
//      ("Israeli airstrikes on southern Lebanon(obl) killed"), modifies the noun.
//  34. "riot police outside(ADJ, amod) parliament": a preposition of place
//      taken for an adjective after a compound noun opens a phrase.
//  35. A root with a subordinator ahead of it ("... after militants
//      fired(root)") is the subordinate clause; the past verb read as an
//      adjective of its first subject ("The Israeli military bombed(amod)
//      Hamas targets") is the main verb.
//  36. A to-infinitive right after an object noun of offering or planning
//      ("rejected Trump's offer(obj) to send(advcl) troops") is the noun's acl.
//  37. "accused(ccomp) of" right after a noun read as that clause's subject
//      ("executed several Palestinians(nsubj) accused of collaborating") is
//      the noun's passive participle, the noun the verb's object.
//  38. "suspended Madagascar(nsubj) following(xcomp) the coup": the
//      preposition "following" read as a clause; the noun before it is the
//      verb's object.
//  39. "Venezuelan authorities arrested(acl) three Americans accused(root)
//      of plotting": two subjects of a participle-like verb, the first with
//      a bare participle after it: that participle is the verb, the second
//      subject its object, the old verb the object's participle.
//  40. "Peru(nmod:poss of removed) 's Congress(nsubj) removed": a possessor
//      of a verb owns the subject right after it.
//  41. "attacked the town of Mirebalais and freed(amod) hundreds(conj)": a
//      past form after "and" read as an adjective in the object of a past
//      verb is that verb's conjunct, with the noun as its object.
//  42. "Indian police arrested(acl) Kashmiri separatists after a car
//      bomb(obl) exploded(root)": a participle with an object before a root
//      that has its subject, a subordinator opening the noun phrase before
//      the root: the participle is the main verb, the phrase the
//      subordinate clause's subject.
//  43. "released prisoners after talks with a US envoy(obl)": a "with"
//      phrase right after a noun of talks in a phrase of time is that noun's.
//  44. "sentenced Hasina(nsubj) to death(VERB)": "to death" is a phrase of
//      the verb, its "subject" the verb's object.
//  45. "Israel(root), which has accused Hamas ..., resumed(amod)
//      strikes(conj)": after a subject's relative clause and a comma, a past
//      form read as an adjective of a conjunct noun is the main verb.
//  46. "Egyptian(amod) and Qatari(compound) mediators": two modifiers of one
//      noun joined by "and" are conjuncts.
//  47. "signed a law(compound) imposing(amod) sanctions(obj)": an "-ing"
//      form read as an adjective after a document noun is that noun's
//      participle, the phrase's head its object.
//  48. "The Syrian army(compound) and SDF(conj) fighters": a noun with its
//      own determiner read as a compound of the next head, coordinated with
//      that head's modifier, is the first conjunct.
//  49. "designated the Houthis(nsubj of organization) a terrorist
//      organization(obj)": after a verb of naming, the object's "subject" is
//      the verb's object and the noun its xcomp.
//  50. "after a Chinese ship(amod) fired(amod) water cannon(obl)": a
//      subordinate clause read as a noun phrase of a preposition is an
//      adverbial clause (subject, verb, object); also with a plural subject
//      ("after Russian drones(compound) entered(amod) Polish airspace").
//  51. A hyphenated name split by the tokenizer and read as two phrases
//      ("Guinea(nsubj)-Bissau(nmod:poss)'s junta") is one, headed by its
//      last piece.
//  52. "Israel will attack Iran, Netanyahu(conj of Iran) said.": a phrase
//      between a comma and a closing verb of saying with no subject, read
//      into the reported clause, is the verb's subject.
//  53. "protested in(case of Tel) Tel(compound) Aviv(obj)": a preposition
//      hung on a name's first word is the name's, and the name an oblique.
//  54. "The Democratic Republic(compound) of Congo and M23(conj of Congo)
//      rebels(nsubj)": a name ending in an "of" phrase, made a compound of
//      the plural noun after it, heads the phrase, the noun its conjunct.
//  55. "delivered aid to(mark) famine(acl)-hit areas": after "to", a
//      hyphenated noun + participle read as an infinitive modifies the noun
//      after it, "to" that noun's preposition.
//  56. "fired tear gas at protesters(obl) demanding(advcl) the resignation":
//      a gerund right after a plural noun of people, the same verb's object
//      or oblique, describes them (acl).
//  57. "which(obj of says) Kinshasa says is backed(ccomp) by Rwanda": a
//      relative pronoun made the object of a verb of saying whose complement
//      has no subject is that complement's subject.
//  58. "demanded Iran free(ADJ) the Americans(obj)": an adjective with a
//      direct object is a verb.
//  59. "suspended intelligence(obj) sharing(acl, VBG)": a noun + gerund of a
//      known activity without an object of its own is one noun phrase
//      headed by the gerund.
//  60. "a proposal(NOUN) put forward by the United States(obl:agent), Saudi
//      Arabia(conj of proposal), Egypt and ...": names listed after a name
//      ending a phrase inside a common noun's phrase are that name's
//      conjuncts.
//  61. "Israeli officials, who met(ccomp of said) Egyptian mediators, said":
//      a clause whose subject is "who" right after a noun and a
//      comma is that noun's relative clause; so is one whose subject is
//      "which" when the noun is the subject of the verb after the clause
//      ("Qatar, which is mediating(advcl) talks, said").
//  62. "Clashes(VERB, root) between Druze fighters and Bedouin tribes(nsubj
//      of left) left(conj) hundreds dead": an opening noun of fighting or
//      talking with a "between" phrase is the real verb's subject, and the
//      parties it names are conjuncts.
//  63. "A Russian drone attack on(mark) Kyiv(nsubj) killed four people": a
//      preposition read as a subordinator between two nominal subjects of
//      one verb opens a phrase of the first subject.
//  64. "US(obl:unmarked) B-2 bombers(nsubj) struck": a proper noun hanging
//      from the verb as a bare noun phrase right before its subject's phrase
//      modifies the subject.
//  65. "talks between Russian(nmod) and American officials(conj)": a
//      nationality word read as a noun, coordinated with a phrase opening with
//      another nationality, modifies that phrase's noun with it.
//  66. "The Philippines(root) and Japan(nsubj) held(conj) exercises": an
//      opening name made the root, coordinated with the subject of a verb
//      conjunct, is that verb's first subject.
//  67. "imposed on Russian companies(obl) by the United States(nmod of
//      companies)": a "by" phrase under a passive verb's oblique, the verb
//      without an agent, is that agent.
//  68. "killed 25 Palestinians(compound) waiting(advcl) for food aid": a
//      plural noun made a compound of the gerund after it is the object of
//      the verb the gerund hangs from, the gerund its acl.
//  69. "The UN warned that famine was spreading(ccomp) and called(conj) on
//      Israel to allow aid": a subjectless verb of saying or appealing
//      coordinated with a reported clause's verb is the reporting verb's
//      conjunct.
//  70. "accused President Paz(nsubj of selling) of selling(advcl)": the
//      subject of an "of"/"for" gerund, before the mark, under a verb with no
//      object, is the verb's object.
//  71. "urged the United States, which brokered(relcl) the truce, to
//      pressure(advcl of brokered) Israel": the to-infinitive after a
//      relative clause of an asking verb's object is what it asks (xcomp).
//  72. "detained opposition leader Nika Melia(nsubj of rallied) ... as
//      thousands(nsubj) rallied": of two subjects of a subordinate clause,
//      the one before the subordinator is the preceding verb's object.
//  73. "was declared the winner, and police(conj) arrested(amod)
//      dozens(conj)": a past form read as an adjective between two nouns
//      coordinated with the verb is a coordinated clause.
//  74. "Egypt and Saudi Arabia(vocative), which(nsubj) back(root) the army,
//      met(conj)": a root whose subject is "which"/"who" after a comma is
//      the relative clause of the noun before it, and the subjectless
//      finite verb after its closing comma the root.
//  75. "met with envoy Massad Boulos(nsubj of discuss) to discuss(advcl)":
//      a phrase with a preposition read as the subject of a to-infinitive
//      is an oblique of the verb the infinitive modifies.
//  76. "said Cambodian soldiers(nsubj of fired) fired(amod) rockets(obj of
//      said)": a past form with a subject of its own modifying the reporting
//      verb's object is the reported clause (ccomp), the noun its object.
//  77. "talks with Vice Premier(nmod) He Lifeng(obl of held)": a singular
//      title with a preposition whose name, right after it, hangs elsewhere
//      is the name's compound; the name heads the phrase.
//  78. "hours(nsubj) after Trump(nsubj) threatened": a noun of time before
//      the subordinator of a clause with its own subject is obl:npmod.
//  79. "came hours after the United States(nmod of hours) and South
//      Korea(nsubj) began(conj of came)": a subordinator read as the first
//      subject's preposition; the clause is subordinate (advcl, the
//      preposition its mark), its subject both names.
//  80. "..., US Deputy Secretary(obl of seeking) of Energy Jeffrey
//      Kupfer(nsubj) said": the capitalised title of a closing report's
//      subject, hung on the main clause, is the name's compound.
//  81. "by promoting(amod of biofuels) biofuels": a gerund with its own
//      subordinator (by, while, without, after, before) heads a clause of
//      the noun's verb (advcl), the noun its object.
//  82. "After North Korea(compound of shells) fired(amod) artillery
//      shells(obl of put), South Korea put": a past form between a name and
//      a noun after a subordinator heads a subordinate clause (advcl), the
//      name its subject, the noun its object.
//  83. "Thailand(root), Cambodia Sign(VBP, compound of Deal) Peace Deal":
//      a headline's verb read as a compound under an opening name is the
//      root, the names its subjects, the noun its object.
//  84. "strikes on(mark) what(obj) it called(advcl) terrorist camps": the
//      preposition is the case of "what", which heads the phrase; the
//      clause is its relative clause.
//  85. "\"Our forces(nsubj of destroyed) destroyed(amod) three Russian
//      tanks(ccomp),\" the army said": a past form with a subject of its own
//      modifying a clause's head noun after it heads that clause (done with
//      76, by one function).
//  86. "told state media(iobj) that(obj) Tehran had received(acl:relcl)
//      messages(obj)": "that" with an object beside it in its clause, after
//      the addressee of a verb of telling, opens the reported clause.
//  87. "European powers(root) reimposed(acl, VBN) UN sanctions(obl, no
//      case)": a participle right after the root noun with a bare noun
//      phrase under it is the sentence's verb, the phrase its object.
//  88. "approved a bill(obj) to(case) annex(compound) parts(nmod)": "to" and
//      a verb's base form read as a compound, after a noun of an act not
//      done, are that noun's infinitive, the phrase after them its object;
//      after the person a verb of asking asks, the verb's complement
//      ("urged Beijing to exercise(compound) restraint").
//  89. "signed a memorandum with(mark) Somaliland(nsubj) granting(advcl) it
//      access": after a verb of making a deal, "with" + a name + a gerund
//      is the deal's partner, the gerund clause a modifier of the deal.
//  90. "He met Crown Prince Mohammed bin Salman(nsubj of discussed) and
//      discussed(conj) security": a name between a verb without an object
//      and a verb coordinated by "and" is the first verb's object.
//  91. "Pakistan(nsubj), India(compound of Agree) Agree to Ceasefire": a
//      name after a comma, read as a compound of the verb right after it, is
//      the subject's conjunct.
//  92. "Witkoff(nsubj) is due(root) to meet(csubj) Putin": a to-infinitive
//      read as the clausal subject of an adjective with a subject of its
//      own is its complement (xcomp).
//  93. "The Kremlin said(root) Putin was open to talks but accused(amod)
//      European leaders(conj of talks)": a past verb of saying or judging
//      after "but"/"and", read as an adjective of a coordinated noun inside
//      the root's clause, is the root's conjunct, the noun its object.
//  94. "warned that famine conditions(nsubj of urged) persisted(acl) ...
//      and urged(ccomp) Israel to allow": the past form after the reported
//      clause's subject is its verb; the verb after "and" is the reporter's.
//  95. "called on the mediators, Egypt(conj of accused), Qatar and Turkey,
//      to pressure(advcl of accused) Israel": names set off by commas after
//      the party a verb of asking addresses are its apposition, and the
//      infinitive after them what it is asked to do (xcomp).
//  96. Headlines: "Hezbollah Fires(NNS, nsubj) Rockets(VBZ, root)",
//      "Venezuela Frees(NNS) Detained(VBD, root) Americans": an "-s" word
//      after the opening name whose lemma the verb dictionary knows is the
//      verb; the next word its object (a plural no verb entry knows) or a
//      participle modifying the noun after it.
//  (Repair 2 also takes a capitalised pronoun opening a dictionary name:
//  "He(nsubj of Lifeng) Lifeng" is "He Lifeng(flat)".)
//
// Works on UD v2 and v1 labels (dobj, nsubjpass, name...).
#pragma once

#include "parley/dict/dictionary.h"
#include "parley/doc/document.h"

namespace parley::code {

// Repairs one sentence in place; returns the number of repairs made.
// `dicts` may be null (the dictionary-based repairs are then skipped).
int RepairSentence(Sentence* sentence, const dict::Dictionaries* dicts);

// Repairs a copy of `words`: returns the number of repairs and fills
// *repaired with the repaired words; returns 0 and leaves *repaired untouched
// (no copy is made) when nothing needs repair, the words are unparsed, or the
// repaired tree would not be valid. The coder repairs sentence by sentence,
// so a repair copies one sentence's words, never the document.
int RepairWords(const std::vector<Word>& words, const dict::Dictionaries* dicts,
                std::vector<Word>* repaired);

}  // namespace parley::code
