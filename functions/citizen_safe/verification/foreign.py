"""Small per-language word lists, so common non-English reports need no officer by default.

The English rules must never score another language (``language.py`` stops that). This
module reads a few languages with their *own* vocabulary instead: words for an incident
(theft, assault, fraud...), for beings that commit no crimes (ghost, dragon, alien...), for
a test or a joke, and for the author's own death, plus the look-alikes that clear a being
(a costume, a film, a name, a fraud pretext). Three outcomes:

* a fake cue that no look-alike explains: fake (same weights as in English);
* no fake cue but a recognisable incident: genuine, with no review;
* neither: ``None``, and the caller keeps sending the report to an officer.

Indic scripts are matched as substrings (their vowel signs are not ``\\w``, so ``\\b``
would split words); Latin-script languages use word boundaries. Pure ``re``, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from citizen_safe.verification.verdict import (
    FICTIONAL,
    JOKE_MARKER,
    SELF_REPORTED_DEATH,
    SUPERNATURAL,
    TEST_MARKER,
)

_I = re.IGNORECASE
# Latin-script text needs this many function words of one language (and more than
# of any other listed language) for it to be read in that language without a label.
MIN_FUNCTION_WORDS: Final = 2


@dataclass(frozen=True)
class Lexicon:
    """One language's vocabulary; every field is a regex source (empty = none)."""

    name: str
    incident: str
    supernatural: str = ""
    fictional: str = ""
    test: str = ""
    joke: str = ""
    laughter: str = ""
    death: str = ""
    # Look-alikes: costumes, films, shows, shops, frauds, beliefs, negation.
    innocent: str = ""
    function_words: frozenset[str] = frozenset()
    indic: bool = False
    # German capitalises every noun, so a capital letter is no sign of a name there.
    capitalised_nouns: bool = False
    # A being counts only as the doer of an incident: right after an article (Romance and
    # German: "un fantasma me robó") or right before an agent marker (Hindi "bhoot ne"), with
    # an incident word soon after. "Una empresa fantasma" (a shell company), "me llamó bruja"
    # (an insult) and "daayan kehkar" (a witch-hunt) name no doer.
    agent_before: str = ""
    agent_after: str = ""


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ES = Lexicon(
    name="Spanish",
    incident=(
        r"rob\w*|hurt\w*|asalt\w*|atrac\w*|estaf\w*|amenaz\w*|golpe\w*|agred\w*|pegó|pegaron|"
        r"quit[oó]|quitaron|quem\w*|incendi\w*|arranc\w*|arrebat\w*|se llev\w*|llevaron|"
        r"entraron|forz\w*|roto|"
        r"rompi\w*|acos\w*|"
        r"secuestr\w*|mat\w+ a|apuñal\w*|cuchillo|pistola|fraude|engañ\w*|desapareci\w*|"
        r"violencia|abus\w*|extors\w*|vandali\w*|dispar\w*|ladr[oó]n\w*|denuncia\w*"
    ),
    supernatural=(
        r"fantasmas?|esp[ií]ritus? malignos?|demonios?|brujas?|vampiros?|"
        r"zombis?|zombies?|hombres? lobo|duendes?|chupacabras?"
    ),
    fictional=(
        r"dragones|drag[oó]n|extraterrestres?|alien[ií]genas?|ovnis?|unicornios?|"
        r"superman|batman|godzilla|hadas?"
    ),
    test=(
        r"(?:esto )?es (?:solo |s[oó]lo )?una prueba|reporte de prueba|mensaje de prueba|"
        r"probando(?: la app| la aplicaci[oó]n)?|no es real|ignorar|ign[oó]renlo"
    ),
    joke=r"es (?:una )?broma|era (?:una )?broma|es (?:un )?chiste",
    laughter=r"ja(?:ja)+|je(?:je)+",
    death=r"me mataron|me asesinaron|(?:yo )?mor[ií] |estoy muerto|estoy muerta|desde mi tumba",
    innocent=(
        r"disfra\w*|vestido de|vestida de|m[aá]scara|pel[ií]cula|serie|tour|recorrido|"
        r"obra|teatro|halloween|carnaval|juguete|estatua|bar|restaurante|tienda|discoteca|"
        r"curandero|brujo que|estafa\w*|supuest\w*|dec[ií]a que|dijo que|cree que|no era|"
        r"llam\w+|insult\w*|acus\w+"
    ),
    agent_before=r"(?:un|una|unos|unas|el|la|los|las)\s+",
    function_words=_w(
        "el la los las de del que y en un una por con para es mi mis me se le lo su al "
        "pero muy esta este estaba fue ayer anoche hoy"
    ),
)
_FR = Lexicon(
    name="French",
    incident=(
        r"vol[ée]\w*|vol |volé|cambriol\w*|agress\w*|arnaqu\w*|escroqu\w*|menac\w*|frapp\w*|"
        r"arrach\w*|brisé\w*|cassé\w*|forcé\w*|suivi\w*|harcel\w*|harcèl\w*|pris mon|pris ma|"
        r"enlev\w*|couteau|arme|fraude|disparu\w*|violence\w*|racket\w*|tir[ée]|plainte|"
        r"br[uû]l\w*|incendi\w*"
    ),
    supernatural=(
        r"fant[oô]mes?|esprits? mal[ée]fiques?|d[ée]mons?|sorci[eè]res?|vampires?|"
        r"zombies?|loups?-garous?|diable|revenants?"
    ),
    fictional=(
        r"dragons?|extraterrestres?|aliens?|ovnis?|licornes?|superman|batman|"
        r"godzilla|f[ée]es?"
    ),
    test=(
        r"(?:ceci|c'est) (?:est )?(?:juste |seulement )?un test|signalement (?:de )?test|"
        r"ne pas (?:en )?tenir compte|pas r[ée]el|ignorez"
    ),
    joke=r"c'est (?:une )?blague|je rigole|pour rire",
    laughter=r"mdr|ptdr|haha+",
    death=r"on m'a tu[ée]|ils m'ont tu[ée]|je suis mort|je suis morte|depuis ma tombe",
    innocent=(
        r"d[ée]guis\w*|costume|masque|film|s[ée]rie|visite|spectacle|th[ée][aâ]tre|"
        r"halloween|carnaval|jouet|statue|bar|restaurant|magasin|bo[iî]te|marabout|"
        r"arnaque|pr[ée]tend\w*|soi-disant|disait que|croit que|ce n'[ée]tait pas|trait\w* de|"
        r"appel\w*|insult\w*|accus\w*"
    ),
    agent_before=r"(?:un|une|le|la|les|des|l')\s*",
    function_words=_w(
        "le la les de des du et un une est dans pour avec mon ma mes je il elle nous "
        "qui que pas au aux sur ce cette hier soir été"
    ),
)
_DE = Lexicon(
    name="German",
    incident=(
        r"gestohlen|geklaut|stahl|raub\w*|überfall\w*|einbr\w*|eingebrochen|aufgebrochen|"
        r"eingeschlagen|geschlagen|bedroh\w*|betrog\w*|betrug|angegriffen|belästig\w*|"
        r"entführ\w*|messer|waffe|verletzt|genommen|weggenommen|beschädigt|anzeige|gerammt|"
        r"angefahren|fahrerflucht|geflohen|verbrannt|angezündet"
    ),
    supernatural=r"geist(?:er)?|gespenst\w*|dämon\w*|hexen?|vampir\w*|zombies?|werw[oö]l\w*",
    fictional=r"drache|au(?:ß|ss)erirdische\w*|aliens?|ufos?|einh[oö]rn\w*|meerjungfrau\w*",
    test=r"(?:das )?ist (?:nur )?ein test|testmeldung|test-?eintrag|nicht echt|bitte ignorieren",
    joke=r"nur (?:ein )?spa(?:ß|ss)|war (?:nur )?ein witz",
    laughter=r"haha+",
    death=r"ich wurde (?:\w+ )?(?:getötet|ermordet|erschossen)|ich bin tot|aus meinem grab",
    innocent=(
        r"verkleid\w*|kostüm\w*|maske|film|serie|führung|tour|theater|halloween|karneval|"
        r"fasching|spielzeug|statue|bar|restaurant|laden|kneipe|wahrsager\w*|betrüger\w*|"
        r"angeblich\w*|behauptet\w*|glaubt|kein geist|genannt|nannte|beschimpf\w*|beschuldig\w*"
    ),
    agent_before=r"(?:ein|eine|einen|einem|der|die|das|den|dem)\s+(?:\w+\s+)?",
    function_words=_w(
        "der die das und ist ein eine mein meine ich nicht mit von zu im den dem wurde "
        "heute gestern nacht auf aus"
    ),
    capitalised_nouns=True,
)
_IT = Lexicon(
    name="Italian",
    incident=(
        r"rubat\w*|rubato|rapin\w*|scippat\w*|scippo|aggredit\w*|aggressione|truff\w*|"
        r"minacci\w*|picchiat\w*|colpit\w*|sfondat\w*|rott\w*|furto|ladr[oi]|coltello|"
        r"pistola|molest\w*|rapit\w*|denuncia\w*|entrati in casa"
    ),
    supernatural=r"fantasm[ai]|spiriti? maligni?|demon[ie]|streghe|strega|vampir[oi]|zombie",
    fictional=r"drag(?:o|hi)|alien[oi]?|extraterrestr[ei]|ufo|unicorn[oi]",
    test=r"(?:questo )?[eè] (?:solo )?una prova|(?:questo )?[eè] (?:solo )?un test|ignorate",
    joke=r"[eè] (?:uno )?scherzo|scherzavo",
    laughter=r"ahah\w*|haha\w*",
    death=r"mi hanno ucciso|sono mort[oa]|dalla mia tomba",
    innocent=(
        r"travestit\w*|costume|maschera|film|serie|tour|visita|teatro|halloween|carnevale|"
        r"giocattol\w*|statua|bar|ristorante|negozio|mago|truffa|presunt\w*|dicev\w* che|crede che|"
        r"chiamat\w*|insult\w*|accusat\w*"
    ),
    agent_before=r"(?:un|uno|una|il|lo|la|i|gli|le|un')\s*",
    function_words=_w(
        "il lo la gli le di del della che e un una è per con mi mio mia ho hanno sono "
        "non ieri sera stamattina sull"
    ),
)
_PT = Lexicon(
    name="Portuguese",
    incident=(
        r"roub\w*|furt\w*|assalt\w*|arromb\w*|agred\w*|amea[cç]\w*|bateram|bateu|golpe\w*|"
        r"levaram|levou|quebr\w*|sequestr\w*|faca|arma|fraude|enganad\w*|assédio|"
        r"estupr\w*|boletim"
    ),
    supernatural=(
        r"fantasmas?|esp[ií]ritos? malignos?|dem[oô]nios?|bruxas?|vampiros?|zumbis?|"
        r"lobisomens?|lobisomem|saci"
    ),
    fictional=r"drag(?:ão|ões)|extraterrestres?|alien[ií]genas?|ovnis?|unic[oó]rnios?|sereias?",
    test=r"(?:isto |isso )?[eé] (?:s[oó] )?um teste|relat[oó]rio de teste|n[aã]o [eé] real|ignorem",
    joke=r"[eé] (?:s[oó] )?brincadeira|era brincadeira",
    laughter=r"k{4,}|rs(?:rs)+|haha+",
    death=r"me mataram|eu morri|estou mort[oa]|do meu t[uú]mulo",
    innocent=(
        r"fantasiad\w*|fantasia de|m[aá]scara|filme|s[eé]rie|passeio|tour|teatro|halloween|"
        r"carnaval|brinquedo|est[aá]tua|bar|restaurante|loja|curandeir\w*|golpista|"
        r"suposto|dizia que|acredita que|n[aã]o era|chamou|chamad\w*|xing\w*|acus\w*"
    ),
    agent_before=r"(?:um|uma|o|a|os|as)\s+",
    function_words=_w(
        "o a os as de do da dos das que e em um uma é para com meu minha eu não na no "
        "ontem hoje noite foi"
    ),
)
_HI_LATIN = Lexicon(
    name="romanised Hindi",
    incident=(
        r"chor\w*|chura\w*|chheen\w*|chhin\w*|chin liya|loot\w*|lut\w*|maar\w*|mara|maara|"
        r"peet\w*|dhamk\w*|thag\w*|dhokha\w*|fraud|jeb kat\w*|jebkatr\w*|chhed\w*|chhedta|"
        r"peecha|pichha|tod\w*|tod ke|gali|gaali|kidnap|apharan|nikaal liye|nikal liye|"
        r"le gaye|le gaya|le gayi|le liye|le liya|le li|chaku|goli|hamla|jala\w*|kheench\w*|"
        r"khinch\w*|kheench li"
    ),
    supernatural=r"bhoot\w*|chudail\w*|pret|pishach|daayan|dayan|jinn",
    fictional=r"alien|ufo|dragon",
    test=r"(?:sirf|bas|bus) test|test (?:hai|kar raha|kar rahi|kar rahe)|ignore kar\w*|asli nahi",
    joke=r"mazaak (?:tha|hai|kiya)|mazak (?:tha|hai|kiya)|majak (?:tha|hai)",
    laughter=r"haha+",
    death=r"mujhe maar diya|main mar gaya|main mar gayi|meri maut ho gayi",
    innocent=(
        r"baba|tantrik|ojha|jhaad|phoonk|naam par|ke naam|dhong|film|movie|serial|"
        r"costume|mask|natak|ramlila|dukaan|dhaba|kehta hai|kehte hain|bolta hai|bola|boli|"
        r"kaha|kehkar|keh kar|bulaya|bata\w*|hone ka|naam"
    ),
    agent_after=r"\s+ne\b",
    function_words=_w(
        "mera meri mere hai hain tha thi the ne ko ka ki ke se mein me aur kisi kal raat "
        "ho gaya gayi liya diya nahi ek bhaiya ghar"
    ),
)
# Hindi and Marathi share the Devanagari script and much of this vocabulary.
_DEVANAGARI = Lexicon(
    name="Hindi/Marathi",
    incident=(
        r"चोर|चोरी|चुरा|छीन|लूट|लुट|जेब|मारपीट|मारहाण|पीट|धमका|धमकी|गाली|गालियाँ|ठग|धोखा|"
        r"फसवणूक|अपहरण|चाकू|गोली|हमला|छेड़|छेड|पीछा|तोड़|घुस|ले गए|ले गया|ले गई|"
        r"गहने|शराब|रुपये|पैसे|बलात्कार|हत्या|खून"
    ),
    supernatural=r"भूत(?!पूर्व)|चुड़ैल|चुडैल|चुडेल|प्रेत|पिशाच|डायन|जिन्न",
    fictional=r"एलियन|ड्रैगन|यूएफओ",
    test=r"टेस्ट|परीक्षण|परीक्षा के लिए|अनदेखा करें",
    joke=r"मज़ाक था|मजाक था|मज़ाक है|मजाक है",
    laughter=r"हाहा",
    death=r"मुझे मार डाला|मेरी मौत हो गई|मैं मर गया|मैं मर गई",
    innocent=(
        r"बाबा|तांत्रिक|ओझा|झाड़|के नाम पर|फिल्म|नाटक|रामलीला|पोशाक|दुकान|कहता है|कहते हैं|कहा|"
        r"कहकर|कह कर|बोला|बोली|बुलाया|बताकर|होने का आरोप|नाम के|नाम का|बंगला"
    ),
    agent_after=r"\s*ने",
    indic=True,
)
_TAMIL = Lexicon(
    name="Tamil",
    incident=r"திருட|திருடி|கொள்ளை|தாக்க|மிரட்ட|ஏமாற்ற|கத்தி|அடித்த|பறித்த",
    supernatural=r"பேய்|பிசாசு|ஆவி",
    indic=True,
)
_BENGALI = Lexicon(
    name="Bengali",
    incident=r"চুরি|চোর|ছিনতাই|ডাকাতি|মারধর|হুমকি|প্রতারণা|ছুরি",
    supernatural=r"ভূত|পেত্নী|ডাইনি|প্রেত",
    indic=True,
)
_TELUGU = Lexicon(
    name="Telugu",
    incident=r"దొంగ|దోచు|దాడి|బెదిరి|మోసం|కత్తి",
    supernatural=r"దెయ్యం|భూతం",
    indic=True,
)
_JAPANESE = Lexicon(
    name="Japanese",
    incident=r"盗ま|盗んだ|盗難|ひったくり|強盗|殴ら|殴られ|脅さ|詐欺|痴漢|空き巣|壊さ|刺さ|襲わ",
    supernatural=r"幽霊|お化け|悪霊|妖怪",
    fictional=r"宇宙人|ドラゴン|ユニコーン",
    test=r"テスト投稿|テストです|これはテスト",
    indic=True,
)
_CHINESE = Lexicon(
    name="Chinese",
    incident=r"偷|抢|被盗|盗窃|打了|殴打|威胁|诈骗|骗了|骚扰|砸|刀",
    supernatural=r"鬼魂|闹鬼|幽灵|恶魔",
    fictional=r"外星人|龙卷走|独角兽",
    test=r"这是测试|测试一下",
    indic=True,
)
_KOREAN = Lexicon(
    name="Korean",
    incident=r"도둑|훔쳤|훔쳐|도난|강도|폭행|때렸|협박|사기|소매치기|성추행",
    supernatural=r"유령|귀신|악령",
    fictional=r"외계인|용이|유니콘",
    test=r"테스트입니다|테스트 중",
    indic=True,
)
_ARABIC_SCRIPT = Lexicon(
    name="Urdu/Arabic",
    incident=r"چوری|چور|لوٹ|چھین|دھمکی|مارا|سرق|لص|اعتداء|ضرب|هدد|احتيال|نصب",
    supernatural=r"بھوت|چڑیل|جن نے|شبح|عفريت",
    fictional=r"خلائی مخلوق|تنين|كائن فضائي",
    test=r"ٹیسٹ|اختبار",
    indic=True,
)

LEXICONS: Final[dict[str, tuple[Lexicon, ...]]] = {
    "es": (_ES,),
    "fr": (_FR,),
    "de": (_DE,),
    "it": (_IT,),
    "pt": (_PT,),
    "hi": (_HI_LATIN, _DEVANAGARI),
    "mr": (_DEVANAGARI,),
    "ta": (_TAMIL,),
    "bn": (_BENGALI,),
    "te": (_TELUGU,),
    "ja": (_JAPANESE,),
    "zh": (_CHINESE,),
    "ko": (_KOREAN,),
    "ur": (_ARABIC_SCRIPT,),
    "ar": (_ARABIC_SCRIPT,),
}
_LATIN_DETECTABLE: Final = (("es", _ES), ("fr", _FR), ("de", _DE), ("it", _IT), ("pt", _PT))
_SCRIPTS: Final = (
    ("hi", 0x0900, 0x097F),
    ("bn", 0x0980, 0x09FF),
    ("ta", 0x0B80, 0x0BFF),
    ("te", 0x0C00, 0x0C7F),
    ("ja", 0x3040, 0x30FF),
    ("ko", 0xAC00, 0xD7AF),
    ("zh", 0x4E00, 0x9FFF),
    ("ur", 0x0600, 0x06FF),
)
_WORD_RE: Final = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class ForeignFinding:
    """A fake cue found with a language's own vocabulary."""

    code: str
    weight: float
    evidence: str
    explanation: str


@dataclass(frozen=True)
class ForeignReading:
    """What the word lists of ``language`` say: fake cues, or an incident, or both."""

    language: str
    name: str
    findings: tuple[ForeignFinding, ...]
    names_incident: bool


_CUE_WEIGHTS: Final = (
    ("supernatural", SUPERNATURAL, 0.97, "it blames a supernatural being"),
    ("fictional", FICTIONAL, 0.96, "it involves a being that does not exist"),
    ("death", SELF_REPORTED_DEATH, 0.93, "its author reports their own death"),
    ("test", TEST_MARKER, 0.90, "it says it is a test"),
    ("joke", JOKE_MARKER, 0.90, "its author calls it a joke"),
    ("laughter", JOKE_MARKER, 0.40, "it contains a joke marker"),
)


def _compile(source: str, indic: bool) -> re.Pattern[str] | None:
    if not source:
        return None
    return re.compile(source if indic else rf"\b(?:{source})\b", _I)


_COMPILED: Final[dict[int, dict[str, re.Pattern[str] | None]]] = {}


def _patterns(lexicon: Lexicon) -> dict[str, re.Pattern[str] | None]:
    key = id(lexicon)
    if key not in _COMPILED:
        _COMPILED[key] = {
            field: _compile(getattr(lexicon, field), lexicon.indic)
            for field in (
                "incident",
                "supernatural",
                "fictional",
                "test",
                "joke",
                "laughter",
                "death",
            )
        }
        _COMPILED[key]["innocent"] = _compile(lexicon.innocent, lexicon.indic)
    return _COMPILED[key]


def detect(text: str) -> str | None:
    """Guess a listed language from script or function words; None when unsure."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    for code, low, high in _SCRIPTS:
        if sum(low <= ord(c) <= high for c in letters) / len(letters) > 0.3:
            return code
    words = [w.lower() for w in _WORD_RE.findall(text)]
    scores = sorted(
        ((sum(w in lex.function_words for w in words), code) for code, lex in _LATIN_DETECTABLE),
        reverse=True,
    )
    hindi = sum(w in _HI_LATIN.function_words for w in words)
    if hindi >= MIN_FUNCTION_WORDS and hindi > scores[0][0]:
        return "hi"
    best, second = scores[0], scores[1]
    if best[0] >= MIN_FUNCTION_WORDS and best[0] > second[0]:
        return best[1]
    return None


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[.!?।;\n]+", text) if s.strip()]


def _cleared(sentence: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """A being in a costume, film, shop name, fraud pretext or quotation is no claim."""
    innocent = _patterns(lexicon)["innocent"]
    if innocent is not None and innocent.search(sentence):
        return True
    start = match.start()
    capital = sentence[start].isupper() and not lexicon.capitalised_nouns
    if capital and sentence[:start].strip():
        return True  # capitalised mid-sentence: a name ("el bar El Dragón")
    before = sentence[:start]
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»")


# How far after a being its incident word may start (the verb of "un fantasma me robó ...").
ACT_WINDOW: Final = 60


def _acts(
    sentence: str, match: re.Match[str], lexicon: Lexicon, incident: re.Pattern[str] | None
) -> bool:
    """The being is the doer: marked as an agent, with an incident word soon after it."""
    if incident is None or not incident.search(sentence, match.end(), match.end() + ACT_WINDOW):
        return False
    before_ok = bool(lexicon.agent_before) and bool(
        re.search(rf"(?:^|\W)(?:{lexicon.agent_before})$", sentence[: match.start()], _I)
    )
    after_ok = bool(lexicon.agent_after) and bool(
        re.match(lexicon.agent_after, sentence[match.end() :], _I)
    )
    return before_ok or after_ok or not (lexicon.agent_before or lexicon.agent_after)


def read(text: str, language: str | None) -> ForeignReading | None:
    """Read ``text`` with the word lists of its language; None when none are listed."""
    code = (language or "").strip().lower().split("-")[0] or detect(text)
    if code is None or code not in LEXICONS:
        return None
    lexicons = LEXICONS[code]
    findings: list[ForeignFinding] = []
    names_incident = False
    for lexicon in lexicons:
        patterns = _patterns(lexicon)
        incident = patterns["incident"]
        if incident is not None and incident.search(text):
            names_incident = True
        for sentence in _sentences(text):
            for field, flag, weight, why in _CUE_WEIGHTS:
                pattern = patterns[field]
                if pattern is None:
                    continue
                for match in pattern.finditer(sentence):
                    being = field in ("supernatural", "fictional")
                    if being and (
                        _cleared(sentence, match, lexicon)
                        or not _acts(sentence, match, lexicon, incident)
                    ):
                        continue
                    evidence = match.group(0).strip()
                    findings.append(ForeignFinding(flag, weight, evidence, f"{why} ('{evidence}')"))
                    break
    names = " / ".join(lexicon.name for lexicon in lexicons)
    return ForeignReading(code, names, tuple(findings), names_incident)
