/// The word banks the synthetic corpus is built from: fictional outlets, names, places, topics,
/// sentence and quotation templates, speech verbs and site furniture, all written for this project.
///
/// Templates use slots filled per story: {place} {org} {noun} {noun2} {n} {big} {money} {day}
/// {month} {year} {person} (a name as the account refers to it) and {thing} (a scare-quoted phrase).
enum SyntheticVocabulary {
    /// One kind of news event, with the words its stories share.
    struct Topic: Sendable {
        var headlines: [String]
        var ledes: [String]
        var organisation: String
        var nouns: [String]
    }

    /// One fictional publisher and the habits its pages show.
    struct Outlet: Sendable {
        enum QuoteMarks: Sendable { case curly, straight, single }
        enum FileFormat: Sendable { case text, markdown, jsonLines }
        var name: String
        var slug: String
        var marks: QuoteMarks
        /// Refers to people as "Mr. Brell" after the first mention.
        var honorifics: Bool
        /// Its scraped pages reach us lower-cased with the punctuation stripped.
        var degraded: Bool
        var format: FileFormat
        var newsletter: String
    }

    static let outletNames = [
        "The Calder Lantern", "Northgate Herald", "Riverside Courier", "Ashford Evening Post",
        "The Meridian Ledger", "Harbour Times", "Valley Sentinel", "The Granite Record",
        "Eastport Daily", "Lakeshore Gazette", "Copperline Wire", "Pinecrest Journal",
        "Summit Observer", "The Tidewater Star", "Westbrook Chronicle", "The Kestrel Review",
        "Ironvale Tribune", "Coastline News Service", "The Morning Beacon", "Fairhaven Register",
        "The Daily Compass", "Highland Dispatch", "Redwater Examiner", "The Lamplighter",
        "Brightwater Post", "The Civic Bulletin", "Marlow Street Journal", "Northern Lights Press",
        "The Quayside", "Oakhurst Times", "The Weekly Plainsman", "Silverbrook Mercury",
        "The Open Ledger", "Cinder Hill News", "Glenfield Advocate", "The Torchbearer",
        "Saltmarsh Gazette", "Crown Valley Record", "The Evening Lookout", "Foxley Daily News",
    ]

    static let newsletterNames = ["Morning Briefing", "Evening Edition", "Daily Digest", "Weekend Reader", "First Look", "Week in Review"]

    /// The outlets, their habits spread so every mix appears: about 70% plain text, 10% Markdown
    /// with front matter, 20% JSON Lines; 4 in 40 degraded.
    static let outlets: [Outlet] = outletNames.enumerated().map { index, name in
        let slug = String(name.lowercased().unicodeScalars.map { ($0 >= "a" && $0 <= "z") ? Character($0) : "-" })
            .split(separator: "-").joined(separator: "-")
        let formats: [Outlet.FileFormat] = [.text, .text, .text, .text, .text, .text, .text, .markdown, .jsonLines, .jsonLines]
        return Outlet(
            name: name, slug: slug, marks: [.curly, .straight, .curly, .single][index % 4],
            honorifics: index % 5 == 1, degraded: index % 9 == 8, format: formats[index % 10],
            newsletter: newsletterNames[index % newsletterNames.count])
    }

    static let firstNames = [
        "Ines", "Tomas", "Amara", "Bjorn", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hamid",
        "Ingrid", "Jonah", "Keiko", "Lucia", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa",
        "Soren", "Talia", "Ugo", "Vera", "Wendell", "Ximena", "Yusuf", "Zora", "Anouk", "Bastian",
        "Celeste", "Dario", "Esme", "Fintan", "Gideon", "Hana", "Idris", "Josefine", "Kofi", "Leontine",
        "Marisol", "Nikolai", "Odile", "Pavel", "Rafaela", "Stellan", "Thandiwe", "Ulrike", "Viggo", "Wilhelmina",
        "Aurelio", "Beatrix", "Cosmin", "Delphine", "Emeka", "Flavia", "Gunnar", "Henrike", "Ilario", "Jovana",
        "Kasimir", "Ludmila", "Magnus", "Noor", "Octavia", "Piet", "Renata", "Sefa", "Teodor", "Ottilie",
        "Anselm", "Brigid", "Cyrus", "Dagny", "Evander", "Fenella", "Gaspard", "Halina", "Ivo", "Jessamy",
    ]

    static let surnamePrefixes = [
        "Ab", "Bel", "Car", "Dun", "El", "Far", "Gil", "Hart", "Ing", "Jas", "Kor", "Lind", "Mal", "Nev",
        "Or", "Pell", "Quill", "Rad", "Sand", "Tam", "Ul", "Var", "Wend", "Yor", "Zell", "Brom", "Cress",
        "Dal", "Esk", "Fenn",
    ]
    static let surnameSuffixes = [
        "ane", "bury", "den", "ford", "grove", "holt", "ing", "ley", "mont", "ner", "off", "ova", "rick",
        "sen", "ski", "ton", "vale", "well", "wood", "ez", "ani", "ard", "ett", "ica",
    ]

    static let placePrefixes = [
        "Ash", "Bram", "Cal", "Dun", "Elm", "Fox", "Glen", "Holl", "Ivy", "Kings", "Lark", "Mill", "Nor",
        "Oak", "Pine", "Quarr", "Raven", "Stone", "Thorn", "Up", "Vale", "Wester", "Wyn", "Yar",
    ]
    static let placeSuffixes = [
        "mere", "bridge", "ford", "haven", "mouth", "stead", "ton", "wick", "field", "by", "ridge",
        "port", "gate", "moor", "well", "dale",
    ]

    /// Titles a person is introduced with, and how the text describes their role.
    static let roles: [(title: String, role: String)] = [
        ("Mayor", "the mayor of {place}"), ("Councillor", "a member of the {place} council"),
        ("Dr.", "a researcher at the {place} Institute"), ("Professor", "an economist at {place} University"),
        ("Senator", "who represents {place}"), ("Governor", "the state's governor"),
        ("Chief Inspector", "who is leading the inquiry"), ("Judge", "who presided over the hearing"),
        ("Minister", "the regional minister"), ("Rep.", "whose district includes {place}"),
        ("Commissioner", "the county commissioner"), ("Superintendent", "the head of the {place} schools"),
        ("", "a spokeswoman for the {org}"), ("", "the director of the {org}"), ("", "a resident of {place}"),
        ("", "a spokesman for the {org}"), ("", "who has lived in {place} for {n} years"),
    ]

    static let topics: [Topic] = [
        Topic(headlines: ["{place} bridge reopens after {n} months of repairs", "Traffic returns to {place} crossing as repairs end", "{place} celebrates the return of its harbour bridge"],
              ledes: ["The {place} harbour bridge reopened on {day} after {n} months of repairs", "Cars crossed the {place} harbour bridge on {day} for the first time in {n} months"],
              organisation: "{place} Transport Department",
              nouns: ["bridge", "crossing", "repairs", "traffic", "cables", "deck", "contractor", "engineers", "commuters", "toll"]),
        Topic(headlines: ["{org} to close {place} plant, cutting {big} jobs", "{big} jobs lost as {place} factory shuts", "Workers stunned by closure of {place} plant"],
              ledes: ["{org} said on {day} it would close its {place} plant, putting {big} jobs at risk", "The factory that has anchored {place} for decades will close by {month}"],
              organisation: "{surname} Industries",
              nouns: ["plant", "factory", "workers", "jobs", "union", "redundancy", "production", "shifts", "pensions", "orders"]),
        Topic(headlines: ["{place} nurses walk out over pay", "Strike at {place} hospital enters day {n}", "Talks fail as {place} nurses stay on strike"],
              ledes: ["Nurses at the {place} General Hospital walked out on {day} in a dispute over pay", "A strike by nurses in {place} entered its {n}th day on {day}"],
              organisation: "{place} Nurses Union",
              nouns: ["strike", "nurses", "pay", "wards", "picket", "negotiators", "overtime", "patients", "shifts", "offer"]),
        Topic(headlines: ["Floods force {big} from homes in {place}", "River bursts its banks in {place}", "{place} counts the cost of worst floods in {n} years"],
              ledes: ["Floodwater forced {big} people from their homes in {place} on {day}", "The river through {place} burst its banks overnight after {n} days of rain"],
              organisation: "{place} Emergency Authority",
              nouns: ["flood", "river", "levee", "rainfall", "evacuation", "shelters", "pumps", "sandbags", "insurance", "damage"]),
        Topic(headlines: ["Wildfire near {place} doubles in size", "Crews battle fire in hills above {place}", "{place} residents told to leave as fire spreads"],
              ledes: ["A wildfire in the hills above {place} doubled in size on {day}", "Firefighters fought through the night to keep flames away from {place}"],
              organisation: "{place} Fire Service",
              nouns: ["wildfire", "flames", "firefighters", "acres", "wind", "evacuation", "smoke", "containment", "aircraft", "embers"]),
        Topic(headlines: ["{person_last} wins {place} mayoral race", "{place} elects a new mayor by {n} votes", "Upset in {place} as challenger takes city hall"],
              ledes: ["{person_full} won the race for mayor of {place} on {day} by {n} votes", "Voters in {place} chose a new mayor on {day} after a bitter campaign"],
              organisation: "{place} Election Board",
              nouns: ["election", "ballots", "voters", "turnout", "campaign", "recount", "candidates", "precincts", "margin", "count"]),
        Topic(headlines: ["{place} council passes {money} budget", "Budget vote splits {place} council", "{place} approves spending plan after late-night session"],
              ledes: ["The {place} council approved a {money} budget on {day} after a session that ran past midnight", "Councillors in {place} voted {n} to 4 on {day} to pass the city's budget"],
              organisation: "{place} City Council",
              nouns: ["budget", "council", "spending", "taxes", "deficit", "services", "vote", "libraries", "reserves", "amendment"]),
        Topic(headlines: ["Jury convicts former {place} treasurer", "{place} official found guilty of fraud", "Verdict in {place} corruption trial"],
              ledes: ["A jury in {place} found the city's former treasurer guilty of fraud on {day}", "The former treasurer of {place} was convicted on {day} of taking {money} from the city"],
              organisation: "{place} District Court",
              nouns: ["trial", "jury", "verdict", "fraud", "prosecutors", "defence", "sentencing", "evidence", "appeal", "witnesses"]),
        Topic(headlines: ["{place} to close {n} schools", "Parents protest plan to shut {place} schools", "School closures approved in {place}"],
              ledes: ["The {place} school board voted on {day} to close {n} schools by {month}", "Parents packed a school board meeting in {place} on {day} to oppose closures"],
              organisation: "{place} School Board",
              nouns: ["schools", "pupils", "teachers", "enrolment", "board", "parents", "buses", "classrooms", "closures", "catchment"]),
        Topic(headlines: ["Bus and tram fares to rise in {place}", "{place} commuters face {n} per cent fare increase", "Fare rise approved for {place} transit"],
              ledes: ["Bus and tram fares in {place} will rise by {n} per cent from {month}", "The {org} approved a fare increase on {day}"],
              organisation: "{place} Transit Authority",
              nouns: ["fares", "buses", "trams", "commuters", "routes", "subsidy", "ridership", "timetable", "depot", "tickets"]),
        Topic(headlines: ["Data breach exposes {big} {place} customers", "Hackers steal records from {org}", "{org} admits breach of customer data"],
              ledes: ["{org} said on {day} that hackers had taken the records of {big} customers", "Records of {big} customers of a {place} company were stolen in a breach"],
              organisation: "{surname} Mutual",
              nouns: ["breach", "hackers", "records", "passwords", "customers", "regulator", "encryption", "servers", "notification", "fraud"]),
        Topic(headlines: ["{n} miners trapped after collapse near {place}", "Rescue under way at {place} mine", "All {n} miners rescued from {place} mine"],
              ledes: ["{n} miners were trapped underground after a tunnel collapsed near {place} on {day}", "Rescuers worked through the night to reach miners trapped near {place}"],
              organisation: "{surname} Mining",
              nouns: ["mine", "miners", "tunnel", "rescue", "collapse", "shaft", "oxygen", "families", "safety", "inspectors"]),
        Topic(headlines: ["{place} port expansion wins approval", "{money} plan to enlarge {place} harbour", "Dockers welcome {place} port deal"],
              ledes: ["Plans to expand the port of {place} won approval on {day}", "The {org} will spend {money} enlarging its container terminal"],
              organisation: "{place} Port Authority",
              nouns: ["port", "containers", "cranes", "dredging", "terminal", "shipping", "dockers", "berths", "freight", "wetlands"]),
        Topic(headlines: ["Paintings stolen from {place} museum", "Thieves take {n} works from {place} gallery", "Police appeal for help after {place} museum theft"],
              ledes: ["Thieves took {n} paintings from the {place} Museum of Art overnight on {day}", "Police in {place} are searching for {n} paintings stolen from the city museum"],
              organisation: "{place} Museum of Art",
              nouns: ["museum", "paintings", "thieves", "alarm", "gallery", "collection", "detectives", "insurers", "frames", "curator"]),
        Topic(headlines: ["Water restrictions for {place} as drought deepens", "{place} reservoirs fall to {n} per cent", "Hosepipe ban in {place}"],
              ledes: ["Households in {place} will face water restrictions from {day}", "Reservoirs serving {place} have fallen to {n} per cent of capacity"],
              organisation: "{place} Water Company",
              nouns: ["drought", "reservoirs", "rainfall", "restrictions", "farmers", "wells", "leaks", "consumption", "crops", "pipes"]),
        Topic(headlines: ["{place} unveils plan for {big} new homes", "Housing plan divides {place}", "{big} homes to be built on {place} edge"],
              ledes: ["The {place} council unveiled plans on {day} for {big} new homes on the edge of the city", "A plan to build {big} homes in {place} drew hundreds to a public meeting"],
              organisation: "{place} Housing Trust",
              nouns: ["homes", "housing", "rents", "developers", "planning", "green belt", "tenants", "density", "infrastructure", "affordability"]),
        Topic(headlines: ["Power cut leaves {big} homes in the dark in {place}", "{place} blackout blamed on substation fire", "Power restored to most of {place}"],
              ledes: ["About {big} homes in {place} lost power on {day} after a fire at a substation", "Most of {place} was without electricity for {n} hours on {day}"],
              organisation: "{place} Power and Light",
              nouns: ["blackout", "substation", "grid", "outage", "generators", "engineers", "demand", "transformers", "customers", "storm"]),
        Topic(headlines: ["{place} festival cancelled over safety fears", "Organisers call off {place} summer festival", "No festival in {place} this year"],
              ledes: ["Organisers cancelled the {place} summer festival on {day}, citing safety concerns", "The festival that draws {big} visitors to {place} each summer will not go ahead"],
              organisation: "{place} Festival Trust",
              nouns: ["festival", "organisers", "tickets", "stages", "visitors", "refunds", "security", "sponsors", "volunteers", "permits"]),
        Topic(headlines: ["New wing opens at {place} hospital", "{place} hospital adds {n} beds", "{money} hospital extension opens in {place}"],
              ledes: ["A new wing with {n} beds opened at the {place} General Hospital on {day}", "Patients moved into the new {money} wing of the {place} hospital on {day}"],
              organisation: "{place} Health Board",
              nouns: ["hospital", "beds", "patients", "surgeons", "waiting lists", "wards", "equipment", "staff", "emergency department", "clinic"]),
        Topic(headlines: ["{place} airport runway plan approved", "Second runway for {place} airport", "Residents fight {place} airport expansion"],
              ledes: ["A second runway at {place} airport won approval on {day}", "Plans to add a runway at {place} airport moved ahead on {day} despite protests"],
              organisation: "{place} Airport Company",
              nouns: ["airport", "runway", "flights", "noise", "airlines", "passengers", "terminal", "emissions", "residents", "slots"]),
    ]

    /// Sentences any story can use; {noun} and {noun2} come from the story's topic.
    static let fillerSentences = [
        "Officials in {place} said the {noun} would remain under review until {month}.",
        "The {org} has set aside {money} for the {noun}, according to figures released on {day}.",
        "Residents of {place} have raised concerns about the {noun} for more than {n} years.",
        "A report commissioned by the {org} found that the {noun} had been neglected since {year}.",
        "The {noun} has become a central issue in local politics, with both parties promising action.",
        "{person} declined to say when a final decision on the {noun2} would be made.",
        "Figures published last year showed that {big} people in the area depend on the {noun}.",
        "The decision follows months of meetings between the {org} and community groups.",
        "Critics say the {noun2} was handled poorly from the start, and that warnings were ignored.",
        "The {org} did not respond to requests for comment on {day}.",
        "Local businesses near the {noun} said they had already seen a change in trade.",
        "An independent review of the {noun2} is expected to be published in {month}.",
        "It was not immediately clear how the {noun} would be paid for.",
        "The last comparable episode in {place}, in {year}, cost the city about {money}.",
        "Several hundred people gathered outside the offices of the {org} on {day}.",
        "The {org} said it had been in contact with {big} households since the announcement.",
        "Opposition members called for a full inquiry into the {noun2}.",
        "Under the current plan, work on the {noun} would begin in {month} and last about {n} months.",
        "{person} has been involved with the {noun} since it was first proposed.",
        "The {noun2} drew national attention when it was first reported in {year}.",
        "Insurance companies are expected to review their exposure to the {noun} in {place}.",
        "A public meeting on the {noun2} is scheduled for next {day} at the town hall.",
        "Engineers and advisers hired by the {org} have so far billed more than {money}.",
        "The {noun} is one of the largest of its kind in the region.",
        "Community leaders in {place} said they had not been consulted about the {noun2}.",
        "The {org} expects to publish detailed figures on the {noun} by the end of {month}.",
        "In a statement, the {org} said it was taking the matter of the {noun2} very seriously.",
        "The so-called {thing} has been debated in {place} for years.",
        "Supporters of the plan describe it as a {thing}, a phrase its opponents reject.",
        "The {noun} was built in {year} and was last overhauled in the early part of the century.",
        "About {n} per cent of those surveyed said they supported the {org}'s handling of the {noun}.",
        "Neighbouring towns are watching the {noun2} in {place} closely.",
        "The {org} said the delays were caused by a shortage of materials and staff.",
        "Representatives of the {org} will appear before a council committee in {month}.",
        "There were no reports of injuries, the {org} said.",
        "The {noun} has been the subject of {n} separate complaints to the regional ombudsman.",
        "A spokesperson for the {org} said more details would follow in the coming weeks.",
        "The {org} first raised the possibility of changes to the {noun} in {year}.",
        "Some {noun2} in the eastern part of {place} were affected more than others.",
        "{person} said the {org} had followed the advice it was given at the time.",
        "The cost of the {noun} has risen by about {n} per cent since the original estimate.",
        "Volunteers from across {place} turned out on {day} to help.",
        "A petition calling for a change of course on the {noun2} has gathered {big} signatures.",
        "The regional government said it would consider a request for emergency funding.",
        "The {org} board is due to meet again in {month} to review progress on the {noun}.",
        "Documents seen by reporters show the {org} was warned about the {noun2} as early as {year}.",
        "Traders in the centre of {place} said footfall had fallen sharply since {day}.",
        "{person} met representatives of the {org} on {day} to discuss the {noun}.",
        "The {noun} employs about {big} people directly and many more indirectly.",
        "Campaigners said the timetable for the {noun2} was unrealistic.",
        "A second phase of the work on the {noun} has not yet been funded.",
        "Local radio in {place} reported long queues outside the {org}'s offices.",
    ]

    /// Openings and closings that vary a filler sentence, so an account does not repeat itself.
    static let sentenceOpenings = ["", "", "", "Meanwhile, ", "On {day}, ", "Last year, ", "By contrast, ", "Separately, ", "In {place}, ", "As of {day}, "]
    static let sentenceClosings = ["", "", "", ", officials said", ", according to the {org}", ", a claim the {org} disputes", ", records show", ", people familiar with the matter said"]

    /// Scare-quoted phrases: marks around a word or two, not speech.
    static let scarePhrases = ["quick fix", "gold standard", "temporary", "world class", "green corridor", "fresh start", "managed decline", "common sense"]

    /// Things people say, in the first person; {noun} from the story.
    static let quotations = [
        "We have waited {n} years for this, and the people of {place} deserve better than another delay",
        "Nobody in this building wants to see the {noun} fail",
        "This is not the end of the {noun}, it is the beginning of a much longer conversation",
        "I have spoken to families who are frightened, and they want answers, not press releases",
        "The numbers simply do not add up, and everyone in the room knew it",
        "We are doing everything we can, around the clock, to keep people safe",
        "If we had acted sooner, we would not be standing here today",
        "I want to thank the crews who worked through the night on the {noun}",
        "There will be a full review, and if mistakes were made, we will own them",
        "This is a good day for {place}, and a long time coming",
        "People are angry, and frankly they have every right to be",
        "We were told the {noun} was safe, and we believed it",
        "It is too early to say what caused this, and I will not speculate",
        "The {org} has let this community down, again",
        "Our priority now is the {noun2}, everything else can wait",
        "I grew up a few streets from here, so this one is personal",
        "We need the money, and we need it before the winter",
        "Nobody should have to choose between their job and their safety",
        "The plan is ambitious, but it is the right plan for {place}",
        "I do not think anyone expected it to move this fast",
        "We will keep the {noun} open for as long as it is safe to do so",
        "My message to residents is simple: stay informed and look after your neighbours",
        "These are real people with real bills, not figures on a spreadsheet",
        "We have a duty to get this right, not just to get it done",
    ]

    /// Words an outlet may swap when it retells a quotation slightly differently.
    static let rewordings: [(String, String)] = [
        ("people", "residents"), ("want", "wish"), ("simply", "just"), ("frankly", "honestly"),
        ("angry", "furious"), ("right", "correct"), ("around the clock", "day and night"),
        ("safe", "secure"), ("expected", "predicted"), ("good day", "great day"), ("we will", "we'll"),
        ("do not", "don't"), ("is not", "isn't"), ("have waited", "waited"), ("real", "actual"),
    ]

    /// Speech verbs after the speaker ("Brell said"), with their before-the-speaker form.
    static let speechVerbs = [
        "said", "said", "said", "added", "told reporters", "warned", "explained", "insisted", "noted",
        "argued", "acknowledged", "said in a statement", "said in an interview", "wrote on social media",
    ]
    static let invertedSpeechVerbs = ["said", "said", "added", "warned", "explained", "insisted"]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// Site furniture: prompts, share bars and notices.
    static let prompts = [
        "Sign up for {outlet}'s {newsletter} newsletter: the day's top stories, delivered to your inbox every morning.",
        "Subscribe to {outlet} for unlimited access to our journalism.",
        "Get the {outlet} app for breaking news alerts.",
        "Enjoying this article? Support independent local journalism by becoming a member today.",
        "Click here to sign up for our free {newsletter} email.",
    ]
    static let shareLines = ["Share this article: Facebook Twitter Email Print", "Advertisement", "Share on Facebook | Share on X | Copy link", "ADVERTISEMENT"]
    static let closingLines = [
        "© {year} {outlet}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "Copyright {year} {outlet}. All rights reserved.",
        "Follow {outlet} on social media for the latest updates.",
        "Have a news tip? Email our newsroom at tips@{slug}.example.",
    ]
    static let bioTemplates = [
        "{author} is a reporter for {outlet} covering city hall and regional politics.",
        "{author} covers business and the economy for {outlet}. Previously, {author_first} worked at the {other}.",
    ]
}
