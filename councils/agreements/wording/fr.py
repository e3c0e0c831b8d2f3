"""French wording of agreements (accord d'entreprise, accord collectif)."""

NUM = (
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|dix-huit"
    r"|vingt|trente|soixante|quatre-vingt-dix)"
)
PERIOD = rf"\b{NUM}\s*(?:\(\d+\)\s*)?(?:heures?|jours?|semaines?|mois|ans?|années?)\b"
NEG = (
    r"(?:\bne\b|\bn'|\bni\b|\baucune?\b|\bjamais\b|\bpas\b|\bexclue?s?\b|\binterdite?s?\b"
    r"|\bproscrite?s?\b)"
)
REPS = (
    r"\b(?:cse|comité|représentants?|délégués?|syndicats?|organisations? syndicales?"
    r"|élus)\b"
)
CHANGE = r"\b(?:modifi|adapt|fair\w* évoluer|complét|étend|mettre à jour|chang)\w*"
DISCIPLINE = r"\b(?:sanctions?|disciplinaires?|licenciements?)\b"
USE = r"\b(?:fonder|justifier|utilisée?s?|exploitée?s?|servir|invoquée?s?)\b"
REVIEW = r"\b(?:réexamen|réexamin\w*|examin\w*|évalu\w*|bilan|révis\w*|revoyure)\b"
INTERVAL = (
    rf"\b(?:tous les|toutes les|après|au bout de|dans un délai de)\b.{{0,10}}{PERIOD}"
    r"|\b(?:chaque année|une fois par an|annuellement|tous les ans|annuel(?:le)?)\b"
)
KEEP = r"\b(?:effacé|supprimé|détruit|anonymisé|écrasé|conservé|purgé)\w*"
CATEGORY = (
    r"\b(?:frappes?|clavier|écrans?|webcam|caméras?|micro\w*|contenu|courriels?|messages?"
    r"|navigation|biométri\w*|géolocalisation|localisation|privée?s?)\b"
)
CONTROL = r"\b(?:contrôl|évalu|surveill|mesur|classe|not)\w*"
USED = r"\b(?:utilisée?s?|servir|serviront|sert|servent|exploitée?s?|employée?s?)\b"

COVERS = {
    "scope": [
        r"\bannexe\b.{0,80}\b(énumère|liste|recense)",
        r"s'applique à (tous|tout|chaque)\b.{0,60}\b(systèmes?|outils?|dispositifs?)",
        r"\b(?:s'applique|s'appliquent|couvre|couvrent|concerne|vise|régit)\b.{0,80}"
        r"\b(?:tous|toutes|tout|chaque|l'ensemble)\b.{0,60}\b(?:systèmes?|outils?"
        r"|dispositifs?|logiciels?|applications?|moyens)\b",
    ],
    "purposes": [
        r"\buniquement\b.{0,40}\bfinalités?\b",
        r"\bliste (limitative|exhaustive|fermée)\b",
        r"\baucune autre finalité",
        r"\b(?:seule?s?|uniquement|exclusivement)\b.{0,60}\bfinalités?\b",
        (
            r"\b(?:toute|aucune) autre (?:finalité|utilisation|usage|exploitation)\b",
            r"\b(?:exclue?|interdite?|proscrite?|prohibée?|n'est|ne peut|permise?)\b",
        ),
    ],
    "performance": [
        r"\bne (peuvent|peut|sont|est|sera|seront|pourra|pourront) pas\b.{0,40}\b(utilisée?s?|servir)\b.{0,40}\b(contrôler|évaluer|surveiller)\b.{0,40}\b(performance|comportement|activité)",
        r"\baucun contrôle (de la performance|du comportement|individuel)",
        (
            rf"(?:\bne\b|\bn').{{0,40}}\b(?:pas|jamais)\b.{{0,30}}{USED}.{{0,60}}{CONTROL}"
            r"|(?:\bne\b|\bn')\s*\w+\s+(?:pas|jamais)\s+(?:être\s+)?(?:utilisée?s?\s+|exploitée?s?\s+"
            rf"|employée?s?\s+)?(?:à|pour|aux fins de|afin de|de|d')\s*(?:\w+\s+){{0,2}}{CONTROL}"
            rf"|\baucune?\s+{CONTROL}|{CONTROL}.{{0,80}}\b(?:est|sont) (?:exclue?s?"
            r"|interdite?s?|proscrite?s?)\b|\bne permet (?:pas|aucune?)\b.{0,40}"
            rf"{CONTROL}",
            r"\b(?:performances?|comportements?|productivité|rendement)\b",
        ),
    ],
    "data": [
        r"\b(ne sont|n'est) (jamais |pas )?(enregistrée?s?|collectée?s?)\b",
        r"\baucune? (frappe|capture d'écran|donnée biométrique)",
        r"\bseules les (?:catégories de données|données)\b.{0,60}\b(?:annexe|énumér\w*|list\w*)",
        (
            NEG,
            r"\b(?:collect\w*|enregistr\w*|captur\w*|conserv\w*|recueilli\w*|lue?s?"
            r"|analys\w*|activé\w*)\b",
            CATEGORY,
        ),
    ],
    "ai_training": [
        r"\bentraînement\b.{0,80}\b(que si|uniquement)\b.{0,60}\b(accord|consentement|accepté)",
        r"\b(uniquement|que si)\b.{0,60}\b(accord|consentement|accepté)\b.{0,60}\bentraîn",
        (
            r"\b(?:entraîn\w*|apprentissage|ia|intelligence artificielle|modèles?)\b",
            r"\b(?:consent\w*|accord (?:exprès|préalable|écrit)|accepté|volontaire\w*"
            r"|volontariat)\b",
            r"\b(?:que si|qu'avec|uniquement|seulement|subordonné\w*|sous réserve"
            rf"|à condition)\b|{NEG}.{{0,80}}\bsans\b",
        ),
    ],
    "retention": [
        r"\b(effacé|supprimé)\w*\b.{0,60}\b\d+\s*(heures?|jours?|semaines?|mois)",
        r"\b\d+\s*(jours?|semaines?|mois)\b.{0,60}\b(effacé|supprimé)\w*",
        r"\b(conservées?)\b.{0,30}\b(au maximum|au plus|pendant)\b.{0,20}\b\d+",
        rf"{KEEP}.{{0,80}}{PERIOD}",
        rf"{PERIOD}.{{0,80}}{KEEP}",
    ],
    "access": [
        r"\bseul(e)?s?\b.{0,40}\b(rôles?|personnes?)\b.{0,40}\b(énumérée?s?|nommée?s?|listée?s?)\b.{0,40}\baccès",
        r"\bchaque accès est journalisé",
        r"\b(?:chaque|tout|tous les)\b.{0,20}\b(?:accès|consultation|connexion)\w*.{0,60}"
        r"\b(?:journalisé|tracé|enregistré|consigné)\w*",
        (
            r"\b(?:seule?s?|uniquement|exclusivement)\b",
            r"\b(?:accès|accéder|consulter|consultation)\b",
            r"\b(?:annexe|rôles?|énumérée?s?|désignée?s?|nommée?s?|listée?s?)\b",
        ),
    ],
    "rights": [
        r"\b(salariés?|travailleurs?)\b.{0,40}\b(peut|peuvent) (consulter|accéder|obtenir)",
        r"\bdroit d'(accès|opposition|rectification)",
        r"\b(?:salariés?|travailleurs?|agents?|personne concernée)\b.{0,60}\b(?:droit|peut"
        r"|peuvent|dispose)\b.{0,60}\b(?:accès|rectification|copie|communication|opposition"
        r"|effacement)\b",
    ],
    "evidence": [
        r"\b(que|uniquement)\b.{0,60}\bsoupçon\b.{0,20}\b(concret|documenté)",
        r"\bsoupçon (concret|documenté)",
        r"\b(?:uniquement|seulement|qu'en cas|que dans le cas|exclusivement)\b.{0,80}"
        r"\b(?:soupçon|suspicion|indices?)\b",
        rf"{NEG}.{{0,60}}{USE}.{{0,60}}{DISCIPLINE}",
    ],
    "audit": [
        r"\b(représentants?|cse|comité)\b.{0,40}\b(peut|peuvent)\b.{0,20}\b(vérifier|contrôler|consulter)",
        r"\bexpert de (son|leur) choix",
        rf"{REPS}.{{0,80}}\b(?:peut|peuvent|a le droit|ont le droit|est habilité"
        r"|sont habilités|dispose)\b.{0,60}\b(?:vérifier|contrôler|consulter|examiner"
        r"|auditer|inspecter|accéder)\b",
        r"\b(?:recourir|faire appel|désigner|mandater)\b.{0,40}\bexpert",
    ],
    "changes": [
        r"\bne peut être modifié qu'?\b.{0,40}\b(par écrit|les deux parties|accord)",
        r"\bn'est introduit qu'après\b",
        (
            r"\b(?:modification|évolution|nouve(?:au|aux|lle|lles)|changement|extension"
            r"|mise à jour)",
            r"\b(?:qu'après|que par|qu'avec|qu'en vertu|uniquement|seulement)",
            r"\bavenant\b|\bd'un commun accord\b|\bdeux parties\b",
        ),
    ],
    "committee": [
        r"\bcommission paritaire\b",
        r"\bcommission\b.{0,40}\b(?:paritaire|mixte|de suivi)\b",
    ],
    "review": [
        r"\b(réexamin|évalu)\w*\b.{0,60}\b(tous les|après)\b.{0,20}\b\d+\s*(mois|ans?)",
        (REVIEW, INTERVAL, r"\b(?:accord|parties|conjointement|ensemble)\b"),
    ],
    "termination": [
        r"\bpréavis\b.{0,60}\bdénon\w*",
        r"\bdénon\w*\b.{0,60}\bpréavis\b",
        r"\bcontinuent? de s'appliquer jusqu'à\b",
        r"\b(?:continue|continuent) (?:de|à) produire (?:ses|leurs) effets\b",
    ],
}

UNLESS = {
    "retention": [r"\bau moins\b|\bminimum\b|\bminimale\b|\bsauvegard\w*"],
    "ai_training": [r"\bmême (?:si|sans)\b|\bsans qu'il soit nécessaire\b"],
    "purposes": [r"\bpas (?:seulement|uniquement|exclusivement)\b"],
    "evidence": [r"\bseul fondement\b|\bseule base\b"],
    "data": [r"\bau-delà\b|\bplus de\b|\bplus longtemps\b"],
}

WEAKENS = {
    "open_purposes": [
        r"\bnotamment\b",
        r"\bautres finalités\b",
        r"\bentre autres\b",
        r"\b(?:ou|et) (?:pour )?(?:toute|toutes|d')\s?autres? (?:\w+ ){0,1}(?:finalités?|fins"
        r"|besoins|usages)\b(?!.{0,40}\b(?:exclue?s?|interdite?s?))",
        r"\bpar exemple\b",
        r"\btel(?:le)?s? (?:que|qu')",
    ],
    "open_retention": [
        r"\baussi longtemps que (nécessaire|besoin)",
        r"\bdurée (nécessaire|indéterminée)\b",
        r"\bsans limitation de durée\b",
        r"\btant que\b",
        r"\bjusqu'à ce qu\w*\b.{0,60}\bplus (?:nécessaire|utile)",
    ],
    "unlimited_evidence": [
        r"\b(fins|sanctions?|mesures?) disciplinaires?\b",
        rf"{USE}.{{0,60}}\b(?:procédure disciplinaire|licenciement)",
        r"\bprocédure disciplinaire\b",
    ],
    "employer_amends": [
        r"\b(peut|pourra) être (modifié|adapté|mis à jour)e?s? par l'employeur\b",
        r"\bl'employeur (peut|se réserve le droit de) (modifier|adapter)",
        r"\bunilatéral\w*\b",
        r"\bse réserve (?:le droit|la faculté|la possibilité)\b",
        rf"{CHANGE}.{{0,60}}\bà sa (?:seule )?discrétion|\bà sa (?:seule )?discrétion\b.{{0,60}}"
        rf"{CHANGE}",
    ],
    "training_opt_out": [
        r"\bsauf (opposition|refus)\b",
        r"\bà moins que le salarié ne s'y oppose\b",
        r"\b(?:s'y opposer|s'opposer|opposition)\b",
    ],
}

WEAK_UNLESS = {"unlimited_evidence": [r"\b(?:ne|n'|aucune?|jamais)\b|\bn'"]}

TOPICS = {
    "scope": [r"\bsystèmes?\b", r"\boutils?\b"],
    "purposes": [
        r"\bfinalité",
        r"\butilisée?s? (pour|à)\b",
        r"\bser(t|vent)\b",
        r"\b(?:fins|besoins|exploitée?s?)\b",
    ],
    "performance": [
        r"\b(performance|comportement)\b",
        r"\b(?:productivité|rendement)\b",
    ],
    "retention": [
        r"\b(conserv|effac|supprim)\w*",
        r"\b(?:détruite?s?|conservation)\b",
    ],
    "ai_training": [
        r"\b(entraîn|ia|modèle)\w*",
        r"\bintelligence artificielle\b",
    ],
}

ABOUT = {
    "scope": [
        r"\b(?:s'applique|champ d'application)\b",
    ],
    "purposes": [r"\bfinalités?\b"],
    "performance": [r"\b(?:performances?|comportements?|productivité)\b"],
    "data": [
        r"\b(?:frappes?|captures? d'écran|webcam|biométri\w*|catégories de données)\b"
    ],
    "ai_training": [r"\b(?:entraîn\w*|ia|intelligence artificielle)\b"],
    "retention": [r"\b(?:conserv\w*|effac\w*|supprim\w*)"],
    "access": [r"\b(?:accès|accéder|habilit\w*)\b"],
    "rights": [r"\bdroits? d'|\bdroits des salariés\b"],
    "evidence": [r"\b(?:disciplinaire|sanction|licenciement|soupçon|preuve)s?\b"],
    "audit": [r"\b(?:expert\w*|vérifi\w*|contrôler)\b"],
    "changes": [r"\b(?:modifi\w*|révision|avenant)\b"],
    "committee": [r"\bcommission\b"],
    "review": [r"\b(?:réexamen|bilan|évaluation)\b"],
    "termination": [r"\b(?:dénonc\w*|préavis|entrée en vigueur)\b"],
}
