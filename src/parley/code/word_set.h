// Small fixed word sets as the coder and the parse repairs test them: a
// lower-case form, lemma, UPOS or relation against a handful of literals.
#pragma once

#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace parley::code {

// Whether s, lower-cased (ASCII), is `lower`.
inline bool EqualFolded(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != static_cast<unsigned char>(lower[i]))
      return false;
  return true;
}
// Whether s, lower-cased (ASCII), is one of `set` (written in lower case).
inline bool OneOfFolded(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set)
    if (EqualFolded(s, x)) return true;
  return false;
}

// Whether `s` is one of `set` ("OneOf(rel, {"nsubj", "obj"})").
inline bool OneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set)
    if (x == s) return true;
  return false;
}

// Verbs that report what a clause or a quote says ("..., police said", "\"We
// are ready,\" Lavrov said", "the army said"): one list for the coder's
// speakers and reporters and for the parse repairs of reporting clauses.
// ("said"/"told": a lemma the lemmatizer left as the form.)
inline constexpr std::string_view kReportingVerbs[] = {
    "say",  "tell", "report", "add",   "announce", "state", "declare", "note",
    "said", "told", "claim",  "write", "insist",   "warn",  "confirm"};
inline bool IsReportingVerb(std::string_view lemma) {
  for (std::string_view x : kReportingVerbs)
    if (x == lemma) return true;
  return false;
}

// Nouns of an act not (yet) done, whose to-infinitive names it: "Trump's
// offer to send troops", "a plan to take control of Gaza City", "a bid to
// oust him", "a deal to free the hostages", "a bill to annex parts of the
// West Bank". The act is not coded, and its
// parties are not the governing verb's ("approved a plan to take Gaza
// City" approves no one).
inline constexpr std::string_view kUnrealisedActNouns[] = {
    "offer",   "proposal", "plan",      "threat", "promise",     "pledge",    "bid",
    "attempt", "request",  "demand",    "plot",   "intention",   "readiness", "willingness",
    "effort",  "deal",     "agreement", "bill",   "legislation", "motion",    "resolution"};
inline bool IsUnrealisedActNoun(std::string_view lemma) {
  for (std::string_view x : kUnrealisedActNouns)
    if (x == lemma) return true;
  return false;
}

// Nouns of a meeting ("a summit on Gaza", "talks about the war"): their
// on/about/over phrases name a topic, not a party.
inline bool IsMeetingNoun(std::string_view lemma) {
  return OneOf(lemma, {"summit", "talk", "talks", "meeting", "conference", "negotiation",
                       "consultation", "discussion", "dialogue", "forum"});
}

// Names of days and months, lower-case ("tuesday", "april"): times, not
// actors or places.
inline bool IsDayName(std::string_view lower) {
  return OneOf(lower,
               {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
}
inline bool IsMonthName(std::string_view lower) {
  return OneOf(lower, {"january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"});
}

// Nouns of the occasion of a meeting ("on the sidelines of the UN General
// Assembly", "on the margins of the summit"): their "of" phrase is when and
// where, not whom.
inline bool IsOccasionNoun(std::string_view lemma) {
  return OneOf(lemma, {"sideline", "sidelines", "margin", "margins"});
}

// Nouns of speaking ("a speech on US relations", "remarks about Iran"):
// their on/about/over phrases name a topic, not a party.
inline bool IsSpeechNoun(std::string_view lemma) {
  return OneOf(lemma, {"speech", "statement", "remark", "remarks", "address", "briefing", "lecture",
                       "comment", "comments", "interview"});
}

// A meeting's or a speech's noun: its on/about phrases name a topic, its
// in/at phrases where it was held, neither a party.
inline bool IsMeetingOrSpeechNoun(std::string_view lemma) {
  return IsMeetingNoun(lemma) || IsSpeechNoun(lemma);
}

// Nouns of a document that acts ("a decree imposing sanctions", "a law
// banning parties"): its participle's act is its signer's.
inline bool IsDocumentNoun(std::string_view lemma) {
  return OneOf(lemma, {"decree", "order", "law", "bill", "resolution", "measure", "legislation",
                       "directive", "ordinance", "statement", "declaration", "communique"});
}

// Agent codes of an armed or opposition role ("the insurgents", "troops",
// "the opposition"), which definite descriptions and "they" stand for.
inline bool IsArmedOrOppositionRole(std::string_view agent) {
  return OneOf(agent, {"REB", "INS", "OPP", "MIL", "UAF", "SEP", "RAD"});
}

// CAMEO's world regions (data/actors-regions.txt): "in the Caribbean" says
// where, not whom.
inline bool IsRegionCode(std::string_view code) {
  return OneOf(code, {"AFR", "NAF", "WAF", "EAF", "CFR", "SAF", "ASA", "SAS", "SEA",
                      "CAS", "EUR", "EEU", "WEU", "SCN", "BLK", "CAU", "MEA", "PGS",
                      "MDT", "LAM", "SAM", "CAM", "CRB", "NMR", "WST", "OCE", "ARC"});
}

// CAMEO's acts of protest, force and coercion (roots 14-20).
inline bool IsForceCode(std::string_view code) {
  return code.size() >= 2 && code.substr(0, 2) >= "14" && code.substr(0, 2) <= "20";
}
// CAMEO's acts of force (roots 18-20: assault, fight, mass violence).
inline bool IsAttackCode(std::string_view code) {
  return code.size() >= 2 && code.substr(0, 2) >= "18" && code.substr(0, 2) <= "20";
}
// CAMEO's acts of rejection, threat, protest, force and coercion (roots 12-20):
// acts done against someone.
inline bool IsHostileCode(std::string_view code) {
  return code.size() >= 2 && code.substr(0, 2) >= "12" && code.substr(0, 2) <= "20";
}
// Whether an actor code ends with one of the roles (agent codes): "ISRMIL"
// holds "MIL".
inline bool HoldsRole(std::string_view code, std::string_view role) {
  return code.size() > role.size() && code.substr(code.size() - role.size()) == role;
}
inline bool HoldsAnyRole(std::string_view code, const std::vector<std::string>& roles) {
  for (const std::string& r : roles)
    if (HoldsRole(code, r)) return true;
  return false;
}

// An armed actor's code: a role of force ("ISRMIL") or a named armed group
// ("LBNREBHZB").
// A role of force alone ("MIL", "REB"): an agent code naming no actor.
inline bool IsArmedRole(std::string_view role) {
  return OneOf(role, {"MIL", "REB", "INS", "SEP", "UAF"});
}
// A country's rebel, insurgent or separatist group by its code ("SDNREBRSF",
// "COLREB").
inline bool IsRebelGroupCode(std::string_view code) {
  return code.size() >= 6 && OneOf(code.substr(3, 3), {"REB", "INS", "SEP"});
}
inline bool IsArmedCode(std::string_view code) {
  return (code.size() > 3 && IsArmedRole(code.substr(code.size() - 3))) || IsRebelGroupCode(code);
}
// A party to a war: armed, or a government ("the warring parties" of Sudan
// are SDNGOV and SDNREBRSF, not their mediators).
inline bool WarringParty(std::string_view code) {
  return IsArmedCode(code) || HoldsRole(code, "GOV");
}

// Pronouns the coder resolves to an actor (lower-case forms), by the kind of
// actor they can stand for.
inline bool IsPersonPronoun(std::string_view form) {
  return OneOf(form, {"he", "she", "him", "her"});
}
inline bool IsThingPronoun(std::string_view form) { return form == "it"; }
inline bool IsPluralPronoun(std::string_view form) {
  return OneOf(form, {"they", "them", "we", "us"});
}
// The pronoun a possessive stands for as an owner ("its" -> "it"), or "".
inline std::string_view OwnerPronoun(std::string_view form) {
  if (form == "its") return "it";
  if (form == "his") return "he";
  if (form == "her") return "she";
  if (form == "their") return "they";
  if (form == "our") return "we";
  return "";
}
// A word that may stand alone for a person a full name named earlier in the
// story ("Austin" after "Defense Secretary Lloyd Austin", "Lai" after "Lai
// Ching-te"): capitalized, letters only (UTF-8 letters too), three bytes or
// more, and no title or name particle ("Sheikh", "bin", "Mohammed").
inline bool IsNameAlias(std::string_view raw) {
  if (raw.size() < 3 || !std::isupper(static_cast<unsigned char>(raw[0]))) return false;
  for (char c : raw) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalpha(u)) return false;
  }
  // (compared folded, without a lower-cased copy: this runs on every word)
  return !OneOfFolded(
      raw, {"president", "prime",    "minister",  "secretary", "chancellor", "king",     "queen",
            "prince",    "princess", "crown",     "emir",      "sheikh",     "sultan",   "general",
            "colonel",   "admiral",  "marshal",   "mrs",       "sir",        "lord",     "lady",
            "pope",      "saint",    "ayatollah", "imam",      "mullah",     "bin",      "ibn",
            "abu",       "abdul",    "abdel",     "mohammed",  "muhammad",   "mohammad", "ahmed",
            "ali",       "van",      "von",       "der",       "del",        "foreign",  "defence",
            "defense",   "state",    "deputy",    "vice",      "chief",      "supreme",  "leader",
            "speaker",   "senator",  "governor",  "mayor",     "judge",      "justice",  "the"});
}

// Whether word i of a sentence may be remembered as a person's name word
// (CorefMemory::aliases, and so counted by the sentence filter): a name word
// other than the sentence's first (any word may be capitalized there: "When
// Lloyd Austin ..."), with another name word at most six words away.
template <typename Words>
bool IsRememberedNameWord(const Words& words, size_t i) {
  if (i == 0 || i >= words.size() || !IsNameAlias(words[i].form)) return false;
  for (size_t k = i >= 6 ? i - 6 : 0; k < words.size() && k <= i + 6; ++k)
    if (k != i && IsNameAlias(words[k].form)) return true;
  return false;
}

// Nouns of an accusation, a threat, a demand, a proposal, an apology, a visit
// or a verdict, which "the accusation", "the ultimatum", "the demands", "the
// offer", "the visit", "the verdict" answered stand for their speaker (or
// visitor, or court) by
// (SentenceCoder::AnsweredUtterance).
inline bool IsAccusationNoun(std::string_view lemma) {
  return OneOf(lemma, {"accusation", "accusations", "allegation", "allegations", "charge",
                       "charges", "claim", "claims", "criticism"});
}
inline bool IsThreatNoun(std::string_view lemma) {
  return OneOf(lemma, {"ultimatum", "threat", "threats", "warning", "warnings"});
}
inline bool IsDemandNoun(std::string_view lemma) {
  return OneOf(lemma, {"demand", "demands", "call", "calls"});
}
inline bool IsProposalNoun(std::string_view lemma) {
  return OneOf(lemma, {"request", "requests", "appeal", "appeals", "offer", "offers", "proposal",
                       "proposals", "invitation", "overture", "overtures"});
}
inline bool IsApologyNoun(std::string_view lemma) { return OneOf(lemma, {"apology", "apologies"}); }
// Nouns of a show of force (CorefMemory::force_show): "the drills".
inline bool IsForceShowNoun(std::string_view lemma) {
  return OneOf(lemma, {"exercise", "exercises", "drill", "drills", "manoeuvre", "manoeuvres",
                       "maneuver", "maneuvers", "buildup", "build-up", "deployment"});
}
// Nouns of an agreement signed (CorefMemory::agreement): "the pact".
inline bool IsAgreementNoun(std::string_view lemma) {
  return OneOf(lemma, {"agreement", "pact", "accord", "treaty", "deal"});
}
inline bool IsVerdictNoun(std::string_view lemma) {
  return OneOf(lemma, {"sentence", "sentencing", "verdict", "conviction"});
}
inline bool IsVisitNoun(std::string_view lemma) {
  return OneOf(lemma, {"visit", "visits", "trip", "tour"});
}
inline bool IsAnsweredUtteranceNoun(std::string_view lemma) {
  return IsAccusationNoun(lemma) || IsThreatNoun(lemma) || IsDemandNoun(lemma) ||
         IsProposalNoun(lemma) || IsApologyNoun(lemma) || IsVisitNoun(lemma) ||
         IsVerdictNoun(lemma);
}
// What someone says or proposes, whose owner is the party a reply to it
// acts on ("rejected his remarks", "welcomed their proposal"): an
// accusation, threat or demand among them.
inline bool IsUtteranceNoun(std::string_view lemma) {
  return IsAnsweredUtteranceNoun(lemma) ||
         OneOf(lemma, {"remark", "remarks", "comment", "comments", "statement", "proposal",
                       "proposals", "overture", "overtures", "initiative", "invitation", "apology",
                       "offer", "offers", "plan", "plans", "request", "requests"});
}
// Nouns that count what their "of" phrase names ("hundreds of people",
// "dozens of protesters").
inline bool IsCountingNoun(std::string_view lemma) {
  return OneOf(lemma, {"hundred", "thousand", "dozen", "score", "million"});
}
inline bool IsResolvablePronoun(std::string_view form) {
  return IsPersonPronoun(form) || IsThingPronoun(form) || IsPluralPronoun(form);
}
// Nouns of what a state or force does ("military action", "a security
// operation") or agrees to ("a hostage deal", "a prisoner swap"), never a
// party the role word before them names.
inline bool IsActOfStateNoun(std::string_view lemma) {
  return OneOf(lemma, {"action",      "operation", "intervention", "exercise",    "drill",
                       "escalation",  "buildup",   "build-up",     "presence",    "activity",
                       "aggression",  "pressure",  "campaign",     "cooperation", "assistance",
                       "involvement", "option",    "preparedness", "readiness",   "capability",
                       "spending",    "budget",    "deal",         "swap",        "agreement"});
}
// Nouns of an area a state claims ("air defence zone", "exclusion zone"):
// a role word before them describes the area, the state owning it is the party.
inline bool IsClaimedZoneNoun(std::string_view lemma) {
  return OneOf(lemma, {"zone", "airspace", "waters"});
}
// Nouns of institutions and bodies, which "it" (not "he" or "she") stands for.
inline bool IsInstitutionNoun(std::string_view lemma) {
  return OneOf(
      lemma, {"army",       "military",       "navy",     "force",   "police",       "ministry",
              "government", "administration", "regime",   "junta",   "cabinet",      "council",
              "parliament", "assembly",       "court",    "party",   "agency",       "embassy",
              "commission", "committee",      "office",   "company", "bank",         "union",
              "coalition",  "alliance",       "movement", "group",   "organization", "organisation",
              "service",    "directorate"});
}

// Whether a named actor's code holds the role of an organisation, never a
// person ("it", not "he"): a broadcaster, a firm, a school, a hospital, a
// party or an intelligence service ("Al Jazeera" QATMED, "the SBU" UKRSPY).
inline bool IsOrganisationCode(std::string_view code) {
  const std::string_view role = code.size() >= 6 ? code.substr(code.size() - 3) : "";
  return OneOf(role, {"MED", "BUS", "EDU", "HLH", "PTY", "SPY"});
}

// "the group": a noun standing for the latest armed or political group when
// the dictionaries do not know it.
inline bool IsGroupDescriptionNoun(std::string_view lemma) {
  return OneOf(lemma, {"group", "movement", "organization", "organisation", "militia"});
}
// "attack", "airstrike", "fire", ...: a noun naming an armed attack.
inline bool IsAttackLemma(std::string_view lemma) {
  return OneOf(lemma, {"attack", "strike", "airstrike", "raid", "bombing", "bombardment",
                       "shelling", "assault", "offensive", "ambush", "fire", "invasion"});
}
// An attack or a killing condemned: "condemned the raid", "the killings",
// "the atrocities", "the operation" (which stand for their attacker; the
// sentence filter counts them as actors for that).
inline bool IsCondemnedActLemma(std::string_view lemma) {
  return IsAttackLemma(lemma) ||
         OneOf(lemma, {"killing", "massacre", "atrocity", "execution", "operation", "incursion",
                       "incident", "aggression", "provocation"});
}
// A missile fired or tested ("launched a ballistic missile", "test-fired
// rockets"; CorefMemory::launch), and the nouns that stand for the launch
// later ("condemned the launch", "the test").
inline bool IsMissileNoun(std::string_view lemma) {
  return OneOf(lemma, {"missile", "rocket", "icbm", "projectile"});
}
inline bool IsLaunchNoun(std::string_view lemma) {
  return OneOf(lemma, {"launch", "test", "firing", "test-firing"});
}
// Nouns of coercion (CAMEO 17, a coup 170 too) that "the crackdown" condemned stands for its
// doer by (CorefMemory::coercion). ("the ban" may be a sanction too: the
// latest coercion is tried first, then the latest sanction.)
inline bool IsCoercionNoun(std::string_view lemma) {
  return OneOf(lemma, {"crackdown", "arrest", "arrests", "detention", "detentions", "repression",
                       "coup", "putsch", "ban", "bans", "warrant", "warrants", "seizure"});
}

// Nouns of sanctions (CAMEO 16) that "the sanctions" condemned stands for
// their imposer by (CorefMemory::sanction).
inline bool IsSanctionNoun(std::string_view lemma) {
  return OneOf(
      lemma, {"sanction", "sanctions", "tariff", "tariffs", "embargo", "blockade", "ban", "bans"});
}
// Nouns that stand for whatever was done last ("the move", "the decision")
// (CorefMemory::act).
inline bool IsActReferenceNoun(std::string_view lemma) {
  return OneOf(lemma, {"move", "decision", "step", "action"});
}

// Nouns that stand for an intergovernmental organisation ("the bloc" for
// the EU, "the alliance" for NATO).
inline bool IsIgoDescriptionNoun(std::string_view lemma) {
  return OneOf(lemma, {"bloc", "alliance", "union"});
}

}  // namespace parley::code
