"""English wording of agreements: what gives, weakens or speaks of each family."""

NUM = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen"
    r"|fifteen|eighteen|twenty|twenty-four|thirty|forty-eight|sixty|seventy-two|ninety)"
)
PERIOD = (
    rf"\b{NUM}\s*(?:\(\d+\)\s*)?(?:calendar |working |business )?"
    r"(?:hours?|days?|weeks?|months?|years?)\b"
)
NEG = r"\b(?:not|never|no|neither|nor|cannot|prohibited|forbidden|excluded)\b|n't\b"
# A use denied: "shall not be used", "never used", "no data … may be used".
DENIED_USE = (
    r"(?:\b(?:not|never)\b (?:be )?(?:used|relied (?:up)?on|invoked|employed)\b"
    r"|\bno\b.{0,40}\b(?:be|is|are) (?:used|relied)\b)"
)
REPS = r"\b(?:council|union|representatives?|shop stewards?)\b"
CHANGE = r"\b(?:modif|chang|amend|updat|adapt|extend|expand|add|alter|replac)\w*"
DISCIPLINE = (
    r"\b(?:disciplin\w*|dismissal|discharge|termination of employment|sanctions?)\b"
)
USE = r"\b(?:used|use|relied|rely|basis|grounds?|support|justify|invoked)\b"
REVIEW = r"\b(?:review|evaluat|assess|reconsider|revisit)\w*"
INTERVAL = (
    rf"\b(?:every|after|within|each)\b.{{0,20}}{PERIOD}"
    r"|\b(?:annually|yearly|each year|every year|once a year|twice a year)\b"
)
KEEP = r"\b(?:deleted|erased|overwritten|destroyed|purged|anonymi[sz]ed|kept|stored|retained|held)\b"
CATEGORY = (
    r"\b(?:keystrokes?|screen\w*|webcams?|cameras?|microphones?|audio|voice|content"
    r"|messages?|e-?mails?|browsing|biometric\w*|location|gps|private)\b"
)

COVERS = {
    "scope": [
        r"\bannex\b.{0,80}\b(lists?|names?|sets? out)\b.{0,40}\bsystems?",
        r"(applies|apply) to (every|all|each)\b.{0,60}\b(systems?|tools?|software)",
        r"\b(?:applies|apply|covers?|governs?)\b.{0,80}\b(?:all|every|each|any)\b.{0,60}"
        r"\b(?:systems?|tools?|software|technolog\w*|devices?|applications?)\b",
        r"\b(?:annex|schedule|appendix|exhibit)\b.{0,80}\b(?:lists?|names?|sets? out|describes?)"
        r"\b.{0,60}\b(?:systems?|tools?|technolog\w*)",
        (
            r"\b(?:applies|apply|covers?|governs?)\b",
            r"\b(?:listed|named|set out|described) in (?:annex|schedule|appendix|exhibit)",
        ),
    ],
    "purposes": [
        r"\bonly\b.{0,40}\bfor the (following|listed|purposes)",
        r"\b(exhaustive|closed) list\b",
        r"\bno other purpose",
        r"\b(?:only|solely|exclusively)\b.{0,60}\bpurposes?\b",
        (
            r"\b(?:any )?(?:other|further) (?:use|purpose|processing)\b"
            r"|\bpurposes? not (?:listed|named|set out|stated)\b",
            r"\b(?:prohibited|not permitted|forbidden|excluded|not allowed)\b",
        ),
    ],
    "performance": [
        r"\bnot (be )?used (to|for)\b.{0,40}\b(monitor|assess|evaluat|control)\w*\b.{0,40}\b(performance|behaviou?r)",
        r"\bno (performance|behaviou?r)\w* (control|monitoring|assessment)",
        (
            rf"{DENIED_USE}.{{0,60}}\b(?:monitor|assess|evaluat|measur|rank|scor|control"
            r"|track|rat|apprais)\w*",
            r"\b(?:performance|behaviou?r|productivity|conduct|output)\b",
        ),
        r"\bno\b.{0,30}\b(?:monitoring|assessment|evaluation|ranking|scoring|control"
        r"|tracking)\b.{0,20}\bof\b.{0,40}\b(?:performance|behaviou?r|productivity)\b",
        r"\b(?:performance|behaviou?r|productivity)\b.{0,40}\b(?:monitoring|assessment|evaluation"
        r"|ranking|scoring|control)\b.{0,40}\b(?:prohibited|not permitted|excluded|forbidden"
        r"|will not take place|shall not take place|does not take place)",
    ],
    "data": [
        r"\b(are|is) not (recorded|collected|captured)\b",
        r"\bno (keystroke|screenshot|screen capture|webcam|biometric)",
        r"\bonly the data categories\b",
        (
            r"\b(?:not|never|no|neither|nor)\b.{0,60}\b(?:recorded|collected|captured|stored"
            r"|logged|tracked|monitored|read|recording|collecting|capturing|tracking)\b",
            CATEGORY,
        ),
    ],
    "ai_training": [
        r"\b(train|training)\b.{0,80}\b(only|solely)\b.{0,40}\b(agree|consent|opt.in)",
        r"\bopt.in\b",
        r"\b(only|solely)\b.{0,60}\b(agreed|consented)\b.{0,40}\btrain",
        (
            r"\b(?:train\w*|fine-tun\w*|machine.learning|ai models?|artificial intelligence)\b",
            r"\b(?:consent\w*|agreed|opt.in|permission)\b",
            r"\b(?:only|solely|requires?|required|subject to|provided that)\b"
            r"|\bif (?:the employee|they|he or she|each)\b.{0,30}\b(?:has|have)\b"
            rf"|(?:{NEG}).{{0,80}}\bwithout\b",
        ),
    ],
    "retention": [
        r"\b(deleted|erased)\b.{0,40}\b(after|within)\b.{0,20}\b\d+\s*(hours?|days?|weeks?|months?)",
        r"\b(kept|stored|retained)\b.{0,20}\b(for )?(at most|no longer than|a maximum of)\b.{0,20}\b\d+",
        rf"{KEEP}.{{0,80}}{PERIOD}",
        rf"{PERIOD}.{{0,80}}{KEEP}",
    ],
    "access": [
        r"\bonly\b.{0,40}\b(roles?|persons?|people)\b.{0,40}\b(listed|named)\b.{0,40}\baccess",
        r"\baccess\b.{0,60}\b(only|solely)\b.{0,40}\b(roles?|persons?)\b.{0,30}\b(listed|named)",
        r"\bevery access is (logged|recorded)",
        r"\b(?:every|each|all)\b.{0,30}\b(?:access\w*|view\w*|retriev\w*|quer\w*|log-?ins?)\b"
        r".{0,60}\b(?:logged|recorded|entered in a log|documented)\b",
        (
            r"\bonly\b.{0,80}\b(?:may|can|are allowed to|have)\b.{0,20}\b(?:access|view|see|read)\b",
            r"\b(?:annex|schedule|appendix|listed|named)\b"
            r"|(?-i:\b[A-Z][a-z]+ (?:Manager|Director|Officer|Lead)\b)",
        ),
    ],
    "rights": [
        r"\b(employees?|workers?)\b.{0,40}\bmay (ask to |request to )?(see|access|obtain)\b.{0,40}\b(all )?(data|information)\b.{0,40}\b(about|on) them",
        r"\bright (of|to) (access|rectification|object)",
        r"\b(?:employees?|workers?|staff|each|every|any)\b.{0,60}\b(?:may|can|entitled|has the"
        r" right|have the right)\b.{0,60}\b(?:see|access|obtain|receive|inspect|copy|review"
        r"|request)\b.{0,80}\b(?:data|information|records?)\b.{0,60}\b(?:about|relating to"
        r"|concerning|held on|on|of) (?:them|him|her|themselves)\b",
    ],
    "evidence": [
        r"\b(evaluat|analys)\w*\b.{0,60}\b(one|an individual|a named)\b.{0,30}\bemployee\b.{0,80}\b(only|solely)\b.{0,40}\b(suspicion|procedure)",
        r"\bonly\b.{0,40}\b(documented|concrete)\b.{0,20}\bsuspicion",
        r"\b(?:only|solely|exclusively)\b.{0,80}\b(?:suspicion|suspected|reasonable grounds)\b",
        rf"{DENIED_USE}.{{0,60}}{DISCIPLINE}",
        rf"\b(?:not|never) (?:form|serve as|constitute|be) (?:the |a )?(?:basis|grounds?)\b"
        rf".{{0,60}}{DISCIPLINE}",
    ],
    "audit": [
        r"\b(council|representatives?|union)\b.{0,40}\bmay (check|inspect|audit|verify)",
        r"\bexpert of (its|their) (own )?choice",
        rf"{REPS}.{{0,60}}\b(?:may|can|is entitled|has the right|shall have the right"
        r"|are entitled)\b.{0,60}\b(?:check|inspect|audit|verify|examine|review|test)\w*",
        (
            REPS,
            r"\b(?:appoint|engage|call on|retain|bring in|choose)\w*\b.{0,60}\bexperts?\b",
        ),
    ],
    "changes": [
        r"\b(only|solely)\b.{0,40}\b(after|with)\b.{0,40}\b(amend|agreement|consent)\w*\b.{0,40}\b(in writing|written)",
        r"\bchanged only in writing and by both parties",
        r"\bneither (party )?may change it alone",
        (
            r"\b(?:no|any|every)\b.{0,20}\b(?:new|change|changes|amendment|modification"
            r"|extension|update)\b",
            r"\b(?:only|until|unless|not before)\b.{0,60}\b(?:agreed|consent\w*|amended"
            r"|agreement of (?:both|the) parties)\b",
            r"\b(?:in writing|written|both parties|the parties|the union|the council)\b",
        ),
    ],
    "committee": [
        r"\bjoint committee\b",
        r"\b(?:joint|parity|bipartite)\b.{0,30}\b(?:committee|board|commission|panel)\b",
        r"\b(?:committee|board|panel)\b.{0,60}\b(?:equal number|members from each)",
    ],
    "review": [
        r"\b(review|evaluate)\b.{0,40}\b(every|after)\b.{0,20}\b\d+\s*(months?|years?)",
        (REVIEW, INTERVAL, r"\b(?:agreement|parties|jointly|together)\b"),
    ],
    "termination": [
        r"\b(terminate|termination|end (this|the) agreement|cancel)\b.{0,60}\bnotice\b",
        r"\b(continue|continues) to apply until\b.{0,40}\breplace",
        r"\bnotice\b.{0,60}\bterminat\w*",
    ],
}

# A sentence matching these gives no protection of the family: a minimum, not a
# limit; a use merely not "sole"; a purpose list "not only".
UNLESS = {
    "retention": [r"\bat least\b|\bminimum\b|\bback(?:ed)?[- ]?ups?\b"],
    "ai_training": [
        r"\beven (?:if|without|where)\b|\bconsent\w* (?:is|are) not (?:required|needed)\b"
    ],
    "purposes": [r"\bnot (?:only|solely|exclusively)\b"],
    "evidence": [r"\bsole (?:basis|grounds?|reason)\b|\balone\b"],
    "data": [r"\b(?:longer|beyond|more than|outside)\b"],
}

WEAKENS = {
    "open_purposes": [
        r"\band (for )?other (\w+ ){0,2}purposes\b",
        r"\bincluding but not limited to\b",
        r"\bsuch as\b",
        r"\bin particular\b",
        r"\bamong others\b",
        r"\b(?:and|or) (?:for )?(?:any )?other (?:\w+ ){0,2}(?:purposes|needs|reasons|uses"
        r"|objectives)\b(?!.{0,40}\b(?:prohibited|not permitted|excluded|forbidden))",
        r"\bother (?:\w+ ){0,2}(?:needs|reasons|uses)\b(?!.{0,40}\b(?:prohibited|excluded))",
        r"\bas (?:determined|decided) by (?:the )?(?:management|company|employer)\b",
    ],
    "open_retention": [
        r"\bas long as (is )?(necessary|needed|required)\b",
        r"\bfor the duration of the purpose\b",
        r"\bindefinitely\b",
        r"\bno longer (needed|necessary)\b",
        r"\bas long as\b.{0,50}\b(?:necessary|needed|required|appropriate|useful|considers?"
        r"|deems?|sees fit|justified)\b",
        r"\buntil\b.{0,60}\bno longer (?:needed|necessary|required|useful)\b",
        r"\b(?:considers?|deems?) (?:it )?(?:appropriate|necessary|useful)\b",
    ],
    "unlimited_evidence": [
        r"\b(may|can) be used\b.{0,60}\b(disciplinary|dismissal|employment.law)",
        r"\b(disciplinary|dismissal)\b.{0,40}\b(measures?|action)\b.{0,40}\b(may|can) (be )?(based|rely)",
        rf"{USE}.{{0,60}}{DISCIPLINE}",
    ],
    "employer_amends": [
        r"\b(may|can) be (amended|changed|modified|updated|adapted) by the employer\b",
        r"\bthe employer (may|reserves the right to) (amend|change|modify|update|adapt)",
        r"\breserves? the right to (amend|change|modify|update|adapt|alter)",
        r"\bunilateral\w*\b",
        rf"{CHANGE}.{{0,80}}\bat (?:its|their|the employer's|the company's|management's)"
        r" (?:sole |own )?discretion",
        rf"\bat (?:its|their|the employer's|the company's|management's) (?:sole |own )?"
        rf"discretion\b.{{0,80}}{CHANGE}",
        r"\bas (?:it|management|the company|the employer) (?:sees fit|deems)\b",
    ],
    "training_opt_out": [
        r"\bopt.out\b",
        r"\bunless (the employee|they|he or she) object",
        r"\b(?:do not|don't|does not) wish to (?:take part|participate|be included)\b",
        r"\bmay (?:object|decline|refuse)\b",
        r"\bright to object\b",
    ],
}

# A weakening sentence matching these is not read as weakening (it denies the use).
WEAK_UNLESS = {"unlimited_evidence": [rf"(?:{NEG}).{{0,40}}{USE}"]}

TOPICS = {
    "scope": [r"\bsystems?\b", r"\btools?\b"],
    "purposes": [
        r"\bpurposes?\b",
        r"\bused (for|to)\b",
        r"\b(?:needs|uses|used)\b",
    ],
    "performance": [
        r"\b(performance|behaviou?r|conduct)\b",
        r"\bproductivity\b",
    ],
    "retention": [
        r"\b(kept|stored|retain|retention|deleted|erased)\w*",
        r"\b(?:overwritten|destroyed|purged|held)\b",
    ],
    "ai_training": [
        r"\b(train|ai|model)\w*",
        r"\b(?:machine.learning|artificial intelligence|fine-tun\w*)\b",
    ],
}

# Words that show a sentence is about the family: a family not covered shows the
# first such sentence, for the council to read ("missing or not clear").
ABOUT = {
    "scope": [
        r"\b(?:applies to|scope)\b",
    ],
    "purposes": [r"\bpurposes?\b"],
    "performance": [r"\b(?:performance|behaviou?r|productivity)\b"],
    "data": [r"\b(?:keystrokes?|screenshots?|webcams?|biometric|data categor\w*)\b"],
    "ai_training": [r"\b(?:train\w*|ai|machine.learning)\b"],
    "retention": [r"\b(?:kept|stored|retained|deleted|erased|retention)\b"],
    "access": [r"\baccess\w*\b"],
    "rights": [r"\bright (?:of|to)\b|\bon request\b"],
    "evidence": [r"\b(?:disciplin\w*|dismissal|discharge|suspicion|evidence)\b"],
    "audit": [r"\b(?:audit|inspect|expert)\w*"],
    "changes": [r"\b(?:amend\w*|changes?|modif\w*)\b"],
    "committee": [r"\bcommittee\b"],
    "review": [r"\breview\w*"],
    "termination": [r"\b(?:terminat\w*|in force)\b"],
}
