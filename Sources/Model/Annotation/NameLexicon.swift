/// The word lists people finding and attribution consult: first names, titles, and the words that
/// mark a capitalised phrase as something other than a person.
///
/// Every list is a cue, weighed with capitalisation, titles, speech verbs and the name variants
/// of the same article or story; none is a verdict on its own. Words are stored lower-cased.
enum NameLexicon {
    /// True when `word` (lower-cased) is a listed first name and not also a common word or place.
    static func isFirstName(_ word: String) -> Bool { isFirstName(TokenHash.of(word)) }

    /// True when the word hashed `hash` is a listed first name and not also a common word or place.
    @inline(__always)
    static func isFirstName(_ hash: UInt64) -> Bool { NameWordFacts.of(hash).contains(.firstName) }

    /// The lists as `WordSet`s of word hashes, for lookups by token hash.
    enum Hashed {
        static let titles = wordSet(NameLexicon.titles)
        static let officeWords = wordSet(NameLexicon.officeWords)
        static let organisationWords = wordSet(NameLexicon.organisationWords)
        static let placeWords = wordSet(NameLexicon.placeWords)
        static let surnameLikeOrganisationWords = wordSet(NameLexicon.surnameLikeOrganisationWords)
        static let nonPersonWords = wordSet(NameLexicon.organisationWords, NameLexicon.placeWords)
        static let groupWords = wordSet(NameLexicon.groupWords)
        static let placeHeads = wordSet(NameLexicon.placeHeads)
        static let functionWords = wordSet(NameLexicon.functionWords)
        static let speechVerbs = wordSet(NameLexicon.speechVerbs)
        static let sayingVerbs = wordSet(NameLexicon.sayingVerbs)
        static let pronouns = WordMap(NameLexicon.pronouns)
    }

    /// Grammatical gender suggested by the first name hashed `hash`, when the lists agree on one.
    static func gender(ofFirstNameHash hash: UInt64) -> PronounGender? {
        let facts = NameWordFacts.of(hash)
        let male = facts.contains(.maleFirstName)
        let female = facts.contains(.femaleFirstName)
        if male && !female { return .male }
        if female && !male { return .female }
        return nil
    }

    /// Titles and honorifics that come before a name and are kept out of its span.
    static let titles = """
        mr mrs ms miss mx dr prof professor president vice sen senator rep representative gov governor
        secretary minister prime chancellor judge justice gen general col colonel lt lieutenant sgt
        sergeant capt captain cmdr commander adm admiral maj major mayor king queen prince princess pope
        rev reverend father sister brother sir dame lord lady chairman chairwoman chair chairperson
        speaker leader director commissioner ambassador attorney coach officer detective chief agent
        deputy sheriff spokesman spokeswoman spokesperson nominee candidate pastor rabbi imam bishop
        cardinal archbishop councilman councilwoman councillor congressman congresswoman assemblyman
        assemblywoman delegate emperor sheikh ayatollah premier ceo founder host anchor correspondent
        editor reporter pollster strategist analyst economist manager adviser advisor aide counsel
        solicitor trooper inspector superintendent constable marshal dean principal president-elect
        master gop mp mep lawmaker comptroller treasurer auditor clerk administrator producer writer author
        actor actress singer rapper star player striker goalkeeper midfielder defender forward
        """

    /// Words of an office that may follow a title before the name ("Secretary of State Rex ...").
    static let officeWords = """
        of the state defense defence homeland security justice treasury labor labour commerce energy
        education health human services agriculture interior transportation housing urban development
        veterans affairs foreign finance staff general press house representatives senate majority
        minority whip national home office chief executive court supreme council committee federal
        reserve vice deputy assistant associate special operations navy army air force joint chiefs
        intelligence central bank white exchequer department ministry and for on judiciary armed
        appropriations republican democratic democrat conference caucus campaign
        """

    /// Lower-cased words that make a capitalised phrase an organisation, outlet, date or event.
    static let organisationWords = """
        january february march april may june july august september october november december
        monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow
        week weekly daily news times post journal herald tribune gazette telegraph guardian
        observer review magazine press network channel radio tv television media online wire
        reuters npr bbc cnn fox msnbc abc nbc cbs pbs ap afp politico breitbart huffpost huffington
        university college school academy institute foundation association society center centre
        council committee commission department ministry agency bureau office administration service
        services court congress senate house parliament assembly legislature party government
        company corporation corp inc ltd llc group bank fund trust club union league team federation
        church mosque temple cathedral hospital museum library airport station street avenue road
        square park bridge river lake mountain island islands county city state states republic
        kingdom empire province district region people year
        democrat democrats democratic republican republicans gop conservative conservatives liberal
        liberals labour tory tories islamic muslim muslims christian christians catholic jewish
        isis taliban nato un eu fbi cia nsa irs epa fda doj dhs nasa obamacare medicare medicaid
        internet facebook twitter google apple microsoft amazon youtube instagram
        god christmas easter ramadan thanksgiving olympics olympic world cup super bowl
        act bill law amendment constitution treaty accord plan program programme initiative
        summit conference convention election elections campaign primary caucus caucuses debate
        alliance coalition partnership authority board
        communications consulting consultants research partners associates holdings capital
        ventures strategies watch pac pacs institution enforcement investigations security studies
        forum systems solutions technologies labs laboratories industries airlines pharmaceuticals
        firm departments centers universities agencies committees councils
        war crisis revolution movement award awards prize festival series show
        """

    /// Lower-cased places and the adjectives made from them: not people alone, yet some are surnames.
    static let placeWords = """
        north south east west northern southern eastern western central america american americans
        europe european africa african asia asian russia russian china chinese japan japanese india
        indian germany german france french britain british england english scotland scottish
        ireland irish wales welsh canada canadian mexico mexican brazil iran iranian iraq iraqi syria
        syrian israel israeli palestinian egypt turkey turkish ukraine ukrainian korea korean
        pakistan afghanistan afghan saudi arabia arab cuba cuban spain spanish italy italian greece
        greek australia australian washington moscow london paris beijing berlin tokyo brussels
        jerusalem kremlin pentagon york angeles chicago boston texas california florida ohio
        virginia carolina georgia iowa hampshire nevada michigan pennsylvania wisconsin colorado
        arizona alabama tennessee kentucky louisiana oklahoma oregon utah missouri minnesota
        maryland massachusetts jersey connecticut indiana illinois kansas nebraska dakota montana
        wyoming idaho alaska hawaii mississippi arkansas vermont maine delaware manhattan brooklyn
        hollywood u.s us uk usa las los san santa taiwan taipei hong kong
        port puerto porto fort mount cape fields heights springs estate valley
        """

    /// Plural and collective nouns that open a sentence before a speech verb ("Police said",
    /// "Economists warned"): groups, never one person.
    static let groupWords = """
        police officials economists opponents critics residents analysts experts prosecutors investigators
        witnesses organisers organizers supporters voters officers authorities researchers scientists
        protesters protestors campaigners opposition ministers lawmakers leaders executives unions
        regulators doctors nurses teachers workers farmers fishermen parents students neighbours neighbors
        locals observers diplomats sources aides staff spokespeople historians scholars activists
        officials engineers inspectors councillors councilors delegates members residents shopkeepers
        traders commuters passengers visitors fans
        """

    /// Nouns after which "of" names a place ("the town of Velm", "the port of Ardra").
    static let placeHeads = """
        town city village port capital island islands province region county state republic kingdom
        suburb district borough municipality harbour harbor valley
        """

    /// Organisation words that are also surnames after a first name ("Nathan Law").
    static let surnameLikeOrganisationWords = "law church park hall house banks bridges street"

    /// First names that are also everyday capitalised words, needing more than the list as evidence.
    static let ambiguousFirstNames = """
        will may june april august an the in on a an so art bill mark grant hope faith joy chase
        guy young king long major rich sunny early love gay case way white black brown green
        don son ray sky star rose page lane dale glen hill summer winter autumn ivory crystal
        christian justice trinity destiny precious unique miracle royal english french irish
        israel jordan georgia virginia carolina paris victoria florence austin dallas houston
        phoenix sydney chelsea madison lincoln tyler kent mason carter
        """

    /// Capitalised words that start sentences and headlines but never a name.
    static let functionWords = """
        a an the and but or nor so yet for if when while after before since until because although
        though as at by from in into of on onto to with without within about above below under over
        between among through during despite against toward towards upon per via this that these
        those it its he she they we i you him her them us me my our your their his hers theirs
        there here then now today who whom whose which what where why how whether all any some many
        most more much few each every both either neither no not none one two three four five six
        seven eight nine ten also even just only still already again never always often sometimes
        however meanwhile moreover furthermore instead indeed perhaps maybe yes asked says said
        according like unlike new former late other such last next first second third mr mrs ms
        let here's it's that's there's what's who's don't can't won't isn't hey hi hello dear thanks
        oh well
        """

    /// Speech verbs and cue words that introduce or close a quotation.
    static let speechVerbs = """
        said says say saying told tells tell added adds asked asks stated states explained explains
        wrote writes noted notes continued continues declared declares insisted insists argued
        argues claimed claims recalled recalls replied replies responded responds tweeted tweets
        warned warns acknowledged acknowledges admitted admits announced announces commented
        complained complains conceded concedes confirmed confirms cautioned cautions emphasized
        emphasised stressed stresses suggested suggests predicted predicts promised promises
        remarked remarks reported observed observes joked jokes quipped quips shouted yelled
        whispered testified posted wondered wonders urged urges vowed vows boasted boasts countered
        counters contended contends lamented laments mused muses sighed laughed agreed agrees
        charged charges alleged alleges concluded concludes repeated repeats reiterated reiterates
        maintained maintains answered answers exclaimed explained proclaimed proclaims mentioned
        describes described calls called writing adding telling noting asking explaining arguing
        warning insisting declaring claiming saying recalling responding stating beamed
        went marveled marvelled scoffed snapped cracked offered recounted interjected interjects
        reacted assured assures pointed tweeting demanded demands fumed fumes barked retorted griped
        grumbled chided scolded thundered opined raged ranted gushed elaborated pressed presses retaliated
        hinted hints calling describing urging vowing promising suggesting predicting
        """

    /// The verbs of saying proper: next to a capitalised word, they make it a likely person.
    static let sayingVerbs = """
        said says told tells added adds asked asks wrote writes explained explains argued argues insisted
        insists recalled recalls replied replies tweeted tweets warned warns testified interjected noted
        stated responded declared acknowledged admitted conceded countered quipped joked
        """

    /// Personal pronouns that can stand for a speaker.
    static let pronouns: [String: PronounGender] = [
        "he": .male, "she": .female, "they": .plural, "i": .speaker, "we": .plural,
    ]

    /// The words of `lists` (ASCII, separated by spaces and line breaks) lower-cased and hashed
    /// straight from the bytes, in a set sized for them up front.
    static func wordSet(_ lists: String...) -> WordSet {
        var separators = 0
        for list in lists { for byte in list.utf8 where byte == 0x20 || byte == 0x0A { separators += 1 } }
        var set = WordSet(capacity: separators + lists.count)
        for list in lists {
            TokenHash.forEachWord(ofList: list) { set.insert($0) }
        }
        return set
    }
}

/// The gender or number a pronoun or first name points to.
enum PronounGender: Sendable, Equatable {
    case male, female, plural, speaker
}
